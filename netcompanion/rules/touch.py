"""What follows from one logged touch: patience, warming up, thanks, names, mood.

Nothing here touches the database. The operations gather the facts, ask these functions
what follows, and write the answer in the same transaction — so the command line, the
GUI and the tests all see the same behaviour.
"""

from __future__ import annotations

import datetime as dt

from netcompanion.domain import Channel, FollowUpKind, IntroductionStage, Mood, Stage
from netcompanion.rules.chase import is_chase, room_after, too_soon
from netcompanion.rules.common import (
    PlannedFollowUp,
    RuleOutcome,
    first_name,
    plural,
    say_day,
    working_day_from,
)
from netcompanion.rules.facts import (
    CHASE_ORIGINS,
    COOLDOWN_ORIGIN,
    THANK_YOU_ORIGIN,
    ContactState,
    TouchFacts,
    passed_already,
)
from netcompanion.rules.settling import followups_settled
from netcompanion.settings import Settings


def advice_not_job(contact: ContactState, touch: TouchFacts, out: RuleOutcome) -> None:
    """Rule 1 (and 4): ask for advice, ideas and names — not for a job."""
    who = first_name(contact.name)
    in_no_ask = contact.no_ask_until is not None and touch.day <= contact.no_ask_until
    if touch.asked_job:
        extra = (
            f" You re-connected recently: until {say_day(contact.no_ask_until)} let {who} bring up your search."
            if in_no_ask and contact.no_ask_until
            else ""
        )
        out.nudge(
            "advice-not-job",
            "warning",
            f'Asking {who} about jobs makes it easy to say "nothing open" and end the conversation. '
            f"Ask for advice, ideas and the names of people to talk to instead.{extra}",
            contact.id,
        )
    if touch.sent_resume and not (contact.has_met or touch.is_spoken):
        out.nudge(
            "advice-not-job",
            "warning",
            f"You haven't met {who} yet: a résumé up front turns a chance to talk into a job request. "
            "Offer a short conversation for advice first and bring the résumé only if asked.",
            contact.id,
        )


def patience(contact: ContactState, touch: TouchFacts, settings: Settings, out: RuleOutcome) -> None:
    """Rules 2 and 3: a cooldown after each unanswered attempt (`is_chase` says which tries are
    attempts); park after the limit. A try within the cooldown is warned about and changes nothing:
    the cooldown, its reminder and the count stay. The cooldown counts calendar days (room for the
    contact, weekends included); only the "try again" follow-up after it waits for a working day."""
    who = first_name(contact.name)
    if too_soon(contact, touch) and contact.cooldown_until is not None:
        until, next_attempt = contact.cooldown_until, f"attempt {contact.unanswered_attempts + 1} of {settings.attempt_limit}"
        if until < touch.not_before_today(until):  # filled in once that room had passed
            out.nudge("cooldown", "info", f"The same chase: this try came within the room your try before gave {who} "
                      f"(until {say_day(until)}), so it is not {next_attempt}. That room has passed: it's fine to "
                      "follow up now.", contact.id)  # fmt: skip
        else:
            out.nudge("cooldown", "warning", f"Too soon to chase: {who}'s cooldown after your last try runs until "
                      f"{say_day(until)}. This try is the same chase, not {next_attempt}: give {who} room until "
                      "then.", contact.id)  # fmt: skip
    elif is_chase(contact, touch):
        attempts = contact.unanswered_attempts + 1
        out.updates["unanswered_attempts"] = attempts
        until = room_after(attempts, touch.day, settings)
        if until is None:
            out.updates["parked_on"] = touch.day
            out.updates["cooldown_until"] = None
            message = (
                f"{attempts} tries without an answer: {who} is parked for now. "
                "Silence is an answer too — a reply from them brings them back."
            )
            if contact.colleagues:
                names = ", ".join(name for _, name in contact.colleagues[:3])
                message += f" At {contact.company} you could try {names} instead."
            out.nudge("give-up-gracefully", "suggestion", message, contact.id)
        else:
            out.updates["cooldown_until"] = until
            try_again = working_day_from(touch.not_before_today(until + dt.timedelta(days=1)), settings.working_days)
            room = f"Give {who} some room: attempt {attempts} of {settings.attempt_limit}."
            if until < touch.not_before_today(until):  # logged after the room it called for had passed
                room += " That room has passed already: it's fine to follow up now."
                if not contact.in_campaign and try_again > (touch.today or touch.day):  # logged on a day off
                    room += f" The reminder comes on {say_day(try_again)}, your next working day."
            elif contact.in_campaign or try_again == until + dt.timedelta(days=1):
                room += f" You'll be reminded after {say_day(until)} that it's fine to follow up."
            else:  # the day after the room is a day off: the reminder waits for the next working day
                room += (f" You'll be reminded on {say_day(try_again)}, the first working day after "
                         f"{say_day(until)}, that it's fine to follow up.")  # fmt: skip
            out.nudge("cooldown", "info", room, contact.id)
            if not contact.in_campaign:  # a campaign brings its members back by itself
                out.followups.append(
                    PlannedFollowUp(
                        FollowUpKind.FOLLOW_UP.value,
                        try_again,
                        f"No answer yet from {who}: it's fine to follow up now (attempt {attempts + 1}).",
                        COOLDOWN_ORIGIN,
                    )
                )
    elif touch.is_conversation:
        out.updates["unanswered_attempts"] = 0
        out.updates["cooldown_until"] = None
        if contact.parked:
            out.updates["parked_on"] = None
            out.nudge("give-up-gracefully", "info", f"{who} answered — no longer parked: {who} can come up on your call list again.", contact.id)


def warming(contact: ContactState, touch: TouchFacts, settings: Settings, out: RuleOutcome) -> None:
    """Stages move with real conversations; a cold contact gets a no-ask period (rule 4)."""
    if not touch.is_conversation:
        return
    if contact.stage == Stage.COLD:
        out.updates["stage"] = Stage.REWARMING.value
        if settings.no_ask_days > 0:  # 0 is "none" in Settings: no period, so nothing to hold back
            no_ask_period(contact, touch, settings, out)
    elif contact.stage == Stage.REWARMING and (
        touch.channel == Channel.MEETING or touch.mood == Mood.THRILLED
    ):
        out.updates["stage"] = Stage.WARM.value
    if touch.received_names and contact.stage in (Stage.WARM, Stage.REWARMING):
        out.updates["stage"] = Stage.ENGAGED.value
    new_stage = out.updates.get("stage", contact.stage)
    if new_stage in (Stage.WARM, Stage.ENGAGED) and contact.cadence_days is None:
        default = settings.engaged_cadence_days if new_stage == Stage.ENGAGED else settings.warm_cadence_days
        out.updates.setdefault("cadence_days", default)


def no_ask_period(contact: ContactState, touch: TouchFacts, settings: Settings, out: RuleOutcome) -> None:
    """Rule 4: after re-connecting, let them bring up the search for a while."""
    who = first_name(contact.name)
    until = touch.day + dt.timedelta(days=settings.no_ask_days)
    out.updates["no_ask_until"] = until
    if until < touch.not_before_today(until):  # logged after the whole period had passed
        advice = (f"You re-connected with {who}. The {settings.no_ask_days} days after it, in which to let "
                  f"{who} bring up your search, have passed already.")  # fmt: skip
    else:
        advice = (f"You re-connected with {who}. Until {say_day(until)}, don't bring up your search unless "
                  f"{who} asks — just catch up and ask what they're working on.")  # fmt: skip
    out.nudge("no-ask-period", "info", advice, contact.id)


def thanks_and_names(contact: ContactState, touch: TouchFacts, settings: Settings, out: RuleOutcome) -> None:
    """Rules 8 and 10: thank the next day (the next working day, when that is a day off); ask for
    names after a meeting."""
    if not touch.is_conversation:
        return
    who = first_name(contact.name)
    helpful = touch.channel == Channel.MEETING or touch.asked_advice or touch.received_names
    planned = [f.due for f in contact.open_followups if f.kind == FollowUpKind.THANK_YOU and f.due > touch.day]
    if helpful and planned:  # one note thanks for both (and the same meeting logged twice plans one)
        out.nudge("thank-you", "info", f"A thank-you note to {who} is already planned for {say_day(planned[0])}.",
                  contact.id)  # fmt: skip
    elif helpful:
        meant = touch.day + dt.timedelta(days=settings.thank_you_delay_days)
        due = touch.still_due(meant)
        if due is None:  # logged long after the meeting: a note now would thank for a moment long gone
            said = passed_already(f"A thank-you note to {who} was due", meant, touch.today or touch.day)
            out.nudge("thank-you", "info", said, contact.id)
        else:
            due = working_day_from(due, settings.working_days)  # after a Friday meeting: Monday
            out.followups.append(
                PlannedFollowUp(FollowUpKind.THANK_YOU.value, due, f"Thank {who} for their time.", THANK_YOU_ORIGIN)
            )
            out.nudge("thank-you", "info", f"A thank-you note to {who} is due {say_day(due)}.", contact.id)
    if touch.channel == Channel.MEETING and not touch.received_names:
        out.nudge(
            "ask-for-names",
            "suggestion",
            f"Did {who} suggest anyone else you should talk to? Add them as referrals from {who}.",
            contact.id,
        )


def mood(contact: ContactState, touch: TouchFacts, settings: Settings, out: RuleOutcome) -> None:
    """Rule 11: grasp the thrilled; give the indifferent a long cadence."""
    who = first_name(contact.name)
    if touch.mood == Mood.THRILLED:
        meant = touch.day + dt.timedelta(days=settings.thrilled_next_step_days)
        due = touch.still_due(meant)
        if due is None:  # logged long after: the moment to build on has gone
            lead = f"{who} was thrilled to hear from you. A next step (coffee, a call) was due by"
            out.nudge("grasp-the-thrilled", "info", passed_already(lead, meant, touch.today or touch.day), contact.id)
            return
        due = working_day_from(due, settings.working_days)
        out.followups.append(
            PlannedFollowUp(
                FollowUpKind.NEXT_STEP.value, due, f"Suggest coffee or send a note to {who}.", "thrilled"
            )
        )
        out.nudge(
            "grasp-the-thrilled",
            "suggestion",
            f"{who} was thrilled to hear from you — propose a next step (coffee, a call) by {say_day(due)}.",
            contact.id,
        )
    elif touch.mood == Mood.INDIFFERENT:
        out.updates["cadence_days"] = settings.indifferent_cadence_days
        out.nudge(
            "indifferent",
            "info",
            f"{who} seemed lukewarm; they move to a long keep-in-touch cadence "
            f"({settings.indifferent_cadence_days} days).",
            contact.id,
        )
    elif touch.mood == Mood.WARY:
        out.nudge(
            "wary",
            "suggestion",
            f"{who} seemed wary. Keep the next touch light and give something before asking anything.",
            contact.id,
        )


def introductions(contact: ContactState, touch: TouchFacts, settings: Settings, out: RuleOutcome) -> None:
    """Respect an introduction: count unanswered follow-ups, stop after 2–3, then close the loop."""
    who = first_name(contact.name)
    for intro in contact.open_introductions:
        if touch.is_conversation:
            if intro.stage in (IntroductionStage.REQUESTED, IntroductionStage.MADE):
                out.introductions[intro.id] = {
                    "stage": IntroductionStage.CONNECTED.value,
                    "unanswered_attempts": 0,
                }
                out.nudge(
                    "make-them-dispensable",
                    "suggestion",
                    f"You're talking to {who} directly now — let {intro.introducer_name} know it worked, "
                    "and keep their help to a short update instead of more asks.",
                    contact.id,
                )
            continue
        if not is_chase(contact, touch) or too_soon(contact, touch):  # a try within the cooldown: the same chase
            continue
        attempts = intro.unanswered_attempts + 1
        out.introductions[intro.id] = {"unanswered_attempts": attempts}
        if attempts >= settings.intro_attempt_limit:
            out.nudge(
                "respect-the-introduction",
                "warning",
                f"{attempts} follow-ups on {intro.introducer_name}'s introduction to {who} without an answer: "
                f"stop here. Thank {intro.introducer_name} for the introduction and let them know you'll leave "
                "it for now — pushing further strains their relationship too.",
                contact.id,
            )
        else:
            out.nudge(
                "respect-the-introduction",
                "info",
                f"Follow-up {attempts} of at most {settings.intro_attempt_limit} on "
                f"{intro.introducer_name}'s introduction: keep it short and friendly.",
                contact.id,
            )


def help_them(contact: ContactState, touch: TouchFacts, out: RuleOutcome) -> None:
    """Rule 14: learn their biggest challenge — it is how you can help them."""
    if not touch.is_conversation:
        return
    who = first_name(contact.name)
    if contact.biggest_challenge:
        out.nudge(
            "help-someone",
            "suggestion",
            f"{who}'s biggest challenge: {contact.biggest_challenge}. Could you help, or introduce someone who can? "
            "Log it as a favour when you do.",
            contact.id,
        )
    else:
        out.nudge(
            "help-someone",
            "suggestion",
            f"Did you ask {who} what their biggest challenge is right now? Note it on their card — "
            "it's how you can help them back.",
            contact.id,
        )


def stop_chasing(contact: ContactState, out: RuleOutcome) -> None:
    """Rule 3, continued: a contact parked by this touch is not chased any more. The rules' own
    follow-ups that would send the user after them again are dismissed. A later reply un-parks the
    contact and puts them back in the call list; these stay closed, as what they said ("no answer
    yet") is no longer true. The user's own follow-ups stay open."""
    if out.updates.get("parked_on") is None:
        return
    moot = [
        f.id
        for f in contact.open_followups
        if f.origin in CHASE_ORIGINS and f.id not in out.done_followups and f.id not in out.dismissed_followups
    ]
    if not moot:
        return
    out.dismissed_followups.extend(moot)
    who = first_name(contact.name)
    planned = f"{len(moot)} {plural('follow-up', len(moot))}"
    out.nudge(
        "follow-up-closed",
        "info",
        f"No more reminders to chase {who}: closed the {planned} the app had planned. "
        "Any you added yourself stay open.",
        contact.id,
    )


def history_only(contact: ContactState, touch: TouchFacts, out: RuleOutcome) -> bool:
    """A touch older than their latest one fills in the past: it changes nothing about where things
    stand now (attempts, cooldown, parking, stage, follow-ups) — three unanswered e-mails from years
    ago must not park someone you have talked to since."""
    latest = contact.last_touch_day
    if latest is None or touch.day >= latest:
        return False
    out.nudge(
        "history",
        "info",
        f"Logged as history: your latest touch with {first_name(contact.name)} was later, on {latest.isoformat()}, "
        "so this one changes nothing about when to get in touch.",
        contact.id,
    )
    return True


def after_touch(contact: ContactState, touch: TouchFacts, settings: Settings) -> RuleOutcome:
    """Everything that follows from one logged touch."""
    out = RuleOutcome()
    if history_only(contact, touch, out):
        return out
    advice_not_job(contact, touch, out)
    patience(contact, touch, settings, out)
    warming(contact, touch, settings, out)
    thanks_and_names(contact, touch, settings, out)
    mood(contact, touch, settings, out)
    introductions(contact, touch, settings, out)
    help_them(contact, touch, out)
    followups_settled(contact, touch, out)
    stop_chasing(contact, out)
    return out
