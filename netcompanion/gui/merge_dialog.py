"""Two records of one person, side by side: the user decides which one to keep (or that they differ)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from netcompanion import operations
from netcompanion.gui.fit_text import fit_words
from netcompanion.store import Store


def _card(contact) -> str:
    lines = [
        f"<b>{html.escape(fit_words(contact.name))}</b>",
        html.escape(fit_words(" · ".join(filter(None, (contact.title, contact.company))))),
        *(html.escape(fit_words(x)) for x in contact.emails),
        html.escape(contact.linkedin_url or ""),  # a profile address is short: as typed
        f"last touch: {contact.last_interaction or 'never'}",
    ]
    return "<br>".join(filter(None, lines))


def ask_which_to_keep(store: Store, first_id: int, second_id: int, parent: QWidget | None) -> int | None:
    """The id of the record to keep, or None when the user cancels (they are different people)."""
    people = [operations.get_contact(store, i) for i in (first_id, second_id)]
    box = QMessageBox(QMessageBox.Icon.Question, "Merge two contacts", "", parent=parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        "These become one contact with the history of both. Which details win where both have some?"
        f"<table cellpadding=8><tr><td valign=top>{_card(people[0])}</td>"
        f"<td valign=top>{_card(people[1])}</td></tr></table>"
    )
    left = box.addButton("Keep the &left one", QMessageBox.ButtonRole.AcceptRole)
    right = box.addButton("Keep the &right one", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Different people", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return {left: first_id, right: second_id}.get(box.clickedButton())
