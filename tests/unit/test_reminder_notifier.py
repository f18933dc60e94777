"""Notifier links that can be checked without a desktop, start at login, and the reminders command."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
import time_machine

from netcompanion import operations
from netcompanion.reminders import autostart
from netcompanion.reminders.model import Notification
from netcompanion.reminders.notifier import NotifySendBackend, PlyerBackend, escape_markup
from netcompanion.rules.common import say_day
from tests.conftest import daytime_for_reminders


def test_markup_is_escaped_so_names_show_as_typed():
    assert escape_markup("<b>Bob</b> & Siobhán O'Brien") == "&lt;b&gt;Bob&lt;/b&gt; &amp; Siobhán O'Brien"


@pytest.mark.skipif(shutil.which("notify-send") is None, reason="notify-send (libnotify-bin) not installed")
def test_notify_send_reports_failure_when_no_notification_server_answers(monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    assert NotifySendBackend().send(Notification("Follow up with Dana", "", ("k",))) is False


def test_plyer_is_not_trusted_when_nobody_is_there_to_show_it():
    assert PlyerBackend(verify=lambda: False).send(Notification("x", "", ())) is False


def test_start_at_login_writes_and_removes_an_autostart_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = autostart.set_start_at_login(True, db=str(tmp_path / "my data" / "nc.sqlite3"))
    text = path.read_text()
    assert path == tmp_path / "config" / "autostart" / "netcompanion.desktop"
    assert "Type=Application" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith("gui --minimized")
    assert f'"{tmp_path / "my data" / "nc.sqlite3"}"' in exec_line  # a path with a space, quoted
    assert autostart.starts_at_login()
    autostart.set_start_at_login(False)
    assert not path.exists() and not autostart.starts_at_login()


def test_the_reminders_command_shows_the_plan_the_history_and_sets_start_at_login(cli, store, tmp_path):
    dana = operations.add_contact(store, name="Dana Reyes")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    operations.add_followup(store, dana.id, due=tomorrow, at=dt.time(14, 30))
    planned = cli("reminders", "planned", "--json").json()
    assert [(p["kind"], p["title"], p["due_now"]) for p in planned] == [
        ("follow-up", "Follow up with Dana Reyes", False)
    ]
    assert cli("reminders", "history", "--json").json() == []
    config = tmp_path / "home" / ".config"
    assert cli("reminders", "autostart", "on", env={"XDG_CONFIG_HOME": str(config)}).code == 0
    assert (config / "autostart" / "netcompanion.desktop").exists()
    assert cli("reminders", "autostart", "off", env={"XDG_CONFIG_HOME": str(config)}).code == 0
    assert not (config / "autostart" / "netcompanion.desktop").exists()


def test_a_round_with_no_notification_server_fails_and_marks_nothing_shown(cli, store):
    """Run from a timer before the desktop is up, it used to print the reminder, exit 0 and record it as
    shown "by none": the reminder never came back."""
    from netcompanion.reminders import log as reminder_log
    from netcompanion.settings import load_settings, save_settings, with_changes

    with store.write() as session:  # whatever the hour and weekday the test runs at
        save_settings(session, with_changes(load_settings(session), timezone="UTC", quiet_hours=("00:00", "00:00"),
                                            working_days="1234567"))  # fmt: skip
    today = dt.datetime.now(dt.UTC).date()
    reminder_log.dismiss(store, [f"digest:{today.isoformat()}"])
    dana = operations.add_contact(store, name="Dana Reyes")
    with time_machine.travel(
        dt.datetime.now(dt.UTC) - dt.timedelta(days=3), tick=False
    ):  # entered in advance
        operations.add_followup(store, dana.id, due=today - dt.timedelta(days=1), at=dt.time(10, 0))
    no_desktop = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"}  # nothing to show it
    for _ in range(2):  # a reminder nothing could show is not used up: the next run tries again
        failed = cli("reminders", "run", env=no_desktop)
        assert failed.code == 1 and failed.out == ""
        assert failed.err.startswith("netcompanion: error: could not show 1 reminder: no desktop notification")
        assert len(failed.err.splitlines()) == 1
    assert cli("reminders", "history", "--json").json() == []
    (still,) = cli("reminders", "planned", "--json").json()
    assert (still["title"], still["due_now"]) == ("Follow up with Dana Reyes", True)

def test_start_at_login_off_for_a_trial_database_leaves_the_main_ones_entry(cli, store, db_path, tmp_path):
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    entry = tmp_path / "config" / "autostart" / "netcompanion.desktop"
    trial = tmp_path / "trial" / "trial.sqlite3"
    trial.parent.mkdir()
    assert cli("reminders", "autostart", "on", env=env).code == 0
    off = cli("reminders", "autostart", "off", db=trial, env=env)
    assert off.code == 0
    assert f"--db {db_path.resolve()} gui" in entry.read_text()  # it used to be deleted
    assert f"still starts at login with {db_path.resolve()}" in off.out
    on = cli("reminders", "autostart", "on", db=trial, env=env)  # asked for: the trial takes it over
    assert f"--db {trial.resolve()} gui" in entry.read_text()
    assert f"instead of {db_path.resolve()}" in on.out
    assert cli("reminders", "autostart", "off", db=trial, env=env).out == "NetCompanion will not start at login.\n"
    assert not entry.exists()


def test_after_dismissing_the_try_again_follow_up_no_command_plans_the_cooldown_end(cli, store):
    """`reminders planned` and `reminders run` agree: once the user dismissed the follow-up to chase
    someone, "it's fine to follow up with them now" is neither planned nor shown."""
    from netcompanion.reminders import log as reminder_log
    from netcompanion.settings import load_settings, save_settings, with_changes

    with store.write() as session:  # whatever the hour and weekday the test runs at
        save_settings(session, with_changes(load_settings(session), timezone="UTC", quiet_hours=("00:00", "00:00"),
                                            working_days="1234567", digest_time="00:00"))  # fmt: skip
    today = dt.datetime.now(dt.UTC).date()
    reminder_log.dismiss(store, [f"digest:{today.isoformat()}"])
    try_again = []
    # A week's cooldown: Hana's ends today, Ken's the day after tomorrow.
    for name, days_ago in (("Hana Ito", 8), ("Ken Mori", 6)):
        contact = operations.add_contact(store, name=name)
        logged = cli("log", str(contact.id), "--channel", "call", "--outcome", "no-answer",
                     "--date", (today - dt.timedelta(days=days_ago)).isoformat(), "--json").json()  # fmt: skip
        try_again += [f["id"] for f in logged["followups_created"]]
    planned = cli("reminders", "planned", "--json").json()
    assert [p["title"] for p in planned] == ["It's fine to follow up with Ken now"]
    for followup_id in try_again:
        assert cli("followups", "dismiss", str(followup_id)).code == 0
    assert cli("reminders", "planned", "--json").json() == []
    done = cli("reminders", "run", env={"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"})
    assert "fine to follow up" not in done.out + done.err and done.out.startswith("Nothing is due")


def test_planned_reminders_look_two_weeks_ahead_and_say_what_is_overdue_or_held(cli, store):
    """A follow-up due next week is planned (it used to be left out, and the empty list then asked for
    the follow-up just added); an overdue reminder says so; one due in quiet hours says when it shows."""
    from netcompanion.reminders import log as reminder_log
    from netcompanion.settings import load_settings, save_settings, with_changes

    today = daytime_for_reminders(store)  # 13:00 for the user, whenever the tests run: nothing held yet
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), quiet_hours=("21:00", "08:00")))
    now = dt.datetime.now(dt.UTC)
    dana = operations.add_contact(store, name="Dana Reyes")
    bo = operations.add_contact(store, name="Bo Lind")
    next_week = today + dt.timedelta(days=6)
    operations.add_followup(store, dana.id, due=next_week, note="send deck")
    late = today + dt.timedelta(days=2)
    operations.add_followup(store, bo.id, due=late, at=dt.time(23, 30))
    planned = cli("reminders", "planned")
    assert planned.out.startswith(f"Planned for the next 14 days (to {say_day(today + dt.timedelta(days=14))}):")
    rows = planned.out.splitlines()[2:]
    assert [row.split("  ")[0] for row in rows] == [
        f"{late:%a %d %b} 23:30 → {late + dt.timedelta(days=1):%a} 08:00",
        f"{next_week:%a %d %b} 09:00",
    ]
    assert "after quiet hours" in rows[0] and "Follow up with Bo Lind" in rows[0]
    assert "Follow up with Dana Reyes" in rows[1]
    held = {p["title"]: p["held"] for p in cli("reminders", "planned", "--json").json()}
    assert held == {"Follow up with Bo Lind": "after quiet hours", "Follow up with Dana Reyes": None}

    nearer = cli("reminders", "planned", "--days", "1")  # Bo's comes after tomorrow, Dana's next week
    assert nearer.out.strip() == (
        "Nothing planned for today and tomorrow; "
        f"the next follow-up comes up {say_day(late)} {late.year} (`--days 2` shows it)."
    )

    # Entered three days ago, due yesterday: not shown yet, so overdue.
    reminder_log.dismiss(store, [f"digest:{today.isoformat()}"])  # today's digest would join it
    with time_machine.travel(now - dt.timedelta(days=3), tick=False):
        operations.add_followup(store, dana.id, due=today - dt.timedelta(days=1), at=dt.time(10, 0))
    first = cli("reminders", "planned").out.splitlines()[2]
    assert first.startswith(f"overdue since {today - dt.timedelta(days=1):%a %d %b} 10:00")
    assert "Follow up with Dana Reyes" in first


def test_the_reminder_commands_give_times_in_the_zone_reminders_keep_to(cli, store):
    """With the `timezone` setting on Tokyo and the system on UTC, `reminders history` and `reminders run`
    gave times on the system's clock while `reminders planned` gave them on Tokyo's."""
    from zoneinfo import ZoneInfo

    from netcompanion.reminders import log as reminder_log
    from netcompanion.settings import load_settings, save_settings, with_changes

    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), timezone="Asia/Tokyo", working_days="1234567"))
    tokyo = ZoneInfo("Asia/Tokyo")
    day = dt.datetime.now(tokyo).date() + dt.timedelta(days=2)  # as far as a round looks ahead
    dana = operations.add_contact(store, name="Dana Reyes")
    operations.add_followup(store, dana.id, due=day, at=dt.time(10, 0))
    shown_at = dt.datetime(2026, 11, 24, 20, 15, tzinfo=tokyo)
    reminder_log.record_shown(store, Notification("Follow up with Bo Lind", "", ("k",)), "notify-send", shown_at)
    env = {"TZ": "UTC"}
    assert cli("reminders", "history", env=env).out.splitlines()[1].startswith("Tue 24 Nov 20:15")
    ran = cli("reminders", "run", env=env)
    assert ran.out.startswith(f"Nothing is due right now; the next reminder shows {day:%a %d %b} 10:00"), ran.out


def test_with_notifications_off_planned_reminders_say_none_will_pop_up(cli, store):
    """`reminders planned` listed everything as coming although Settings had notifications off,
    and `reminders run` only said "reminders are paused"."""
    from netcompanion.settings import load_settings, save_settings, with_changes

    today = daytime_for_reminders(store)
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), notifications_enabled=False))
    dana = operations.add_contact(store, name="Dana Reyes")
    operations.add_followup(store, dana.id, due=today + dt.timedelta(days=3), note="send deck")
    planned = cli("reminders", "planned")
    assert "Follow up with Dana Reyes" in planned.out
    assert planned.out.splitlines()[-1].startswith("Desktop notifications are off (Settings → Reminders, or the tray")
    assert "Desktop notifications are off" not in cli("reminders", "planned", "--json").out
    done = cli("reminders", "run")
    assert done.out == "Nothing shown: desktop notifications are off (Settings → Reminders, or the tray's Pause notifications).\n"
