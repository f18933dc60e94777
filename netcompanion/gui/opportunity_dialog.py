"""An opportunity, new or changed: the company and the opening, and — when known — whom it came
through and who hires for it (rule 9: a turndown suggests a feedback meeting with that hiring
manager), with a line of notes. Changing one opens the same dialog, filled in."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from netcompanion import operations
from netcompanion.gui.context import AppContext
from netcompanion.gui.dialogs import form_dialog
from netcompanion.gui.search import ContactSearch
from netcompanion.operations import OperationError
from netcompanion.operations.pursuits import edit_opportunity
from netcompanion.operations.results import OpportunityView


class OpportunityDialog(QObject):
    """Wraps the form's QDialog (window-modal); `added(PursuitResult)` once the core recorded a new
    one, `edited(PursuitResult)` once it saved the changes to `opportunity`. A refusal is said in one
    sentence inside the dialog, which stays open with what was typed."""

    added = Signal(object)
    edited = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        company: str = "",
        opportunity: OpportunityView | None = None,
    ) -> None:
        dialog, f = form_dialog("opportunity", parent)
        super().__init__(dialog)  # goes when the dialog goes
        self.dialog = dialog
        self.ctx = ctx
        self.form = f
        self.opportunity = opportunity
        f.problemLabel.setProperty("role", "nudges")
        f.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.problemLabel.hide()
        f.companyEdit.setText(company)
        self.through = ContactSearch(f.throughEdit, ctx.store, self, picker=True)
        self.manager = ContactSearch(f.managerEdit, ctx.store, self, picker=True)
        for picker in (self.through, self.manager):
            picker.prepare(ctx.reader)  # the first letters typed find names at once, even in a big network
        self.manager.chosen.connect(self._manager_chosen)
        for edit in (f.companyEdit, f.titleEdit, f.throughEdit, f.managerEdit, f.notesEdit):
            edit.textEdited.connect(f.problemLabel.hide)  # said once; gone as soon as the user acts on it
        ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Add")
        ok.setDefault(True)  # Enter adds (or saves) it; Escape cancels (the dialog's own key)
        if opportunity is not None:
            self._fill(opportunity)
            ok.setText("&Save")
        f.buttonBox.accepted.connect(self.save)
        f.buttonBox.rejected.connect(self.dialog.reject)
        self.dialog.finished.connect(self.dialog.deleteLater)

    def _fill(self, opp: OpportunityView) -> None:
        f = self.form
        self.dialog.setWindowTitle(f"Edit opportunity — {opp.title} at {opp.company}")
        f.companyEdit.setText(opp.company)
        f.titleEdit.setText(opp.title)
        f.notesEdit.setText(opp.notes)
        for picker, person_id in ((self.through, opp.contact_id), (self.manager, opp.hiring_manager_id)):
            if person_id is not None:
                picker.box.setText(self._person_label(person_id))  # as a suggestion reads
                picker.chosen_id = person_id
        for edit in (f.companyEdit, f.titleEdit, f.throughEdit, f.managerEdit, f.notesEdit):
            edit.setCursorPosition(0)  # a long name shows how it begins

    def _person_label(self, contact_id: int) -> str:
        rows = operations.contact_rows(self.ctx.store, [contact_id])
        if rows:
            return rows[0].name + (f" — {rows[0].company}" if rows[0].company else "")
        return operations.contact_names(self.ctx.store, [contact_id]).get(contact_id, f"contact #{contact_id}")

    def open(self) -> None:
        self.dialog.open()
        self.form.companyEdit.setFocus()
        self.form.companyEdit.selectAll()

    def _manager_chosen(self, contact_id: int) -> None:
        """The hiring manager usually works where the opening is: their company fills an empty box."""
        if self.form.companyEdit.text().strip():
            return
        person = self.ctx.read(operations.get_contact, contact_id)
        if person is not None and person.company:
            self.form.companyEdit.setText(person.company)

    def refuse(self, text: str, focus: QLineEdit | None = None) -> None:
        self.form.problemLabel.setText(text)
        self.form.problemLabel.show()
        self.ctx.message.emit(text)
        if focus is not None:
            focus.setFocus()
            focus.selectAll()

    def save(self) -> None:
        f = self.form
        people: dict[str, int | None] = {}
        for key, picker, who in (("contact_id", self.through, "the person it came through"),
                                 ("hiring_manager_id", self.manager, "the hiring manager")):  # fmt: skip
            if picker.box.text().strip() and picker.chosen_id is None:
                self.refuse(f"Pick {who} from the suggestions (type a few letters of the name), "
                            "or leave the box empty.", picker.box)  # fmt: skip
                return
            people[key] = picker.chosen_id if picker.box.text().strip() else None
        company, title = f.companyEdit.text().strip(), f.titleEdit.text().strip()
        notes = f.notesEdit.text()
        if self.opportunity is None or notes != self.opportunity.notes:  # notes left alone stay as they were
            notes = " ".join(notes.split())
        try:
            if self.opportunity is None:
                result = operations.record_opportunity(self.ctx.store, company, title, notes=notes, **people)
            else:
                result = edit_opportunity(
                    self.ctx.store, self.opportunity.id, company=company, title=title, notes=notes, **people
                )
        except OperationError as exc:
            empty = next((box for box in (f.titleEdit, f.companyEdit) if not box.text().strip()), None)
            self.refuse(str(exc), empty)
            return
        self.dialog.accept()
        self.ctx.changed.emit()  # first: the page reads the list again, then shows the new one
        (self.added if self.opportunity is None else self.edited).emit(result)
