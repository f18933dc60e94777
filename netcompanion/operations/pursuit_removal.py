"""Deleting an introduction or an opportunity entered by mistake, and putting it back (Undo).

What it set in motion goes with it: its open follow-ups (a reminder to thank someone for an
introduction that never happened is only noise). Its history stays: a follow-up already done
or dismissed keeps its day and loses only the link, and so does an introduction made toward a
deleted opportunity. Putting it back restores the row with its number, its open follow-ups and
those links, as long as the people it names are still contacts.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from netcompanion import domain
from netcompanion.operations.results import NotFound
from netcompanion.store.engine import Store
from netcompanion.store.models import Company, Contact, FollowUp, Introduction, Opportunity

_MODELS = {"introduction": Introduction, "opportunity": Opportunity}
_LINK = {"introduction": "introduction_id", "opportunity": "opportunity_id"}
_OPEN = (domain.FollowUpStatus.OPEN.value, domain.FollowUpStatus.SNOOZED.value)


@dataclass(frozen=True)
class RemovedPursuit:
    """An introduction or opportunity `remove_pursuit` deleted, with all `put_back_pursuit` needs."""

    kind: str  # "introduction" | "opportunity"
    name: str  # in words, for the status line and the Undo menu item
    row: dict[str, object]  # its columns as they were
    open_followups: tuple[dict[str, object], ...]  # deleted with it
    unlinked: tuple[tuple[str, int], ...]  # ("followups" | "introductions", id): rows that lost their link


def _columns(row: object) -> dict[str, object]:
    return {attr.key: getattr(row, attr.key) for attr in inspect(row).mapper.column_attrs}


def _name(session: Session, kind: str, row: Introduction | Opportunity) -> str:
    if isinstance(row, Introduction):
        introducer, introduced = (session.get(Contact, i) for i in (row.introducer_id, row.introduced_id))
        return f"the introduction of {introduced.full_name if introduced else '?'} by " \
               f"{introducer.full_name if introducer else '?'}"  # fmt: skip
    return f"{row.title} at {row.company.name}" if row.company else row.title


def remove_pursuit(store: Store, kind: str, pursuit_id: int) -> RemovedPursuit:
    """Delete one introduction or opportunity (`kind`) and its open follow-ups, in one transaction."""
    with store.write() as session:
        row = session.get(_MODELS[kind], pursuit_id)
        if row is None:
            raise NotFound(f"There is no {kind} #{pursuit_id}: it was deleted already.")
        return withdraw_pursuit(session, kind, row)


def withdraw_pursuit(session: Session, kind: str, row: Introduction | Opportunity) -> RemovedPursuit:
    """Delete `row` and its open follow-ups within the caller's transaction (a merge that makes the
    introducer and the introduced one person withdraws their introduction the same way)."""
    link = _LINK[kind]
    name = _name(session, kind, row)
    followups = session.scalars(select(FollowUp).where(getattr(FollowUp, link) == row.id)).all()
    still_open = [f for f in followups if f.status in _OPEN]
    unlinked = [("followups", f.id) for f in followups if f.status not in _OPEN]
    if kind == "opportunity":
        toward = session.scalars(select(Introduction.id).where(Introduction.opportunity_id == row.id))
        unlinked += [("introductions", i) for i in toward]
    removed = RemovedPursuit(kind, name, _columns(row), tuple(_columns(f) for f in still_open), tuple(unlinked))
    for followup in still_open:
        session.delete(followup)
    session.delete(row)  # the database clears the links of what stays (ON DELETE SET NULL)
    return removed


def put_back_pursuit(store: Store, removed: RemovedPursuit) -> int:
    """Put a deleted introduction or opportunity back as it was; returns its id (its old one
    unless something created since has taken it)."""
    with store.write() as session:
        return restore_pursuit(session, removed)


def restore_pursuit(session: Session, removed: RemovedPursuit) -> int:
    """`put_back_pursuit` within the caller's transaction (undoing a merge puts back the
    introduction between the two)."""
    model, link = _MODELS[removed.kind], _LINK[removed.kind]
    row = dict(removed.row)
    people = [row.get(k) for k in ("introducer_id", "introduced_id", "contact_id", "hiring_manager_id")]
    if removed.kind == "introduction" and any(session.get(Contact, i) is None for i in people[:2]):
        raise NotFound(f"Someone in {removed.name} is no longer in your contacts: it cannot be put back.")
    if removed.kind == "opportunity" and session.get(Company, row["company_id"]) is None:
        raise NotFound(f"The company of {removed.name} is no longer here: it cannot be put back.")
    optional = {"contact_id": Contact, "hiring_manager_id": Contact}  # an opportunity's people
    if removed.kind == "introduction":
        optional = {"company_id": Company, "opportunity_id": Opportunity}  # gone since (an undone import)
    for key, target in optional.items():
        if row.get(key) is not None and session.get(target, row[key]) is None:
            row[key] = None
    if session.get(model, row["id"]) is not None:
        del row["id"]
    restored = model(**row)
    session.add(restored)
    session.flush()
    for followup in removed.open_followups:
        again = dict(followup, **{link: restored.id})
        if session.get(Contact, again["contact_id"]) is None:
            continue  # that person was forgotten since: their reminder goes with them
        if session.get(FollowUp, again["id"]) is not None:
            del again["id"]
        session.add(FollowUp(**again))
    for table, row_id in removed.unlinked:
        target = FollowUp if table == "followups" else Introduction
        column = getattr(target, link)
        session.execute(update(target).where(target.id == row_id, column.is_(None)).values({link: restored.id}))
    return restored.id
