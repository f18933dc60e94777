"""Introductions, opportunities and favours — each change one transaction, with its nudges.

Moving a pursuit from stage to stage, and taking a move back, is stage_moves.py's job."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from netcompanion.domain import (
    ACTIVE_OPPORTUNITY_STAGES,
    FavourKind,
    IntroductionStage,
    OpportunityStage,
)
from netcompanion.operations.contacts import company_for, load_contact
from netcompanion.operations.results import (
    KEEP,
    FavourView,
    IntroductionView,
    Keep,
    NotFound,
    OpportunityView,
    PursuitResult,
    ValidationError,
    check_day,
)
from netcompanion.rules import RuleOutcome
from netcompanion.rules import pursuits as rules
from netcompanion.settings import today_for
from netcompanion.store.engine import Store
from netcompanion.store.models import Company, Contact, GiveForward, Introduction, Opportunity


def person(contact: Contact, with_ways: bool = False) -> rules.Person:
    """`with_ways`: also which direct ways to reach them are on file (read only where a rule asks)."""
    ways = (("e-mail", contact.emails), ("phone number", contact.phones)) if with_ways else ()
    return rules.Person(contact.id, contact.full_name, contact.do_not_introduce, tuple(w for w, known in ways if known))


def introduction_view(session: Session, intro: Introduction) -> IntroductionView:
    introducer = session.get(Contact, intro.introducer_id)
    introduced = session.get(Contact, intro.introduced_id)
    company = intro.company_id and company_name(session, intro.company_id)
    return named_introduction_view(intro, introducer.full_name, introduced.full_name, company or "")


def named_introduction_view(intro: Introduction, introducer: str, introduced: str, company: str) -> IntroductionView:
    """The view with the names already read (a board reads everyone's at once)."""
    return IntroductionView(
        id=intro.id,
        introducer_id=intro.introducer_id,
        introducer_name=introducer,
        introduced_id=intro.introduced_id,
        introduced_name=introduced,
        company=company,
        opportunity_id=intro.opportunity_id,
        stage=intro.stage,
        unanswered_attempts=intro.unanswered_attempts,
        outcome=intro.outcome,
        notes=intro.notes,
    )


def company_name(session: Session, company_id: int) -> str:
    company = session.get(Company, company_id)
    return company.name if company else ""


def record_introduction(
    store: Store,
    introducer_id: int,
    introduced_id: int,
    *,
    company: str = "",
    opportunity_id: int | None = None,
    stage: str = IntroductionStage.REQUESTED.value,
    notes: str = "",
) -> PursuitResult:
    """Someone introduces the user to someone else (e.g. a friend to a hiring manager)."""
    if introducer_id == introduced_id:
        raise ValidationError("An introduction needs two different people.")
    check_intro_stage(stage)
    with store.write() as session:
        introducer = load_contact(session, introducer_id)
        introduced = load_contact(session, introduced_id)
        target = company_for(session, company) if company else introduced.company
        intro = Introduction(
            introducer_id=introducer.id,
            introduced_id=introduced.id,
            company_id=target.id if target else None,
            opportunity_id=opportunity_id,
            stage=stage,
            notes=notes,
        )
        decided = RuleOutcome()
        if opportunity_id is not None:
            others = session.execute(
                select(Introduction.id, Contact.full_name)
                .join(Contact, Contact.id == Introduction.introducer_id)
                .where(
                    Introduction.opportunity_id == opportunity_id,
                    Introduction.stage.not_in(
                        [IntroductionStage.OUTCOME.value, IntroductionStage.CLOSED.value]
                    ),
                )
            ).all()
            opening = session.get(Opportunity, opportunity_id)
            if opening is None:
                raise NotFound(f"There is no opportunity #{opportunity_id}.")
            rules.avoid_competition(
                opening.company.name, opening.title, [(opening.title, name) for _, name in others], decided
            )
        session.add(intro)
        session.flush()
        return PursuitResult(introduction_view(session, intro), tuple(decided.nudges))


def check_intro_stage(stage: str) -> None:
    known = [s.value for s in IntroductionStage]
    if stage not in known:
        raise ValidationError(f"Introduction stage must be one of {', '.join(known)} (got {stage!r}).")


def opportunity_view(opp: Opportunity) -> OpportunityView:
    return OpportunityView(
        id=opp.id,
        company=opp.company.name,
        title=opp.title,
        stage=opp.stage,
        contact_id=opp.contact_id,
        hiring_manager_id=opp.hiring_manager_id,
        notes=opp.notes,
    )


def check_opp_stage(stage: str) -> None:
    known = [s.value for s in OpportunityStage]
    if stage not in known:
        raise ValidationError(f"Opportunity stage must be one of {', '.join(known)} (got {stage!r}).")


def _opening_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise ValidationError('An opportunity needs a title, e.g. "Data engineer".')
    return title


def _check_opp_company(company: str) -> None:
    if not company.strip():
        raise ValidationError("An opportunity needs a company.")


def _avoid_competition(
    session: Session, target: Company, title: str, decided: RuleOutcome, *, besides: int | None = None
) -> None:
    """Rule 5 against the other active pursuits at `target` (all but opportunity `besides`)."""
    query = (
        select(Opportunity.title, Contact.full_name)
        .outerjoin(Contact, Contact.id == Opportunity.contact_id)
        .where(
            Opportunity.company_id == target.id,
            Opportunity.stage.in_([s.value for s in ACTIVE_OPPORTUNITY_STAGES]),
        )
    )
    if besides is not None:
        query = query.where(Opportunity.id != besides)
    active = session.execute(query).all()
    rules.avoid_competition(target.name, title, [(t, n or "") for t, n in active], decided)


def record_opportunity(
    store: Store,
    company: str,
    title: str,
    *,
    contact_id: int | None = None,
    hiring_manager_id: int | None = None,
    stage: str = OpportunityStage.EXPLORING.value,
    notes: str = "",
) -> PursuitResult:
    """Start pursuing a lead; warns when the same opening is already being pursued."""
    title = _opening_title(title)
    _check_opp_company(company)
    check_opp_stage(stage)
    with store.write() as session:
        for person_id in (contact_id, hiring_manager_id):
            if person_id is not None:
                load_contact(session, person_id)
        target = company_for(session, company)
        decided = RuleOutcome()
        _avoid_competition(session, target, title, decided)
        opp = Opportunity(
            company_id=target.id,
            title=title,
            stage=stage,
            contact_id=contact_id,
            hiring_manager_id=hiring_manager_id,
            notes=notes,
        )
        session.add(opp)
        session.flush()
        return PursuitResult(opportunity_view(opp), tuple(decided.nudges))


def edit_opportunity(
    store: Store,
    opportunity_id: int,
    *,
    company: str | Keep = KEEP,
    title: str | Keep = KEEP,
    contact_id: int | None | Keep = KEEP,
    hiring_manager_id: int | None | Keep = KEEP,
    notes: str | Keep = KEEP,
) -> PursuitResult:
    """Change an opportunity's company, opening, people or notes (its stage moves with
    advance_opportunity). Only what is given changes; a person given as None is taken off.
    Moved onto an opening already being pursued, it warns as record_opportunity does."""
    if title is not KEEP:
        title = _opening_title(title)
    if company is not KEEP:
        _check_opp_company(company)
    with store.write() as session:
        opp = session.get(Opportunity, opportunity_id)
        if opp is None:
            raise NotFound(f"There is no opportunity #{opportunity_id}.")
        for name, person_id in (("contact_id", contact_id), ("hiring_manager_id", hiring_manager_id)):
            if person_id is KEEP or person_id == getattr(opp, name):
                continue
            if person_id is not None:
                load_contact(session, person_id)
            setattr(opp, name, person_id)
        target = opp.company if company is KEEP else company_for(session, company)
        decided = RuleOutcome()
        moved = target.id != opp.company_id or (title is not KEEP and title != opp.title)
        if title is not KEEP and title != opp.title:
            opp.title = title
        if target.id != opp.company_id:
            opp.company_id, opp.company = target.id, target
        if notes is not KEEP and notes != opp.notes:
            opp.notes = notes
        if moved and opp.stage in {s.value for s in ACTIVE_OPPORTUNITY_STAGES}:
            _avoid_competition(session, target, opp.title, decided, besides=opp.id)
        session.flush()
        return PursuitResult(opportunity_view(opp), tuple(decided.nudges))


# Favours that put two people in touch, and how a self-pairing is refused for them.
_SELF_WORDS = {FavourKind.INTRODUCTION.value: "introduced", FavourKind.REFERRAL.value: "referred"}


def log_favour(
    store: Store,
    kind: str,
    *,
    contact_id: int | None = None,
    other_contact_id: int | None = None,
    note: str = "",
    day: dt.date | None = None,
) -> PursuitResult:
    """Give-forward ledger: what the user did for someone (an introduction, advice, help)."""
    known = [k.value for k in FavourKind]
    if kind not in known:
        raise ValidationError(f"A favour is one of {', '.join(known)} (got {kind!r}).")
    today = today_for(store)
    day = day or today
    if day > today:  # as for a touch: the ledger records what was done, not what is planned
        raise ValidationError(f"A favour can't be logged in the future ({day.isoformat()}).")
    check_day(day, "A favour's day")
    with store.write() as session:
        people = [load_contact(session, i) for i in (contact_id, other_contact_id) if i is not None]
        if contact_id is not None and contact_id == other_contact_id:
            who = f"#{contact_id} {people[0].full_name}"
            raise ValidationError(
                f"{who} can't be {_SELF_WORDS[kind]} to themselves: the other person must be someone else."
                if kind in _SELF_WORDS
                else f"{who} is named twice: the other person of a favour ({kind}) must be someone else."
            )
        decided = RuleOutcome()
        if kind == FavourKind.INTRODUCTION:
            if len(people) != 2:
                raise ValidationError("An introduction you make connects two contacts: give both.")
            rules.do_not_introduce([person(p) for p in people], decided)
        entry = GiveForward(
            contact_id=contact_id,
            other_contact_id=other_contact_id,
            kind=kind,
            occurred_on=day,
            note=note,
        )
        session.add(entry)
        session.flush()
        return PursuitResult(_favour_view(entry), tuple(decided.nudges))


@dataclass(frozen=True)
class RemovedFavour:
    """A favour `remove_favour` took out of the ledger, with what `put_back_favour` needs to put it
    back as it was (Undo)."""

    favour: FavourView
    logged_at: dt.datetime


def _favour_view(entry: GiveForward) -> FavourView:
    return FavourView(entry.id, entry.contact_id, entry.other_contact_id, entry.kind, entry.occurred_on, entry.note)


def remove_favour(store: Store, favour_id: int) -> RemovedFavour:
    """Take a favour logged by mistake out of the give-forward ledger."""
    with store.write() as session:
        entry = session.get(GiveForward, favour_id)
        if entry is None:
            raise NotFound(f"There is no favour #{favour_id}: it was removed already.")
        removed = RemovedFavour(_favour_view(entry), entry.created_at)
        session.delete(entry)
        return removed


def put_back_favour(store: Store, removed: RemovedFavour) -> FavourView:
    """Put a removed favour back as it was: same people, kind, day and note (and its number,
    unless a favour logged since has taken it)."""
    favour = removed.favour
    with store.write() as session:
        for person_id in (favour.contact_id, favour.other_contact_id):
            if person_id is not None and session.get(Contact, person_id) is None:
                raise NotFound("Someone this favour was for is no longer in your contacts: it cannot be put back.")
        taken = session.get(GiveForward, favour.id) is not None
        entry = GiveForward(
            id=None if taken else favour.id,
            contact_id=favour.contact_id,
            other_contact_id=favour.other_contact_id,
            kind=favour.kind,
            occurred_on=favour.day,
            note=favour.note,
            created_at=removed.logged_at,
        )
        session.add(entry)
        session.flush()
        return _favour_view(entry)
