"""Rule 14, help someone: a favour logged from a contact's People tab shows there at once and is in
the database; an introduction you made names the other person, and both see it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from netcompanion import operations


def _open_dialog(story, qtbot) -> QDialog:
    """Click "Log a favour…" on the People tab and wait for the dialog."""
    story.form.tabs.setCurrentWidget(story.form.peopleTab)
    qtbot.waitUntil(story.form.favourButton.isVisible)
    qtbot.mouseClick(story.form.favourButton, Qt.MouseButton.LeftButton)
    dialog = story.findChild(QDialog, "FavourDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def _favour_rows(story) -> list[str]:
    lst = story.form.favourList
    return [lst.item(r).text() for r in range(lst.count())]


def test_a_favour_logged_on_the_people_tab_shows_there_at_once_and_is_kept(window, demo_store, qtbot):
    contact = operations.add_contact(demo_store, name="Greta Grateful", company="Contoso")
    operations.edit_contact(demo_store, contact.id, biggest_challenge="finding a co-founder")
    story = window.show_contact(contact.id)
    assert _favour_rows(story) == ["Nothing logged yet."]
    dialog = _open_dialog(story, qtbot)
    assert "finding a co-founder" in dialog.findChild(QLabel, "challengeLabel").text()  # what they need help with
    kind = dialog.findChild(QComboBox, "kindCombo")
    day = dialog.findChild(QDateEdit, "dayEdit")
    assert day.date().toPython() == dt.date.today()
    assert QApplication.focusWidget() is kind
    kind.setCurrentIndex(kind.findData("advice"))
    note = dialog.findChild(QLineEdit, "noteEdit")
    qtbot.keyClick(kind, Qt.Key.Key_Tab)  # the other-person box is not asked for advice: straight to the note
    assert QApplication.focusWidget() is note
    qtbot.keyClicks(note, "Reviewed their pitch deck")
    qtbot.keyClick(note, Qt.Key.Key_Return)  # Enter: the default button logs it
    qtbot.waitUntil(lambda: not dialog.isVisible())

    (favour,) = operations.list_favours(demo_store, contact.id)
    assert (favour.kind, favour.note, favour.day, favour.other_contact_id) == (
        "advice", "Reviewed their pitch deck", dt.date.today(), None
    )  # fmt: skip
    rows = _favour_rows(story)
    assert len(rows) == 1 and rows[0].endswith("— Gave advice: Reviewed their pitch deck")
    assert story.form.favourList.currentRow() == 0  # the new one is picked out
    assert story.form.tabs.currentWidget() is story.form.peopleTab


def test_an_introduction_you_made_needs_the_other_person_and_both_see_it(window, demo_store, qtbot):
    asker = operations.add_contact(demo_store, name="Ines Introduced", company="Contoso")
    other = operations.add_contact(demo_store, name="Otto Otherside", company="Litware")
    window.search.invalidate()
    story = window.show_contact(asker.id)
    dialog = _open_dialog(story, qtbot)
    kind = dialog.findChild(QComboBox, "kindCombo")
    kind.setCurrentIndex(kind.findData("introduction"))
    other_box = dialog.findChild(QLineEdit, "otherEdit")
    assert other_box.isVisible()
    assert dialog.findChild(QLabel, "otherLabel").text() == "Introduced &to"
    day = dialog.findChild(QDateEdit, "dayEdit")
    day.setDate(QDate(dt.date.today() - dt.timedelta(days=3)))
    log = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(log, Qt.MouseButton.LeftButton)
    problem = dialog.findChild(QLabel, "problemLabel")
    assert dialog.isVisible() and problem.isVisible()
    assert problem.text() == "An introduction you make connects two contacts: give both."
    assert operations.list_favours(demo_store, asker.id) == []

    qtbot.keyClicks(other_box, "otto other")
    popup = other_box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the suggestions picks the name only
    qtbot.mouseClick(log, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    (favour,) = operations.list_favours(demo_store, asker.id)
    assert (favour.kind, favour.other_contact_id) == ("introduction", other.id)
    assert favour.day == dt.date.today() - dt.timedelta(days=3)
    assert "Introduced them to Otto Otherside" in _favour_rows(story)[0]
    story = window.show_contact(other.id)
    assert "Introduced them to Ines Introduced" in _favour_rows(story)[0]


def test_introducing_someone_on_the_do_not_introduce_list_warns_once_it_is_logged(window, demo_store, qtbot):
    asker = operations.add_contact(demo_store, name="Paula Plain")
    risky = operations.add_contact(demo_store, name="Rex Risky", do_not_introduce=True)
    window.search.invalidate()
    story = window.show_contact(asker.id)
    dialog = _open_dialog(story, qtbot)
    kind = dialog.findChild(QComboBox, "kindCombo")
    kind.setCurrentIndex(kind.findData("introduction"))
    other_box = dialog.findChild(QLineEdit, "otherEdit")
    qtbot.keyClicks(other_box, "rex risky")
    popup = other_box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "favourNudgesBox") is not None)
    box = window.findChild(QMessageBox, "favourNudgesBox")
    qtbot.waitUntil(box.isVisible)
    assert "Rex Risky is on your do-not-introduce list" in box.text()
    box.accept()
    assert [f.other_contact_id for f in operations.list_favours(demo_store, asker.id)] == [risky.id]


def test_escape_logs_nothing(window, demo_store, qtbot):
    contact = operations.add_contact(demo_store, name="Nora Nothing")
    story = window.show_contact(contact.id)
    dialog = _open_dialog(story, qtbot)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "noteEdit"), "half a thought")
    qtbot.keyClick(dialog.findChild(QLineEdit, "noteEdit"), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert operations.list_favours(demo_store, contact.id) == []
    assert _favour_rows(story) == ["Nothing logged yet."]
    assert window.form.pages.currentWidget() is story  # Escape closed the dialog, not the story behind it
