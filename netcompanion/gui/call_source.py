"""Where the Today view gets its list: `operations.call_list` when the app has it.

Until the call-list module is part of the build, the view falls back to the follow-ups
due today (the same fields, shaped like a call-list entry), so the view's code is the
same either way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netcompanion import operations
from netcompanion.gui.context import optional_operation
from netcompanion.rules.common import say_day
from netcompanion.store import Store


@dataclass(frozen=True)
class Entry:
    """The fields of `operations.CallListEntry` the Today view shows."""

    contact_id: int
    name: str
    company: str
    title: str
    kind: str
    reasons: tuple[str, ...]
    opener: str
    followup_id: int | None
    phone: str | None
    email: str | None
    linkedin_url: str | None


def _from_call_list(entry) -> Entry:
    return Entry(
        contact_id=entry.contact_id,
        name=entry.name,
        company=entry.company or "",
        title=entry.title or "",
        kind=entry.kind,
        reasons=tuple(entry.reasons),
        opener=entry.opener or "",
        followup_id=entry.followup_id,
        phone=entry.phone,
        email=entry.email,
        linkedin_url=entry.linkedin_url,
    )


def _from_followups(store: Store, day: dt.date, limit: int) -> list[Entry]:
    entries: list[Entry] = []
    seen: set[int] = set()
    for followup in operations.list_followups(store, due_by=day):
        if followup.contact_id in seen:
            continue
        seen.add(followup.contact_id)
        contact = operations.get_contact(store, followup.contact_id)
        if contact.archived or contact.parked:
            continue
        due = followup.effective_due()
        when = "due today" if due == day else f"due since {say_day(due)}"
        reason = f"{followup.kind.replace('-', ' ')} {when}" + (f": {followup.note}" if followup.note else "")
        entries.append(
            Entry(
                contact_id=contact.id,
                name=contact.name,
                company=contact.company,
                title=contact.title,
                kind="follow-up",
                reasons=(reason[0].upper() + reason[1:],),
                opener="",
                followup_id=followup.id,
                phone=contact.phones[0] if contact.phones else None,
                email=contact.emails[0] if contact.emails else None,
                linkedin_url=contact.linkedin_url,
            )
        )
        if len(entries) >= limit:
            break
    return entries


def todays_calls(store: Store, day: dt.date, limit: int | None = None) -> list[Entry]:
    call_list = optional_operation("call_list")
    if call_list is not None:
        return [_from_call_list(e) for e in call_list(store, day=day, limit=limit)]
    return _from_followups(store, day, limit or operations.get_settings(store).daily_quota)
