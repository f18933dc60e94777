"""Adding someone by hand: met at an event, introduced by a friend, not on LinkedIn.

The dialog stays open on a mistake (an e-mail without an @, a profile that is not LinkedIn's)
and says what is wrong beside the fields, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from netcompanion import operations
from netcompanion.gui.context import AppContext
from netcompanion.gui.dialogs import AskBeforeDiscarding, form_dialog
from netcompanion.gui.nudges import nudges_box
from netcompanion.operations import OperationError
from netcompanion.operations.results import AddedContact


class NewContactDialog:
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.dialog, f = form_dialog("new_contact", parent)
        self.form = f
        self.added: AddedContact | None = None
        self.box: QMessageBox | None = None  # the note about the person added, when there is one
        self._ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("&Add")
        self._ok.setEnabled(False)
        f.nameEdit.textChanged.connect(lambda text: self._ok.setEnabled(bool(text.strip())))
        f.buttonBox.accepted.connect(self.add)
        typed = (f.nameEdit, f.companyEdit, f.titleEdit, f.emailEdit, f.phoneEdit, f.linkedinEdit, f.notesEdit)
        self.guard = AskBeforeDiscarding(
            self.dialog, lambda: any(edit.text().strip() for edit in typed), "this new contact"
        )
        f.buttonBox.rejected.connect(self.guard.cancel)
        f.errorLabel.setVisible(False)

    def open(self) -> None:
        self.dialog.open()
        self.form.nameEdit.setFocus()

    def add(self) -> None:
        f = self.form
        email, phone, url = f.emailEdit.text().strip(), f.phoneEdit.text().strip(), f.linkedinEdit.text().strip()
        try:
            self.added = operations.add_contact(
                self.ctx.store,
                name=f.nameEdit.text().strip(),
                company=f.companyEdit.text().strip(),
                title=f.titleEdit.text().strip(),
                emails=[email] if email else [],
                phones=[phone] if phone else [],
                linkedin_url=url or None,
                notes=f.notesEdit.text().strip(),
            )
        except OperationError as exc:
            f.errorLabel.setText(str(exc))
            f.errorLabel.setVisible(True)
            return
        self.dialog.accept()
        self.ctx.changed.emit()
        self.ctx.message.emit(f"Added {self.added.name}.")
        if self.added.nudges:  # an e-mail someone else has: allowed, and said once they are added
            self.warn(self.added)

    def warn(self, added: AddedContact) -> QMessageBox:
        """What the app noticed about the person just added, in a box that doesn't block."""
        self.box = nudges_box(self.dialog.parentWidget(), added.nudges, f"Added {added.name} — but note:",
                              "newContactNudgesBox")  # fmt: skip
        return self.box
