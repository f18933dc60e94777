"""A favour logged by mistake is taken back on the People tab (Remove, or Delete on the list) and
Edit ▸ Undo puts it back; both people's stories, and "Someone you could help", follow."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from netcompanion import operations


def _rows(story) -> list[str]:
    lst = story.form.favourList
    return [lst.item(r).text() for r in range(lst.count())]


def _people_tab(window, contact_id):
    story = window.show_contact(contact_id)
    story.form.tabs.setCurrentWidget(story.form.peopleTab)
    return story


def _select(qtbot, story, text: str) -> None:
    lst = story.form.favourList
    (row,) = [r for r in range(lst.count()) if text in lst.item(r).text()]
    rect = lst.visualItemRect(lst.item(row))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert lst.currentRow() == row


def test_remove_takes_the_selected_favour_off_the_list_and_undo_puts_it_back(window, demo_store, qtbot):
    greta = operations.add_contact(demo_store, name="Greta Grateful", company="Contoso")
    day = dt.date.today() - dt.timedelta(days=4)
    kept = operations.log_favour(demo_store, "advice", contact_id=greta.id, note="Reviewed their pitch", day=day)
    mistake = operations.log_favour(demo_store, "help", contact_id=greta.id, note="wrong person").record
    story = _people_tab(window, greta.id)
    remove = story.form.removeFavourButton
    assert remove.isVisible() and not remove.isEnabled()  # nothing selected yet: nothing to remove
    assert len(_rows(story)) == 2

    _select(qtbot, story, "wrong person")
    assert remove.isEnabled()
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    (left,) = _rows(story)
    assert left.endswith("— Gave advice: Reviewed their pitch")
    assert [f.note for f in operations.list_favours(demo_store, greta.id)] == ["Reviewed their pitch"]
    assert not remove.isEnabled()  # the selection went with it: a second click removes nothing
    assert window.statusBar().currentMessage() == "Removed a favour for Greta Grateful — Ctrl+Z to undo."
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo removing a favour for Greta Grateful"

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(_rows(story)) == 2)
    assert [f.id for f in operations.list_favours(demo_store, greta.id)] == [mistake.id, kept.record.id]
    back = story.form.favourList.currentItem()
    assert back is not None and back.text().endswith("— Helped them: wrong person")  # picked out again
    assert story.form.tabs.currentWidget() is story.form.peopleTab
    assert not window.undo_action.isEnabled()


def test_the_delete_key_on_the_list_removes_it_and_the_last_one_leaves_the_empty_line(window, demo_store, qtbot):
    nora = operations.add_contact(demo_store, name="Nora Nothing")
    operations.log_favour(demo_store, "other", contact_id=nora.id, note="lent a book")
    story = _people_tab(window, nora.id)
    lst = story.form.favourList
    lst.setFocus()
    qtbot.keyClick(lst, Qt.Key.Key_Delete)  # nothing selected: nothing goes
    assert len(operations.list_favours(demo_store, nora.id)) == 1
    _select(qtbot, story, "lent a book")
    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert operations.list_favours(demo_store, nora.id) == []
    assert _rows(story) == ["Nothing logged yet."]
    assert not story.form.removeFavourButton.isEnabled()
    assert QApplication.focusWidget() is lst  # the keyboard stays where it was
    qtbot.keyClick(lst, Qt.Key.Key_Delete)  # the empty line is not a favour
    qtbot.keyClick(lst, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo
    qtbot.waitUntil(lambda: len(operations.list_favours(demo_store, nora.id)) == 1)
    assert _rows(story)[0].endswith("— Did something for them: lent a book")


def test_an_introduction_removed_on_one_side_is_gone_from_the_other_side_too(window, demo_store, qtbot):
    ines = operations.add_contact(demo_store, name="Ines Introduced", company="Contoso")
    otto = operations.add_contact(demo_store, name="Otto Otherside", company="Litware")
    operations.log_favour(demo_store, "introduction", contact_id=ines.id, other_contact_id=otto.id)
    story = _people_tab(window, otto.id)
    _select(qtbot, story, "Introduced them to Ines Introduced")
    qtbot.mouseClick(story.form.removeFavourButton, Qt.MouseButton.LeftButton)
    assert _rows(story) == ["Nothing logged yet."]
    story = _people_tab(window, ines.id)
    assert _rows(story) == ["Nothing logged yet."]
    window.undo_action.trigger()  # while the other side is shown: it comes back there too
    qtbot.waitUntil(lambda: len(_rows(story)) == 1 and "Otto Otherside" in _rows(story)[0])


def test_removing_the_favour_that_helped_them_puts_them_back_among_those_you_could_help(
    window, demo_store, qtbot, cli
):
    """Rule 14: `today` names someone with a noted challenge whom you have not helped lately."""
    julia = operations.add_contact(demo_store, name="Julia Weber", company="Contoso")
    operations.edit_contact(demo_store, julia.id, biggest_challenge="hiring data engineers")
    operations.log_favour(demo_store, "help", contact_id=julia.id, note="sent two CVs")
    assert "Julia Weber" not in cli("today").out
    story = _people_tab(window, julia.id)
    _select(qtbot, story, "sent two CVs")
    qtbot.mouseClick(story.form.removeFavourButton, Qt.MouseButton.LeftButton)
    shown = cli("today").out
    assert "Someone you could help:" in shown and "Julia Weber is wrestling with hiring data engineers" in shown
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(operations.list_favours(demo_store, julia.id)) == 1)
    assert "Julia Weber" not in cli("today").out
