"""Rules around introductions, opportunities and favours: patience with introducers,
closing the loop, one pursuit per opportunity, turning a turndown into a meeting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netcompanion.domain import FollowUpKind, IntroductionStage, OpportunityStage
from netcompanion.rules.common import PlannedFollowUp, RuleOutcome, first_name, say_day, working_day_from
from netcompanion.rules.facts import passed_already, still_due

UPDATE_INTRODUCER_AFTER_DAYS = 14
FEEDBACK_MEETING_WITHIN_DAYS = 3
OUTCOME_STAGES = (
    OpportunityStage.TURNED_DOWN,
    OpportunityStage.OFFER,
    OpportunityStage.ACCEPTED,
    OpportunityStage.WITHDRAWN,
)
_INTRODUCTION_ORDER = tuple(IntroductionStage)
# How far an opportunity has gone: its outcomes are one step, each an end of the road.
_OPPORTUNITY_STEP = {
    OpportunityStage.EXPLORING: 0,
    OpportunityStage.APPLIED: 1,
    OpportunityStage.INTERVIEWING: 2,
    **{stage: 3 for stage in OUTCOME_STAGES},
}


def _from(stage: IntroductionStage) -> set[str]:
    return set(_INTRODUCTION_ORDER[_INTRODUCTION_ORDER.index(stage) :])


# Where what a rule planned (named by its origin) is still called for: a pursuit moved away from
# these stages no longer needs it. An origin not named here stays, whatever the stage.
_CALLED_FOR: dict[str, dict[str, set[str]]] = {
    "introduction": {
        "make-them-dispensable": _from(IntroductionStage.RELAYED),
        "close-the-loop": _from(IntroductionStage.OUTCOME),
    },
    "opportunity": {
        "turndown": {OpportunityStage.TURNED_DOWN},
        "close-the-loop": set(OUTCOME_STAGES),
    },
}


# What reaching a stage settles: the loop closed, the reminders to close it are done.
_SETTLED_AT: dict[str, dict[str, set[str]]] = {
    "introduction": {"close-the-loop": {IntroductionStage.CLOSED}},
}


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    do_not_introduce: bool = False
    on_file: tuple[str, ...] = ()  # direct ways to reach them the user has: "e-mail", "phone number"


def moves_back(pursuit: str, before: str, after: str) -> bool:
    """Whether going from stage `before` to `after` takes an "introduction" or "opportunity" back:
    a correction, which plans nothing (what the stage asks for was planned when it was first reached)."""
    if pursuit == "introduction":
        order = _INTRODUCTION_ORDER
        return order.index(IntroductionStage(after)) < order.index(IntroductionStage(before))
    return _OPPORTUNITY_STEP[OpportunityStage(after)] < _OPPORTUNITY_STEP[OpportunityStage(before)]


def still_called_for(pursuit: str, origin: str, stage: str) -> bool:
    """Whether a follow-up a rule (`origin`) planned for a pursuit still makes sense at `stage`: a
    note to the introducer about a relay, or a feedback meeting after a turndown, does not once the
    pursuit is back before it (or, for an opportunity, at another outcome)."""
    stages = _CALLED_FOR[pursuit].get(origin)
    return stages is None or stage in stages


def settled_at(pursuit: str, origin: str, stage: str) -> bool:
    """Whether reaching `stage` means what a rule (`origin`) planned for the pursuit has been done:
    once the user has closed the loop, the reminders to thank and tell everyone are no longer due."""
    return stage in _SETTLED_AT.get(pursuit, {}).get(origin, set())


def outcome_left_behind(before: str, after: str) -> bool:
    """Whether an introduction moved from stage `before` to `after` goes back before its outcome:
    what came of it has not come yet, so the text saying so no longer fits."""
    reached = _from(IntroductionStage.OUTCOME)
    return before in reached and after not in reached


def do_not_introduce(people: list[Person], out: RuleOutcome) -> None:
    """Rule 15: warn before introducing someone on the user's do-not-introduce list."""
    for person in people:
        if person.do_not_introduce:
            out.nudge(
                "do-not-introduce",
                "warning",
                f"{person.name} is on your do-not-introduce list. Are you sure you want to vouch for them?",
                person.id,
            )


def avoid_competition(company: str, title: str, active: list[tuple[str, str]], out: RuleOutcome) -> None:
    """Rule 5: one active pursuit per opportunity at a company.

    `active` lists (title, pursued-through name) of the other active pursuits at the company.
    """
    same = [who for other, who in active if other.casefold() == title.casefold()]
    if same:
        through = f" through {same[0]}" if same[0] else ""
        out.nudge(
            "avoid-competition",
            "warning",
            f'You are already pursuing "{title}" at {company}{through}. Two approaches to one opening '
            "compete with each other and can embarrass the people helping you.",
        )


def introduction_advanced(
    introducer: Person,
    introduced: Person,
    stage: str,
    day: dt.date,
    today: dt.date,
    working_days: str,
    out: RuleOutcome,
) -> None:
    """Rules 6 and 7: make the introducer dispensable; close the loop at the outcome. `day`: when
    it moved; `today`: when the move is noted (a day gone by plans nothing already overdue);
    `working_days` (Settings'): what it plans comes up on one of them."""
    if stage == IntroductionStage.RELAYED:
        meant = day + dt.timedelta(days=UPDATE_INTRODUCER_AFTER_DAYS)
        due = _on_a_working_day(still_due(meant, today), working_days)
        them, helper = first_name(introduced.name), first_name(introducer.name)
        if introduced.on_file:
            direct = (f"You have their {' and '.join(introduced.on_file)}: from now on reach {them} directly, "
                      f"so {helper} no longer has to relay")  # fmt: skip
        else:
            direct = f"Note a direct way to reach them (e-mail or phone), so {helper} no longer has to relay"
        if due is None:  # relayed long ago: an update "by" weeks back would only be overdue
            update = f". {passed_already(f'A short, positive update for {helper} was due by', meant, today)}"
        else:
            update = f" — and send {helper} a short, positive update by {say_day(due)}."
        out.nudge("make-them-dispensable", "suggestion", f"{them} has your message. {direct}{update}", introduced.id)
        if due is not None:
            out.followups.append(
                PlannedFollowUp(
                    FollowUpKind.UPDATE_INTRODUCER.value,
                    due,
                    f"A short update for {introducer.name} on how it went with {introduced.name} — no asks.",
                    "make-them-dispensable",
                    introducer.id,
                )
            )
    elif stage == IntroductionStage.OUTCOME:
        close_the_loop(
            [
                (introducer, f"Thank {introducer.name} and tell them how their introduction to {introduced.name} "
                             "turned out."),
                (introduced, f"Thank {introduced.name} for talking with you and tell them how it went."),
            ],
            day,
            today,
            working_days,
            out,
        )  # fmt: skip


def _on_a_working_day(due: dt.date | None, working_days: str) -> dt.date | None:
    """The day a follow-up due `due` comes up: that day, or the next working day after a day off."""
    return None if due is None else working_day_from(due, working_days)


def close_the_loop(
    notes: list[tuple[Person, str]], day: dt.date, today: dt.date, working_days: str, out: RuleOutcome
) -> None:
    """Rule 6: thank and inform everyone who helped, whatever the outcome. Each person comes with
    what to tell them: the introducer is told how their introduction turned out, the person
    introduced is thanked for talking (both read "your introduction to" the person introduced).
    Due the day after the outcome, or the first working day after it."""
    meant = day + dt.timedelta(days=1)
    due = _on_a_working_day(still_due(meant, today), working_days)
    names = " and ".join(p.name for p, _ in notes)
    if due is None:  # an outcome long ago: thanks for it now would come out of the blue
        if notes:
            out.nudge("close-the-loop", "info", passed_already(f"Closing the loop with {names} was due by", meant, today))
        return
    for who, note in notes:
        out.followups.append(PlannedFollowUp(FollowUpKind.CLOSE_LOOP.value, due, note, "close-the-loop", who.id))
    if notes:
        out.nudge(
            "close-the-loop",
            "suggestion",
            f"Close the loop: thank {names} and tell them the outcome — a no included.",
        )


def opportunity_advanced(
    company: str,
    title: str,
    stage: str,
    hiring_manager: Person | None,
    helpers: list[Person],
    day: dt.date,
    today: dt.date,
    working_days: str,
    out: RuleOutcome,
) -> None:
    """Rules 6 and 9: a turndown becomes a feedback meeting; every outcome closes the loop. `day`:
    when it moved; `today`: when the move is noted (a day gone by plans nothing already overdue);
    `working_days` (Settings'): what it plans comes up on one of them."""
    if stage == OpportunityStage.TURNED_DOWN:
        meant = day + dt.timedelta(days=FEEDBACK_MEETING_WITHIN_DAYS)
        due = _on_a_working_day(still_due(meant, today), working_days)
        if hiring_manager is not None and due is not None:
            out.followups.append(
                PlannedFollowUp(
                    FollowUpKind.FEEDBACK_MEETING.value,
                    due,
                    f"Ask {hiring_manager.name} for 20 minutes of feedback and who else you should meet.",
                    "turndown",
                    hiring_manager.id,
                )
            )
        if hiring_manager is not None:
            known = f"{hiring_manager.name} now knows you. Ask for a short feedback meeting"
        else:  # "the hiring manager now knows you" claimed more than the app knew
            known = "the people you met there now know you. Ask the hiring manager for a short feedback meeting"
        said = (f"Not this time at {company} — but {known}: what would have made the difference, and whom else "
                "should you talk to?")  # fmt: skip
        if due is None:  # turned down long ago: asking for feedback now would come out of the blue
            with_whom = hiring_manager.name if hiring_manager is not None else "the hiring manager"
            said = f"Not this time at {company}. {passed_already(f'A feedback meeting with {with_whom} was due by', meant, today)}"
        out.nudge(
            "turndown-to-meeting", "suggestion" if due else "info", said, hiring_manager.id if hiring_manager else None
        )
    if stage in OUTCOME_STAGES:
        about = f"the {title} opening at {company}"
        notes = [(p, f"Thank {p.name} and tell them how {about} turned out.") for p in helpers]
        close_the_loop(notes, day, today, working_days, out)
