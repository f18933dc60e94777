"""Edit → Trash: contacts deleted days ago come back from here, or go for good."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from netcompanion import operations
from netcompanion.operations.results import NotFound
from netcompanion.store.models import Interaction
from tests.gui.test_contacts import select_rows


def touches_of(store, contact_id: int) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).where(Interaction.contact_id == contact_id))


def delete_with_the_button(window, rows: list[int]) -> dict[int, str]:
    """Contact id → name of those deleted."""
    view = window.show_view("contacts")
    select_rows(view, rows)
    deleted = {i: view.model.row(view.model.row_of(i)).name for i in view.selected_ids()}
    assert view.form.deleteButton.isEnabled()
    view.form.deleteButton.click()
    return deleted


def test_the_delete_button_sends_the_selection_to_the_trash_and_the_trash_restores_one(window, demo_store):
    deleted = delete_with_the_button(window, [0, 1])
    contacts = window.views["contacts"]
    assert window.undo_action.isEnabled()

    trash = window.open_trash()
    names = [trash.form.trashTable.item(row, 0).text() for row in range(trash.form.trashTable.rowCount())]
    assert sorted(names) == sorted(deleted.values())
    first = trash.selected()[0]
    assert trash.restore()

    assert [e.contact_id for e in operations.list_trash(demo_store)] == [i for i in deleted if i != first.contact_id]
    assert trash.form.trashTable.rowCount() == 1  # the dialog follows the change
    assert contacts.model.row_of(first.contact_id) is not None
    # Undo would restore both, and one is back already: it is not offered any more.
    assert not window.undo_action.isEnabled()
    assert f"Restored {first.name}" in window.statusBar().currentMessage()


def test_forgetting_for_good_removes_the_contact_and_its_history(window, demo_store, qtbot):
    model = window.show_view("contacts").model
    touched = next(row for row in range(model.rowCount()) if model.row(row).last_interaction is not None)
    ((contact_id, name),) = delete_with_the_button(window, [touched]).items()
    assert touches_of(demo_store, contact_id) > 0
    trash = window.open_trash()
    assert trash.forget(confirmed=True)
    qtbot.waitUntil(lambda: not operations.list_trash(demo_store), timeout=10_000)
    with pytest.raises(NotFound):
        operations.get_contact(demo_store, contact_id)
    assert touches_of(demo_store, contact_id) == 0
    qtbot.waitUntil(lambda: f"{name} was removed for good" in window.statusBar().currentMessage(), timeout=10_000)
    qtbot.waitUntil(lambda: trash.form.trashTable.rowCount() == 0, timeout=10_000)
    assert trash.form.detailLabel.text() == "The trash is empty."
    assert not trash.form.restoreButton.isEnabled() and not trash.form.forgetButton.isEnabled()


def test_the_trash_says_when_it_is_empty(window):
    trash = window.open_trash()
    assert trash.form.trashTable.rowCount() == 0
    assert trash.form.detailLabel.text() == "The trash is empty."
    assert not trash.restore() and not trash.forget(confirmed=True)


def test_opening_someone_in_the_trash_opens_the_trash_with_them_chosen_and_restoring_opens_them(window, demo_store):
    """From a notification: it showed an empty form with Save enabled."""
    today = window.show_view("today")
    contact_id, name = 7, operations.get_contact(demo_store, 7).name
    operations.delete_contact(demo_store, contact_id)

    trash = window.show_contact(contact_id)
    assert window.form.pages.currentWidget() is today and window.form.viewTitle.text() == "Today"
    assert trash.dialog.isVisible() and [e.contact_id for e in trash.selected()] == [contact_id]
    assert trash.form.detailLabel.text().startswith(f"{name} is in the trash, so their page can't open: Restore")
    assert trash.restore()
    story = window.form.pages.currentWidget()
    assert story is window._story and story.contact.id == contact_id and not trash.dialog.isVisible()


def test_opening_someone_in_the_trash_keeps_the_person_open_before_and_says_who_is_where(window, demo_store):
    """It stayed on the person open before under the heading "Contact", as if the click had opened them."""
    story = window.show_contact(3)
    operations.delete_contact(demo_store, 7)

    trash = window.show_contact(7)
    assert story.contact.id == 3 and story.form.storyName.text() == operations.get_contact(demo_store, 3).name
    assert [e.contact_id for e in trash.selected()] == [7] and trash.dialog.isVisible()


def test_opening_someone_forgotten_since_says_so_and_stays_where_it_was(window, demo_store):
    today = window.show_view("today")
    operations.delete_contact(demo_store, 7)
    operations.forget_contact(demo_store, 7)

    assert window.show_contact(7) is None
    assert window.ctx.last_error == "There is no contact #7 any more: they were removed for good."
    assert window.form.pages.currentWidget() is today and window._story is None
