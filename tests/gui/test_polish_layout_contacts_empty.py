"""Contacts when the filters leave nobody: it says so, and offers to clear them (Esc in a filter
box empties it too). It was a blank table and "0 contacts"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def contacts(window, qtbot):
    view = window.show_view("contacts")
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 300)
    return view


def no_match(view) -> tuple[QWidget, QLabel, QPushButton]:
    panel = view.findChild(QWidget, "noMatchPanel")
    assert panel is not None
    return panel, panel.findChild(QLabel), panel.findChild(QPushButton)


def test_a_filter_that_matches_nobody_says_so_and_clearing_it_lists_everyone(window, qtbot):
    view = contacts(window, qtbot)
    everyone = view.model.rowCount()
    qtbot.keyClicks(view.form.filterEdit, "zzzz")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    panel, label, button = no_match(view)
    qtbot.waitUntil(panel.isVisible)
    assert label.text() == "No one matches “zzzz”."
    table = view.form.table
    assert table.rect().contains(panel.geometry())  # in the empty table, below its headings
    assert panel.geometry().top() > table.horizontalHeader().geometry().bottom()
    assert button.isVisible() and button.text().replace("&", "") == "Clear the filter"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == everyone)
    assert view.form.filterEdit.text() == ""
    assert not panel.isVisible()
    assert view.form.countLabel.text() == f"{everyone} contacts"


def test_escape_in_the_filter_box_empties_it(window, qtbot):
    view = contacts(window, qtbot)
    everyone = view.model.rowCount()
    edit = view.form.filterEdit
    qtbot.keyClicks(edit, "zzzz")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == ""
    qtbot.waitUntil(lambda: view.model.rowCount() == everyone)
    assert not no_match(view)[0].isVisible()


def test_with_other_filters_set_it_says_so_and_clears_them_all(window, qtbot):
    view = contacts(window, qtbot)
    everyone = view.model.rowCount()
    f = view.form
    f.stageCombo.setCurrentText("engaged")
    f.parkedCheck.setChecked(True)
    qtbot.keyClicks(f.filterEdit, "zzzz")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    panel, label, button = no_match(view)
    qtbot.waitUntil(panel.isVisible)
    assert label.text() == "No one matches “zzzz” with the other filters set."
    qtbot.keyClick(f.filterEdit, Qt.Key.Key_Down)  # from the filter box, Down goes to the button
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.model.rowCount() == everyone)
    assert (f.filterEdit.text(), f.stageCombo.currentIndex(), f.parkedCheck.isChecked()) == ("", 0, False)
    assert f.filterEdit.hasFocus()


def test_no_filter_and_an_empty_list_says_nothing_about_filters(window, demo_store, qtbot):
    """Everyone filtered out by a tag alone says 'these filters'; with no filter the panel stays away."""
    view = contacts(window, qtbot)
    view.form.tagCombo.addItem("nobody-has-this")
    view.form.tagCombo.setCurrentText("nobody-has-this")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    panel, label, _button = no_match(view)
    qtbot.waitUntil(panel.isVisible)
    assert label.text() == "No one matches these filters."
    view.form.tagCombo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.model.rowCount() > 300)
    assert not panel.isVisible()
