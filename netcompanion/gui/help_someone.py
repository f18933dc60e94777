"""Help someone (rule 14) in the window: under Today's list, a contact whose biggest challenge you
noted and have not helped lately — "You could help Dana Whitfield — biggest challenge: hiring two
senior engineers" — with "Log a favour…" for when you did. Once a favour is logged for them the
next one comes up (helping.py says who, as `netcompanion today` does); the name opens the contact.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from netcompanion import operations
from netcompanion.gui.bidi import isolate
from netcompanion.gui.context import AppContext, reads_in_background
from netcompanion.gui.focus import links_take_focus
from netcompanion.gui.worker import LatestRead
from netcompanion.operations.helping import HelpSuggestion

# A challenge is the user's own note, of any length: on Today its first words, the whole in the tooltip.
CHALLENGE_CHARS = 80


def help_html(suggestion: HelpSuggestion) -> str:
    """The line for Today, with the name as a link to the contact."""
    challenge = " ".join(suggestion.challenge.split())
    if len(challenge) > CHALLENGE_CHARS:
        challenge = challenge[:CHALLENGE_CHARS].rsplit(" ", 1)[0] + "…"
    name = html.escape(isolate(suggestion.name))
    return (
        f'♥ You could help <a href="#contact">{name}</a> — biggest challenge: {html.escape(challenge)}'
    )


class HelpLine(QObject):
    """Today's line about whom you could help, read again with the call list (on the worker in a
    large network)."""

    def __init__(self, ctx: AppContext, form, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.form = ctx, form
        self.suggestion: HelpSuggestion | None = None
        self._reads = LatestRead(ctx.reader)
        form.helpLabel.linkActivated.connect(lambda _href: self.open_contact())
        links_take_focus(form.helpLabel)
        form.favourButton.clicked.connect(lambda: self.log_favour())
        self._show([])

    def refresh(self, day: dt.date | None) -> None:
        store = self.ctx.store
        if not reads_in_background(store):
            self._reads.forget()
            self._show(operations.help_suggestions(store, limit=1, day=day))
            return
        self._reads.submit(lambda _progress: operations.help_suggestions(store, limit=1, day=day), self._show)

    def _show(self, suggestions: list[HelpSuggestion]) -> None:
        """Nobody with a challenge noted (or all helped lately): the line stays away."""
        self.suggestion = suggestions[0] if suggestions else None
        f = self.form
        f.helpLabel.setText(help_html(self.suggestion) if self.suggestion else "")
        f.helpLabel.setToolTip(self.suggestion.message if self.suggestion else "")
        for widget in (f.helpLabel, f.favourButton):
            widget.setVisible(self.suggestion is not None)
        f.alsoPanel.setVisible(not (f.roundLabel.isHidden() and f.helpLabel.isHidden()))

    def open_contact(self) -> None:
        if self.suggestion is not None:
            self.ctx.open_contact.emit(self.suggestion.contact_id)

    def log_favour(self):
        """What you did for them, in the give-forward ledger: the People tab of their page lists it."""
        from netcompanion.gui.favour_dialog import FavourDialog

        s = self.suggestion
        if s is None:
            return None
        dialog = FavourDialog(self.ctx, s.contact_id, s.name, s.challenge, self.parent().window())
        dialog.open()
        return dialog
