"""The tray companion and its wiring, with real widgets (offscreen: no tray here, on purpose)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
import time_machine
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QMenu

from netcompanion import operations
from netcompanion.gui.notification_history import HistoryDialog
from netcompanion.gui.notify import Banner, BannerBackend, TrayBackend, build_chain
from netcompanion.gui.tray import TrayCompanion, badge_icon
from netcompanion.reminders import log as reminder_log
from netcompanion.reminders.facts import snoozed_all_until
from netcompanion.reminders.model import Notification
from netcompanion.settings import load_settings, save_settings, with_changes
from tests.gui.conftest import companion_for

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Window(QMainWindow):
    """A stand-in for the main window with exactly the seams the companion uses."""

    data_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, object]] = []

    def show_contact(self, contact_id: int) -> None:
        self.calls.append(("contact", contact_id))

    def show_view(self, name: str) -> None:
        self.calls.append(("view", name))


@pytest.fixture
def dana(store):
    return operations.add_contact(store, name="Dana Reyes")


@pytest.fixture
def window(qtbot):
    w = Window()
    qtbot.addWidget(w)
    return w


def menu_texts(tray: TrayCompanion) -> list[str]:
    return [a.text() for a in tray.menu.actions() if not a.isSeparator()]


def test_the_menu_offers_what_the_user_does_from_the_tray(store, dana, window):
    operations.add_followup(store, dana.id, due=dt.date.today())
    tray = TrayCompanion(store, window, lambda *_: None)
    assert menu_texts(tray) == [
        "Today's calls (1)", "Log a touch…", "Snooze reminders", "Pause notifications",
        "Notification history…", "Open NetCompanion", "Quit",
    ]  # fmt: skip
    snooze_menu = tray.menu.actions()[2].menu()
    assert [a.text() for a in snooze_menu.actions()] == ["For 1 hour", "Until tomorrow", "Resume now"]
    assert tray.icon.toolTip() == "NetCompanion — 1 call (with a follow-up due)"


def test_the_badge_shows_the_count(qtbot):
    plain, counted = badge_icon(0).pixmap(64).toImage(), badge_icon(7).pixmap(64).toImage()
    assert plain != counted
    assert counted.pixelColor(52, 12).red() > 200  # the red badge in the top-right corner


def test_snooze_and_pause_are_saved_in_the_database(store, window):
    tray = TrayCompanion(store, window, lambda *_: None)
    with time_machine.travel(dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC), tick=False):
        tray.snooze(dt.timedelta(hours=1))
    with store.read() as session:
        assert snoozed_all_until(session) == dt.datetime(2026, 11, 24, 11, 0, tzinfo=dt.UTC)
    tray.toggle_pause()
    assert tray.pause_action.isChecked()
    with store.read() as session:
        assert load_settings(session).notifications_enabled is False
    tray.toggle_pause()
    with store.read() as session:
        assert load_settings(session).notifications_enabled is True


def test_without_a_tray_the_app_says_so_once_and_works_as_a_window(store, window, qtbot):
    app = QApplication.instance()
    first = companion_for(store, window)
    first.tray_grace_ms = 600  # (20 s in the app: at login the panel may start after us)
    first.start(minimized=True)  # minimised is impossible without a tray: after a grace, the window shows
    assert not window.isVisible()
    qtbot.waitUntil(window.isVisible, timeout=10_000)
    assert not first.tray.available
    assert window.isVisible()
    assert first.banner.isVisible() and "no system tray" in first.banner.label.text()
    assert app.quitOnLastWindowClosed()
    first.stop()
    again = Window()
    qtbot.addWidget(again)
    second = companion_for(store, again)
    second.start(minimized=False)
    assert not second.banner.isVisible()  # told once, not at every start
    second.stop()


def test_a_clicked_notification_opens_the_app_at_that_contact(store, dana, window):
    companion = companion_for(store, window)
    companion.desktop.activated.emit(dana.id)
    assert window.calls == [("contact", dana.id)]
    assert window.isVisible()
    companion.tray.open_view.emit("today")
    assert window.calls[-1] == ("view", "today")
    companion.stop()


def test_the_banner_is_the_last_resort_and_shows_text_as_typed(store, window, qtbot):
    banner = Banner(window)
    tray = TrayBackend(lambda: None)  # no tray here
    chain = build_chain(_NoDesktop(), tray, BannerBackend(banner))
    chain.backends = [b for b in chain.backends if b.name != "plyer"]  # plyer would reach the real desktop
    window.show()
    assert (
        chain.deliver(Notification("Follow up with <b>Bob</b>", "Siobhán O'Brien & co", ("k",), 3))
        == "banner"
    )
    qtbot.waitUntil(banner.isVisible)
    assert banner.label.text() == "Follow up with <b>Bob</b>\nSiobhán O'Brien & co"
    with qtbot.waitSignal(banner.open_requested) as opened:
        banner.open_button.click()
    assert opened.args == [3]


class _NoDesktop:
    name = "desktop"

    def send(self, notification):
        return False


def test_the_history_dialog_lists_notifications_as_plain_text(store, window, qtbot):
    reminder_log.record_shown(store, Notification("Follow up with <b>Bob</b>", "", ("a",)), "desktop")
    dialog = HistoryDialog(store, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Follow up with <b>Bob</b>"
    assert dialog.table.item(0, 2).text() == "desktop"


def test_the_history_dialog_shows_each_time_whole_and_gives_the_notification_the_room(store, window, qtbot):
    body = "Your list for today is ready: ten calls, two follow-ups, and a thank-you note that is due since Monday."
    reminder_log.record_shown(store, Notification("Today: 10 calls, 2 follow-ups due", body, ("a",)), "desktop")
    dialog = HistoryDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    shown = table.item(0, 0).text()
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(shown)  # "Tue 24 Nov 10:…" was cut
    assert table.columnWidth(1) > table.columnWidth(0) + table.columnWidth(2)
    assert table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing()  # the title and its text, both seen


@time_machine.travel(dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC), tick=False)
def test_data_changes_rebuild_the_plan_and_refresh_the_tray(store, dana, window):
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), timezone="UTC"))
    companion = companion_for(store, window)
    operations.add_followup(
        store, dana.id, due=dt.date(2026, 11, 24)
    )  # due "at the digest", 9:00, added at noon
    window.data_changed.emit()
    assert companion.tray.calls_action.text() == "Today's calls (1)"
    assert companion.scheduler.last_result is not None
    # The follow-up itself is not announced (the user just entered it); today's digest, not shown yet, is.
    assert [n.title for n in companion.recorder.got] == ["Today: 1 call (with a follow-up due)"]
    companion.stop()


def _dana_due_at_half_past_eleven(store, dana) -> None:
    """A follow-up with Dana at 11:30 UTC on Tue 24 Nov 2026, with the morning's digest already seen."""
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), timezone="UTC"))
    reminder_log.dismiss(store, ["digest:2026-11-24"])
    with time_machine.travel(dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC), tick=False):
        operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(11, 30))


@time_machine.travel(dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC), tick=False)
def test_snoozed_from_the_notification_it_comes_back_in_an_hour_even_after_a_restart(
    store, dana, window, qtbot
):
    _dana_due_at_half_past_eleven(store, dana)
    companion = companion_for(store, window)
    companion.scheduler.tick()
    (shown,) = companion.recorder.got
    companion.desktop.snoozed.emit(shown.keys)  # the user chose "Snooze 1 hour"
    companion.stop()

    again = Window()
    qtbot.addWidget(again)
    restarted = companion_for(store, again)
    restarted.scheduler.start()
    restarted.scheduler.tick()
    assert restarted.recorder.got == []
    wake_times = [j.next_run_time for j in restarted.scheduler.jobs() if j.id.startswith("wake:")]
    restarted.stop()
    assert wake_times == [dt.datetime(2026, 11, 24, 13, 0, tzinfo=dt.UTC)]


def test_what_came_due_while_the_app_was_closed_shows_once_soon_after_start(store, dana, window, qtbot):
    now = dt.datetime.now(dt.UTC)
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), timezone="UTC", quiet_hours=("00:00", "00:00"),
                                            working_days="1234567"))  # fmt: skip
    reminder_log.dismiss(store, [f"digest:{now.date().isoformat()}"])
    earlier = now - dt.timedelta(minutes=30)
    with time_machine.travel(earlier - dt.timedelta(hours=1), tick=False):  # entered before it came due
        operations.add_followup(store, dana.id, due=earlier.date(), at=earlier.time().replace(microsecond=0))
    companion = companion_for(store, window)
    companion.start(minimized=False)
    qtbot.waitUntil(lambda: bool(companion.recorder.got), timeout=60_000)  # "within a minute of start"
    qtbot.wait(300)
    companion.scheduler.tick()  # a later round (any job, data change or wake-up) adds nothing
    companion.stop()
    assert [n.title for n in companion.recorder.got] == ["Follow up with Dana Reyes"]


def test_snooze_until_tomorrow_holds_reminders_until_the_morning(store, window):
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), timezone="Europe/Berlin"))
    tray = TrayCompanion(store, window, lambda *_: None)
    with time_machine.travel(dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.UTC), tick=False):
        tray.snooze_until_tomorrow()
        assert tray.resume_action.isEnabled()
        assert "snoozed until Wed 00:00" in tray.icon.toolTip()
    with store.read() as session:
        assert snoozed_all_until(session) == dt.datetime(
            2026, 11, 24, 23, 0, tzinfo=dt.UTC
        )  # Berlin midnight
    tray.resume_action.trigger()
    with store.read() as session:
        assert snoozed_all_until(session) is None


def test_the_banner_sits_below_the_menus_and_follows_the_window(window, qtbot):
    """It covered File/Edit/View at the top and kept its first width: shrunk, Dismiss was out of reach."""
    window.menuBar().addMenu("&File")
    window.resize(1400, 900)
    window.show()
    banner = Banner(window)
    banner.show_notification(Notification("NetCompanion works without a system tray", "Close hides nothing", ("t",)))

    assert banner.geometry().top() > window.menuBar().geometry().bottom() - 1
    assert not banner.open_button.isVisible()  # nothing to open for this one
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: banner.width() == window.width())
    assert banner.close_button.geometry().right() < window.width()
    search = QLineEdit(window)  # the focus is somewhere in the window, never on the banner
    search.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a window's shortcuts need it active
    search.setFocus()
    with qtbot.waitSignal(banner.dismissed):
        qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert not banner.isVisible()


def test_a_second_message_waits_for_the_first_to_be_dismissed(window, qtbot):
    """The digest 1.6 s after "no system tray" replaced it before anyone could read it."""
    window.resize(900, 600)
    window.show()
    banner = Banner(window)
    banner.show_notification(Notification("Your desktop has no system tray", "Keep the window open.", ()))
    digest = Notification("Today: 10 calls", "Your list for today is ready.", ("digest",))
    banner.show_notification(digest)
    banner.show_notification(digest)  # the same one again waits once

    assert banner.label.text().startswith("Your desktop has no system tray")
    assert banner.close_button.text() == "Dismiss (1 more)"
    with qtbot.waitSignal(banner.dismissed) as dismissed:
        banner.close_button.click()
    assert dismissed.args == [()]
    assert banner.isVisible() and banner.label.text() == "Today: 10 calls\nYour list for today is ready."
    assert banner.close_button.text() == "Dismiss"
    with qtbot.waitSignal(banner.dismissed) as dismissed:
        banner.close_button.click()
    assert dismissed.args == [("digest",)] and not banner.isVisible()


def test_the_banner_pushes_the_content_down_and_gives_the_room_back(window, qtbot):
    """Placed over the content, it hid the search box and the first views of the sidebar."""
    content = QLineEdit()
    window.setCentralWidget(content)
    window.resize(1000, 700)
    window.show()
    before = content.contentsRect().top()
    banner = Banner(window)
    banner.show_notification(Notification("Reminder", "Call Dana", ("d",)))

    assert content.mapTo(window, content.contentsRect().topLeft()).y() >= banner.geometry().bottom()
    banner.close_button.click()
    assert content.contentsRect().top() == before


def test_the_window_opens_the_history_too_and_an_empty_one_says_what_will_be_there(store, make_window, qtbot):
    """Only the tray's menu opened it: without a tray (some desktops) there was no way to it, and an
    empty history was a bare table."""
    window = make_window(store)
    [action] = [a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()
                if a.text() == "Notification &history…"]  # fmt: skip
    action.trigger()
    dialog = window.findChild(HistoryDialog)
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    assert dialog.empty.text().startswith("No notifications yet.")
    dialog.reject()
    reminder_log.record_shown(store, Notification("Follow up with Bob", "", ("a",)), "desktop")
    dialog = window.open_notification_history()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 1 and not dialog.empty.isVisible()
    dialog.reject()


@time_machine.travel(dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC), tick=False)
def test_with_no_notification_server_the_app_still_shows_the_reminder_itself(store, dana, window, qtbot):
    """A round the desktop cannot show is not lost in the app either: the tray's message or, with no tray
    (as here), the banner shows it, and that is what the history records."""
    from netcompanion.reminders.notifier import NotifierChain

    _dana_due_at_half_past_eleven(store, dana)
    companion = companion_for(store, window)
    companion.chain = NotifierChain([_NoDesktop(), companion.tray_backend, BannerBackend(companion.banner)])
    window.show()
    result = companion.scheduler.tick()
    qtbot.waitUntil(companion.banner.isVisible)
    companion.stop()
    assert [n.title for n in result.shown] == ["Follow up with Dana Reyes"] and result.undelivered == ()
    assert "Follow up with Dana Reyes" in companion.banner.label.text()
    assert [e.delivered_by for e in reminder_log.history(store)] == ["banner"]
