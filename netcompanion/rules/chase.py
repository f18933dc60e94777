"""Which unanswered touches chase a contact (rules 2 and 3), and which only keep in touch.

A call nobody picked up asked for an answer. A note, e-mail or message with no reply often asks for
none: the thank-you rule 8 wants, what the user promised to send, a note in the days after talking,
a keep-in-touch or personal-round note (rules 12 and 13) to someone the user is not chasing. Counted
as unanswered tries, those started a cooldown that hid the next step for a week and parked people
who had been thrilled to hear from the user.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from netcompanion.domain import FollowUpKind, Stage
from netcompanion.rules.facts import ContactState, TouchFacts
from netcompanion.rules.settling import settles
from netcompanion.settings import Settings

# A note written this many days after a conversation belongs to it (a thank-you, the article they
# mentioned, the proposed coffee): it answers that talk and asks for nothing.
NOTE_AFTER_TALK_DAYS = 7
# Follow-ups that owe the contact something; writing to them pays it, and no reply is owed back.
_OWED = frozenset({FollowUpKind.THANK_YOU, FollowUpKind.SEND_PROMISED})


def _pays_what_is_owed(contact: ContactState, touch: TouchFacts) -> bool:
    return any(f.kind in _OWED and settles(f, touch) for f in contact.open_followups)


def _in_a_chase(contact: ContactState) -> bool:
    """Tries without an answer since they last answered: further tries are part of that chase."""
    return contact.unanswered_attempts > 0 or contact.parked


def _soon_after_talking(contact: ContactState, touch: TouchFacts) -> bool:
    talked = contact.last_conversation_day
    return talked is not None and talked <= touch.day <= talked + dt.timedelta(days=NOTE_AFTER_TALK_DAYS)


def _keeps_in_touch(contact: ContactState, touch: TouchFacts) -> bool:
    """A note to a warm contact (their cadence, the personal round), or one that settles a
    keep-in-touch follow-up."""
    if contact.stage in (Stage.WARM, Stage.ENGAGED):
        return True
    return any(f.kind == FollowUpKind.KEEP_IN_TOUCH and settles(f, touch) for f in contact.open_followups)


def is_chase(contact: ContactState, touch: TouchFacts) -> bool:
    """An unanswered try that asked for an answer: it starts a cooldown and counts toward parking.
    A written one does not when it pays what was owed (a thank-you, what was promised), or, while
    nobody is being chased, follows a conversation within days or keeps a warm contact in touch."""
    if not touch.is_unanswered:
        return False
    if not touch.is_written:  # a call or a voicemail nobody picked up
        return True
    if _pays_what_is_owed(contact, touch):
        return False
    if _in_a_chase(contact):
        return True
    return not (_soon_after_talking(contact, touch) or _keeps_in_touch(contact, touch))


def too_soon(contact: ContactState, touch: TouchFacts) -> bool:
    """An unanswered try made within the room the last one called for: the same chase again, not
    patience running out, so it is no further attempt toward parking (three e-mails in a minute
    parked someone). A try filled in later is judged by the day it was made, as a live one: three
    calls on one day, logged a week on, are one chase, not three tries."""
    return (
        is_chase(contact, touch)
        and contact.unanswered_attempts > 0
        and contact.cooldown_until is not None
        and touch.day <= contact.cooldown_until
    )


def room_after(attempts: int, day: dt.date, settings: Settings) -> dt.date | None:
    """The last day of the cooldown the `attempts`-th unanswered try, made on `day`, calls for;
    None when that try reaches the attempt limit and parks them instead."""
    if attempts >= settings.attempt_limit:
        return None
    return day + dt.timedelta(days=settings.cooldown_for_attempt(attempts))


def tries_to_reach(contact: ContactState, touches: Iterable[TouchFacts], settings: Settings) -> tuple[int, int | None]:
    """How many of `touches` (in the order they were made, from where `contact` stands before the
    first) tried to reach them as the patience rules count tries, and the place of the first
    conversation among them (None: not reached). The conversation is a try that got through; an
    unanswered try counts when it is a chase and not the same chase again within the room the try
    before gave them — a campaign's reach rate counted three calls in one afternoon as three."""
    tries = 0
    for place, touch in enumerate(touches):
        if touch.is_conversation:
            return tries + 1, place
        if not is_chase(contact, touch) or too_soon(contact, touch):
            continue
        tries += 1
        attempts = contact.unanswered_attempts + 1
        until = room_after(attempts, touch.day, settings)
        contact = replace(contact, unanswered_attempts=attempts, cooldown_until=until, parked=contact.parked or until is None)
    return tries, None
