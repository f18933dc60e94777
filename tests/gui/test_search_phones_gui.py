"""The window's searches find a contact by a phone number typed key by key, with the spacing and
punctuation of a missed call's number, among the demo network's own phone numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netcompanion import operations
from tests.gui.test_contacts import names_shown
from tests.gui.test_search_folding_gui import _suggested


def test_typing_a_phone_number_in_the_contacts_filter_finds_who_called(window, demo_store, qtbot):
    operations.add_contact(demo_store, name="Lee Park", company="Northwind", phones=["+44 (0)20 7946 0958"])
    view = window.show_view("contacts")
    view.refresh()
    total = view.model.rowCount()
    qtbot.keyClicks(view.form.filterEdit, "+44 20 7946")
    qtbot.waitUntil(lambda: 0 < view.model.rowCount() < total)
    qtbot.keyClicks(view.form.filterEdit, "-0958")  # each key narrows what the last one showed
    qtbot.waitUntil(lambda: names_shown(view) == ["Lee Park"])

    view.form.filterEdit.clear()
    qtbot.keyClicks(view.form.filterEdit, "(020) 7946.0958")  # dialled at home: with the trunk 0
    qtbot.waitUntil(lambda: names_shown(view) == ["Lee Park"])
    qtbot.keyClicks(view.form.filterEdit, "1")
    qtbot.waitUntil(lambda: names_shown(view) == [])


def test_ctrl_k_suggests_the_contact_whose_number_is_typed(window, demo_store, qtbot):
    lee = operations.add_contact(demo_store, name="Lee Park", company="Northwind", phones=["+44 (0)20 7946 0958"])
    window.data_changed.emit()
    window._on_changed()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.form.searchBox, "7946-0958")
    assert [r.id for r in window.search.suggestions("7946-0958")] == [lee.id]
    qtbot.waitUntil(lambda: _suggested(window) == ["Lee Park — Northwind"])
    window.form.searchBox.completer().popup().hide()
