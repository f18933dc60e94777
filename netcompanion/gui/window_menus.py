"""The main window's menu bar: every command, with its keys from the app's table of them
(shortcuts.py), which Help → Keyboard shortcuts lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from netcompanion.gui.assets import icon
from netcompanion.gui.shortcuts import SHORTCUTS, WINDOW, shortcut
from netcompanion.gui.shortcuts_dialog import open_shortcuts

if TYPE_CHECKING:
    from netcompanion.gui.main_window import MainWindow


def add_action(
    owner: QWidget, menu: QMenu, text: str, keys: str | None, slot: Callable[[], object], icon_name: str | None = None
) -> QAction:
    """A menu command; `keys` names its shortcut in SHORTCUTS."""
    action = QAction(text, owner)
    if keys:
        action.setShortcuts(SHORTCUTS[keys].sequences())
    if icon_name:
        action.setIcon(icon(icon_name))
    # Qt hands `triggered` its "checked" flag; a slot with an optional first parameter (the
    # triage's ids) would take it for its own, so the slot is called without arguments.
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build_menus(window: MainWindow, views: tuple[tuple[str, str], ...]) -> tuple[QAction, QAction]:
    """File, Edit, View and Help; returns the actions the window keeps current: (Undo, Explore a demo)."""
    bar = window.menuBar()
    ctx = window.ctx

    def add(menu: QMenu, text: str, keys: str | None, slot, icon_name: str | None = None) -> QAction:
        return add_action(window, menu, text, keys, slot, icon_name)

    file_menu = bar.addMenu("&File")
    add(file_menu, "&New contact…", "new_contact", window.new_contact)
    add(file_menu, "&Import contacts…", "import", window.open_import, "import")
    add(file_menu, "&Past imports…", None, window.open_import_history)
    add(file_menu, "&Export contacts…", "export", lambda: window.exporter.contacts())
    add(file_menu, "Export follow-ups to a &calendar…", None, lambda: window.exporter.calendar())
    # Only for an empty database (the demo never mixes with real contacts): see update_status.
    demo = add(file_menu, "Explore a &demo network", None, window.load_demo)
    file_menu.addSeparator()
    add(file_menu, "&Settings…", "settings", window.open_settings, "settings")
    file_menu.addSeparator()
    add(file_menu, "&Quit", "quit", window.quit_app)

    edit_menu = bar.addMenu("&Edit")
    undo = add(edit_menu, "&Undo", "undo", ctx.undo)
    undo.setEnabled(False)

    def offered(label: str) -> None:
        undo.setEnabled(bool(label))
        undo.setText(f"&Undo {label}" if label else "&Undo")

    ctx.undo_changed.connect(offered)
    edit_menu.addSeparator()
    # Its key belongs to the Contacts view (the tab shows it here without binding it twice).
    add(edit_menu, f"&Merge two contacts…\t{SHORTCUTS['merge'].text()}", None, lambda: merge_selected(window))
    add(edit_menu, "&Trash…", None, window.open_trash)

    view_menu = bar.addMenu("&View")
    for name, label in views:
        add(view_menu, label, f"view.{name}", lambda n=name: window.show_view(n), name)
    view_menu.addSeparator()
    add(view_menu, "&Find a contact", "find", window.focus_search, "search")
    add(view_menu, "T&riage contacts…", "triage", window.open_triage, "triage")
    add(view_menu, "&Refresh", "refresh", ctx.changed.emit)
    # Also in the tray's menu; here too, for desktops without a tray.
    add(view_menu, "Notification &history…", None, window.open_notification_history)
    shortcut("back", window, window.go_back, WINDOW)

    help_menu = bar.addMenu("&Help")
    add(help_menu, "&Keyboard shortcuts…", "shortcuts", lambda: open_shortcuts(window))
    return undo, demo



def merge_selected(window: MainWindow) -> None:
    """Edit → Merge two contacts…: the two selected in Contacts, which is shown (anywhere else it says
    to select them there)."""
    view = window.show_view("contacts")
    if hasattr(view, "merge_selected"):  # not when a contact's unsaved edits kept their page open
        view.merge_selected()
