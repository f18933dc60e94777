"""What the keys on Today do to the person chosen: log a touch (1–4, with T/I/W first for how they took
it, or L with details), snooze them a day (S) or skip them for now (N), change the follow-up they are
listed for (F2), and offer Edit → Undo for what can be taken back. `TodayView` (today.py) shows the
list these act on and moves on after each.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from netcompanion import operations
from netcompanion.calllist import CallListEntry as Entry
from netcompanion.domain import CONVERSATION_OUTCOMES
from netcompanion.gui.call_card import Handled, say_touch
from netcompanion.gui.shortcuts import SHORTCUTS
from netcompanion.rules.common import say_day, say_series

if TYPE_CHECKING:
    from netcompanion.gui.context import AppContext

# its shortcut (keys in shortcuts.py) → (label, channel, outcome)
OUTCOMES = {
    "today.reached": ("reached", "call", "reached"),
    "today.voicemail": ("left a voicemail", "voicemail", "no-answer"),
    "today.no_answer": ("no answer", "call", "no-answer"),
    "today.replied": ("replied", "message", "replied"),
}
MOODS = ("thrilled", "indifferent", "wary")  # each has its shortcut, "today.<mood>"


class TodayActions:
    """The acting half of `TodayView`: it has the list, the card and `_after_action`."""

    ctx: AppContext
    day: dt.date
    done: dict[int, Handled]
    mood: str | None
    _again: tuple[int, str] | None
    _select_after_reread: int | None

    def set_mood(self, mood: str) -> None:
        self.mood = None if self.mood == mood else mood
        self._show_mood()

    def _show_mood(self) -> None:
        if self.mood:
            hint = f"They were {self.mood}. Now press 1–4 to record what happened."
        else:
            keys = [SHORTCUTS[f"today.{mood}"].text() for mood in MOODS]  # as bound: N once said "neutral" here
            hint = f"One key records it and moves on. If they were {say_series(MOODS, 'or')}, press {say_series(keys, 'or')} first."
        self.form.moodHint.setText(hint)

    def record(self, key: str) -> None:
        """What happened on the call with the person chosen: `key` is its shortcut's name (OUTCOMES)."""
        entry = self.current()
        if entry is None:
            return
        label, channel, outcome = OUTCOMES[key]
        handled = self.done.get(entry.contact_id)
        if handled is not None and self._again != (entry.contact_id, key):
            # Moving back over a ticked-off line and pressing a key logged a second call unasked.
            self._again = (entry.contact_id, key)
            self.ctx.message.emit(
                f"{entry.name}: already done today ({handled.what}). Press {SHORTCUTS[key].text()} again to "
                f"log another touch ({label})."
            )
            return
        self._again = None
        mood = self.mood if outcome in CONVERSATION_OUTCOMES else None
        result = self.ctx.run(
            operations.log_touch, entry.contact_id, channel=channel, outcome=outcome, mood=mood, quiet=True
        )
        if result is None:
            return
        self.mood = None
        # In the words the list uses for any touch today, so they stay the same after a re-read.
        self.done[entry.contact_id] = Handled.touch(say_touch(result.interaction), outcome)
        self._offer_take_back(entry, result)
        self._after_action(entry, result.nudges, f"Logged: {entry.name} — {label}. Ctrl+Z takes it back.")

    def _offer_take_back(self, entry: Entry, result) -> None:
        """Edit ▸ Undo (Ctrl+Z) takes the touch back — one key logs a call, so a wrong key must be
        cheap — and puts the person back on the list, unticked, with the advice it brought gone."""
        handled = self.done.get(entry.contact_id)
        what = handled.what if handled else "the touch"
        self._offer_undo(entry, f"{what} with {entry.name}", operations.take_back_touch, result.take_back)

    def _offer_undo(self, entry: Entry, label: str, take_back, taken: object) -> None:
        """Ctrl+Z runs `take_back(store, taken)` and has the person back on the list, unticked and chosen."""

        def taken_back(_contact_id: int) -> None:
            self.done.pop(entry.contact_id, None)
            if self.advice.about == entry.contact_id:
                self.dismiss_nudges()
            self._select_after_reread = entry.contact_id

        self.ctx.offer_undo(label, take_back, taken, then=taken_back)

    def log_details(self) -> None:
        from netcompanion.gui.log_touch import LogTouchDialog

        entry = self.current()
        if entry is None:
            return
        dialog = LogTouchDialog(self.ctx, entry.contact_id, entry.name, self)

        def logged(result) -> None:
            touch = result.interaction
            self.done[entry.contact_id] = Handled.touch(say_touch(touch), touch.outcome)
            self._offer_take_back(entry, result)
            self._after_action(entry, result.nudges, f"Logged: {entry.name}.")

        dialog.logged.connect(logged)
        dialog.open()
        return dialog

    def snooze(self) -> None:
        """Off today's list until tomorrow, and kept so (after a restart, on the command line): the
        follow-up they are listed for is snoozed, or the snooze itself is stored. Like a snoozed follow-up,
        they leave the list and the next person due takes the place; Ctrl+Z has them back."""
        entry = self.current()
        if entry is None:
            return
        snoozed = self.ctx.run(operations.snooze_for_a_day, entry.contact_id, self.day, entry.followup_id, quiet=True)
        if snoozed is None:
            return
        back = say_day(snoozed.back_on)
        self.done[entry.contact_id] = Handled.aside(f"snoozed to {back}")
        self._offer_undo(entry, f"snooze of {entry.name}", operations.take_back_snooze, snoozed)
        self._after_action(
            entry, None, f"Snoozed {entry.name} to {back}: off today's list, and the next person due takes the "
            "place. Ctrl+Z takes it back.",
        )  # fmt: skip

    def edit_followup(self):
        """F2: the follow-up the person chosen is listed for, in its dialog; a new day may take them off
        today's list (the next person due takes the place), and Ctrl+Z puts it back."""
        from netcompanion.gui.followup_dialog import open_edit_followup_dialog
        from netcompanion.gui.story_followups import offer_edit_undo

        entry = self.current()
        if entry is None:
            return None
        listed = [f for f in operations.list_followups(self.ctx.store, contact_id=entry.contact_id)
                  if f.id == entry.followup_id]  # fmt: skip
        if not listed:
            self.ctx.message.emit(f"{entry.name} is not on today's list for a follow-up: there is none to edit.")
            return None
        return open_edit_followup_dialog(self.ctx, listed[0], self, lambda edit: offer_edit_undo(self.ctx, edit))

    def skip(self) -> None:
        """Move on, and nothing more: they stay on today's list (and a restart lists them again)."""
        entry = self.current()
        if entry is None:
            return
        self.done.setdefault(entry.contact_id, Handled.aside())
        snooze = SHORTCUTS["today.snooze"].text()
        self._after_action(
            entry, None, f"Skipped {entry.name} for now: still on today's list. {snooze} snoozes them to tomorrow."
        )
