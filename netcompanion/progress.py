"""Progress as the user should see it (rule 16): conversations and one-on-one meetings per
week — never asks — the weekly streak, and how many contacts came back from cold. Pure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from netcompanion.domain import Channel
from netcompanion.rules.common import say_count

COLD_AFTER_DAYS = 365  # a first conversation after this long (or ever) brings a contact in from the cold


@dataclass(frozen=True)
class Conversation:
    contact_id: int
    day: dt.date  # local day
    channel: str
    previous_day: dt.date | None  # the conversation with them before this one, if any


@dataclass(frozen=True)
class WeekProgress:
    week_start: dt.date  # Monday
    conversations: int
    meetings: int
    people: int  # different people talked to
    rewarmed: int  # contacts brought back from cold (first conversation in a year, or ever)

    def to_json(self) -> dict[str, object]:
        return {
            "week_start": self.week_start.isoformat(),
            "conversations": self.conversations,
            "meetings": self.meetings,
            "people": self.people,
            "rewarmed": self.rewarmed,
        }


@dataclass(frozen=True)
class Progress:
    weeks: tuple[WeekProgress, ...]  # oldest first, the current week last
    streak: int  # weeks in a row with at least one conversation
    rewarmed: int  # cold → warm moves over the whole period

    def to_json(self) -> dict[str, object]:
        return {
            "weeks": [w.to_json() for w in self.weeks],
            "streak": self.streak,
            "rewarmed": self.rewarmed,
        }


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def is_rewarming(conversation: Conversation) -> bool:
    prev = conversation.previous_day
    return prev is None or (conversation.day - prev).days >= COLD_AFTER_DAYS


def one_a_day(conversations: Iterable[Conversation]) -> list[Conversation]:
    """One conversation per person per day: a LinkedIn thread imported message by message, or a
    call and then a coffee, is one talk with them that day (a face-to-face one if any part was).

    Counted touch by touch, two messages thirty seconds apart made two conversations, and one
    imported thread filled a week."""
    merged: dict[tuple[int, dt.date], Conversation] = {}
    for conv in conversations:
        key = (conv.contact_id, conv.day)
        seen = merged.get(key)
        if seen is None:
            merged[key] = conv
            continue
        met = Channel.MEETING in (seen.channel, conv.channel)
        earlier = [d for d in (seen.previous_day, conv.previous_day) if d is not None and d < conv.day]
        merged[key] = Conversation(
            conv.contact_id,
            conv.day,
            Channel.MEETING if met else seen.channel,
            # the talk before that day's first: none if that was the first ever
            None if not earlier else max(earlier),
        )
    return list(merged.values())


def summarize(conversations: Iterable[Conversation], day: dt.date, weeks: int = 12) -> Progress:
    """Week by week up to the week holding `day`; see one_a_day for what one conversation is."""
    current = week_start(day)
    starts = [current - dt.timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    buckets: dict[dt.date, list[Conversation]] = {s: [] for s in starts}
    for conv in one_a_day(conversations):
        start = week_start(conv.day)
        if start in buckets and conv.day <= day:
            buckets[start].append(conv)
    rows = []
    for start in starts:
        convs = buckets[start]
        rows.append(
            WeekProgress(
                week_start=start,
                conversations=len(convs),
                meetings=sum(1 for c in convs if c.channel == Channel.MEETING),
                people=len({c.contact_id for c in convs}),
                rewarmed=len({c.contact_id for c in convs if is_rewarming(c)}),
            )
        )
    streak = 0
    # The current week still counts as "in progress": an empty one doesn't break the streak yet.
    tail = rows if rows and rows[-1].conversations else rows[:-1]
    for row in reversed(tail):
        if not row.conversations:
            break
        streak += 1
    return Progress(weeks=tuple(rows), streak=streak, rewarmed=sum(r.rewarmed for r in rows))


def recent_words(progress: Progress) -> str:
    """The last four weeks in one sentence, with the streak: what Insights leads with."""
    recent = progress.weeks[-4:]
    talks = sum(w.conversations for w in recent)
    meetings = sum(w.meetings for w in recent)
    if not talks:
        words = "No conversations in the last four weeks yet."
    else:
        if not meetings:
            how = "not face to face yet" if talks == 1 else "none of them face to face yet"
        elif meetings == talks:
            how = "face to face" if talks == 1 else "all of them face to face"
        else:
            how = f"{meetings} of them face to face"
        words = f"Last four weeks: {say_count(talks, 'conversation')}, {how}."
    if progress.streak:
        words += f" A streak of {say_count(progress.streak, 'week')} with a conversation."
    return words
