"""A contact's page: "Snooze a week" moves a follow-up a week on from its day, never earlier."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from netcompanion import operations
from netcompanion.rules.common import say_day


def test_snooze_a_week_on_a_follow_up_due_in_twelve_days_makes_it_due_a_week_after_that(window, demo_store, qtbot):
    contact = operations.add_contact(demo_store, name="Kofi Later")
    today = operations.today_for(demo_store)
    due = today + dt.timedelta(days=12)
    operations.add_followup(demo_store, contact.id, due=due)
    story = window.show_contact(contact.id)
    assert story.form.followupList.item(0).text() == f"Follow up — due {say_day(due)}"

    qtbot.mouseClick(story.form.snoozeButton, Qt.MouseButton.LeftButton)

    week_later = due + dt.timedelta(days=7)
    qtbot.waitUntil(lambda: story.form.followupList.item(0).text() == f"Follow up — due {say_day(week_later)} (snoozed)")
    assert operations.list_followups(demo_store, contact_id=contact.id)[0].effective_due() == week_later


def test_snooze_a_week_on_an_overdue_follow_up_is_a_week_from_today(window, demo_store, qtbot):
    contact = operations.add_contact(demo_store, name="Ama Overdue")
    today = operations.today_for(demo_store)
    operations.add_followup(demo_store, contact.id, due=today - dt.timedelta(days=3))
    story = window.show_contact(contact.id)

    qtbot.mouseClick(story.form.snoozeButton, Qt.MouseButton.LeftButton)

    week_later = today + dt.timedelta(days=7)
    qtbot.waitUntil(lambda: story.form.followupList.item(0).text() == f"Follow up — due {say_day(week_later)} (snoozed)")
