"""What every view shares: the store, the worker threads, and one way to run an operation.

`ctx.run(fn, *args)` calls an operation from `netcompanion.operations`, shows its one-line
error when it refuses, and announces the change (`changed`) so every view refreshes —
the views themselves never decide business rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from netcompanion import APP_NAME, operations
from netcompanion.gui.fit_text import fit_words
from netcompanion.gui.worker import Worker
from netcompanion.operations import OperationError
from netcompanion.store import Store
from netcompanion.store.outside import OutsideWrites

# How often to ask whether another program (the command line, say) changed the database.
OUTSIDE_WRITES_MS = 2000
# Above this many contacts a view's read takes more than ~50 ms: it runs on the worker thread.
READ_IN_BACKGROUND_ABOVE = 20_000
# How many actions Edit ▸ Undo can take back, newest first.
UNDO_STEPS = 20


def reads_in_background(store: Store) -> bool:
    """Whether the network is large enough that views read it on the worker, not the GUI thread."""
    return operations.network_size(store) > READ_IN_BACKGROUND_ABOVE


class AppContext(QObject):
    changed = Signal()  # data changed: views refresh (MainWindow.data_changed relays it)
    message = Signal(str)  # a short status-line message
    open_contact = Signal(int)
    open_view = Signal(str)
    undo_changed = Signal(str)  # what Undo would take back, in words ("" when nothing)
    busy_changed = Signal(bool)  # whether either worker has work

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # Slow work (imports, backups, demo networks, reading the search index ahead of time) …
        self.worker = Worker(self)
        # … and, apart from it, what a view is waiting to show: Today's list never queues behind an
        # import (behind a preview of 30,000 rows it took ~290 ms; beside it, 30-130 ms; alone, 15).
        self.reader = Worker(self, name="netcompanion-reader")
        for worker in (self.worker, self.reader):
            worker.busy_changed.connect(lambda _busy: self.busy_changed.emit(self.busy))
        self.dialog_parent: QWidget | None = None
        self.last_error = ""
        # What Undo takes back, the newest last: (label, operation, its arguments, how many contacts it
        # touches, what follows on screen, which contacts when known, what the status line says while
        # it runs on the worker: "" when it runs as run_bulk decides)
        self._undo: list[
            tuple[str, Callable[..., Any], tuple[Any, ...], int, Callable[[Any], None] | None, frozenset[int], str]
        ] = []
        # Connected before any view: every announcement means a fresh read, so all before it is known.
        self._outside: OutsideWrites | None = OutsideWrites(store)
        self.changed.connect(self._outside.catch_up)
        self._outside_timer = QTimer(self, interval=OUTSIDE_WRITES_MS)
        self._outside_timer.timeout.connect(self.check_outside_writes)

    def watch_outside_writes(self) -> None:
        """From now on, a write by another program (a follow-up added on the command line while the
        app sits in the tray) is announced like the app's own: the views and reminders catch up."""
        if self._outside is not None:
            self._outside_timer.start()

    def check_outside_writes(self) -> bool:
        if self._outside is None or not self._outside.changed():
            return False
        self.changed.emit()
        return True

    @property
    def busy(self) -> bool:
        return self.worker.busy or self.reader.busy

    def stop_workers(self) -> None:
        """Both workers stop taking jobs at once, then each finishes the one it has (the app is quitting)."""
        self._outside_timer.stop()
        if self._outside is not None:
            self.changed.disconnect(self._outside.catch_up)
            self._outside.close()
            self._outside = None
        for worker in (self.worker, self.reader):
            worker.stop(wait=False)
        for worker in (self.worker, self.reader):
            worker.stop()

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

    def run_bulk(
        self, fn: Callable[..., Any], *args: Any, count: int, then: Callable[[Any], None] | None = None
    ) -> None:
        """An operation on many contacts: a bulk edit takes a checked backup first, so it runs on the
        worker; a small one runs right here. `then` gets the result."""
        from netcompanion.store.backup import BULK_EDIT_CONTACTS

        if count >= BULK_EDIT_CONTACTS:
            self.run_in_background(fn, *args, then=then, note=f"Backing up, then changing {count} contacts…")
            return
        result = self.run(fn, *args, quiet=True)
        if result is not None:
            if then is not None:
                then(result)  # first, so the views read the data again knowing what follows
            self.changed.emit()

    def run_in_background(
        self,
        fn: Callable[..., Any],
        *args: Any,
        then: Callable[[Any], None] | None = None,
        note: str = "",
        failed: Callable[[], None] | None = None,
    ) -> None:
        """An operation that can take seconds (it backs up first, or works out a campaign of thousands):
        on the worker thread, then announced."""
        if note:
            self.message.emit(note)

        def done(result: Any) -> None:
            if then is not None:
                then(result)  # first, so the views read the data again knowing what follows
            self.changed.emit()

        def refused(text: str) -> None:
            self.error(text)
            if failed is not None:
                failed()

        self.worker.submit(lambda _progress: fn(self.store, *args), done, refused)

    def offer_undo(
        self,
        label: str,
        fn: Callable[..., Any],
        *args: Any,
        count: int = 1,
        then: Callable[[Any], None] | None = None,
        contacts: Sequence[int] = (),
        note: str = "",
    ) -> None:
        """Remember how to take back an action (archive, delete, a touch logged, a stage moved): Ctrl+Z
        takes back the newest, then the one before, up to UNDO_STEPS.

        `fn` is the core operation that reverses it; `count` is how many contacts it touches, so a
        large undo runs off the GUI thread like the action did; `then` gets its result, on the GUI
        thread, for what a view shows besides the data (a tick to clear, say). `contacts`, when
        given, are the ones it acts on: see `withdraw_undo_for`. `note`, when given, runs the undo on
        the worker with that on the status line, whatever `count` says (a campaign of thousands).
        """
        self._undo.append((label, fn, args, count, then, frozenset(contacts), note))
        del self._undo[:-UNDO_STEPS]
        self.undo_changed.emit(label)

    @property
    def undo_label(self) -> str:
        """What Undo would take back now, in words ("" when nothing)."""
        return self._undo[-1][0] if self._undo else ""

    def forget_undo(self, label: str) -> None:
        """The action offered for Undo under `label` was taken back some other way: Undo has
        nothing left to do for it (the offers for other actions stay)."""
        self._keep_undo(lambda entry: entry[0] != label)

    def withdraw_undo_for(self, contact_ids: Sequence[int]) -> None:
        """These contacts were just dealt with another way (restored from the Trash, forgotten): an
        Undo offered for them would now fail halfway, so it is no longer offered."""
        self._keep_undo(lambda entry: not entry[5] & set(contact_ids))

    def _keep_undo(self, keep: Callable[[tuple], bool]) -> None:
        before = self.undo_label
        self._undo = [entry for entry in self._undo if keep(entry)]
        if self.undo_label != before:
            self.undo_changed.emit(self.undo_label)

    def undo(self) -> None:
        """Take back the newest action still offered, with the core operation that reverses it."""
        if not self._undo:
            return
        label, fn, args, count, then, _contacts, note = self._undo.pop()
        self.undo_changed.emit(self.undo_label)

        def undone(result: Any) -> None:
            if then is not None:
                then(result)
            self.message.emit(f"Undone: {label}.")

        if note:
            self.run_in_background(fn, *args, then=undone, note=note)
        else:
            self.run_bulk(fn, *args, count=count, then=undone)

    def read(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a read-only operation; errors are shown, nothing is announced."""
        return self.run(fn, *args, quiet=True, **kwargs)

    def error(self, text: str) -> None:
        """Say why an operation was refused: one sentence, in a window-modal box that doesn't block."""
        self.last_error = text
        self.message.emit(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, fit_words(text), QMessageBox.StandardButton.Ok, self.dialog_parent
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name in it shows as typed, never as markup
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
