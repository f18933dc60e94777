""""Today" in the window is the day in the user's `timezone` setting, not on the computer's clock."""

from __future__ import annotations

import datetime as dt

import time_machine

from netcompanion import operations
from tests.conftest import in_tokyo

WEDNESDAY_MORNING_IN_TOKYO = in_tokyo("2026-11-25T08:30")  # 23:30 on Tuesday in UTC


def test_the_today_view_shows_the_users_day_and_what_is_due_on_it(computer_on_utc, make_window, store, qtbot):
    operations.update_settings(store, timezone="Asia/Tokyo")
    with time_machine.travel(WEDNESDAY_MORNING_IN_TOKYO, tick=False):
        dana = operations.add_contact(store, name="Dana Reyes")
        operations.add_followup(store, dana.id, due=dt.date(2026, 11, 25), note="send the deck")
        operations.log_touch(store, operations.add_contact(store, name="Ben Crane").id, channel="call",
                             outcome="reached")  # fmt: skip
        window = make_window(store)
        view = window.show_view("today")
        qtbot.waitUntil(lambda: view.loaded)
        assert view.form.dayLabel.text().startswith("Wed 25 Nov — ")
        assert [e.name for e in view.entries] == ["Dana Reyes", "Ben Crane"]  # Ben: called this morning
        assert window.status_label.text() == "1 of 10 calls done today"
        view.form.callList.setCurrentRow(1)
        assert view.form.historyLabel.text() == "Wed 25 Nov 2026: call, reached"  # Ben's card: this morning


def test_a_contacts_page_and_the_contacts_table_count_days_in_the_users_zone(computer_on_utc, make_window, store,
                                                                            qtbot):  # fmt: skip
    operations.update_settings(store, timezone="Asia/Tokyo")
    with time_machine.travel(WEDNESDAY_MORNING_IN_TOKYO, tick=False) as traveller:
        dana = operations.add_contact(store, name="Dana Reyes")
        operations.log_touch(store, dana.id, channel="call", outcome="reached")
        operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24))  # Tuesday: yesterday in Tokyo
        window = make_window(store)
        story = window.show_contact(dana.id)
        assert story.form.followupList.item(0).text() == "⚠ Follow up — overdue, was due Tue 24 Nov (yesterday)"
        traveller.move_to(in_tokyo("2026-11-25T19:00"))  # 10:00 UTC: Wednesday on the computer too
        view = window.show_view("contacts")
        qtbot.waitUntil(lambda: view.model.rowCount() == 1)
        assert view.model.cell_text(0, 6) == "today"  # the call at 08:30 this morning
