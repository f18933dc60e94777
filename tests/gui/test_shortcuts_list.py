"""Help → Keyboard shortcuts: the keys the app really has, under where they work."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from netcompanion import operations

NATIVE = QKeySequence.SequenceFormat.NativeText


def open_with(window, qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier):
    from netcompanion.gui.shortcuts_dialog import ShortcutsDialog

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, modifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ShortcutsDialog)))
    return next(d for d in window.findChildren(ShortcutsDialog) if d.isVisible())


def keys_listed(dialog, where: str | None = None) -> dict[str, str]:
    """Each key the list shows (under `where`) → what it says the key does."""
    return {key: what for group, keys, what in dialog.listed() if where in (None, group) for key in keys.split(" or ")}


def test_f1_lists_every_key_of_the_menus_everywhere_and_the_keys_of_each_view(window, qtbot):
    dialog = open_with(window, qtbot, Qt.Key.Key_F1)

    everywhere = keys_listed(dialog, "Everywhere")
    in_menus = {
        sequence.toString(NATIVE): action.text()
        for menu in window.menuBar().actions()
        for action in menu.menu().actions()
        for sequence in action.shortcuts()
    }
    assert {"Ctrl+Z", "Ctrl+N", "Ctrl+K", "Ctrl+1", "F5", "F1", "Ctrl+/"} <= set(in_menus)
    assert set(in_menus) <= set(everywhere), "a menu's key missing from the list"
    assert "Undo" in everywhere["Ctrl+Z"]
    assert "Merge" in keys_listed(dialog, "Contacts")["Ctrl+M"]  # in Edit's menu too, bound in Contacts
    assert "Snooze" in keys_listed(dialog, "Today")["S"]
    assert keys_listed(dialog, "A contact's page")["Ctrl+S"] == "Save the changes"


def test_ctrl_slash_opens_the_list_too_and_a_second_press_brings_the_same_one_to_the_front(window, qtbot):
    dialog = open_with(window, qtbot, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    assert dialog.windowTitle() == "Keyboard shortcuts"

    assert open_with(window, qtbot, Qt.Key.Key_F1) is dialog


def test_every_key_bound_in_the_views_and_on_a_contacts_page_is_in_the_list(window, qtbot):
    from netcompanion.gui.main_window import VIEW_NAMES

    for name in VIEW_NAMES:
        window.show_view(name)
    window.show_contact(operations.contact_ids(window.store)[0])
    bound = {sequence.toString(NATIVE) for s in window.findChildren(QShortcut) for sequence in s.keys()}  # noqa: SIM118 (its keys)
    assert {"Ctrl+M", "Del", "Ctrl+Right", "F2", "Ctrl+S", "Esc", "Alt+Left"} <= bound

    assert bound <= set(keys_listed(open_with(window, qtbot, Qt.Key.Key_F1)))


def test_no_key_is_listed_twice_under_one_heading(window, qtbot):
    dialog = open_with(window, qtbot, Qt.Key.Key_F1)
    listed = Counter((where, key) for where, keys, _ in dialog.listed() for key in keys.split(" or "))
    assert [pair for pair, times in listed.items() if times > 1] == []
