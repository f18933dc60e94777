"""What still names a contact outside their own rows, dealt with when they are forgotten for good.

Erasing a contact takes their own history with them (the database cascades). The app's own text
elsewhere named them too: the follow-ups it planned on the person who introduced them ("…how
their introduction to Sam turned out") and the notification history ("Follow up with Sam"). Like
deleting an introduction by hand, an introduction with them in it goes with its open follow-ups;
what stays as history — a follow-up done or dismissed, a notification shown — keeps its day and
says "someone you removed" instead of the name. Notes the user typed elsewhere are theirs to keep.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from netcompanion import domain
from netcompanion.store.models import (
    Contact,
    FollowUp,
    Introduction,
    NotificationRecord,
    Opportunity,
    ReminderLog,
)

REMOVED = "someone you removed"
_OPEN = (domain.FollowUpStatus.OPEN.value, domain.FollowUpStatus.SNOOZED.value)


def _pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """The names as whole words, longest first ("Sam Lee" before "Sam")."""
    words = sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def _scrub(text: str, pattern: re.Pattern[str] | None) -> str:
    return pattern.sub(REMOVED, text) if pattern is not None and text else text


def scrub_traces(session: Session, contact_ids: Sequence[int]) -> None:
    """Before `contact_ids` are erased (same transaction): take their names out of the app's text
    about other people, and out of the notification history."""
    ids = list(contact_ids)
    people = session.execute(select(Contact.full_name, Contact.first_name).where(Contact.id.in_(ids))).all()
    full_names = _pattern(p.full_name for p in people)
    any_names = _pattern([*(p.full_name for p in people), *(p.first_name for p in people)])
    _pursuit_followups(session, ids, full_names)
    _history(session, ids, full_names, any_names)


def _pursuit_followups(session: Session, ids: list[int], names: re.Pattern[str] | None) -> None:
    """Other people's follow-ups about an introduction or opportunity the forgotten took part in."""
    intros = select(Introduction.id).where(
        or_(Introduction.introducer_id.in_(ids), Introduction.introduced_id.in_(ids))
    )
    opportunities = select(Opportunity.id).where(
        or_(Opportunity.contact_id.in_(ids), Opportunity.hiring_manager_id.in_(ids))
    )
    tied = session.scalars(
        select(FollowUp).where(
            FollowUp.contact_id.not_in(ids),
            or_(FollowUp.introduction_id.in_(intros), FollowUp.opportunity_id.in_(opportunities)),
        )
    ).all()
    for followup in tied:
        if followup.introduction_id is not None and followup.status in _OPEN:
            session.delete(followup)  # its introduction goes: a reminder about it is only noise
        else:
            followup.note = _scrub(followup.note, names)
    session.flush()


def _history(
    session: Session, ids: list[int], full_names: re.Pattern[str] | None, any_names: re.Pattern[str] | None
) -> None:
    """Notifications about them go; a summary that listed them, or another's notification that
    named them, stays with "someone you removed" (a summary may say them by first name alone)."""
    session.execute(delete(NotificationRecord).where(NotificationRecord.contact_id.in_(ids)))
    theirs = {f"followup:{i}" for i in session.scalars(select(FollowUp.id).where(FollowUp.contact_id.in_(ids)))}
    theirs |= {f"cooldown:{i}" for i in ids}
    summaries = {
        notification_id
        for key, notification_id in session.execute(
            select(ReminderLog.key, ReminderLog.notification_id).where(ReminderLog.notification_id.is_not(None))
        )
        if ":".join(key.split(":")[:2]) in theirs
    }
    rows = session.execute(select(NotificationRecord.id, NotificationRecord.title, NotificationRecord.body)).all()
    for record_id, title, body in rows:
        names = any_names if record_id in summaries else full_names
        new_title, new_body = _scrub(title, names), _scrub(body, names)
        if (new_title, new_body) != (title, body):
            session.execute(
                update(NotificationRecord)
                .where(NotificationRecord.id == record_id)
                .values(title=new_title, body=new_body)
            )
