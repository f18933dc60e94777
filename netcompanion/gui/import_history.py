"""Past imports: every file imported so far, and Undo for any of them — not only right after it
ran. A wrong file is often noticed a day later, when its people turn up on Today's list. Each
import's possible duplicates still to decide are counted and opened from here.

The undo is rehearsed first (the core carries it out and rolls it back), so the question names
exactly what a real undo would remove, put back and keep.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QMessageBox, QWidget

from netcompanion import operations
from netcompanion.gui.context import AppContext
from netcompanion.gui.dialogs import TableWindow
from netcompanion.gui.import_words import KINDS
from netcompanion.gui.merge_dialog import withdraw_merge_undos
from netcompanion.importers.base import TOUCH_KINDS
from netcompanion.importers.report import touch_noun
from netcompanion.rules.common import say_count


def undo_question(batch, report) -> str:
    """What undoing `batch` will do, from a rehearsed undo's report, in the file's own units."""
    if batch.kind in TOUCH_KINDS:
        noun = touch_noun(batch.kind)
        parts = [f"removes the {say_count(batch.created, noun)} it brought in"] if batch.created else []
        if report.updated:
            parts.append(f"puts back the last touch of {say_count(report.updated, 'contact')}")
    else:
        parts = [f"removes {say_count(report.removed, 'contact')} it added"] if report.removed else []
        if report.updated:
            parts.append(f"puts back what it changed in {say_count(report.updated, 'contact')}")
    did = " and ".join(parts) or "changes nothing that is still as it left it"
    text = f"Undoing import #{report.batch_id} ({report.file}) {did}."
    kept = len(report.skipped)
    if kept:
        text += f" {say_count(kept, 'contact')} you have worked with since {'stays' if kept == 1 else 'stay'}."
    for merge in report.merges_withdrawn:
        text += (f" What #{merge.other_id}, which it added, brought {merge.kept_name} when you merged them goes too, "
                 "and that merge can no longer be undone.")  # fmt: skip
    return text + " A backup is taken first."


class ImportHistory(TableWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "import_history", "batchesTable", 2, parent)  # the file name takes the room
        self.batches: list = []
        self.undoing: int | None = None  # the import being rehearsed or undone on the worker
        self.to_decide: Counter[int] = Counter()  # import id: its possible duplicates still to decide
        self.form.undoButton.clicked.connect(lambda: self.undo())
        self.form.duplicatesButton.clicked.connect(lambda: self.open_duplicates())
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.batches = self.ctx.read(operations.list_import_batches) or []
        self.to_decide = Counter(pair.batch_id for pair in self.ctx.read(operations.open_duplicates) or ())
        table = self.form.batchesTable
        table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            state = f"undone {batch.undone_local:%d %b %Y}" if batch.undone_local else "in place"
            cells = (f"{batch.id}", f"{batch.imported_local:%d %b %Y %H:%M}", batch.file,
                     KINDS.get(batch.kind, batch.kind).split(" (")[0], f"{batch.created:,}", f"{batch.updated:,}", state,
                     f"{self.to_decide[batch.id]:,}" if self.to_decide[batch.id] else "")  # fmt: skip
            self.fill_row(row, cells, right_aligned=(0, 4, 5, 7))
        if not self.batches:
            self.form.detailLabel.setText("Nothing imported yet: File → Import contacts… (Ctrl+I) brings people in.")
        if self.batches:  # the same import stays selected after an undo; else the newest
            rows = [n for n, b in enumerate(self.batches) if selected is not None and b.id == selected.id]
            table.selectRow(rows[0] if rows else 0)
        self._selection_changed()

    def selected(self):
        rows = self.form.batchesTable.selectionModel().selectedRows() if self.batches else []
        return self.batches[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        batch = self.selected()
        f = self.form
        f.undoButton.setEnabled(batch is not None and batch.undone_at is None and self.undoing is None)
        to_decide = self.to_decide[batch.id] if batch is not None else 0
        f.duplicatesButton.setEnabled(bool(to_decide))
        if batch is not None:
            counts = ", ".join(f"{count:,} {words}" for count, words in batch.counts())
            f.detailLabel.setText(
                f"Import #{batch.id}: {counts}, {batch.skipped:,} skipped."
                + (" Already undone." if batch.undone_at else "")
                + (f" {say_count(to_decide, 'possible duplicate')} to decide." if to_decide else "")
            )

    def open_duplicates(self):
        """The selected import's possible duplicates, to decide one pair at a time."""
        from netcompanion.gui.possible_duplicates import PossibleDuplicates

        batch = self.selected()
        if batch is None:
            return None
        window = PossibleDuplicates(self.ctx, batch.id, self.dialog)
        window.open()
        return window

    def undo(self) -> bool:
        """Undo the selected import after saying what it will do. Both the rehearsal that works
        that out (the undo carried out and rolled back) and the undo run on the worker: a large
        import takes seconds to undo, and the window stays live meanwhile."""
        batch = self.selected()
        if batch is None or batch.undone_at is not None or self.undoing is not None:
            return False
        self.undoing = batch.id
        self._selection_changed()
        store = self.ctx.store
        self.ctx.worker.submit(
            lambda _progress: operations.undo_import(store, batch.id, dry_run=True),
            lambda rehearsal: self._ask_then_undo(batch, rehearsal),
            self._refused,
        )
        return True

    def _ask_then_undo(self, batch, rehearsal) -> None:
        answer = QMessageBox.question(
            self.dialog, "Undo import", undo_question(batch, rehearsal),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            self._finished()
            return

        def undone(report) -> None:
            self._finished()
            withdraw_merge_undos(self.ctx, report)
            self.ctx.message.emit(
                f"Import #{report.batch_id} undone: {say_count(report.removed, 'contact')} removed, "
                f"{report.updated:,} put back."
            )

        self.ctx.run_in_background(
            operations.undo_import, batch.id, then=undone, note=f"Backing up, then undoing import #{batch.id}…",
            failed=self._finished,
        )  # fmt: skip

    def _refused(self, message: str) -> None:
        self._finished()
        self.ctx.error(message)

    def _finished(self) -> None:
        self.undoing = None
        self._selection_changed()
