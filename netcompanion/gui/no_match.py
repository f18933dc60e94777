"""What the Contacts table shows when the filters leave nobody: it says so and offers to clear them.

It was a blank table and "0 contacts". The panel lies over the table (not instead of it), so that
the rows' area is not laid out anew when it comes and goes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from netcompanion.operations import ContactFilter

LONGEST_SHOWN = 40  # characters of the typed text quoted back


def no_match_words(narrowing: ContactFilter) -> tuple[str, str]:
    """The message and the button's label for a filter that leaves nobody."""
    typed = narrowing.search.strip()
    shown = typed if len(typed) <= LONGEST_SHOWN else typed[: LONGEST_SHOWN - 1] + "…"
    others = dataclasses.replace(narrowing, search="") != ContactFilter()
    if typed and not others:
        return f"No one matches “{shown}”.", "&Clear the filter"
    if typed:
        return f"No one matches “{shown}” with the other filters set.", "&Clear the filters"
    return "No one matches these filters.", "&Clear the filters"


class NoMatchPanel(QWidget):
    def __init__(self, table: QTableView, clear: Callable[[], None]) -> None:
        super().__init__(table)
        self.table = table
        self.setObjectName("noMatchPanel")
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.label = QLabel(self)
        self.label.setObjectName("noMatchLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # what was typed, as typed
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.button = QPushButton("&Clear the filter", self)
        self.button.setObjectName("clearFiltersButton")
        self.button.clicked.connect(clear)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.hide()

    def update_for(self, current: ContactFilter, rows: int, loading: bool) -> None:
        """Shown when a filter narrows the list to nobody (archived contacts shown is no narrowing)."""
        narrowing = dataclasses.replace(current, include_archived=False)
        if rows or loading or narrowing == ContactFilter():
            self.hide()
            return
        text, button = no_match_words(narrowing)
        self.label.setText(text)
        self.button.setText(button)
        self.place()
        self.show()

    def place(self) -> None:
        header = self.table.horizontalHeader()
        height = self.sizeHint().height()
        self.setGeometry(header.x(), header.geometry().bottom() + 1 + 24, header.width(), height)
