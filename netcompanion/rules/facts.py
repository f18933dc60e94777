"""What the touch rules read: the touch being logged and where things stand with the contact.

Plain frozen data, gathered by the operations in one transaction (see operations.touches.contact_state).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netcompanion.domain import CONVERSATION_OUTCOMES, Channel, Direction, Outcome

_WRITTEN = "as no reply, or as replied once they write back."

# The origin of the rules' own "it's fine to follow up now" follow-up after a cooldown.
COOLDOWN_ORIGIN = "cooldown"
# Follow-ups the rules made to send the user after a contact again: the "try again" after a cooldown
# (rule 2), the next step after a thrilled call (rule 11), the feedback meeting after a turndown (rule 9).
# Parking the contact closes them. A thank-you, a promise to keep or a loop to close is not a chase and
# stays; so does every follow-up the user added by hand.
CHASE_ORIGINS = frozenset({COOLDOWN_ORIGIN, "thrilled", "turndown"})
# The origin of the thank-you a meeting or a helpful call plans for the next day (rule 8).
THANK_YOU_ORIGIN = "thank-you"

# How long after the day a rule meant a thank-you or a next step for it is still worth doing (both
# are meant within days of the conversation, rules 8 and 11): a note a few days late beats none, but
# one for a meeting months ago would only be a pile of overdue reminders for a moment long gone. The
# same holds for what a stage move filled in late plans (an update to the introducer, closing the loop,
# a feedback meeting).
LATE_FOLLOW_UP_DAYS = 7


def still_due(day: dt.date, today: dt.date) -> dt.date | None:
    """The day a follow-up meant for `day`, planned `today`, comes up: that day, or today when it
    passed at most `LATE_FOLLOW_UP_DAYS` ago; None when its time is long gone."""
    if day < today - dt.timedelta(days=LATE_FOLLOW_UP_DAYS):
        return None
    return max(day, today)


def passed_already(lead: str, meant: dt.date, today: dt.date) -> str:
    """Why a follow-up filled in late is not planned (see `still_due`): `lead` ends where the day goes,
    "A thank-you note to Kim was due"."""
    from netcompanion.rules.common import say_day_near

    return f"{lead} {say_day_near(meant, today)}; that has passed already, so none is planned."

# Touches that can't have happened, by channel: the outcomes it can't have had and what to log
# instead. A voicemail counted as a conversation would warm the contact up and plan a next step; a
# note, an e-mail or a message has nobody to pick up, so "no answer" (a call's) does not fit them, and
# a note is not a conversation on the spot either. A meeting or a talk at an event is a conversation:
# "no answer" or "no reply" would count it as a try that went unanswered, toward parking the person.
# (An e-mail or a message "reached" them when you wrote back and forth: a conversation, as imported
# LinkedIn messages have it.)
_MET = "log it as reached; one that did not happen is not a touch (a follow-up can hold the new date)."
IMPOSSIBLE_OUTCOMES: dict[str, tuple[frozenset[str], str]] = {
    Channel.VOICEMAIL: (
        frozenset({*CONVERSATION_OUTCOMES, Outcome.NO_REPLY}),
        "A voicemail means you didn't reach them: log it as no answer, or log the call or their message if you "
        "spoke or they replied.",
    ),
    Channel.CALL: (frozenset({Outcome.NO_REPLY}), "A call nobody picked up is logged as no answer."),
    Channel.NOTE: (frozenset({Outcome.NO_ANSWER, Outcome.REACHED}),
                   f"A handwritten note isn't answered on the spot: log it {_WRITTEN}"),
    Channel.EMAIL: (frozenset({Outcome.NO_ANSWER}), f"No answer is for a call nobody picked up: log an e-mail {_WRITTEN}"),
    Channel.MESSAGE: (frozenset({Outcome.NO_ANSWER}), f"No answer is for a call nobody picked up: log a message {_WRITTEN}"),
    Channel.MEETING: (frozenset({Outcome.NO_ANSWER, Outcome.NO_REPLY}), f"A meeting is a conversation: {_MET}"),
    Channel.EVENT: (frozenset({Outcome.NO_ANSWER, Outcome.NO_REPLY}),
                    f"Talking to someone at an event is a conversation: {_MET}"),
}  # fmt: skip


def why_impossible(channel: str, outcome: str) -> str | None:
    """What is wrong with this channel and outcome together (and what to log instead), or None when they fit."""
    refused, why = IMPOSSIBLE_OUTCOMES.get(channel, (frozenset(), ""))
    return why if outcome in refused else None


@dataclass(frozen=True)
class TouchFacts:
    channel: str
    outcome: str
    day: dt.date
    direction: str = Direction.OUTBOUND.value
    mood: str | None = None
    asked_job: bool = False
    asked_advice: bool = False
    sent_resume: bool = False
    received_names: bool = False
    today: dt.date | None = None  # when it is logged (None: on its own day)

    def not_before_today(self, day: dt.date) -> dt.date:
        """A follow-up planned from a touch logged days later comes up today, not already overdue."""
        return max(day, self.today or self.day)

    def still_due(self, day: dt.date) -> dt.date | None:
        """The day a follow-up this conversation calls for, meant for `day`, comes up (see the module's
        `still_due`); None when its time is long gone."""
        return still_due(day, self.today or self.day)

    @property
    def is_conversation(self) -> bool:
        return self.outcome in (Outcome.REACHED, Outcome.REPLIED)

    @property
    def is_unanswered(self) -> bool:
        """An outbound try that got no answer. A handwritten note expects none, so it never counts."""
        return (
            self.direction == Direction.OUTBOUND
            and self.outcome in (Outcome.NO_ANSWER, Outcome.NO_REPLY)
            and self.channel != Channel.NOTE
        )

    @property
    def is_spoken(self) -> bool:
        """A conversation by voice or face to face, not in writing."""
        return self.is_conversation and self.channel in (Channel.CALL, Channel.MEETING, Channel.EVENT)

    @property
    def is_written(self) -> bool:
        return self.direction == Direction.OUTBOUND and self.channel in (
            Channel.NOTE,
            Channel.EMAIL,
            Channel.MESSAGE,
        )


@dataclass(frozen=True)
class ContactState:
    id: int
    name: str
    stage: str
    unanswered_attempts: int = 0
    parked: bool = False
    cooldown_until: dt.date | None = None
    no_ask_until: dt.date | None = None
    cadence_days: int | None = None
    company: str = ""
    has_met: bool = False  # any earlier conversation or meeting with them
    colleagues: tuple[tuple[int, str], ...] = ()  # other reachable contacts at the same company
    in_campaign: bool = False  # an active campaign brings them back after a cooldown
    biggest_challenge: str = ""
    open_introductions: tuple[IntroductionState, ...] = ()  # introductions that led to this contact
    open_followups: tuple[OpenFollowUpState, ...] = ()  # their open or snoozed follow-ups, due any day
    last_touch_day: dt.date | None = None  # the day of their latest touch so far
    last_conversation_day: dt.date | None = None  # the day they last answered or talked with the user


@dataclass(frozen=True)
class IntroductionState:
    id: int
    introducer_name: str
    stage: str
    unanswered_attempts: int


@dataclass(frozen=True)
class OpenFollowUpState:
    id: int
    kind: str
    due: dt.date  # the day it comes up: its due date, or the end of its snooze
    origin: str = "manual"  # the rule that made it, or "manual"
