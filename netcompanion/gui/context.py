"""What every view shares: the store, the worker thread, and one way to run an operation.

`ctx.run(fn, *args)` calls an operation from `netcompanion.operations`, shows its one-line
error when it refuses, and announces the change (`changed`) so every view refreshes —
the views themselves never decide business rules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from netcompanion import APP_NAME
from netcompanion.gui.worker import Worker
from netcompanion.operations import OperationError
from netcompanion.store import Store


class AppContext(QObject):
    changed = Signal()  # data changed: views refresh (MainWindow.data_changed relays it)
    message = Signal(str)  # a short status-line message
    open_contact = Signal(int)
    open_view = Signal(str)
    undo_changed = Signal(str)  # what Undo would take back, in words ("" when nothing)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.worker = Worker(self)
        self.dialog_parent: QWidget | None = None
        self.last_error = ""
        self._undo: tuple[str, Callable[..., Any], tuple[Any, ...]] | None = None

    def run(self, fn: Callable[..., Any], *args: Any, quiet: bool = False, **kwargs: Any) -> Any:
        """Call one operation on the GUI thread (fast ones only); None when it was refused."""
        try:
            result = fn(self.store, *args, **kwargs)
        except OperationError as exc:
            self.error(str(exc))
            return None
        if not quiet:
            self.changed.emit()
        return result

    def offer_undo(self, label: str, fn: Callable[..., Any], *args: Any) -> None:
        """Remember how to take back the last destructive action (archive, delete): one level, Ctrl+Z."""
        self._undo = (label, fn, args)
        self.undo_changed.emit(label)

    def undo(self) -> bool:
        """Take back the last destructive action with the core operation that reverses it."""
        if self._undo is None:
            return False
        label, fn, args = self._undo
        self._undo = None
        self.undo_changed.emit("")
        if self.run(fn, *args) is None:
            return False
        self.message.emit(f"Undone: {label}.")
        return True

    def read(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a read-only operation; errors are shown, nothing is announced."""
        return self.run(fn, *args, quiet=True, **kwargs)

    def error(self, text: str) -> None:
        """Say why an operation was refused: one sentence, in a window-modal box that doesn't block."""
        self.last_error = text
        self.message.emit(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, self.dialog_parent
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
