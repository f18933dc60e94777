"""The notifications shown so far: opened from the tray's menu and from View in the window."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netcompanion import APP_NAME
from netcompanion.reminders import log as reminder_log
from netcompanion.reminders.planner import local_zone
from netcompanion.settings import load_settings
from netcompanion.store.engine import Store


class HistoryDialog(QDialog):
    """The notifications shown so far, newest first."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — notification history")
        self.resize(760, 440)
        entries = reminder_log.history(store)
        with store.read() as session:
            zone = local_zone(load_settings(session).timezone)
        table = QTableWidget(len(entries), 3, self)
        table.setHorizontalHeaderLabels(["Shown", "Notification", "Shown by"])
        for row, entry in enumerate(entries):
            text = f"{entry.title}\n{entry.body}".strip()
            cells = (f"{entry.shown_at.astimezone(zone):%a %d %b %H:%M}", text, entry.delivered_by)
            for column, value in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(value))  # plain text: names show as typed
                table.item(row, column).setToolTip(value)
        # The time and the backend as wide as they need; the notification takes the rest and wraps.
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.empty = QLabel(
            "No notifications yet. Reminders of follow-ups, of cooldowns that have ended and the morning's "
            "digest are listed here once they have been shown.",
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not entries)  # a bare table said nothing
        layout.addWidget(self.empty)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
