"""The Contacts table's right-click menu: what the buttons under it do to the selection, and Merge, each
with its key.

Merge (Ctrl+M) had no button and no menu entry, so it was found by nobody and two records of one person
stayed two: it is here and in Edit → Merge two contacts… (the row of buttons has no room left for it at
the smallest window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from netcompanion.gui.contacts import ContactsView

MERGE = "Merge…"
KEYS = {"openButton": "Return", "deleteButton": "Del"}  # shown beside the entry


def selection_menu(view: ContactsView, at: QPoint) -> QMenu:
    """The menu at `at` (in the table's viewport); an entry is enabled when its button is, Merge for
    exactly two contacts."""
    f = view.form
    menu = QMenu(view)
    menu.setObjectName("contactsMenu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per right-click

    def add(text: str, keys: str | None, enabled: bool, slot) -> None:
        entry = menu.addAction(text + (f"\t{keys}" if keys else ""))  # after the tab: shown as its key
        entry.setEnabled(enabled)
        entry.triggered.connect(lambda _checked=False: slot())

    for name in ("openButton", "tagButton", "campaignButton", "archiveButton", "deleteButton"):
        button = getattr(f, name)
        add(button.text(), KEYS.get(name), button.isEnabled(), button.click)
        if name == "openButton":
            add(MERGE, "Ctrl+M", len(view.selected_ids()) == 2, view.merge_selected)
    menu.popup(f.table.viewport().mapToGlobal(at))
    return menu
