"""Log a favour for one contact (rule 14, help someone): what kind, what you did, and on which day;
an introduction you made also names the other person."""

from __future__ import annotations

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from netcompanion import APP_NAME, domain, operations
from netcompanion.gui.context import AppContext
from netcompanion.gui.dialogs import form_dialog
from netcompanion.gui.nudges import nudges_html
from netcompanion.gui.search import ContactSearch
from netcompanion.operations import OperationError

# In the order people most often do them; every kind the core knows, in words.
KINDS = {
    "help": "Helped them",
    "advice": "Gave advice",
    "introduction": "Introduced them to someone",
    "referral": "Referred or recommended them",
    "other": "Did something for them",
}  # the dialog's choices, and how the People tab lists a favour of each kind
# The kinds that involve a second person, and how the row asking for them reads.
OTHER_PERSON = {
    "introduction": ("Introduced &to", "type a name…"),
    "referral": ("Referred &to", "type a name, if it was to someone you know (optional)"),
}
assert set(KINDS) == {k.value for k in domain.FavourKind}


class FavourDialog(QObject):
    """Wraps the form's QDialog (window-modal); `logged(PursuitResult)` once the favour is written.
    A refusal is said in one sentence inside the dialog, which stays open with what was typed."""

    logged = Signal(object)

    def __init__(
        self, ctx: AppContext, contact_id: int, name: str, challenge: str = "", parent: QWidget | None = None
    ) -> None:
        dialog, f = form_dialog("favour", parent)
        super().__init__(dialog)  # goes when the dialog goes
        self.dialog, self.form = dialog, f
        self.ctx, self.contact_id, self.contact_name = ctx, contact_id, name
        dialog.setWindowTitle(f"Log a favour — {name}")
        f.whoLabel.setText(f"What you did for {name}")
        f.challengeLabel.setProperty("role", "muted")
        f.challengeLabel.setText(f"Their biggest challenge: {challenge}" if challenge else "")
        f.challengeLabel.setVisible(bool(challenge))
        for kind, label in KINDS.items():
            f.kindCombo.addItem(label, kind)
        today = operations.today_for(ctx.store)
        f.dayEdit.setDateRange(QDate(domain.FIRST_DAY), QDate(today))
        f.dayEdit.setDate(QDate(today))
        f.problemLabel.setProperty("role", "nudges")
        f.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.problemLabel.hide()
        self.other = ContactSearch(f.otherEdit, ctx.store, self, picker=True)
        self.other.prepare(ctx.reader)
        f.kindCombo.currentIndexChanged.connect(self._kind_changed)
        for edit in (f.otherEdit, f.noteEdit):
            edit.textEdited.connect(f.problemLabel.hide)  # said once; gone as soon as the user acts on it
        ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Log it")
        ok.setDefault(True)  # Enter logs it; Escape cancels (the dialog's own key)
        f.buttonBox.accepted.connect(self.save)
        f.buttonBox.rejected.connect(dialog.reject)
        dialog.finished.connect(dialog.deleteLater)
        self._kind_changed()

    def open(self) -> None:
        self.dialog.open()
        self.form.kindCombo.setFocus()

    def kind(self) -> str:
        return self.form.kindCombo.currentData()

    def _kind_changed(self, *_args) -> None:
        f = self.form
        asks = OTHER_PERSON.get(self.kind())
        f.otherLabel.setVisible(asks is not None)
        f.otherEdit.setVisible(asks is not None)
        if asks is not None:
            f.otherLabel.setText(asks[0])
            f.otherEdit.setPlaceholderText(asks[1])
        f.problemLabel.hide()

    def refuse(self, text: str, focus: QWidget | None = None) -> None:
        self.form.problemLabel.setText(text)
        self.form.problemLabel.show()
        self.ctx.message.emit(text)
        if focus is not None:
            focus.setFocus()

    def save(self) -> None:
        f = self.form
        other_id = None
        if f.otherEdit.isVisibleTo(self.dialog) and f.otherEdit.text().strip():
            other_id = self.other.chosen_id
            if other_id is None:
                self.refuse("Pick the other person from the suggestions (type a few letters of the name).",
                            f.otherEdit)  # fmt: skip
                return
        try:
            result = operations.log_favour(
                self.ctx.store,
                self.kind(),
                contact_id=self.contact_id,
                other_contact_id=other_id,
                note=" ".join(f.noteEdit.text().split()),
                day=f.dayEdit.date().toPython(),
            )
        except OperationError as exc:
            self.refuse(str(exc), f.otherEdit if f.otherEdit.isVisibleTo(self.dialog) else None)
            return
        self.dialog.accept()
        self.ctx.message.emit(f"Logged a favour for {self.contact_name}.")
        self.ctx.changed.emit()  # first: the story reads its lists again, then shows the new one
        self.logged.emit(result)
        if result.nudges:  # e.g. someone on the do-not-introduce list: said once it is written down
            self._warn(result.nudges)

    def _warn(self, nudges) -> QMessageBox:
        parent = self.dialog.parentWidget()
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "", QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("favourNudgesBox")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(nudges_html(nudges, "Logged — but note:"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
