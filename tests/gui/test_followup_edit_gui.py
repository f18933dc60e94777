"""Changing a follow-up in the app: F2 (or the right-click menu) on a contact's page, or F2 on Today,
opens it filled in; OK changes it, the running reminders follow, and Ctrl+Z takes it back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu

from netcompanion import operations
from netcompanion.clock import wall_to_utc
from netcompanion.gui.assets import Form
from netcompanion.rules.common import say_day
from tests.gui.conftest import companion_for, due_today


def _every_day_a_working_day(store) -> None:
    """So a reminder tomorrow is not held over a weekend: its moment is the one planned."""
    operations.update_settings(store, working_days="1234567")


def _edit_dialog(window, qtbot) -> tuple[QDialog, Form]:
    def shown() -> list[QDialog]:
        return [d for d in window.findChildren(QDialog)
                if d.isVisible() and d.windowTitle().startswith("Edit follow-up")]  # fmt: skip

    qtbot.waitUntil(lambda: len(shown()) == 1)
    dialog = shown()[0]
    return dialog, Form(dialog)


def _ok(form: Form, qtbot) -> None:
    qtbot.mouseClick(form.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _undo(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_f2_on_a_contacts_follow_up_changes_it_the_reminder_follows_and_ctrl_z_takes_it_back(window, demo_store, qtbot):
    _every_day_a_working_day(demo_store)
    companion = companion_for(demo_store, window)
    contact = operations.add_contact(demo_store, name="Ines Ortega")
    today = operations.today_for(demo_store)
    made = operations.add_followup(demo_store, contact.id, due=today + dt.timedelta(days=2), note="Send the deck")
    tomorrow = today + dt.timedelta(days=1)
    reminder_at = wall_to_utc(tomorrow, dt.time(15, 30), operations.get_settings(demo_store).zone)
    story = window.show_contact(contact.id)
    story.form.tabs.setCurrentWidget(story.form.followupsTab)
    lst = story.form.followupList
    lst.setFocus()

    qtbot.keyClick(lst, Qt.Key.Key_F2)

    dialog, f = _edit_dialog(window, qtbot)
    assert (f.kindCombo.currentData(), f.dueEdit.date().toPython(), f.atCheck.isChecked(), f.noteEdit.text()) == (
        "follow-up", made.due, False, "Send the deck")  # fmt: skip
    f.dueEdit.setDate(QDate(tomorrow))
    f.atCheck.setChecked(True)
    f.atEdit.setTime(QTime(15, 30))
    f.noteEdit.setText("Send the new deck")
    _ok(f, qtbot)

    changed = f"Follow up — due {say_day(tomorrow)} at 15:30\n    Send the new deck"
    qtbot.waitUntil(lambda: lst.count() == 1 and lst.item(0).text() == changed)
    (listed,) = operations.list_followups(demo_store, contact_id=contact.id)
    assert (listed.id, listed.due, listed.at, listed.note) == (made.id, tomorrow, dt.time(15, 30), "Send the new deck")
    qtbot.waitUntil(lambda: reminder_at in companion.scheduler.last_result.upcoming)
    assert window.ctx.undo_label == "editing the follow-up with Ines Ortega"

    _undo(window, qtbot)

    qtbot.waitUntil(lambda: lst.item(0).text() == f"Follow up — due {say_day(made.due)}\n    Send the deck")
    assert operations.list_followups(demo_store, contact_id=contact.id) == [made]
    qtbot.waitUntil(lambda: reminder_at not in companion.scheduler.last_result.upcoming)
    companion.stop()


def test_a_snoozed_follow_up_opens_on_its_snoozes_day_and_says_a_new_day_replaces_the_snooze(window, demo_store, qtbot):
    contact = operations.add_contact(demo_store, name="Sam Snooze")
    today = operations.today_for(demo_store)
    made = operations.add_followup(demo_store, contact.id, due=today + dt.timedelta(days=1))
    until = today + dt.timedelta(days=9)
    operations.snooze_followup(demo_store, made.id, until)
    story = window.show_contact(contact.id)
    story.form.tabs.setCurrentWidget(story.form.followupsTab)

    lst = story.form.followupList
    lst.customContextMenuRequested.emit(lst.visualItemRect(lst.item(0)).center())  # a right-click on it
    menu = story.findChild(QMenu, "followupMenu")
    edit = menu.actions()[0]
    assert edit.text() == "Edit follow-up…\tF2"
    edit.trigger()

    dialog, f = _edit_dialog(window, qtbot)
    assert f.dueEdit.date().toPython() == until
    assert f.hintLabel.isVisible()
    assert f.hintLabel.text() == (
        f"Snoozed until {say_day(until)} (it was due {say_day(made.due)}): another day replaces the snooze."
    )
    day = today + dt.timedelta(days=4)
    f.dueEdit.setDate(QDate(day))
    _ok(f, qtbot)
    qtbot.waitUntil(lambda: story.form.followupList.item(0).text() == f"Follow up — due {say_day(day)}")
    (listed,) = operations.list_followups(demo_store, contact_id=contact.id)
    assert (listed.status, listed.effective_due()) == ("open", day)


def test_f2_on_today_moves_the_follow_up_off_todays_list_and_ctrl_z_brings_them_back(window, demo_store, qtbot):
    (tess,) = due_today(demo_store, ["Tess Ward"])
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded and tess in view.listed)
    calls = view.form.callList
    calls.setCurrentRow([e.contact_id for e in view.entries].index(tess))
    calls.setFocus()

    qtbot.keyClick(calls, Qt.Key.Key_F2)

    dialog, f = _edit_dialog(window, qtbot)
    assert f.noteEdit.text() == "as promised"
    f.dueEdit.setDate(f.dueEdit.date().addDays(3))
    _ok(f, qtbot)
    qtbot.waitUntil(lambda: tess not in view.listed)

    _undo(window, qtbot)

    qtbot.waitUntil(lambda: tess in view.listed)
