"""Filling in a meeting from long ago in the Log dialog plans no thank-you or next step, and says why."""

from __future__ import annotations

from PySide6.QtCore import QDate

from netcompanion import operations


def test_a_meeting_from_2024_logged_in_the_dialog_says_its_follow_ups_have_passed_and_plans_none(make_window, store):
    new = operations.add_contact(store, name="New Timer")
    window = make_window(store)
    dialog = window.show_contact(new.id).log_touch()
    f = dialog.form
    f.channelCombo.setCurrentIndex(f.channelCombo.findData("meeting"))
    f.outcomeCombo.setCurrentIndex(f.outcomeCombo.findData("reached"))
    f.moodCombo.setCurrentIndex(f.moodCombo.findData("thrilled"))
    f.dateEdit.setDate(QDate(2024, 3, 10))

    said = f.nudgesLabel.text()
    assert "A thank-you note to New was due Mon 11 Mar 2024; that has passed already, so none is planned." in said
    assert "A next step (coffee, a call) was due by Wed 13 Mar 2024; that has passed already" in said
    assert "is due" not in said and "propose a next step" not in said

    dialog.save()
    assert [t.channel for t in operations.list_interactions(store, new.id)] == ["meeting"]
    assert operations.list_followups(store, contact_id=new.id) == []
