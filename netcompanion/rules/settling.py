"""Which follow-ups a logged touch settles: those it answers are done, and a "try again" that a new
try's cooldown replaces is dismissed. Pure, like the other rules."""

from __future__ import annotations

from netcompanion.domain import FollowUpKind
from netcompanion.rules.common import RuleOutcome
from netcompanion.rules.facts import (
    COOLDOWN_ORIGIN,
    THANK_YOU_ORIGIN,
    ContactState,
    OpenFollowUpState,
    TouchFacts,
)

# Which touch settles which kind of follow-up. Any try, answered or not, settles those that only
# ask the user to get in touch (a new cooldown takes over after an unanswered one). The others ask
# for something a touch may or may not have done, so only the touch that can do it settles them:
# a thank-you, the loop closed or a feedback meeting asked for is said or written, never left on a
# voicemail; what was promised is sent, not talked about.
_ANY_TRY = frozenset({FollowUpKind.FOLLOW_UP, FollowUpKind.NEXT_STEP, FollowUpKind.KEEP_IN_TOUCH})
_SENT_ONLY = frozenset({FollowUpKind.SEND_PROMISED})


def settles(followup: OpenFollowUpState, touch: TouchFacts) -> bool:
    """Whether this touch does what the follow-up asks (see `_ANY_TRY`). Of those still ahead, a
    conversation settles the "no answer yet, try again": it has its answer. A note, e-mail or message
    sent settles the thank-you still ahead that a conversation planned: written the evening of the
    meeting, it is the thank-you (a touch older than that conversation is history only)."""
    if followup.due > touch.day:
        answered = touch.is_conversation and followup.origin == COOLDOWN_ORIGIN
        thanked = touch.is_written and followup.origin == THANK_YOU_ORIGIN
        return answered or thanked
    if followup.kind in _ANY_TRY:
        return touch.is_conversation or touch.is_written or touch.is_unanswered
    if followup.kind in _SENT_ONLY:
        return touch.is_written
    return touch.is_spoken or touch.is_written


def followups_settled(contact: ContactState, touch: TouchFacts, out: RuleOutcome) -> None:
    """Mark done the follow-ups this touch settles; dismiss the "try again" still ahead that a new
    try's cooldown replaces (it plans its own)."""
    for followup in contact.open_followups:
        if settles(followup, touch):
            out.done_followups.append(followup.id)
        elif (
            followup.due > touch.day
            and followup.origin == COOLDOWN_ORIGIN
            and touch.is_unanswered
            and out.updates.get("cooldown_until")
        ):
            out.dismissed_followups.append(followup.id)
