"""The personal round (rule 13) in the window: a line on Today says how far this period's round is
("Personal round Q4 2026: 7 of 12 warm contacts written to"), and its checklist lists who is still
to get their note. A note, e-mail or message logged to someone ticks them off, as on the command
line (`netcompanion round`), so the checklist offers to log one; a name opens the contact.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from netcompanion import operations
from netcompanion.gui.context import AppContext, reads_in_background
from netcompanion.gui.dialogs import TableWindow
from netcompanion.gui.worker import LatestRead
from netcompanion.operations.rounds import PersonalRound, RoundItem
from netcompanion.rules.common import say_count, say_day, say_day_near
from netcompanion.rules.rounds import ROUND_TIP


def say_round(checklist: PersonalRound) -> str:
    """One line for Today: how far this period's round is, and until when it runs."""
    total, done = len(checklist.items), checklist.done
    head = f"Personal round {checklist.label}"
    if done == total:
        return f"{head}: all {say_count(total, 'warm contact')} written to. Well done."
    return (
        f"{head}: {done} of {say_count(total, 'warm contact')} written to — {total - done} to go "
        f"by {say_day(checklist.end)}."
    )


class RoundLine(QObject):
    """Today's line about the round, read again with the call list (on the worker in a large network)."""

    def __init__(self, ctx: AppContext, form, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.form = ctx, form
        self.checklist: PersonalRound | None = None
        self.day: dt.date | None = None  # Today's (a pinned day in tests); None: the user's today
        self._reads = LatestRead(ctx.reader)
        form.roundButton.clicked.connect(lambda: self.open_checklist())
        self._show(None)

    def refresh(self, day: dt.date | None) -> None:
        self.day = day
        store = self.ctx.store
        if not reads_in_background(store):
            self._reads.forget()
            self._show(operations.personal_round(store, day))
            return
        self._reads.submit(lambda _progress: operations.personal_round(store, day), self._show)

    def _show(self, checklist: PersonalRound | None) -> None:
        """No warm contacts yet: no round to speak of, and the line stays away."""
        self.checklist = checklist
        f = self.form
        shown = checklist is not None and bool(checklist.items)
        f.roundLabel.setText(say_round(checklist) if shown else "")
        f.roundButton.setText("Who's left…" if shown and checklist.done < len(checklist.items) else "The round…")
        for widget in (f.roundLabel, f.roundButton):
            widget.setVisible(shown)
        f.alsoPanel.setVisible(not (f.roundLabel.isHidden() and f.helpLabel.isHidden()))

    def open_checklist(self) -> RoundDialog:
        dialog = RoundDialog(self.ctx, self.day, self.parent().window())
        dialog.open()
        dialog.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return dialog


class RoundDialog(TableWindow):
    """This period's checklist: who is still to get a note first, then who has had theirs."""

    def __init__(self, ctx: AppContext, day: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "personal_round", "roundTable", 0, parent)  # the name takes the room
        self.day = day
        self.checklist: PersonalRound | None = None
        f = self.form
        f.introLabel.setText(ROUND_TIP + " Logging the note, e-mail or message you sent ticks them off.")
        f.roundTable.itemActivated.connect(lambda _item: self.open_contact())
        f.noteButton.clicked.connect(lambda: self.log_note())
        f.openButton.clicked.connect(lambda: self.open_contact())
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        self.checklist = self.ctx.read(operations.personal_round, self.day)
        items = self.checklist.items if self.checklist else ()
        today = operations.today_for(self.ctx.store)
        table = self.table
        table.clearSelection()
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            written = say_day_near(item.done_on, today) if item.done_on else "—"
            self.fill_row(row, (item.name, item.company, written))
        if self.checklist is not None:
            self.dialog.setWindowTitle(f"Personal round {self.checklist.label}")
            self.form.summaryLabel.setText(say_round(self.checklist))
        # Who was chosen stays chosen, unless they were just ticked off: then the next still to write to.
        again = [r for r, item in enumerate(items) if chosen and item.contact_id == chosen.contact_id
                 and (item.done_on is None) == (chosen.done_on is None)]  # fmt: skip
        still = [r for r, item in enumerate(items) if item.done_on is None]
        pick = again or still or ([0] if items else [])
        if pick:
            table.selectRow(pick[0])
        self._selection_changed()

    def selected(self) -> RoundItem | None:
        items = self.checklist.items if self.checklist else ()
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        return items[rows[0]] if rows and rows[0] < len(items) else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.form.noteButton.setEnabled(chosen is not None)
        self.form.openButton.setEnabled(chosen is not None)

    def log_note(self):
        """Log what was sent to the chosen person: a handwritten note by default, which no reply is
        owed for (it never counts as an unanswered try)."""
        from netcompanion.gui.log_touch import LogTouchDialog

        chosen = self.selected()
        if chosen is None:
            return None
        dialog = LogTouchDialog(self.ctx, chosen.contact_id, chosen.name, self.dialog)
        f = dialog.form
        f.channelCombo.setCurrentIndex(f.channelCombo.findData("note"))
        f.outcomeCombo.setCurrentIndex(f.outcomeCombo.findData("no-reply"))
        dialog.logged.connect(lambda _result: self.ctx.message.emit(f"{chosen.name}: ticked off this round."))
        dialog.open()
        return dialog

    def open_contact(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.dialog.accept()
            self.ctx.open_contact.emit(chosen.contact_id)
