"""The search box that finds any contact from anywhere: type, pick with the arrows, Enter opens."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from netcompanion import operations
from netcompanion.store import Store

MAX_SUGGESTIONS = 12
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactSearch(QObject):
    chosen = Signal(int)

    def __init__(self, box: QLineEdit, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self.store = store
        self._index: operations.ContactIndex | None = None
        self._generation = 0
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(MAX_SUGGESTIONS)
        self.completer.activated[QModelIndex].connect(self._activated)
        box.setCompleter(self.completer)
        box.textEdited.connect(self.update_suggestions)
        box.returnPressed.connect(self._return_pressed)

    def invalidate(self) -> None:
        self._index = None
        self._generation += 1

    def prepare(self, worker) -> None:
        """Read the index on the worker thread, so the first search is as quick as the next."""
        generation = self._generation
        store = self.store

        def done(index) -> None:
            if generation == self._generation and self._index is None:
                self._index = index

        worker.submit(
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
            self._open(int(contact_id))

    def _return_pressed(self) -> None:
        if self.completer.popup().isVisible():
            return
        if self.model.rowCount():
            self._open(int(self.model.item(0).data(ID_ROLE)))

    def _open(self, contact_id: int) -> None:
        self.box.clear()
        self.model.clear()
        self.chosen.emit(contact_id)
