"""Today's header counts what the list shows: a snoozed follow-up leaves today's list and the next
person takes the place, and the header counted both — "11 people on today's list" on a list of 10."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import due_today


def lines(view) -> list[str]:
    return [view.form.callList.item(i).text() for i in range(view.form.callList.count())]


def test_snoozing_one_of_ten_keeps_the_header_at_ten_and_names_the_snoozed_one(make_window, store, qtbot):
    due_today(store, [f"Person {n} Rowe" for n in range(12)])  # more due than the 10 a day
    window = make_window(store)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)
    assert len(lines(view)) == 10
    assert view.form.dayLabel.text().endswith(" — 10 people on today's list, 10 still to go")

    view.form.callList.setFocus()
    qtbot.keyClick(view.form.callList, Qt.Key.Key_S)  # snooze the first one's follow-up to tomorrow
    qtbot.waitUntil(lambda: not window.ctx.busy)
    qtbot.waitUntil(lambda: len(lines(view)) == 11)  # the next one due came in

    shown = lines(view)
    snoozed = [line for line in shown if line.startswith("↷ ")]
    still_to_call = [line for line in shown if not line.startswith(("↷ ", "✓ ", "○ "))]
    assert len(snoozed) == 1 and "snoozed to" in snoozed[0]
    assert len(still_to_call) == 10
    assert view.form.dayLabel.text().endswith(
        " — 10 people on today's list, 10 still to go, and 1 set aside for another day"
    )

    qtbot.keyClick(view.form.callList, Qt.Key.Key_N)  # skip the next: still on today's list, just not now
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert len(lines(view)) == 11
    assert view.form.dayLabel.text().endswith(
        " — 10 people on today's list, 9 still to go, and 1 set aside for another day"
    )
