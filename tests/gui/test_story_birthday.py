"""A contact's birthday on their page: shown as people say it, set, changed and cleared there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netcompanion import operations


def test_the_page_shows_a_birthday_with_and_without_the_year(window, demo_store):
    born = operations.add_contact(demo_store, name="Bea Year", birthday="1990-03-14")
    no_year = operations.add_contact(demo_store, name="Nora Year", birthday="--07-04")
    assert window.show_contact(born.id).form.birthdayEdit.text() == "14 March 1990"
    story = window.show_contact(no_year.id)
    assert story.form.birthdayEdit.text() == "4 July"
    assert not story.has_unsaved_edits()  # shown as it reads, not as stored: still nothing changed


def test_a_birthday_typed_on_the_page_is_saved_and_cleared(window, demo_store, qtbot):
    contact = operations.add_contact(demo_store, name="Ada Typed")
    story = window.show_contact(contact.id)
    f = story.form
    f.birthdayEdit.setText("03-14")
    assert set(story.edits()) == {"birthday"}
    qtbot.keyClick(f.birthdayEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert operations.get_contact(demo_store, contact.id).birthday == "--03-14"
    assert f.birthdayEdit.text() == "14 March"  # shown again as it reads once saved
    f.birthdayEdit.setText("")
    assert story.save() is True
    assert operations.get_contact(demo_store, contact.id).birthday is None


def test_a_birthday_that_is_no_date_is_refused_in_one_sentence(window, demo_store, monkeypatch):
    contact = operations.add_contact(demo_store, name="Bad Day", birthday="1990-03-14")
    story = window.show_contact(contact.id)
    shown = []
    monkeypatch.setattr(window.ctx, "error", shown.append)
    story.form.birthdayEdit.setText("31 February")
    assert story.save() is False
    assert shown == ["'31 February' is not a birthday: give it as YYYY-MM-DD or MM-DD (without the year)."]
    assert operations.get_contact(demo_store, contact.id).birthday == "1990-03-14"
    story.form.birthdayEdit.setText("14 March 1990")  # nothing left for the window's closing to ask about
