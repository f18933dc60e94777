"""Add a follow-up for one contact, or change one: what kind, which day, and a time only when it matters
(one without a time comes with the morning digest of its day). One form does both."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QWidget

from netcompanion import domain, operations
from netcompanion.gui.assets import Form
from netcompanion.gui.context import AppContext
from netcompanion.gui.dialogs import form_dialog
from netcompanion.operations.followups import earliest_due
from netcompanion.operations.results import KEEP, FollowUpView
from netcompanion.rules.common import say_day

DEFAULT_TIME = QTime(9, 0)


def _form(parent: QWidget, title: str, earliest: dt.date) -> tuple[QDialog, Form]:
    dialog, f = form_dialog("followup", parent)
    dialog.setWindowTitle(title)
    for kind in domain.FOLLOWUP_KIND_CHOICES:
        f.kindCombo.addItem(kind.replace("-", " ").capitalize(), kind)
    f.dueEdit.setDateRange(QDate(earliest), QDate(domain.LAST_DAY))
    f.atEdit.setTime(DEFAULT_TIME)
    f.atEdit.setEnabled(False)
    f.atCheck.toggled.connect(f.atEdit.setEnabled)
    f.hintLabel.setProperty("role", "muted")
    f.hintLabel.setVisible(False)
    f.buttonBox.rejected.connect(dialog.reject)
    return dialog, f


def open_followup_dialog(ctx: AppContext, contact_id: int, name: str, parent: QWidget) -> QDialog:
    """Open the dialog (window-modal); it closes once the follow-up is added, stays open on a refusal."""
    today = operations.today_for(ctx.store)
    dialog, f = _form(parent, f"Add a follow-up — {name}", earliest_due(today))
    f.dueEdit.setDate(QDate(today + dt.timedelta(days=1)))

    def accept() -> None:
        at = f.atEdit.time().toPython() if f.atCheck.isChecked() else None
        created = ctx.run(
            operations.add_followup,
            contact_id,
            due=f.dueEdit.date().toPython(),
            at=at,
            kind=f.kindCombo.currentData(),
            note=f.noteEdit.text().strip(),
        )
        if created is not None:
            dialog.accept()

    f.buttonBox.accepted.connect(accept)
    dialog.open()
    return dialog


def open_edit_followup_dialog(
    ctx: AppContext, followup: FollowUpView, parent: QWidget, edited: Callable[[operations.FollowUpEdit], None]
) -> QDialog:
    """The same dialog, filled in with the follow-up as it is; OK changes only what the user changed
    (a day long overdue stays as it was unless moved) and hands the edit to `edited`, for Undo."""
    today = operations.today_for(ctx.store)
    day = followup.effective_due()
    dialog, f = _form(parent, f"Edit follow-up — {followup.contact_name}", min(day, earliest_due(today)))
    f.kindCombo.setCurrentIndex(max(0, f.kindCombo.findData(followup.kind)))
    f.dueEdit.setDate(QDate(day))
    f.atCheck.setChecked(followup.at is not None)
    if followup.at is not None:
        f.atEdit.setTime(QTime(followup.at.hour, followup.at.minute))
    f.noteEdit.setText(followup.note)
    f.noteEdit.setCursorPosition(0)
    if followup.status == "snoozed":
        f.hintLabel.setText(
            f"Snoozed until {say_day(day)} (it was due {say_day(followup.due)}): another day replaces the snooze."
        )
        f.hintLabel.setVisible(True)
    shown = {"kind": f.kindCombo.currentData(), "due": day, "at": followup.at, "note": f.noteEdit.text()}

    def accept() -> None:
        now = {
            "kind": f.kindCombo.currentData(),
            "due": f.dueEdit.date().toPython(),
            "at": f.atEdit.time().toPython().replace(second=0, microsecond=0) if f.atCheck.isChecked() else None,
            "note": f.noteEdit.text(),
        }
        changes = {name: value for name, value in now.items() if value != shown[name]}
        if not changes:
            dialog.accept()
            ctx.message.emit("Nothing to change.")
            return
        if "note" in changes:
            changes["note"] = changes["note"].strip()
        edit = ctx.run(operations.edit_followup, followup.id, **{**dict.fromkeys(shown, KEEP), **changes})
        if edit is not None:
            dialog.accept()
            edited(edit)

    f.buttonBox.accepted.connect(accept)
    dialog.open()
    return dialog
