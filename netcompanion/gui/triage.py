"""Triage: rate people one by one with number keys — 250 contacts in minutes.

1–5 rates closeness, the next 1–5 rates value and moves on. Tab switches which rating
the keys set, Space marks the person for the campaign, the arrows move, Esc closes.
Buttons do the same for the mouse (each rating row's 1–5 rates that row).
Ratings are saved as they are given; the views refresh once, when triage ends.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from netcompanion import operations
from netcompanion.gui.context import AppContext
from netcompanion.gui.dialogs import form_dialog
from netcompanion.gui.shortcuts import SHORTCUTS
from netcompanion.rules.common import say_day

QUESTIONS = {
    "closeness": "How glad would they be to hear from you? Press 1 (hardly) to 5 (delighted).",
    "value": "How good a long-term contact are they? Press 1 (not really) to 5 (very).",
}


RATINGS = ("closeness", "value")


def dots(rating: int | None) -> str:
    return "not rated" if rating is None else "●" * rating + "○" * (5 - rating) + f"  {rating}"


class TriageDialog(QObject):
    def __init__(self, ctx: AppContext, ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids = list(ids)
        self.position = 0
        self.pending = "closeness"
        self.picked: list[int] = []
        self.rated = 0
        self.dialog, f = form_dialog("triage", parent)
        self.form = f
        f.triageName.setObjectName("triageName")
        for name in ("progressLabel", "whereLabel", "lastLabel", "hintLabel"):
            getattr(f, name).setProperty("role", "muted")
        f.askLabel.setProperty("role", "section")
        f.buttonBox.rejected.connect(self.dialog.reject)
        f.buttonBox.button(f.buttonBox.StandardButton.Close).setToolTip("Close triage (key Esc)")
        # The same decisions as the keys, for the mouse; the buttons never take the keyboard focus,
        # so the keys go on working after a click.
        for which in RATINGS:
            for n in range(1, 6):
                button = getattr(f, f"{which}{n}Button")
                button.clicked.connect(lambda _checked=False, w=which, n=n: self.rate(n, w))
        f.campaignButton.clicked.connect(lambda _checked=False: self.toggle_campaign())
        f.previousButton.clicked.connect(lambda: self.move(-1))
        f.nextButton.clicked.connect(lambda: self.move(+1))
        self.dialog.finished.connect(self._finished)
        self.dialog.installEventFilter(self)
        self.contact = None
        self._show()

    def open(self) -> None:
        self.dialog.open()
        self.dialog.setFocus()

    # ---- keys -----------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key in SHORTCUTS["triage.rate"].codes():
            self.rate(key - Qt.Key.Key_0)
        elif key in SHORTCUTS["triage.campaign"].codes():
            self.toggle_campaign()
        elif key in SHORTCUTS["triage.next"].codes():
            self.move(+1)
        elif key in SHORTCUTS["triage.previous"].codes():
            self.move(-1)
        elif key in SHORTCUTS["triage.switch"].codes():
            self.pending = "value" if self.pending == "closeness" else "closeness"
            self._show_ratings()
        else:
            return False
        return True

    # ---- acting ---------------------------------------------------------------------------------
    def rate(self, rating: int, which: str | None = None) -> None:
        """Rate the pending rating (or `which`): closeness goes on to value, value to the next person."""
        if self.contact is None:
            return
        self.pending = which or self.pending
        saved = self.ctx.run(operations.rate_contact, self.contact.id, quiet=True, **{self.pending: rating})
        if saved is None:
            return
        self.contact = saved
        self.rated += 1
        if self.pending == "closeness":
            self.pending = "value"
            self._show_ratings()
        else:
            self.pending = "closeness"
            self.move(+1)

    def toggle_campaign(self) -> None:
        if self.contact is None:
            return
        if self.contact.id in self.picked:
            self.picked.remove(self.contact.id)
        else:
            self.picked.append(self.contact.id)
        self._show_ratings()

    def move(self, step: int) -> None:
        self.position = max(0, min(len(self.ids) - 1, self.position + step)) if self.ids else 0
        self.pending = "closeness"
        self._show()

    def _show(self) -> None:
        f = self.form
        if not self.ids:
            f.triageName.setText("Nobody to triage")
            f.progressLabel.setText("")
            f.whereLabel.setText(self._why_nobody())
            f.whereLabel.setWordWrap(True)
            self.contact = None
            for button in self._decision_buttons():
                button.setEnabled(False)
            return
        self.contact = c = self.ctx.read(operations.get_contact, self.ids[self.position])
        f.progressLabel.setText(f"{self.position + 1:,} of {len(self.ids):,} · {self.rated} ratings given")
        if c is None:
            return
        f.triageName.setText(c.name)
        f.whereLabel.setText(" at ".join(filter(None, (c.title, c.company))) or "—")
        last = (
            f"last touch {say_day(c.last_interaction)} {c.last_interaction:%Y}"
            if c.last_interaction
            else "never touched"
        )
        f.lastLabel.setText(f"{c.stage} · {last}" + (f" · {c.notes.splitlines()[0]}" if c.notes else ""))
        self._show_ratings()

    def _why_nobody(self) -> str:
        if not self.ctx.read(operations.has_contacts):
            return ("You have no contacts yet. Import your LinkedIn connections or address book "
                    "(File → Import contacts…, Ctrl+I), then rate them here.")  # fmt: skip
        if not self.ctx.read(operations.has_contacts, include_archived=False):  # not every id read
            return ("Everyone in your contacts is archived. Tick “Show archived” in Contacts to list them, "
                    "bring back those you want to rate, then start triage again.")  # fmt: skip
        return "The contacts list shows nobody with its filters. Clear them (or pick some people) and start triage again."

    def _show_ratings(self) -> None:
        c = self.contact
        f = self.form
        if c is None:
            return
        f.closenessLabel.setText(dots(c.closeness) + ("   ◀" if self.pending == "closeness" else ""))
        f.valueLabel.setText(dots(c.value) + ("   ◀" if self.pending == "value" else ""))
        f.campaignLabel.setText("added ✓" if c.id in self.picked else "—")
        f.campaignButton.setChecked(c.id in self.picked)
        for which in RATINGS:  # the buttons show the ratings given, as the dots do
            for n in range(1, 6):
                getattr(f, f"{which}{n}Button").setChecked(getattr(c, which) == n)
        f.askLabel.setText(QUESTIONS[self.pending])
        f.previousButton.setEnabled(self.position > 0)
        f.nextButton.setEnabled(self.position < len(self.ids) - 1)

    def _decision_buttons(self) -> list[QWidget]:
        f = self.form
        ratings = [getattr(f, f"{which}{n}Button") for which in RATINGS for n in range(1, 6)]
        return [*ratings, f.campaignButton, f.previousButton, f.nextButton]

    def _finished(self, _result: int) -> None:
        if self.picked:
            from netcompanion.gui.campaign import add_to_campaign

            add_to_campaign(self.ctx, self.picked, self.dialog.parentWidget())
        if self.rated or self.picked:
            self.ctx.changed.emit()
        self.deleteLater()
