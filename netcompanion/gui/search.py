"""The search box that finds any contact from anywhere: type, pick with the arrows, Enter opens."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from netcompanion import operations
from netcompanion.gui.worker import LatestRead, Worker
from netcompanion.store import Store

MAX_SUGGESTIONS = 12
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactSearch(QObject):
    chosen = Signal(int)

    def __init__(
        self, box: QLineEdit, store: Store, parent: QObject | None = None, *, picker: bool = False
    ) -> None:
        super().__init__(parent)
        self.box = box
        self.picker = picker  # a picker keeps the chosen name in the box (a field in a form)
        self.chosen_id: int | None = None
        self.store = store
        self._index: operations.ContactIndex | None = None
        self._reads: LatestRead | None = None
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(MAX_SUGGESTIONS)
        self.completer.activated[QModelIndex].connect(self._activated)
        box.setCompleter(self.completer)
        box.textEdited.connect(self.update_suggestions)
        box.textEdited.connect(self._forget_choice)
        box.returnPressed.connect(self._return_pressed)

    def _forget_choice(self, _text: str) -> None:
        self.chosen_id = None

    def invalidate(self) -> None:
        self._index = None
        if self._reads is not None:
            self._reads.forget()  # a read on its way would bring back what just changed

    def prepare(self, worker: Worker) -> None:
        """Read the index on the worker thread, so the first search is as quick as the next."""
        store = self.store
        if self._reads is None:
            self._reads = LatestRead(worker)

        def done(index: operations.ContactIndex) -> None:
            if self._index is None:  # a search typed meanwhile has read it already
                self._index = index

        self._reads.submit(
            lambda _p: operations.contact_index(store, operations.ContactFilter(include_archived=True)), done
        )

    def suggestions(self, text: str) -> list[operations.ContactRow]:
        if not text.strip():
            return []
        if self._index is None:
            self._index = operations.contact_index(
                self.store, operations.ContactFilter(include_archived=True)
            )
        ids = self._index.matching(text)[:MAX_SUGGESTIONS]
        return operations.contact_rows(self.store, ids)

    def update_suggestions(self, text: str) -> None:
        self.model.clear()
        for row in self.suggestions(text):
            label = row.name + (f" — {row.company}" if row.company else "")
            item = QStandardItem(label)
            item.setData(row.id, ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.completer.complete()

    def _activated(self, index: QModelIndex) -> None:
        contact_id = index.data(ID_ROLE)
        if contact_id is not None:
            self._open(int(contact_id), index.data())

    def _return_pressed(self) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer opens the highlighted suggestion itself
        popup.hide()
        if self.model.rowCount():
            first = self.model.item(0)
            self._open(int(first.data(ID_ROLE)), first.text())

    def _open(self, contact_id: int, label: str = "") -> None:
        self.model.clear()
        self.chosen_id = contact_id
        if self.picker:
            self.box.blockSignals(True)
            self.box.setText(label)
            self.box.blockSignals(False)
        else:
            self.box.clear()
        self.chosen.emit(contact_id)
