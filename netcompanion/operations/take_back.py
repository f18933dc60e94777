"""Taking back the touch just logged: a wrong key in Today records a call that never happened.

`log_touch` keeps what it changed — each field of the contact, the introductions and the
follow-ups it closes, as (before, after) — and what it adds (the touch, the follow-ups it plans,
the referrals it creates). Taking back puts the first back and removes the second, in one
transaction. A field the user has changed since (a note typed into the story) keeps its new
value: only what the touch itself set is undone. Only the newest touch with a contact can be
taken back: the ones after it were decided on top of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from netcompanion.operations.results import NotFound, ValidationError
from netcompanion.store.engine import Store
from netcompanion.store.models import Contact, FollowUp, Interaction, Introduction

Changes = dict[str, tuple[object, object]]  # column -> (before the touch, after it)


@dataclass(frozen=True)
class TouchSnapshot:
    interaction_id: int
    contact_id: int
    contact_changes: Changes
    introduction_changes: dict[int, Changes]
    followup_changes: dict[int, Changes]  # the follow-ups the touch closed
    followups_created: tuple[int, ...]
    referrals_created: tuple[int, ...]


def columns_of(row: object) -> dict[str, object]:
    """Every column's value, to compare with after the touch."""
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}  # type: ignore[attr-defined]


def changes_since(before: dict[str, object], row: object) -> Changes:
    """The columns of `row` that differ from `before` (taken with columns_of), as (before, now)."""
    now = columns_of(row)
    return {name: (value, now[name]) for name, value in before.items() if now[name] != value}


def put_back(row: object, changes: Changes) -> None:
    """Each changed column of `row` as it was before, unless the user has changed it since."""
    for name, (before, after) in changes.items():
        if getattr(row, name) == after:  # else the user changed it since: theirs stays
            setattr(row, name, before)


def take_back_followups(session: Session, created: Sequence[int], changed: dict[int, Changes]) -> None:
    """The follow-ups an action planned go; those it closed or withdrew are as they were (each one
    still there: the user may have deleted it since)."""
    for followup_id in created:
        planned = session.get(FollowUp, followup_id)
        if planned is not None:
            session.delete(planned)
    for followup_id, changes in changed.items():
        closed = session.get(FollowUp, followup_id)
        if closed is not None:
            put_back(closed, changes)


def take_back_touch(store: Store, snapshot: TouchSnapshot) -> int:
    """Undo one `log_touch`, as if it had never been logged; returns the contact's id."""
    with store.write() as session:
        if session.get(Interaction, snapshot.interaction_id) is None:
            raise NotFound("That touch is no longer there to take back.")
        contact = session.get(Contact, snapshot.contact_id)
        later = session.scalar(
            select(func.count()).select_from(Interaction).where(
                Interaction.contact_id == snapshot.contact_id, Interaction.id > snapshot.interaction_id
            )
        )
        if later:
            raise ValidationError(
                f"A later touch with {contact.full_name} was logged since; change that one in their story."
            )
        session.delete(session.get(Interaction, snapshot.interaction_id))
        take_back_followups(session, snapshot.followups_created, snapshot.followup_changes)
        for intro_id, changes in snapshot.introduction_changes.items():
            intro = session.get(Introduction, intro_id)
            if intro is not None:
                put_back(intro, changes)
        for referral_id in snapshot.referrals_created:
            referral = session.get(Contact, referral_id)
            if referral is not None:
                session.delete(referral)
        put_back(contact, snapshot.contact_changes)
        stamped = snapshot.contact_changes.get("updated_at")
        if stamped is not None and contact.updated_at == stamped[0]:
            # Said outright, or the update would stamp the contact as changed just now.
            flag_modified(contact, "updated_at")
        return contact.id
