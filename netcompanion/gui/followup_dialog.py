"""Add a follow-up for one contact: what kind, which day, and a time only when it matters
(one without a time comes with the morning digest of its day)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QWidget

from netcompanion import domain, operations
from netcompanion.gui.context import AppContext
from netcompanion.gui.dialogs import form_dialog
from netcompanion.operations.followups import earliest_due


def open_followup_dialog(ctx: AppContext, contact_id: int, name: str, parent: QWidget) -> QDialog:
    """Open the dialog (window-modal); it closes once the follow-up is added, stays open on a refusal."""
    dialog, f = form_dialog("followup", parent)
    dialog.setWindowTitle(f"Add a follow-up — {name}")
    for kind in domain.FOLLOWUP_KIND_CHOICES:
        f.kindCombo.addItem(kind.replace("-", " ").capitalize(), kind)
    today = operations.today_for(ctx.store)
    f.dueEdit.setDateRange(QDate(earliest_due(today)), QDate(domain.LAST_DAY))
    f.dueEdit.setDate(QDate(today + dt.timedelta(days=1)))
    f.atEdit.setTime(QTime(9, 0))
    f.atEdit.setEnabled(False)
    f.atCheck.toggled.connect(f.atEdit.setEnabled)

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
    f.buttonBox.rejected.connect(dialog.reject)
    dialog.open()
    return dialog
