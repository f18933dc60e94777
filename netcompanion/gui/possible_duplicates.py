"""Possible duplicates still to decide, after the import window is closed (File → Past imports… →
Possible duplicates…): the same side-by-side comparison as on the import's last page, one pair at a
time, and "different people" without comparing. The core keeps the pairs and the answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from netcompanion import operations
from netcompanion.gui.context import AppContext
from netcompanion.gui.dialogs import TableWindow
from netcompanion.gui.merge_dialog import DIFFERENT, decide_pair, offer_merge_undo
from netcompanion.gui.shortcuts import shortcut
from netcompanion.operations import NotFound
from netcompanion.rules.common import say_count


def _person(name: str, contact_id: int, company: str) -> str:
    return f"{name} ({', '.join(filter(None, (f'#{contact_id}', company)))})"


class PossibleDuplicates(TableWindow):
    def __init__(self, ctx: AppContext, batch_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "possible_duplicates", "pairsTable", 2, parent)
        self.batch_id = batch_id  # one import's pairs, or (None) every import's
        self.pairs: list[operations.DuplicatePair] = []
        self.in_trash = 0  # pairs left out: one of the two is in the trash
        self.deciding = False  # a merge or an answer is being written on the worker
        self._row = 0  # the row chosen last: once its pair is decided, the next one is chosen
        f = self.form
        f.detailLabel.setProperty("role", "muted")
        f.compareButton.clicked.connect(lambda: self.compare())
        f.differentButton.clicked.connect(lambda: self.keep_apart())
        f.pairsTable.doubleClicked.connect(lambda _index: self.compare())
        shortcut("duplicates.compare", f.pairsTable, self.compare)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.pairs = self.ctx.read(operations.open_duplicates, self.batch_id) or []
        self.in_trash = self.ctx.read(operations.duplicates_in_trash, self.batch_id) or 0
        table = self.form.pairsTable
        table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            cells = (f"#{pair.batch_id} {pair.file}" + (" (undone)" if pair.import_undone else ""), _person(pair.contact_name, pair.contact_id, pair.contact_company),
                     _person(pair.other_name, pair.other_id, pair.other_company))  # fmt: skip
            self.fill_row(row, cells)
        if self.pairs:  # the same pair stays chosen; after a decision, the one that took its place
            rows = [n for n, p in enumerate(self.pairs) if p == selected]
            table.selectRow(rows[0] if rows else min(self._row, len(self.pairs) - 1))
        self._selection_changed()

    def selected(self) -> operations.DuplicatePair | None:
        rows = self.form.pairsTable.selectionModel().selectedRows() if self.pairs else []
        return self.pairs[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        f = self.form
        rows = f.pairsTable.selectionModel().selectedRows()
        if rows:
            self._row = rows[0].row()
        for button in (f.compareButton, f.differentButton):
            button.setEnabled(self.selected() is not None and not self.deciding)
        f.detailLabel.setText(self._detail())

    def _detail(self) -> str:
        """How many pairs are left, and how many wait for someone in the trash: "nothing left to decide"
        read as if those were decided too."""
        waits = "waits" if self.in_trash == 1 else "wait"
        if self.pairs:
            more = f"; {self.in_trash:,} more {waits} for someone in the trash (Edit → Trash…)" if self.in_trash else ""
            return f"{say_count(len(self.pairs), 'possible duplicate')} to decide{more}."
        if self.in_trash:
            return (f"Nothing to decide now: {say_count(self.in_trash, 'possible duplicate')} {waits} for someone in "
                    "the trash, listed again when restored (Edit → Trash…).")  # fmt: skip
        return "Nothing left to decide: every possible duplicate is merged or kept as two people."

    def compare(self) -> None:
        """Both records side by side: keep one (a merge, on the worker: it backs up first), say they are
        different people, or close the comparison to decide later."""
        pair = self.selected()
        if pair is None or self.deciding:
            return
        try:
            answer = decide_pair(self.ctx.store, pair.earlier_id, pair.later_id, self.dialog)  # left: the earlier
        except NotFound as gone:  # merged, deleted or forgotten elsewhere (a terminal) since the list was read
            said = str(gone)
            self.ctx.error(f"That possible duplicate is no longer there to decide: {said[:1].lower()}{said[1:]}")
            self.refresh()
            return
        if answer == DIFFERENT:
            self.keep_apart()
        elif answer is not None:
            other_id = pair.later_id if answer == pair.earlier_id else pair.earlier_id
            self._decide(
                operations.merge_contacts, answer, other_id, note="Backing up, then merging…",
                then=lambda merged: offer_merge_undo(self.ctx, merged, other_id),
            )  # fmt: skip

    def keep_apart(self) -> None:
        pair = self.selected()
        if pair is None or self.deciding:
            return
        self._decide(
            operations.keep_apart, pair.contact_id, pair.other_id,
            then=lambda _closed: self.ctx.message.emit(
                f"{pair.contact_name} (#{pair.contact_id}) and {pair.other_name} (#{pair.other_id}) are kept as "
                "two people."
            ),
        )  # fmt: skip

    def _decide(self, operation, *args, note: str = "", then: Callable[[Any], None]) -> None:
        self.deciding = True  # no second answer while the first is written

        def done(result: Any) -> None:
            self.deciding = False  # the list is read again next (the change is announced)
            then(result)

        self._selection_changed()
        self.ctx.run_in_background(operation, *args, note=note, then=done, failed=self._failed)

    def _failed(self) -> None:
        self.deciding = False
        self._selection_changed()
