"""Today's "Snooze a day" for someone listed without a follow-up (here: warm contacts to keep in touch
with) is kept: after a restart the same day they are still off the list, Ctrl+Z has them back — and
"Skip for now" says what it is: they stay on today's list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from netcompanion import operations
from netcompanion.rules.common import say_day


def _overdue(store, name: str) -> int:
    """A warm contact last spoken to two years ago: on Today to keep in touch."""
    contact = operations.add_contact(store, name=name, stage="warm", cadence_days=90).id
    long_ago = operations.today_for(store) - dt.timedelta(days=800)
    for followup in operations.log_touch(store, contact, channel="call", outcome="reached", when=long_ago).followups_created:
        operations.dismiss_followup(store, followup.id)
    return contact


def _lines(view) -> list[str]:
    return [view.form.callList.item(i).text() for i in range(view.form.callList.count())]


def _today(make_window, store, qtbot):
    window = make_window(store)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)
    return window, view


def test_someone_snoozed_a_day_is_still_off_todays_list_after_a_restart(make_window, store, qtbot):
    kim, lena, omar = (_overdue(store, name) for name in ("Kim Park", "Lena Ortiz", "Omar Haddad"))
    operations.update_settings(store, daily_quota=2)
    first, view = _today(make_window, store, qtbot)
    assert [e.contact_id for e in view.entries] == [kim, lena]

    view.form.callList.setFocus()
    qtbot.keyClick(view.form.callList, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not first.ctx.busy and len(_lines(view)) == 3)  # Omar takes the place
    tomorrow = say_day(operations.today_for(store) + dt.timedelta(days=1))
    assert f"↷ Kim Park\nsnoozed to {tomorrow}" in _lines(view)
    assert view.form.dayLabel.text().endswith(
        " — 2 people on today's list, 2 still to go, and 1 set aside for another day"
    )
    first.shutdown()
    first.close()

    _again, view = _today(make_window, store, qtbot)  # the app started again the same day
    assert [e.contact_id for e in view.entries] == [lena, omar]
    assert view.form.dayLabel.text().endswith(" — 2 people on today's list, 2 still to go")


def test_ctrl_z_takes_a_snooze_back(make_window, store, qtbot):
    kim, lena = _overdue(store, "Kim Park"), _overdue(store, "Lena Ortiz")
    window, view = _today(make_window, store, qtbot)
    view.form.callList.setFocus()
    qtbot.keyClick(view.form.callList, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert [e.contact_id for e in operations.call_list(store)] == [lena]
    assert window.undo_action.isEnabled() and "snooze of Kim Park" in window.undo_action.text()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: kim not in view.done and view.current() is not None and view.current().contact_id == kim)
    assert [e.contact_id for e in operations.call_list(store)] == [kim, lena]
    assert _lines(view)[0] == "Kim Park\nKeep in touch"


def test_skip_for_now_says_they_stay_on_todays_list(make_window, store, qtbot):
    _overdue(store, "Kim Park")
    _overdue(store, "Lena Ortiz")
    window, view = _today(make_window, store, qtbot)
    shown = []
    window.ctx.message.connect(shown.append)
    view.form.callList.setFocus()
    qtbot.keyClick(view.form.callList, Qt.Key.Key_N)

    assert _lines(view)[0] == "↷ Kim Park\nskipped for now: still on today's list"
    assert shown == ["Skipped Kim Park for now: still on today's list. S snoozes them to tomorrow."]
