"""The window's searches (Ctrl+K and the contacts list's filter) find people whatever the accents,
compatibility letters and apostrophe style, key by key as the user types."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from netcompanion import operations
from tests.gui.test_contacts import names_shown


def _type(box, text: str) -> None:
    """Key by key, as a keyboard layout delivers them (QTest types only what a US keyboard has)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _suggested(window) -> list[str]:
    model = window.search.model
    return [model.item(row).text() for row in range(model.rowCount())]


def test_ctrl_k_finds_accented_math_bold_and_curly_apostrophe_names_typed_plainly(window, demo_store, qtbot):
    zoe = operations.add_contact(demo_store, name="Zoë Ångström-Lind", company="Tailspin Toys")
    jamie = operations.add_contact(demo_store, name="𝐉𝐚𝐦𝐢𝐞 𝐑𝐞𝐲𝐞𝐬", company="Stealth Startup")
    grace = operations.add_contact(demo_store, name="Grace O’Connell")
    window.data_changed.emit()
    window._on_changed()
    box = window.form.searchBox
    for typed, wanted in (("angstrom-lind", zoe), ("jamie reyes", jamie), ("o'connell", grace), ("o’connell", grace)):
        box.clear()
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        _type(box, typed)
        assert [r.id for r in window.search.suggestions(typed)] == [wanted.id], typed
        qtbot.waitUntil(lambda w=wanted: _suggested(window) == [f"{w.name} — {w.company}".removesuffix(" — ")])
    box.completer().popup().hide()


def test_the_contacts_filter_narrows_to_the_accented_name_key_by_key(window, demo_store, qtbot):
    operations.add_contact(demo_store, name="Łukasz Wąsowski", company="Proseware")
    operations.add_contact(demo_store, name="Zoe Smith", company="Contoso")
    view = window.show_view("contacts")
    view.refresh()
    total = view.model.rowCount()
    qtbot.keyClicks(view.form.filterEdit, "lu")
    qtbot.waitUntil(lambda: view.model.rowCount() < total)
    qtbot.keyClicks(view.form.filterEdit, "kasz wa")  # each key narrows what the last one showed
    qtbot.waitUntil(lambda: names_shown(view) == ["Łukasz Wąsowski"])

    view.form.filterEdit.clear()
    _type(view.form.filterEdit, "zoë smi")  # typed with the accent, stored without
    qtbot.waitUntil(lambda: names_shown(view) == ["Zoe Smith"])
    qtbot.keyClicks(view.form.filterEdit, "x")
    qtbot.waitUntil(lambda: names_shown(view) == [])
