"""Moving an introduction or an opportunity from stage to stage, with what the rules plan for the
stage it reaches (rules 6, 7 and 9), in one transaction.

A move to the stage a pursuit is at already does nothing, and a move never plans a second open
follow-up of a kind the same person already has open for the same pursuit: passing "message
relayed" twice must not leave two reminders to update the introducer.

A move back (a correction: "message relayed" was pressed too soon) plans nothing, and withdraws
the follow-ups an earlier move planned for a stage the pursuit is no longer at — the rules say
which (`rules.pursuits.still_called_for`): a reminder to update the introducer on a relay that
has not happened is noise. Only open (or snoozed) ones go, dismissed, and the result says which;
done ones stay as history, and so does any follow-up the user added by hand. An opportunity moved
from one outcome to another (turned down, then an offer after all) loses what only the first
called for (the feedback meeting) and keeps the rest. An introduction moved back before "outcome"
loses its outcome text too (what came of it has not come yet), and says so.

Reaching "loop closed" settles what closing the loop asked for: the open (or snoozed)
close-the-loop follow-ups the outcome planned for this introduction are marked done — the user
has just thanked and told everyone — and the result says which.

Each move keeps what it changed, as `log_touch` does for taking a touch back (see take_back.py):
the pursuit's columns it set (stage, outcome, when it was last updated) as (before, after), the
follow-ups it planned, and the ones it withdrew or marked done with their columns as (before,
after). `take_back_stage_move` puts the first and the last back and deletes the planned ones, in one
transaction — Edit ▸ Undo on the boards.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from netcompanion import clock
from netcompanion.domain import FOLLOWUP_TASKS, FollowUpStatus, IntroductionStage
from netcompanion.operations.contacts import load_contact
from netcompanion.operations.pursuits import (
    check_intro_stage,
    check_opp_stage,
    introduction_view,
    opportunity_view,
    person,
)
from netcompanion.operations.results import FollowUpView, NotFound, PursuitResult, ValidationError, check_day
from netcompanion.operations.take_back import (
    Changes,
    changes_since,
    columns_of,
    put_back,
    take_back_followups,
)
from netcompanion.operations.views import followup_view
from netcompanion.rules import RuleOutcome, say_day
from netcompanion.rules import pursuits as rules
from netcompanion.settings import load_settings, today_for
from netcompanion.store.engine import Store
from netcompanion.store.models import Contact, FollowUp, Introduction, Opportunity

_OPEN = (FollowUpStatus.OPEN.value, FollowUpStatus.SNOOZED.value)
_MODELS: dict[str, type[Introduction] | type[Opportunity]] = {
    "introduction": Introduction,
    "opportunity": Opportunity,
}


@dataclass(frozen=True)
class StageMove:
    """One stage move as made, with all `take_back_stage_move` needs to undo it."""

    pursuit: str  # "introduction" | "opportunity"
    pursuit_id: int
    name: str  # in words, for the Undo menu item: "the introduction of Kenji Tanaka by Amara Mensah"
    stage: str  # where it moved to
    changes: Changes  # the pursuit's columns: (before the move, after it)
    followups_created: tuple[int, ...]
    followups_withdrawn: dict[int, Changes]
    followups_done: dict[int, Changes]  # those it settled (the loop closed): open again on Undo


def _plan(
    session: Session, decided: RuleOutcome, people: list[rules.Person], link: str, pursuit_id: int
) -> tuple[FollowUpView, ...]:
    """Write the planned follow-ups (each with the one of `people` the rule planned it for), each
    linked to the pursuit (`link`: its column) — but none its owner already has open for it."""
    column = getattr(FollowUp, link)
    open_now = select(FollowUp.contact_id, FollowUp.kind).where(column == pursuit_id, FollowUp.status.in_(_OPEN))
    already = {(contact_id, kind) for contact_id, kind in session.execute(open_now)}
    names = {p.id: p.name for p in people}
    rows = []
    for planned in decided.followups:
        owner = planned.contact_id
        if owner is None:  # a pursuit rule names whose each follow-up is; one that forgot is a bug
            raise ValueError(f"the rules planned a {planned.kind} follow-up for nobody")
        if (owner, planned.kind) in already:
            continue
        already.add((owner, planned.kind))
        row = FollowUp(
            contact_id=owner,
            kind=planned.kind,
            due_date=planned.due,
            note=planned.note,
            origin=planned.origin,
            **{link: pursuit_id},
        )
        session.add(row)
        rows.append((row, names[owner]))
    session.flush()
    return tuple(followup_view(row, name) for row, name in rows)


def _linked_open(session: Session, pursuit: str, pursuit_id: int) -> list[tuple[FollowUp, str]]:
    """The open (or snoozed) follow-ups planned for this pursuit, each with its owner's name."""
    column = getattr(FollowUp, f"{pursuit}_id")
    return [
        (row, name)
        for row, name in session.execute(
            select(FollowUp, Contact.full_name)
            .join(Contact, Contact.id == FollowUp.contact_id)
            .where(column == pursuit_id, FollowUp.status.in_(_OPEN))
            .order_by(FollowUp.due_date, FollowUp.id)
        )
    ]


def _close(
    row: FollowUp, name: str, status: FollowUpStatus, why: str, out: RuleOutcome
) -> tuple[FollowUpView, Changes]:
    """Close one follow-up and say so (`why`: "Taken off your follow-ups, now that …"); returns it
    as it is now, with what changed (for taking the move back)."""
    task = FOLLOWUP_TASKS.get(row.kind, "{name}: " + row.kind).format(name=name)
    due = row.snoozed_until or row.due_date
    out.nudge(
        "followup-withdrawn" if status == FollowUpStatus.DISMISSED else "followup-done",
        "info",
        f"{why}: {task[0].lower()}{task[1:]} (was due {say_day(due)}).",
        row.contact_id,
    )
    before = columns_of(row)
    row.status, row.snoozed_until, row.closed_at = status.value, None, clock.now_utc()
    return followup_view(row, name), changes_since(before, row)


def _where(stage: str, back: bool) -> str:
    return f"{'back ' if back else ''}at “{stage.replace('-', ' ')}”"


def _withdraw(
    session: Session, pursuit: str, pursuit_id: int, stage: str, back: bool, subject: str, out: RuleOutcome
) -> dict[int, tuple[FollowUpView, Changes]]:
    """Dismiss the open follow-ups planned for this pursuit that `stage` no longer calls for, and
    say so: `subject` names the pursuit in words ("your introduction to Kenji Tanaka")."""
    why = f"Taken off your follow-ups, now that {subject} is {_where(stage, back)}"
    return {
        row.id: _close(row, name, FollowUpStatus.DISMISSED, why, out)
        for row, name in _linked_open(session, pursuit, pursuit_id)
        if not rules.still_called_for(pursuit, row.origin, stage)
    }


def _settle(
    session: Session, pursuit: str, pursuit_id: int, stage: str, subject: str, out: RuleOutcome
) -> dict[int, tuple[FollowUpView, Changes]]:
    """Mark done the open follow-ups planned for this pursuit that reaching `stage` settles (the
    loop closed: thanking and telling everyone is done), and say which. Done, not dismissed: they
    were done, and stay as history."""
    why = f"Marked done, now that {subject} is {_where(stage, False)}"
    return {
        row.id: _close(row, name, FollowUpStatus.DONE, why, out)
        for row, name in _linked_open(session, pursuit, pursuit_id)
        if rules.settled_at(pursuit, row.origin, stage)
    }


def _result(
    session: Session,
    row: Introduction | Opportunity,
    before: dict[str, object],
    name: str,
    decided: RuleOutcome,
    created: tuple[FollowUpView, ...],
    withdrawn: dict[int, tuple[FollowUpView, Changes]],
    done: dict[int, tuple[FollowUpView, Changes]] | None = None,
) -> PursuitResult:
    """What a move did, with how to take it back (`before`: the pursuit's columns before it)."""
    done = done or {}
    session.flush()  # stamps updated_at
    if isinstance(row, Introduction):
        pursuit, view = "introduction", introduction_view(session, row)
    else:
        pursuit, view = "opportunity", opportunity_view(row)
    move = StageMove(
        pursuit, row.id, name, row.stage, changes_since(before, row), tuple(f.id for f in created),
        {followup_id: changes for followup_id, (_, changes) in withdrawn.items()},
        {followup_id: changes for followup_id, (_, changes) in done.items()},
    )  # fmt: skip
    return PursuitResult(
        view, tuple(decided.nudges), created,
        followups_withdrawn=tuple(followup for followup, _ in withdrawn.values()),
        followups_done=tuple(followup for followup, _ in done.values()),
        take_back=move,
    )  # fmt: skip


def _move_day(store: Store, day: dt.date | None) -> tuple[dt.date, dt.date]:
    """The day a move happened: today, or a day gone by; not ahead (the reminders it plans would
    wait for a move that has not happened). With today, in the user's zone."""
    today = today_for(store)
    day = day or today
    if day > today:
        raise ValidationError(f"A stage move can't be dated in the future ({day.isoformat()}): move it on that day.")
    return check_day(day, "A stage move's day"), today


def advance_introduction(
    store: Store, introduction_id: int, stage: str, *, outcome: str = "", day: dt.date | None = None
) -> PursuitResult:
    """Move an introduction on (or back) to `stage`, as the module says; `outcome`: what came of
    it, recorded even when it stays at the stage it is at."""
    check_intro_stage(stage)
    day, today = _move_day(store, day)
    with store.write() as session:
        intro = session.get(Introduction, introduction_id)
        if intro is None:
            raise NotFound(f"There is no introduction #{introduction_id}.")
        if stage == intro.stage and outcome in ("", intro.outcome):
            return PursuitResult(introduction_view(session, intro))
        introducer = person(load_contact(session, intro.introducer_id))
        introduced = person(load_contact(session, intro.introduced_id), with_ways=True)
        moved, back = stage != intro.stage, rules.moves_back("introduction", intro.stage, stage)
        before = columns_of(intro)
        about = f"your introduction to {introduced.name}"
        decided = RuleOutcome()
        if outcome:
            intro.outcome = outcome  # also at the same stage: what came of it, said better
        elif intro.outcome and rules.outcome_left_behind(intro.stage, stage):
            decided.nudge(
                "outcome-cleared",
                "info",
                f"{about[0].upper()}{about[1:]} is {_where(stage, back)}: the outcome “{intro.outcome}” was cleared.",
            )
            intro.outcome = ""
        intro.stage = stage
        working_days = load_settings(session).working_days
        if moved and not back:
            rules.introduction_advanced(introducer, introduced, stage, day, today, working_days, decided)
        elif moved and stage == IntroductionStage.OUTCOME.value:  # back from "loop closed": it is open again,
            rules.introduction_advanced(  # closing it due again
                introducer, introduced, stage, today, today, working_days, decided
            )
        withdrawn: dict[int, tuple[FollowUpView, Changes]] = {}
        done: dict[int, tuple[FollowUpView, Changes]] = {}
        if moved:
            withdrawn = _withdraw(session, "introduction", intro.id, stage, back, about, decided)
            done = _settle(session, "introduction", intro.id, stage, about, decided)
        created = _plan(session, decided, [introducer, introduced], "introduction_id", intro.id)
        name = f"the introduction of {introduced.name} by {introducer.name}"
        return _result(session, intro, before, name, decided, created, withdrawn, done)


def advance_opportunity(
    store: Store, opportunity_id: int, stage: str, *, day: dt.date | None = None
) -> PursuitResult:
    """Move an opportunity on (or back) to `stage`, as the module says."""
    check_opp_stage(stage)
    day, today = _move_day(store, day)
    with store.write() as session:
        opp = session.get(Opportunity, opportunity_id)
        if opp is None:
            raise NotFound(f"There is no opportunity #{opportunity_id}.")
        if stage == opp.stage:
            return PursuitResult(opportunity_view(opp))
        back = rules.moves_back("opportunity", opp.stage, stage)
        before = columns_of(opp)
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
        if not back:
            working_days = load_settings(session).working_days
            rules.opportunity_advanced(
                opp.company.name, opp.title, stage, manager_person, helpers, day, today, working_days, decided
            )
        about = f"{opp.title} at {opp.company.name}"
        withdrawn = _withdraw(session, "opportunity", opp.id, stage, back, about, decided)
        people = [manager_person, *helpers] if manager_person else helpers
        created = _plan(session, decided, people, "opportunity_id", opp.id)
        return _result(session, opp, before, about, decided, created, withdrawn)


def take_back_stage_move(store: Store, move: StageMove) -> int:
    """Undo one stage move, as if it had never been made; returns the pursuit's id. Refused when
    the pursuit has moved on since: that later move was decided on top of this one."""
    with store.write() as session:
        row = session.get(_MODELS[move.pursuit], move.pursuit_id)
        name = move.name[0].upper() + move.name[1:]
        if row is None:
            raise NotFound(f"{name} is no longer there: there is no move to take back.")
        if row.stage != move.stage:
            raise ValidationError(
                f"{name} has moved on to “{row.stage.replace('-', ' ')}” since; move it back from its page."
            )
        take_back_followups(session, move.followups_created, {**move.followups_withdrawn, **move.followups_done})
        put_back(row, move.changes)  # updated_at too: set outright, the update does not stamp it anew
        return row.id
