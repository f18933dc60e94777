"""The Log-a-touch dialog: fill it in and watch the nudges appear before you save."""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from netcompanion import domain, operations
from netcompanion.gui.context import AppContext
from netcompanion.gui.dialogs import AskBeforeDiscarding, form_dialog
from netcompanion.gui.fit_text import fit_words
from netcompanion.gui.nudges import show_nudges
from netcompanion.operations import OperationError

CHANNELS = {
    "call": "Phone call",
    "voicemail": "Voicemail",
    "email": "E-mail",
    "message": "Message",
    "meeting": "Coffee or meeting",
    "note": "Handwritten note",
    "event": "Event",
}
OUTCOMES = {
    "reached": "Reached them",
    "no-answer": "No answer",
    "replied": "They replied",
    "no-reply": "No reply yet",
}
MOODS = {"": "—", "thrilled": "Thrilled", "neutral": "Neutral", "indifferent": "Indifferent", "wary": "Wary"}


class LogTouchDialog(QObject):
    """Wraps the form's QDialog; `logged(TouchResult)` is emitted after a successful save."""

    logged = Signal(object)

    def __init__(self, ctx: AppContext, contact_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.contact_name = name
        self.dialog, f = form_dialog("log_touch", parent)
        self.form = f
        self.dialog.setWindowTitle(f"Log a touch — {name}")
        f.whoLabel.setText(name)  # a long one ends in "…" on the second line, whole in the tooltip
        for combo, choices in ((f.channelCombo, CHANNELS), (f.outcomeCombo, OUTCOMES), (f.moodCombo, MOODS)):
            for value, label in choices.items():
                combo.addItem(label, value)
        today = operations.today_for(ctx.store)
        f.dateEdit.setDateRange(QDate(domain.FIRST_DAY), QDate(today))
        f.dateEdit.setDate(QDate(today))
        for combo in (f.channelCombo, f.outcomeCombo, f.moodCombo):
            combo.currentIndexChanged.connect(self.update_preview)
        for check in (f.askedAdviceCheck, f.askedJobCheck, f.sentResumeCheck, f.gotNamesCheck):
            check.toggled.connect(self.update_preview)
        f.dateEdit.dateChanged.connect(self.update_preview)
        f.gotNamesCheck.toggled.connect(self._show_names)
        f.buttonBox.accepted.connect(self.save)
        self.guard = AskBeforeDiscarding(self.dialog, self.typed, "what you wrote about this touch")
        f.buttonBox.rejected.connect(self.guard.cancel)
        self.dialog.finished.connect(self.deleteLater)
        self._show_names(False)
        self.update_preview()

    def open(self) -> None:
        self.dialog.open()
        self._fit()
        self.form.channelCombo.setFocus()

    def _show_names(self, on: bool) -> None:
        self.form.namesLabel.setVisible(on)
        self.form.namesEdit.setVisible(on)
        self._fit()

    def _fit(self) -> None:
        """Grow the dialog (up to the screen) when what it shows needs more room, so the nudges are
        never cut off mid-line; a wrapped label's height is not part of a window's minimum size.
        Only once shown: laying out earlier would keep the style sheet's padding off the nudges."""
        dialog = self.dialog
        if not dialog.isVisible():
            return
        layout = dialog.layout()
        layout.invalidate()
        layout.activate()
        if layout.hasHeightForWidth():
            need = layout.totalMinimumHeightForWidth(dialog.width())
        else:
            need = layout.totalMinimumSize().height()
        screen = dialog.screen() or (dialog.parentWidget().screen() if dialog.parentWidget() else None)
        if screen is not None:
            need = min(need, screen.availableGeometry().height() - 40)
        dialog.setMinimumHeight(need)
        if dialog.height() < need:
            dialog.resize(dialog.width(), need)

    def typed(self) -> bool:
        """Whether the notes or the names hold text (the choices are quick to make again)."""
        f = self.form
        names = f.gotNamesCheck.isChecked() and f.namesEdit.toPlainText().strip()
        return bool(f.notesEdit.toPlainText().strip() or names)

    def values(self) -> dict:
        f = self.form
        outcome = f.outcomeCombo.currentData()
        mood = f.moodCombo.currentData() or None
        conversation = outcome in [o.value for o in domain.CONVERSATION_OUTCOMES]
        f.moodCombo.setEnabled(conversation)
        return {
            "channel": f.channelCombo.currentData(),
            "outcome": outcome,
            "mood": mood if conversation else None,
            "asked_job": f.askedJobCheck.isChecked(),
            "asked_advice": f.askedAdviceCheck.isChecked(),
            "sent_resume": f.sentResumeCheck.isChecked(),
            "received_names": f.gotNamesCheck.isChecked(),
            "when": f.dateEdit.date().toPython(),
        }

    def referrals(self) -> list[str]:
        if not self.form.gotNamesCheck.isChecked():
            return []
        return [line.strip() for line in self.form.namesEdit.toPlainText().splitlines() if line.strip()]

    def update_preview(self) -> None:
        """Ask the core what this touch would set off, and show it live."""
        try:
            nudges = operations.preview_touch(self.ctx.store, self.contact_id, **self.values())
        except OperationError as exc:
            show_nudges(self.form.nudgesLabel, ())
            self.form.nudgesLabel.setText(html.escape(fit_words(str(exc)), quote=False))  # rich text: a name is never markup
            self.form.nudgesLabel.setVisible(True)
            self._fit()
            return
        show_nudges(self.form.nudgesLabel, nudges, "Before you save:" if nudges else "")
        self._fit()

    def save(self) -> None:
        result = self.ctx.run(
            operations.log_touch,
            self.contact_id,
            referrals=self.referrals(),
            notes=self.form.notesEdit.toPlainText().strip(),
            quiet=True,
            **self.values(),
        )
        if result is None:
            return
        self.dialog.accept()
        self.ctx.offer_undo(f"the touch with {self.contact_name}", operations.take_back_touch, result.take_back)
        self.logged.emit(result)  # Today ticks the person and offers its own undo, which also unticks them
        self.ctx.changed.emit()  # after: the views read again knowing who was just called

    def button(self, which: QDialogButtonBox.StandardButton):
        return self.form.buttonBox.button(which)
