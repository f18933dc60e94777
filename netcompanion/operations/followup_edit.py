"""Changing a follow-up once it is there: its day, its time (set or cleared), its kind and its note.

A wrong day typed, a time wanted on it, a note to reword: dismissing it and adding another lost what
planned it (a rule, an introduction, an opportunity) and its history. A new day, time or note
leaves it the rule's; a new kind makes it the user's own (see `edit_followup`). A new day on a snoozed
follow-up replaces the snooze: it comes up on the day the user gave, in the lists, the reminders and
the calendar alike. A new time on a snoozed one keeps the snooze's day, as a snooze keeps the time.
Edit → Undo in the app puts back what the edit changed (`take_back_followup_edit`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from netcompanion import clock
from netcompanion.domain import FOLLOWUP_KIND_CHOICES, FollowUpStatus
from netcompanion.operations.followups import check_not_too_old, load_followup
from netcompanion.operations.results import KEEP, FollowUpView, Keep, ValidationError, check_day
from netcompanion.operations.take_back import Changes, changes_since, columns_of, put_back
from netcompanion.operations.views import followup_view
from netcompanion.reminders.log import pass_over_moved
from netcompanion.store.engine import Store
from netcompanion.store.models import Contact, FollowUp

MANUAL = "manual"  # the origin of a follow-up the user added, or made their own
# What moves the moment a follow-up comes up (and so its reminder).
MOMENT_COLUMNS = frozenset({"due_date", "due_time", "status", "snoozed_until"})


@dataclass(frozen=True)
class FollowUpEdit:
    """A follow-up before and after an edit, and the columns it changed (for Undo)."""

    before: FollowUpView
    after: FollowUpView
    changes: Changes

    @property
    def changed(self) -> tuple[str, ...]:
        """What changed, by the names the command line gives them: due (the day it comes up), at, kind, note."""
        b, a = self.before, self.after
        pairs = (("due", b.effective_due(), a.effective_due()), ("at", b.at, a.at), ("kind", b.kind, a.kind),
                 ("note", b.note, a.note))  # fmt: skip
        return tuple(name for name, was, now in pairs if was != now)

    def to_json(self) -> dict[str, object]:
        return {**self.after.to_json(), "changed": list(self.changed), "before": self.before.to_json()}


def edit_followup(
    store: Store,
    followup_id: int,
    *,
    due: dt.date | Keep = KEEP,
    at: dt.time | None | Keep = KEEP,
    kind: str | Keep = KEEP,
    note: str | Keep = KEEP,
) -> FollowUpEdit:
    """Change what is given (`at=None` takes the time off), in one transaction; an open or snoozed
    follow-up only. `due` is the day it comes up: on a snoozed one, another day ends the snooze."""
    if kind is not KEEP and kind not in FOLLOWUP_KIND_CHOICES:
        raise ValidationError(f"Kind must be one of {', '.join(FOLLOWUP_KIND_CHOICES)} (got {kind!r}).")
    if due is not KEEP:
        check_day(due, "A follow-up's day")
    with store.write() as session:
        followup = _still_open(session, followup_id, "only an open one can be changed (add a new one instead)")
        name = session.get(Contact, followup.contact_id).full_name
        before, shown_before = columns_of(followup), followup_view(followup, name)
        if due is not KEEP and due != followup.comes_up_on:
            check_not_too_old(session, due)
            followup.due_date = due
            followup.status = FollowUpStatus.OPEN.value
            followup.snoozed_until = None
        if at is not KEEP:
            followup.due_time = at
        if kind is not KEEP and kind != followup.kind:
            # Another kind is the user's own follow-up now: the rule that planned it no longer
            # words its reminder, settles it at the next try or closes it on parking. What it is
            # about (an introduction, an opportunity) stays.
            followup.kind = kind
            followup.origin = MANUAL
        if note is not KEEP:
            followup.note = note
        session.flush()
        changes = changes_since(before, followup)
        if MOMENT_COLUMNS & changes.keys():
            pass_over_moved(session, followup, clock.now_utc())
        return FollowUpEdit(shown_before, followup_view(followup, name), changes)


def take_back_followup_edit(store: Store, edit: FollowUpEdit) -> FollowUpView:
    """Undo `edit_followup`: each field as it was before, unless changed again since (that stays).
    One done or dismissed since stays so: its edit no longer matters."""
    with store.write() as session:
        followup = _still_open(session, edit.after.id, "its edit is not taken back")
        put_back(followup, edit.changes)
        session.flush()
        return followup_view(followup, session.get(Contact, followup.contact_id).full_name)


def _still_open(session: Session, followup_id: int, otherwise: str) -> FollowUp:
    """The follow-up, still to do: a done or dismissed one has nothing left to change."""
    followup = load_followup(session, followup_id)  # one whose contact is in the trash is refused
    if followup.status in (FollowUpStatus.DONE.value, FollowUpStatus.DISMISSED.value):
        raise ValidationError(f"Follow-up #{followup_id} is already {followup.status}: {otherwise}.")
    return followup
