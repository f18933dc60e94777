"""End to end on a real (virtual) desktop: the app, its tray icon, a real notification daemon.

Runs in the normal `make test` wherever Xvfb and friends are installed (CI installs them);
skipped with the missing tools named otherwise. Screenshots land in artifacts/.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import time_machine

from netcompanion import operations
from netcompanion.reminders import log as reminder_log
from netcompanion.settings import load_settings, save_settings, with_changes
from netcompanion.store import open_store
from netcompanion.store.models import Setting
from tests.e2e.desktop import Desktop, ask_window_to_close, missing_tools, wait_for

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the virtual desktop needs Linux"),
    pytest.mark.skipif(
        bool(missing_tools()), reason=f"desktop tools not installed: {', '.join(missing_tools())}"
    ),
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
NAME = "Siobhán O'Brien"
NOTE = "Ask <b>Bob</b> about the offsite & the budget"
DUE_IN = dt.timedelta(seconds=12)


def netcompanion() -> list[str]:
    script = Path(sys.executable).with_name("netcompanion")
    return [str(script)] if script.exists() else [sys.executable, "-m", "netcompanion"]


@pytest.fixture
def desktop(tmp_path):
    running = Desktop(tmp_path).start()
    yield running
    running.stop()


def prepare_database(path: Path) -> dt.datetime:
    """A contact whose name and note would break naive markup, with a follow-up due in a few seconds."""
    store = open_store(path)
    try:
        with store.write() as session:
            # Any hour and any weekday: the test must not depend on when it runs.
            settings = with_changes(load_settings(session), timezone="UTC", quiet_hours=("00:00", "00:00"),
                                    working_days="1234567")  # fmt: skip
            save_settings(session, settings)
        contact = operations.add_contact(store, name=NAME)
        due = (dt.datetime.now(dt.UTC) + DUE_IN).replace(microsecond=0)
        reminder_log.dismiss(store, [f"digest:{due.date().isoformat()}"])  # only the follow-up, please
        operations.add_followup(store, contact.id, due=due.date(), at=due.time(), note=NOTE)
        return due
    finally:
        store.dispose()


def icon_in_panel(desktop: Desktop) -> tuple[int, int] | None:
    """Where our icon window sits inside trayer's panel (xembed), or None while it is not there."""
    lines = desktop.tree().splitlines()
    start = next((i for i, line in enumerate(lines) if '"panel": ("panel" "trayer")' in line), None)
    if start is None:
        return None
    indent = len(lines[start]) - len(lines[start].lstrip())
    for line in lines[start + 1 :]:
        if len(line) - len(line.lstrip()) <= indent:
            break
        found = re.search(
            r'"NetCompanion": \("netcompanion" "NetCompanion"\)\s+(\d+)x(\d+)\S*\s+\+(\d+)\+(\d+)', line
        )
        if found:
            width, height, x, y = map(int, found.groups())
            return x + width // 2, y + height // 2
    return None


def test_a_due_follow_up_reaches_the_desktop_and_a_second_launch_raises_the_app(desktop, tmp_path):
    db = tmp_path / "netcompanion.sqlite3"
    due = prepare_database(db)
    log_path = tmp_path / "app.log"
    app = desktop._spawn([*netcompanion(), "--db", str(db), "gui", "--minimized"], "app.log")
    app_log = lambda: log_path.read_text(errors="replace")  # noqa: E731

    # The tray icon: the app says the tray is there, and its window sits inside trayer's panel.
    wait_for(lambda: "system tray available: True" in app_log(), 30, "the app to start and find the tray")

    x, y = wait_for(lambda: icon_in_panel(desktop), 20, "the tray icon inside trayer's panel")
    # Started minimised: no visible main window yet.
    assert desktop.run("xdotool", "search", "--onlyvisible", "--name", "^NetCompanion$").stdout.strip() == ""
    desktop.screenshot(ARTIFACTS / "e2e-1-tray-icon.png")
    # Its menu, for the screenshot (a right click on the icon).
    desktop.run("xdotool", "mousemove", str(x), str(y), "click", "3")
    time.sleep(1)  # let the menu paint before the picture; nothing is asserted on timing
    desktop.screenshot(ARTIFACTS / "e2e-1b-tray-menu.png")
    desktop.run("xdotool", "key", "Escape")

    def visible_window() -> str:
        return desktop.run("xdotool", "search", "--onlyvisible", "--name", "^NetCompanion$").stdout.strip()

    # A second launch hands over to the first and exits; the first window comes forward.
    second = desktop.run(*netcompanion(), "--db", str(db), "gui", timeout=60)
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stderr
    wait_for(lambda: desktop.run("xdotool", "search", "--onlyvisible", "--name", "^NetCompanion$").stdout.strip(),
             20, "the first window to come forward")  # fmt: skip
    assert "a second launch asked us to come forward" in app_log()
    assert app.poll() is None, "the first app must keep running"
    desktop.screenshot(ARTIFACTS / "e2e-2-raised.png")

    # Closing the window keeps the app in the tray, and says so (the first time only).
    window_id = int(visible_window().split()[0])
    ask_window_to_close(desktop.env["DISPLAY"], window_id)
    wait_for(lambda: not visible_window(), 20, "the window to hide")
    assert app.poll() is None, "closing the window must not quit the app"
    desktop.screenshot(ARTIFACTS / "e2e-2b-closed-to-tray.png")
    second = desktop.run(*netcompanion(), "--db", str(db), "gui", timeout=60)
    wait_for(visible_window, 20, "the window to come back")
    ask_window_to_close(desktop.env["DISPLAY"], window_id)
    wait_for(lambda: not visible_window(), 20, "the window to hide again")
    assert app.poll() is None
    assert app_log().count("NetCompanion is still here") == 1  # told once, the first time
    second = desktop.run(*netcompanion(), "--db", str(db), "gui", timeout=60)
    wait_for(visible_window, 20, "the window to come back")

    # The follow-up comes due a few seconds after start; dunst shows it.
    wait_for(lambda: desktop.run("dunstctl", "count", "displayed").stdout.strip() not in ("", "0"),
             DUE_IN.total_seconds() + 60, "the notification")  # fmt: skip
    assert dt.datetime.now(dt.UTC) >= due
    desktop.screenshot(ARTIFACTS / "e2e-3-notification.png")
    # Clicking it (its default action) opens the app at that contact.
    desktop.run("dunstctl", "action", "0")
    wait_for(lambda: "opening the app at contact 1" in app_log(), 20, "the click to open the contact")
    desktop.run("dunstctl", "close-all")
    history = wait_for(desktop.dunst_history, 10, "dunst's history")
    ours = [entry for entry in history if entry["appname"] == "NetCompanion"]
    assert len(ours) == 1, history
    assert ours[0]["summary"] == f"Follow up with {NAME}"
    # Sent escaped, so dunst renders the note exactly as typed instead of as bold "Bob".
    assert html.unescape(ours[0]["body"]) == NOTE
    assert ours[0]["body"] == html.escape(NOTE, quote=False)
    assert ours[0]["icon_path"].endswith("netcompanion.png")
    # notify-send --wait returns once the notification is gone; the app then notes which backend showed it.
    wait_for(lambda: "reminder shown via desktop" in app_log(), 20, "the app to note the desktop delivery")

    # File → Quit (Ctrl+Q) in the window ends the app, tray and all; it used to only hide the window.
    shown = wait_for(visible_window, 20, "the window opened at the contact").split()[0]
    desktop.run("xdotool", "windowfocus", "--sync", shown)
    desktop.run("xdotool", "key", "ctrl+q")
    wait_for(lambda: app.poll() is not None, 30, "Ctrl+Q to quit the app")
    assert app.returncode == 0

    # The reminder was shown once, and only once, in the app's own history too.
    store = open_store(db)
    try:
        assert [e.title for e in reminder_log.history(store)] == [f"Follow up with {NAME}"]
    finally:
        store.dispose()


def test_started_at_login_before_the_panel_it_waits_for_the_tray(tmp_path):
    desktop = Desktop(tmp_path).start(with_tray=False)
    try:
        db = tmp_path / "netcompanion.sqlite3"
        open_store(db).dispose()
        log_path = tmp_path / "app.log"
        app = desktop._spawn([*netcompanion(), "--db", str(db), "gui", "--minimized"], "app.log")
        wait_for(lambda: "no system tray yet" in log_path.read_text(), 30, "the app to start without a tray")
        desktop.start_tray()  # the panel comes up after the app, as it may at login
        wait_for(lambda: icon_in_panel(desktop), 20, "the tray icon once the panel is there")
        assert "started minimised to the tray" in log_path.read_text()
        assert (
            desktop.run("xdotool", "search", "--onlyvisible", "--name", "^NetCompanion$").stdout.strip() == ""
        )
        store = open_store(db)
        try:  # and it never told the user there was no tray
            with store.read() as session:
                assert session.get(Setting, "told_no_tray") is None
        finally:
            store.dispose()
        assert app.poll() is None
        desktop.screenshot(ARTIFACTS / "e2e-4-tray-came-later.png")
    finally:
        desktop.stop()


def test_a_round_from_the_command_line_keeps_the_reminder_until_a_notification_server_shows_it(tmp_path):
    """`reminders run` from a timer before the desktop is up: it used to print the reminder, exit 0 and
    record it as shown "by none", so it never came back. Now it fails, and the next run shows it."""
    db = tmp_path / "netcompanion.sqlite3"
    store = open_store(db)
    try:
        with store.write() as session:
            save_settings(session, with_changes(load_settings(session), timezone="UTC", quiet_hours=("00:00", "00:00"),
                                                working_days="1234567"))  # fmt: skip
        now = dt.datetime.now(dt.UTC)
        reminder_log.dismiss(store, [f"digest:{now.date().isoformat()}"])  # only the follow-up, please
        contact = operations.add_contact(store, name=NAME)
        with time_machine.travel(now - dt.timedelta(days=3), tick=False):  # entered before it came due
            operations.add_followup(store, contact.id, due=now.date() - dt.timedelta(days=1), at=dt.time(10, 0))
    finally:
        store.dispose()
    home = tmp_path / "home"
    no_desktop = {**os.environ, "HOME": str(home), "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"}
    early = subprocess.run([*netcompanion(), "--db", str(db), "reminders", "run"], capture_output=True, text=True,
                           env=no_desktop, timeout=60)  # fmt: skip
    assert early.returncode == 1, early.stdout
    assert "could not show 1 reminder" in early.stderr and early.stdout == ""

    desktop = Desktop(tmp_path).start(with_tray=False)
    try:
        later = desktop.run(*netcompanion(), "--db", str(db), "reminders", "run", timeout=60)
        assert later.returncode == 0, later.stderr
        assert later.stdout.strip() == f"Follow up with {NAME}"
        desktop.run("dunstctl", "close-all")
        history = wait_for(desktop.dunst_history, 10, "dunst's history")
        assert [e["summary"] for e in history if e["appname"] == "NetCompanion"] == [f"Follow up with {NAME}"]
        again = desktop.run(*netcompanion(), "--db", str(db), "reminders", "run", timeout=60)
        assert again.returncode == 0 and again.stdout.startswith("Nothing is due")
    finally:
        desktop.stop()
    store = open_store(db)
    try:
        assert [(e.title, e.delivered_by) for e in reminder_log.history(store)] == [
            (f"Follow up with {NAME}", "notify-send")
        ]
    finally:
        store.dispose()
