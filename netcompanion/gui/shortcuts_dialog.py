"""Help → Keyboard shortcuts: every key the app has, under where it works. Read from the table the
menus, views and dialogs bind their keys from (shortcuts.py), so it lists what the keys really do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netcompanion.gui.shortcuts import SHORTCUTS

MNEMONICS = "Alt and a letter underlined in a button's or a menu's name presses it."


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tree = tree = QTreeWidget()
        tree.setObjectName("shortcutsList")
        tree.setAccessibleName("Keyboard shortcuts")
        tree.setColumnCount(2)
        tree.setHeaderLabels(["Keys", "What they do"])
        tree.setRootIsDecorated(False)
        tree.setItemsExpandable(False)
        tree.setWordWrap(True)
        tree.header().setStretchLastSection(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for keys in SHORTCUTS.values():
            shown = keys.text()
            if not shown:  # a standard key this platform binds to nothing (Quit, on some desktops)
                continue
            if keys.where not in groups:
                groups[keys.where] = group = QTreeWidgetItem(tree, [keys.where])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFirstColumnSpanned(True)
            QTreeWidgetItem(groups[keys.where], [shown, keys.what])
        tree.expandAll()
        tree.setColumnWidth(0, tree.sizeHintForColumn(0) + 3 * tree.fontMetrics().averageCharWidth())  # keys apart from words
        note = QLabel(MNEMONICS)
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tree)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 640)
        tree.setFocus()

    def listed(self) -> list[tuple[str, str, str]]:
        """(where, keys, what they do) for each line, as shown."""
        rows = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for r in range(group.childCount()):
                row = group.child(r)
                rows.append((group.text(0), row.text(0), row.text(1)))
        return rows


def open_shortcuts(parent: QWidget) -> ShortcutsDialog:
    """Show the list (the one already open, brought to the front, rather than a second)."""
    dialog = next((d for d in parent.findChildren(ShortcutsDialog) if d.isVisible()), None)
    if dialog is None:
        dialog = ShortcutsDialog(parent)
        dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
