"""The call list's words: reasons in plain language and openers that follow the rules.

Kept apart from the ranking so the wording can change (or be translated) without touching
the order, and the order without touching the words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netcompanion.domain import FollowUpKind
from netcompanion.rules.common import first_name, say_count, say_day

KIND_FOLLOW_UP = "follow-up"
KIND_CAMPAIGN = "campaign"
KIND_KEEP_IN_TOUCH = "keep-in-touch"
KIND_JOB_CHANGE = "job-change"

FOLLOW_UP_LABELS = {
    FollowUpKind.FOLLOW_UP.value: "follow-up",
    FollowUpKind.THANK_YOU.value: "thank-you note",
    FollowUpKind.CLOSE_LOOP.value: "close-the-loop note",
    FollowUpKind.KEEP_IN_TOUCH.value: "keep-in-touch call",
    FollowUpKind.FEEDBACK_MEETING.value: "feedback meeting request",
    FollowUpKind.SEND_PROMISED.value: "promise to keep",  # "promise to keep due since Friday: the deck"
    FollowUpKind.NEXT_STEP.value: "next step",
    FollowUpKind.UPDATE_INTRODUCER.value: "update for your introducer",
}
CLOSENESS_WORDS = {5: "very close", 4: "strong tie", 3: "friendly tie", 2: "loose tie", 1: "distant tie"}
VALUE_WORDS = {5: "very high value", 4: "high value", 3: "good value", 2: "some value", 1: "low value"}


def say_span(days: int) -> str:
    """ "3 days", "5 weeks", "4 months", "2 years"."""
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    if days < 60:
        return f"{days // 7} weeks"
    if days < 730:  # never "24 months" just short of "2 years"
        return f"{max(2, min(23, round(days * 12 / 365)))} months"
    return f"{days // 365} years"


def say_ago(days: int) -> str:
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{say_span(days)} ago"


def say_since(due: dt.date, day: dt.date) -> str:
    """ "since Tuesday" within the last week, "since Tue 3 Nov" within the year, else with the year."""
    gap = (day - due).days
    if gap == 1:
        return "since yesterday"
    if gap < 7:
        return f"since {due:%A}"
    return f"since {say_day(due)}" + (f" {due.year}" if gap > 300 else "")


def touch_words(since: int | None, tried: int | None = None, wrote: int | None = None) -> str:
    """ "last spoke 2 years ago"; without a conversation, the last try when there was one: "no
    conversation logged yet" read as if nothing had been, beside Contacts' "last touch 7 years ago".
    Something written to them since (`wrote`, days ago: a note, an e-mail, a message) comes first: "last wrote 2 weeks ago; last spoke
    2 years ago" — the keep-in-touch clock counts from it."""
    if wrote is not None:
        spoke = "no conversation yet" if since is None else f"last spoke {say_ago(since)}"
        return f"last wrote {say_ago(wrote)}; {spoke}"
    if since is not None:
        return f"last spoke {say_ago(since)}"
    return "no conversation logged yet" if tried is None else f"no conversation yet; last try {say_ago(tried)}"


def tie_words(
    closeness: int | None,
    value: int | None,
    since: int | None,
    tried: int | None = None,
    wrote: int | None = None,
    *,
    touch: bool = True,
) -> str:
    """ "strong tie, high value, last spoke 2 years ago" (`since`, `tried`, `wrote`: days since the last
    conversation, the last touch of any kind and a later note or e-mail sent, see `touch_words`); without
    `touch`, only the tie ("" if unrated)."""
    parts = []
    if closeness in CLOSENESS_WORDS:
        parts.append(CLOSENESS_WORDS[closeness])
    if value in VALUE_WORDS:
        parts.append(VALUE_WORDS[value])
    if touch:
        parts.append(touch_words(since, tried, wrote))
    return ", ".join(parts)


def followup_reason(kind: str, due: dt.date, note: str, day: dt.date, at: dt.time | None = None) -> str:
    """ "thank-you note due since Tuesday", "promise to keep due today at 14:30: the deck"."""
    label = FOLLOW_UP_LABELS.get(kind, kind)
    when = "today" if due >= day else say_since(due, day)
    text = f"{label} due {when}" + (f" at {at:%H:%M}" if at is not None and due >= day else "")
    return f"{text}: {note}" if note else text


def opener(
    entry_kind: str,
    *,
    name: str,
    company: str,
    biggest_challenge: str,
    no_ask_until: dt.date | None,
    job_change: bool,
    day: dt.date,
    new_title: str = "",
    followup_kind: str | None,
) -> str:
    """A short suggested opener that follows the rules: advice not jobs, their challenge, no asks early."""
    who = first_name(name)
    lines: list[str] = []
    if followup_kind == FollowUpKind.THANK_YOU:
        lines.append(f"Thank {who} for their time and mention one thing you have already acted on.")
    elif followup_kind == FollowUpKind.CLOSE_LOOP:
        lines.append(f"Thank {who} and tell them how it turned out — a no included.")
    elif followup_kind == FollowUpKind.UPDATE_INTRODUCER:
        lines.append(f"A short, positive update for {who} on how the introduction went — no asks.")
    elif followup_kind == FollowUpKind.FEEDBACK_MEETING:
        lines.append(f"Ask {who} for 20 minutes of feedback and whom else you should meet.")
    elif followup_kind == FollowUpKind.SEND_PROMISED:
        lines.append(f"Send {who} what you promised first; any catching up can follow.")
    elif followup_kind == FollowUpKind.NEXT_STEP:
        lines.append(f"{who} was glad to hear from you: suggest coffee or a proper call.")
    if job_change and new_title:
        lines.append(f"Congratulate {who} on becoming {new_title} and ask what it changes for them.")
    elif job_change:
        place = f" at {company}" if company else ""
        lines.append(f"Congratulate {who} on the new role{place} and ask how it is going so far.")
    elif entry_kind in (KIND_CAMPAIGN, KIND_KEEP_IN_TOUCH) and not lines:
        lines.append(
            f"Catch up: ask {who} what they are working on and what their biggest challenge is right now."
        )
    if biggest_challenge:
        lines.append(f'Last time: "{biggest_challenge}". Ask how it is going — can you help?')
    if no_ask_until is not None and day <= no_ask_until:
        lines.append(f"No job talk until {say_day(no_ask_until)} unless {who} brings it up.")
    elif not lines or entry_kind != KIND_FOLLOW_UP:
        lines.append("Ask for advice and ideas, not for a job — and whom else you should talk to.")
    return " ".join(lines)


@dataclass(frozen=True)
class DueToday:
    """What a day holds, each thing counted once: the calls on the list, how many of those calls are
    for a follow-up due, and the follow-ups due for people who are not on the list (in cooldown,
    already called today, or beyond the day's calls). The digest said "10 calls, 1 follow-up due"
    when that follow-up was one of the ten calls."""

    calls: int
    with_followup: int = 0  # of `calls`
    other_followups: int = 0  # not for anyone on the list

    @property
    def to_do(self) -> int:
        """Everything to act on today: the calls and the follow-ups besides them."""
        return self.calls + self.other_followups


def say_due_today(due: DueToday) -> str:
    """ "10 calls (1 with a follow-up due) and 2 more follow-ups due": the digest's and the tray's words."""
    if due.calls == 0:
        return f"{say_count(due.other_followups, 'follow-up')} due" if due.other_followups else "nothing due"
    text = say_count(due.calls, "call")
    if due.with_followup:
        if due.with_followup < due.calls:
            which = f"{due.with_followup:,} with"
        else:  # "1 call (with a follow-up due)", "2 calls (both with …)", "5 calls (all with …)"
            which = {1: "with", 2: "both with"}.get(due.calls, "all with")
        text += f" ({which} a follow-up due)"
    if due.other_followups:
        text += f" and {say_count(due.other_followups, 'more follow-up')} due"
    return text


def say_list_progress(on_list: int, to_go: int, set_aside: int = 0) -> str:
    """Today's header: "10 people on today's list, 9 still to go", and ", and 1 set aside for another
    day" for those snoozed or skipped who have left the list but still show on it, ticked off. A
    snoozed follow-up leaves the list and the next person comes in: the header counted both, "11
    people" on a list of 10."""
    text = f"{say_count(on_list, 'person', 'people')} on today's list, {to_go:,} still to go"
    return text + (f", and {set_aside:,} set aside for another day" if set_aside else "")
