"""The main window: a welcome page on an empty database, otherwise the contacts."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netcompanion import APP_NAME, operations
from netcompanion.demo import generate_demo
from netcompanion.store import Store

COLUMNS = (("Name", "name"), ("Company", "company"), ("Title", "title"), ("Stage", "stage"))


class ContactsModel(QAbstractTableModel):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self._rows = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = operations.find_contacts(self._store)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return getattr(self._rows[index.row()], COLUMNS[index.column()][1])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][0]
        return None


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)

        welcome = QWidget()
        layout = QVBoxLayout(welcome)
        layout.addStretch()
        title = QLabel(
            f"<h1>Welcome to {APP_NAME}</h1><p>Start with your own network or explore a demo one.</p>"
        )
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.demo_button = QPushButton("Explore a demo network")
        self.demo_button.clicked.connect(self._load_demo)
        layout.addWidget(self.demo_button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
        self.pages.addWidget(welcome)

        self.model = ContactsModel(store)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.pages.addWidget(self.table)
        self.pages.setCurrentIndex(1 if self.model.rowCount() else 0)

    def _load_demo(self) -> None:
        generate_demo(self._store)
        self.model.reload()
        self.pages.setCurrentIndex(1)
