"""The words of the domain, in one place: stages, channels, outcomes, kinds.

Stored as plain strings (portable to any SQL database) and checked by CHECK
constraints built from these tuples, so the schema and the code can't disagree.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class Stage(StrEnum):
    COLD = "cold"
    REWARMING = "re-warming"
    WARM = "warm"
    ENGAGED = "engaged"


class Channel(StrEnum):
    CALL = "call"
    VOICEMAIL = "voicemail"
    EMAIL = "email"
    MESSAGE = "message"
    MEETING = "meeting"
    NOTE = "note"  # a handwritten note
    EVENT = "event"


class Direction(StrEnum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class Outcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no-answer"
    REPLIED = "replied"
    NO_REPLY = "no-reply"


class Mood(StrEnum):
    THRILLED = "thrilled"
    NEUTRAL = "neutral"
    INDIFFERENT = "indifferent"
    WARY = "wary"


class FollowUpKind(StrEnum):
    FOLLOW_UP = "follow-up"
    THANK_YOU = "thank-you"
    CLOSE_LOOP = "close-the-loop"
    KEEP_IN_TOUCH = "keep-in-touch"
    FEEDBACK_MEETING = "feedback-meeting"
    SEND_PROMISED = "send-promised"
    NEXT_STEP = "next-step"
    UPDATE_INTRODUCER = "update-introducer"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"


class IntroductionStage(StrEnum):
    REQUESTED = "requested"
    MADE = "made"
    CONNECTED = "connected"
    RELAYED = "message-relayed"
    INTRODUCER_OUT = "introducer-out-of-loop"
    OUTCOME = "outcome"
    CLOSED = "loop-closed"


class OpportunityStage(StrEnum):
    EXPLORING = "exploring"
    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    TURNED_DOWN = "turned-down"
    OFFER = "offer"
    ACCEPTED = "accepted"
    WITHDRAWN = "withdrawn"


ACTIVE_OPPORTUNITY_STAGES = (
    OpportunityStage.EXPLORING,
    OpportunityStage.APPLIED,
    OpportunityStage.INTERVIEWING,
    OpportunityStage.OFFER,
)


class FavourKind(StrEnum):
    INTRODUCTION = "introduction"
    ADVICE = "advice"
    HELP = "help"
    REFERRAL = "referral"
    OTHER = "other"


class EventKind(StrEnum):
    JOB_CHANGE = "job-change"
    TITLE_CHANGE = "title-change"
    NOTE = "note"


CHANNEL_CHOICES = tuple(c.value for c in Channel)
OUTCOME_CHOICES = tuple(o.value for o in Outcome)
MOOD_CHOICES = tuple(m.value for m in Mood)
FOLLOWUP_KIND_CHOICES = tuple(k.value for k in FollowUpKind)
# What each kind of follow-up asks the user to do, with the contact's name.
FOLLOWUP_TASKS = {
    "follow-up": "Follow up with {name}",
    "thank-you": "Send {name} a thank-you note",
    "close-the-loop": "Close the loop with {name}",
    "keep-in-touch": "Keep in touch with {name}",
    "feedback-meeting": "Ask {name} for a feedback meeting",
    "send-promised": "Send {name} what you promised",
    "next-step": "Propose a next step to {name}",
    "update-introducer": "Tell {name} how their introduction went",
}
STAGE_CHOICES = tuple(s.value for s in Stage)
# The longest keep-in-touch cadence: far beyond any use, still a date the calendar can reach.
CADENCE_DAYS_MAX = 1_000_000
# Every day a user can give (a follow-up, a snooze, a touch, a campaign's start) lies in this range: wide
# enough for any real history or plan, far enough from the calendar's ends (years 1 and 9999) that
# adding a cadence, a week or a time zone to it can't fall off them.
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)

# A touch the contact took part in: it counts as a conversation (and keeps them in touch: see
# operations.today.KEEPS_IN_TOUCH).
CONVERSATION_OUTCOMES = (Outcome.REACHED, Outcome.REPLIED)
