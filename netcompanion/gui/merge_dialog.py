"""Two records of one person, side by side: the user decides which one to keep (or that they differ)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from netcompanion import operations
from netcompanion.gui.context import AppContext
from netcompanion.gui.fit_text import fit_words
from netcompanion.operations.results import ContactView
from netcompanion.store import Store

DIFFERENT = "different"  # decide_pair's answer when the user says they are two people


def _card(contact) -> str:
    lines = [
        f"<b>{html.escape(fit_words(contact.name))}</b>",
        html.escape(fit_words(" · ".join(filter(None, (contact.title, contact.company))))),
        *(html.escape(fit_words(x)) for x in contact.emails),
        html.escape(contact.linkedin_url or ""),  # a profile address is short: as typed
        f"last touch: {contact.last_interaction or 'never'}",
    ]
    return "<br>".join(filter(None, lines))


def _newer_job(store: Store, first_id: int, second_id: int) -> str:
    """Which one's newer job the merge takes, whichever is kept: the earlier record has the history,
    the later export where they work now, and keeping the left one (the earlier) loses neither."""
    for kept, side, other in ((first_id, "left", second_id), (second_id, "right", first_id)):
        words = operations.newer_job_words(store, kept, other)
        if words:
            theirs = "right" if side == "left" else "left"
            return f"Keeping the {side} one takes the {theirs} one's newer job: {html.escape(fit_words(words))}."
    return ""


def _side_by_side(
    store: Store, first_id: int, second_id: int, parent: QWidget | None
) -> tuple[QMessageBox, dict[QPushButton, int]]:
    """The question with both records and a button to keep either; the caller adds the other answers."""
    people = [operations.get_contact(store, i) for i in (first_id, second_id)]
    box = QMessageBox(QMessageBox.Icon.Question, "Merge two contacts", "", parent=parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        "These become one contact with the history of both. Which details win where both have some?"
        f"<table cellpadding=8><tr><td valign=top>{_card(people[0])}</td>"
        f"<td valign=top>{_card(people[1])}</td></tr></table>" + _newer_job(store, first_id, second_id)
    )
    left = box.addButton("Keep the &left one", QMessageBox.ButtonRole.AcceptRole)
    right = box.addButton("Keep the &right one", QMessageBox.ButtonRole.AcceptRole)
    return box, {left: first_id, right: second_id}


def ask_which_to_keep(store: Store, first_id: int, second_id: int, parent: QWidget | None) -> int | None:
    """The id of the record to keep, or None when the user cancels (they are different people)."""
    box, keep = _side_by_side(store, first_id, second_id, parent)
    box.addButton("Different people", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return keep.get(box.clickedButton())


def decide_pair(store: Store, first_id: int, second_id: int, parent: QWidget | None) -> int | str | None:
    """A possible duplicate an import left: the id of the record to keep, DIFFERENT when they are two
    people (remembered, so it is not asked again), or None to decide later. Esc is "later": it used to
    count as "different people", which is not what a closed window says once the answer is kept."""
    box, keep = _side_by_side(store, first_id, second_id, parent)
    different = box.addButton("&Different people", QMessageBox.ButtonRole.NoRole)
    box.setEscapeButton(box.addButton("Decide l&ater", QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return DIFFERENT if box.clickedButton() is different else keep.get(box.clickedButton())


def offer_merge_undo(ctx: AppContext, merged: ContactView, other_id: int) -> None:
    """After a merge, however it was asked for: Edit → Undo (Ctrl+Z) takes it back, and the status bar
    says so — two different Alex Morgans merged by mistake are two again."""
    ctx.offer_undo(f"the merge into {merged.name}", operations.unmerge_contacts, merged.id, other_id,
                   contacts=(merged.id, other_id))  # fmt: skip
    ctx.message.emit(f"Merged into {merged.name}: one record, all the history — Ctrl+Z undoes it.")


def withdraw_merge_undos(ctx: AppContext, report) -> None:
    """After an import's undo: Edit → Undo no longer offers the merges it withdrew (of a contact that
    import added), which would bring back someone the undo removed."""
    ctx.withdraw_undo_for([merge.other_id for merge in report.merges_withdrawn])
