"""Taking back the touch just logged: a wrong key in Today records a call that never happened.

`log_touch` keeps what it is about to change — the contact as it was, the introductions and the
follow-ups it closes — and what it adds (the touch, the follow-ups it plans, the referrals it
creates). Taking back puts the first back and removes the second, in one transaction. Only the
newest touch with a contact can be taken back: the ones after it were decided on top of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm.attributes import flag_modified

from netcompanion.operations.results import NotFound, ValidationError
from netcompanion.store.engine import Store
from netcompanion.store.models import Contact, FollowUp, Interaction, Introduction


@dataclass(frozen=True)
class TouchSnapshot:
    interaction_id: int
    contact_id: int
    contact_before: dict[str, object]
    introductions_before: dict[int, dict[str, object]]
    followups_before: dict[int, dict[str, object]]  # the follow-ups the touch closed
    followups_created: tuple[int, ...]
    referrals_created: tuple[int, ...]


def columns_of(row: object) -> dict[str, object]:
    """Every column's value, to put back as it was."""
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}  # type: ignore[attr-defined]


def _put_back(row: object, values: dict[str, object]) -> None:
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


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
        for followup_id in snapshot.followups_created:
            planned = session.get(FollowUp, followup_id)
            if planned is not None:
                session.delete(planned)
        for followup_id, before in snapshot.followups_before.items():
            closed = session.get(FollowUp, followup_id)
            if closed is not None:
                _put_back(closed, before)
        for intro_id, before in snapshot.introductions_before.items():
            intro = session.get(Introduction, intro_id)
            if intro is not None:
                _put_back(intro, before)
        for referral_id in snapshot.referrals_created:
            referral = session.get(Contact, referral_id)
            if referral is not None:
                session.delete(referral)
        _put_back(contact, snapshot.contact_before)
        # Said outright, or the update would stamp the contact as changed just now.
        contact.updated_at = snapshot.contact_before["updated_at"]
        flag_modified(contact, "updated_at")
        return contact.id
