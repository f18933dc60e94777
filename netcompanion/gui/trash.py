"""Edit → Trash: the contacts deleted in the last 30 days, to restore or to forget for good.

Undo (Ctrl+Z) takes back only the last delete; a contact deleted last week, noticed missing
today, comes back from here — with every touch and follow-up it had.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from netcompanion import operations
from netcompanion.gui.context import AppContext
from netcompanion.gui.dialogs import TableWindow
from netcompanion.gui.fit_text import fit_words
from netcompanion.rules.common import say_count


def forget_question(names: list[str]) -> str:
    who = names[0] if len(names) == 1 else say_count(len(names), "contact")
    return (
        f"Forget {who} for good? Every touch, follow-up and note goes with "
        f"{'them' if len(names) > 1 else 'this contact'}, now, and cannot be brought back "
        f"(backups made before now keep them until they age out)."
    )


class TrashDialog(TableWindow):
    """`asked_for`: the contact someone tried to open (a notification, the history) — selected,
    with a line saying they are in the trash; restoring them alone opens their page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, asked_for: int | None = None) -> None:
        super().__init__(ctx, "trash", "trashTable", 0, parent)  # the name takes the room
        self.entries: list = []
        self.busy = False  # a forget is running on the worker
        self.asked_for = asked_for
        f = self.form
        f.trashTable.itemActivated.connect(lambda _item: self.restore())
        f.restoreButton.clicked.connect(lambda: self.restore())
        f.forgetButton.clicked.connect(lambda: self.forget())
        self.refresh()

    def refresh(self) -> None:
        chosen = {e.contact_id for e in self.selected()} or {self.asked_for}
        self.entries = self.ctx.read(operations.list_trash) or []
        table = self.form.trashTable
        table.clearSelection()
        table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            self.fill_row(row, (entry.name, entry.company, f"{entry.deleted_local:%d %b %Y %H:%M}",
                                f"{entry.purge_on:%d %b %Y}"))  # fmt: skip
            if entry.contact_id in chosen:
                table.selectRow(row)
        if self.entries and not table.selectionModel().hasSelection():
            table.selectRow(0)  # the one deleted last
        self._selection_changed()

    def selected(self) -> list:
        if not self.entries:
            return []
        rows = sorted(index.row() for index in self.form.trashTable.selectionModel().selectedRows())
        return [self.entries[row] for row in rows if row < len(self.entries)]

    def _selection_changed(self) -> None:
        f = self.form
        chosen = self.selected()
        f.restoreButton.setEnabled(bool(chosen) and not self.busy)
        f.forgetButton.setEnabled(bool(chosen) and not self.busy)
        if not self.entries:
            f.detailLabel.setText("The trash is empty.")
        elif len(chosen) == 1:
            entry = chosen[0]
            until = f"for good on {entry.purge_on:%A %d %B} unless restored"
            if entry.contact_id == self.asked_for:  # "the app opened the trash, not their page": why
                f.detailLabel.setText(f"{entry.name} is in the trash, so their page can't open: Restore brings "
                                      f"them back with all their history (they go {until}).")  # fmt: skip
            else:
                f.detailLabel.setText(f"{entry.name} goes {until}.")
        else:
            f.detailLabel.setText(f"{say_count(len(chosen), 'contact')} selected.")

    def restore(self) -> bool:
        chosen = self.selected()
        if not chosen or self.busy:
            return False
        ids = [e.contact_id for e in chosen]
        who = chosen[0].name if len(chosen) == 1 else say_count(len(chosen), "contact")

        self.ctx.withdraw_undo_for(ids)

        def restored(_views) -> None:
            self.ctx.message.emit(f"Restored {who}, with all their history.")
            if ids == [self.asked_for]:  # the one someone tried to open: now it can
                self.dialog.accept()
                self.ctx.open_contact.emit(self.asked_for)

        self.ctx.run_bulk(operations.restore_contacts, ids, count=len(ids), then=restored)
        return True

    def forget(self, confirmed: bool = False) -> bool:
        """Remove the selection for good, after asking (the one thing here Undo cannot take back)."""
        chosen = self.selected()
        if not chosen or self.busy:
            return False
        if not confirmed:
            answer = QMessageBox.warning(
                self.dialog, "Forget for good", fit_words(forget_question([e.name for e in chosen])),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
        ids = [e.contact_id for e in chosen]
        self.ctx.withdraw_undo_for(ids)
        self._set_busy(True)

        def forgotten(message: str) -> None:
            self._set_busy(False)
            self.ctx.message.emit(message)

        self.ctx.run_in_background(
            lambda store: operations.forget_contacts(store, ids, from_trash=True),
            note=f"Forgetting {say_count(len(ids), 'contact')}…", then=forgotten,
            failed=lambda: self._set_busy(False),
        )  # fmt: skip
        return True

    def _set_busy(self, busy: bool) -> None:
        """While a forget runs on the worker, nothing else can be asked of the same rows."""
        self.busy = busy
        self._selection_changed()


def open_trash(ctx: AppContext, parent: QWidget | None = None, asked_for: int | None = None) -> TrashDialog:
    trash = TrashDialog(ctx, parent, asked_for)
    trash.open()
    trash.form.trashTable.setFocus(Qt.FocusReason.OtherFocusReason)
    return trash
