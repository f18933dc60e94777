"""Merge is a command you can see: an entry in the Contacts table's right-click menu and in the Edit
menu, each with its key (Ctrl+M was the only way, and mentioned nowhere)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from netcompanion import operations
from netcompanion.gui import contacts
from tests.gui.test_contacts import select_rows


def two_records(window, store, qtbot, monkeypatch):
    """Contacts listing two records of Zed Twofold; the side-by-side question answers "keep the first"."""
    first = operations.add_contact(store, name="Zed Twofold", company="Contoso")
    operations.add_contact(store, name="Zed Twofold", title="CTO")
    asked: list[tuple[int, int]] = []

    def keep_the_first(_store, first_id, second_id, _parent):
        asked.append((first_id, second_id))
        return first.id

    monkeypatch.setattr(contacts, "ask_which_to_keep", keep_the_first)
    view = window.show_view("contacts")
    view.form.filterEdit.setText("Zed Twofold")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    return view, asked


def merged(store) -> bool:
    return len(operations.find_contacts(store, "Zed Twofold")) == 1


def test_the_right_click_menu_offers_merge_with_its_key_for_exactly_two_contacts(
    window, demo_store, qtbot, monkeypatch
):
    view, asked = two_records(window, demo_store, qtbot, monkeypatch)

    def right_click(rows: list[int]) -> dict:
        select_rows(view, rows)
        view.form.table.customContextMenuRequested.emit(QPoint(10, 10))
        (menu,) = [m for m in view.findChildren(QMenu, "contactsMenu") if m.isVisible()]
        entries = {action.text(): action for action in menu.actions()}
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # its entries are used after
        menu.close()
        return entries

    one = right_click([0])
    assert not one["Merge…\tCtrl+M"].isEnabled() and one["&Open\tReturn"].isEnabled()
    two = right_click([0, 1])
    assert two["Merge…\tCtrl+M"].isEnabled() and not two["&Open\tReturn"].isEnabled()

    two["Merge…\tCtrl+M"].trigger()

    assert len(asked) == 1
    qtbot.waitUntil(lambda: merged(demo_store), timeout=20_000)


def test_edit_menu_merge_names_its_key_and_merges_the_two_selected_from_another_view(
    window, demo_store, qtbot, monkeypatch
):
    view, asked = two_records(window, demo_store, qtbot, monkeypatch)
    select_rows(view, [0, 1])
    window.show_view("today")
    (edit,) = [action.menu() for action in window.menuBar().actions() if action.text() == "&Edit"]
    (merge,) = [action for action in edit.actions() if action.text().startswith("&Merge")]
    assert merge.text().endswith("\tCtrl+M")

    merge.trigger()

    assert window.current_view() == "contacts"
    assert len(asked) == 1
    qtbot.waitUntil(lambda: merged(demo_store), timeout=20_000)


def test_ctrl_m_merges_from_the_filter_box_too(window, demo_store, qtbot, monkeypatch):
    view, asked = two_records(window, demo_store, qtbot, monkeypatch)
    select_rows(view, [0, 1])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.form.filterEdit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.form.filterEdit)

    qtbot.keyClick(view.form.filterEdit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)

    assert len(asked) == 1
    qtbot.waitUntil(lambda: merged(demo_store), timeout=20_000)
