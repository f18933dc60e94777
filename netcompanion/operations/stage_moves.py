"""Moving an introduction or an opportunity from stage to stage, with what the rules plan for the
stage it reaches (rules 6, 7 and 9), in one transaction.

A move to the stage a pursuit is at already does nothing, and a move never plans a second open
follow-up of a kind the same person already has open for the same pursuit: passing "message
relayed" twice must not leave two reminders to update the introducer.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from netcompanion import clock
from netcompanion.domain import FollowUpStatus, IntroductionStage, OpportunityStage
from netcompanion.operations.contacts import load_contact
from netcompanion.operations.pursuits import (
    check_intro_stage,
    check_opp_stage,
    introduction_view,
    opportunity_view,
    person,
)
from netcompanion.operations.results import FollowUpView, NotFound, PursuitResult
from netcompanion.operations.views import followup_view
from netcompanion.rules import RuleOutcome
from netcompanion.rules import pursuits as rules
from netcompanion.store.engine import Store
from netcompanion.store.models import Contact, FollowUp, Introduction, Opportunity

_OPEN = (FollowUpStatus.OPEN.value, FollowUpStatus.SNOOZED.value)


def _plan(
    session: Session, decided: RuleOutcome, owners: list[rules.Person], link: str, pursuit_id: int
) -> tuple[FollowUpView, ...]:
    """Write the planned follow-ups (the n-th planned follow-up belongs to the n-th owner), each
    linked to the pursuit (`link`: its column) — but none its owner already has open for it."""
    column = getattr(FollowUp, link)
    open_now = select(FollowUp.contact_id, FollowUp.kind).where(column == pursuit_id, FollowUp.status.in_(_OPEN))
    already = {(contact_id, kind) for contact_id, kind in session.execute(open_now)}
    rows = []
    for planned, owner in zip(decided.followups, owners, strict=True):
        if (owner.id, planned.kind) in already:
            continue
        already.add((owner.id, planned.kind))
        row = FollowUp(
            contact_id=owner.id,
            kind=planned.kind,
            due_date=planned.due,
            note=planned.note,
            origin=planned.origin,
            **{link: pursuit_id},
        )
        session.add(row)
        rows.append((row, owner.name))
    session.flush()
    return tuple(followup_view(row, name) for row, name in rows)


def advance_introduction(
    store: Store, introduction_id: int, stage: str, *, outcome: str = "", day: dt.date | None = None
) -> PursuitResult:
    check_intro_stage(stage)
    day = day or clock.today()
    with store.write() as session:
        intro = session.get(Introduction, introduction_id)
        if intro is None:
            raise NotFound(f"There is no introduction #{introduction_id}.")
        if stage == intro.stage and outcome in ("", intro.outcome):
            return PursuitResult(introduction_view(session, intro))
        introducer = person(load_contact(session, intro.introducer_id))
        introduced = person(load_contact(session, intro.introduced_id), with_ways=True)
        moved = stage != intro.stage
        intro.stage = stage
        if outcome:
            intro.outcome = outcome  # also at the same stage: what came of it, said better
        decided = RuleOutcome()
        if moved:
            rules.introduction_advanced(introducer, introduced, stage, day, decided)
        owners = [introducer] if stage == IntroductionStage.RELAYED else [introducer, introduced]
        created = _plan(session, decided, owners[: len(decided.followups)], "introduction_id", intro.id)
        return PursuitResult(introduction_view(session, intro), tuple(decided.nudges), created)


def advance_opportunity(
    store: Store, opportunity_id: int, stage: str, *, day: dt.date | None = None
) -> PursuitResult:
    check_opp_stage(stage)
    day = day or clock.today()
    with store.write() as session:
        opp = session.get(Opportunity, opportunity_id)
        if opp is None:
            raise NotFound(f"There is no opportunity #{opportunity_id}.")
        if stage == opp.stage:
            return PursuitResult(opportunity_view(opp))
        opp.stage = stage
        manager = session.get(Contact, opp.hiring_manager_id) if opp.hiring_manager_id else None
        helper_ids = [opp.contact_id] if opp.contact_id else []
        helper_ids += session.scalars(
            select(Introduction.introducer_id).where(Introduction.opportunity_id == opp.id)
        ).all()
        helpers = [person(session.get(Contact, i)) for i in dict.fromkeys(helper_ids)]
        helpers = [h for h in helpers if manager is None or h.id != manager.id]
        decided = RuleOutcome()
        manager_person = person(manager) if manager else None
        rules.opportunity_advanced(opp.company.name, opp.title, stage, manager_person, helpers, day, decided)
        owners = ([manager_person] if manager_person and stage == OpportunityStage.TURNED_DOWN else []) + (
            helpers if stage in rules.OUTCOME_STAGES else []
        )
        created = _plan(session, decided, owners, "opportunity_id", opp.id)
        return PursuitResult(opportunity_view(opp), tuple(decided.nudges), created)
