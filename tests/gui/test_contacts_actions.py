"""The contacts list's actions: on a selection (archive, tag, trash, merge), its keys, and Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from netcompanion import clock, operations
from netcompanion.demo import generate_demo
from tests.gui.test_contacts import select_rows


def test_archive_and_tag_a_multi_selection(window, demo_store):
    view = window.show_view("contacts")
    select_rows(view, [0, 1, 2])
    ids = view.selected_ids()
    assert len(ids) == 3
    view.tag_selected("reconnect")
    assert all("reconnect" in operations.get_contact(demo_store, i).tags for i in ids)
    select_rows(view, [0, 1, 2])
    before = view.model.rowCount()
    view.archive_selected()
    assert all(operations.get_contact(demo_store, i).archived for i in ids)
    assert view.model.rowCount() == before - 3  # archived people leave the list at once


def test_enter_on_a_row_opens_the_contact_story(window, qtbot):
    view = window.show_view("contacts")
    view.form.table.setFocus()
    view.form.table.selectRow(4)
    expected = view.model.row(4).name
    qtbot.keyClick(view.form.table, Qt.Key.Key_Return)
    story = window.form.pages.currentWidget()
    assert story.objectName() == "contactStory"
    assert story.form.storyName.text() == expected


def test_ctrl_l_logs_a_touch_with_the_highlighted_contact(window, demo_store, qtbot):
    view = window.show_view("contacts")
    view.form.table.setFocus()
    view.form.table.selectRow(2)
    contact_id = view.model.contact_id(2)
    dialog = view.log_touch()
    assert view.model.row(2).name in dialog.dialog.windowTitle()
    dialog.form.channelCombo.setCurrentIndex(dialog.form.channelCombo.findData("email"))
    dialog.form.outcomeCombo.setCurrentIndex(dialog.form.outcomeCombo.findData("no-reply"))
    dialog.save()
    touch = operations.list_interactions(demo_store, contact_id)[0]
    assert (touch.channel, touch.outcome) == ("email", "no-reply")
    assert view.model.row(view.model.row_of(contact_id)).last_interaction == clock.today()


def test_delete_key_moves_the_selection_to_the_trash_and_ctrl_z_brings_it_back(window, demo_store, qtbot):
    view = window.show_view("contacts")
    select_rows(view, [0, 1])
    ids = view.selected_ids()
    before = view.model.rowCount()
    view.form.table.setFocus()
    qtbot.keyClick(view.form.table, Qt.Key.Key_Delete)
    assert sorted(e.contact_id for e in operations.list_trash(demo_store)) == sorted(ids)
    assert view.model.rowCount() == before - 2
    assert window.undo_action.isEnabled() and "deleted 2 contacts" in window.undo_action.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert operations.list_trash(demo_store) == []
    assert view.model.rowCount() == before
    assert not window.undo_action.isEnabled()


def test_the_tables_keys_act_only_while_the_table_has_the_focus(window, demo_store, qtbot):
    """Delete, Return and Down were window-wide: Delete on a ticked filter box moved the selection to
    the trash, Return in the company filter opened a contact, Down in a spin box jumped to the table."""
    view = window.show_view("contacts")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    select_rows(view, [0, 1])
    f = view.form
    f.parkedCheck.setFocus()
    qtbot.keyClick(f.parkedCheck, Qt.Key.Key_Delete)
    assert operations.list_trash(demo_store) == []
    f.companyEdit.setFocus()
    qtbot.keyClick(f.companyEdit, Qt.Key.Key_Return)
    assert window.form.pages.currentWidget() is view  # no contact opened
    f.coldDays.setFocus()
    days = f.coldDays.value()
    qtbot.keyClick(f.coldDays, Qt.Key.Key_Down)
    assert f.coldDays.value() == days - 1 and f.coldDays.hasFocus()
    f.table.setFocus()
    qtbot.keyClick(f.table, Qt.Key.Key_Delete)
    assert len(operations.list_trash(demo_store)) == 2


def test_undo_after_archiving_brings_the_contacts_back(window, demo_store):
    view = window.show_view("contacts")
    select_rows(view, [3, 4, 5])
    ids = view.selected_ids()
    view.archive_selected()
    assert all(operations.get_contact(demo_store, i).archived for i in ids)
    window.undo_action.trigger()
    assert not any(operations.get_contact(demo_store, i).archived for i in ids)


def test_undo_takes_back_one_action_after_another_newest_first(window, demo_store, qtbot):
    """Undo held one step: archiving, then deleting, left the archived people archived."""
    view = window.show_view("contacts")
    select_rows(view, [3, 4])
    archived = view.selected_ids()
    view.archive_selected()
    select_rows(view, [0])
    deleted = view.selected_ids()
    view.delete_selected()
    assert window.undo_action.text() == "&Undo deleted 1 contact"

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert operations.get_contact(demo_store, deleted[0]).id == deleted[0]  # back from the trash
    assert all(operations.get_contact(demo_store, i).archived for i in archived)
    assert window.undo_action.text() == "&Undo archived 2 contacts"

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert not any(operations.get_contact(demo_store, i).archived for i in archived)
    assert not window.undo_action.isEnabled()


def test_ctrl_m_merges_two_records_of_one_person(window, demo_store, qtbot):
    first = operations.add_contact(
        demo_store, name="Zed Twofold", company="Contoso", emails=["zed@example.com"]
    )
    second = operations.add_contact(demo_store, name="Zed Twofold", title="CTO")
    operations.log_touch(demo_store, second.id, channel="call", outcome="reached")
    view = window.show_view("contacts")
    view.form.filterEdit.setText("Zed Twofold")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    select_rows(view, [0, 1])
    view.merge_selected(keep_id=first.id)
    qtbot.waitUntil(lambda: len(operations.find_contacts(demo_store, "Zed Twofold")) == 1, timeout=20_000)
    merged = operations.get_contact(demo_store, first.id)
    assert (merged.company, merged.title, merged.emails) == ("Contoso", "CTO", ("zed@example.com",))
    assert merged.last_interaction is not None
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)


def test_merge_shows_both_side_by_side_and_keeps_the_one_chosen(window, demo_store, qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    operations.add_contact(demo_store, name="Yara Twice", company="Fabrikam")
    right = operations.add_contact(
        demo_store, name="Yara Twice", linkedin_url="https://www.linkedin.com/in/yara"
    )
    view = window.show_view("contacts")
    view.form.filterEdit.setText("Yara Twice")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    select_rows(view, [0, 1])
    shown = {}

    def choose_right() -> None:
        box = QApplication.activeModalWidget()
        shown["text"] = box.text()
        box.grab().save(str(tmp_path / "merge.png"))
        (button,) = [b for b in box.buttons() if "right" in b.text()]
        button.click()

    QTimer.singleShot(200, choose_right)
    view.merge_selected()
    qtbot.waitUntil(lambda: len(operations.find_contacts(demo_store, "Yara Twice")) == 1, timeout=20_000)
    assert "Fabrikam" in shown["text"] and "linkedin.com/in/yara" in shown["text"]
    assert [c.id for c in operations.find_contacts(demo_store, "Yara Twice")] == [right.id]
    assert operations.get_contact(demo_store, right.id).company == "Fabrikam"  # filled from the left one


def test_a_bulk_archive_runs_off_the_gui_thread_after_a_backup_and_can_be_undone(window, demo_store, qtbot):
    from netcompanion.store.backup import list_backups

    view = window.show_view("contacts")
    select_rows(view, list(range(12)))
    ids = view.selected_ids()
    view.archive_selected()
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=20_000)
    assert all(operations.get_contact(demo_store, i).archived for i in ids)
    assert any("before-bulk-edit" in b.path.name for b in list_backups(demo_store.path))
    window.undo_action.trigger()
    qtbot.waitUntil(
        lambda: not any(operations.get_contact(demo_store, i).archived for i in ids), timeout=20_000
    )


def test_a_refresh_keeps_a_selection_of_hundreds_whole(make_window, store):
    """A refresh nobody asked for (another program wrote) cut a selection of 687 down to 500."""
    generate_demo(store, 700)
    window = make_window(store)
    view = window.show_view("contacts")
    view.form.table.selectAll()
    chosen = len(view.selected_ids())
    assert chosen > 600
    window.ctx.changed.emit()
    assert len(view.selected_ids()) == chosen


def test_the_delete_button_key_is_not_taken_by_a_menu(window):
    view = window.show_view("contacts")
    menus = {QKeySequence.mnemonic(a.text()).toString() for a in window.menuBar().actions()}
    assert QKeySequence.mnemonic(view.form.deleteButton.text()).toString() not in menus


def test_tab_leaves_the_contacts_table(window, qtbot):
    view = window.show_view("contacts")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = view.form.table
    table.setFocus()
    select_rows(view, [0])
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert table.selectionModel().selectedRows()[0].row() == 0  # still the same person chosen


def test_the_tag_button_asks_for_the_tag_and_tags_the_people_chosen(window, demo_store, qtbot, monkeypatch):
    """The button passed Qt's "not checked" on as the tag: "A tag needs a name."."""
    from PySide6.QtWidgets import QInputDialog

    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, items, *_args, **_kwargs):
        offered.append(list(items))
        return "warm lead", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    tags_before = operations.tag_names(demo_store)
    view = window.show_view("contacts")
    qtbot.waitUntil(lambda: not view.model.loading)
    select_rows(view, [2, 5])
    ids = view.selected_ids()
    qtbot.mouseClick(view.form.tagButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert offered == [tags_before]
    assert window.ctx.last_error == ""
    assert all("warm lead" in operations.get_contact(demo_store, i).tags for i in ids)
    assert window.statusBar().currentMessage() == "Tagged 2 contacts “warm lead”."
