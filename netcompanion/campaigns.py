"""Re-warming campaigns: progress, the honest forecast and the day-by-day plan. Pure.

The forecast walks the days ahead the way the call list will: each working day it takes
up to the daily quota of members whose cooldown is over, never-tried ones first. Every
call "reaches" at the rate seen so far in this campaign (all of them before the first
call — so 250 members at 10 a day take exactly 25 working days); a call that doesn't
reach costs an attempt and a growing cooldown, and after the attempt limit the member
is let go, just as the rules do it. So unanswered calls push the date out honestly.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from netcompanion.campaign_words import pace_notes
from netcompanion.settings import Settings
from netcompanion.working_days import days_after, is_working_day, next_working_day

HORIZON_DAYS = 3 * 365  # a plan never looks further ahead than this


@dataclass(frozen=True)
class MemberState:
    contact_id: int
    position: int
    priority: int  # closeness × value
    reached: bool  # a real conversation since the campaign started
    attempted: bool  # any touch since the campaign started
    gone: bool  # parked or archived: no more calls planned
    unanswered_attempts: int = 0
    cooldown_until: dt.date | None = None
    called_on: tuple[dt.date, ...] = ()  # local days with a campaign touch
    # The local day they were reached (their first conversation in the campaign) or let go (parked):
    # the day they came off the list. None while still to call, or where no day is known (see settled_day).
    settled_on: dt.date | None = None
    # The day they were added, when after the start (None: there from the start): still to call from
    # then on, not before — 20 people added on day 3 were counted as still to call on day 1.
    joined_on: dt.date | None = None


def settled_day(m: MemberState, start: dt.date, day: dt.date) -> dt.date | None:
    """The day `m` came off the list, kept within the campaign up to `day`; None while still to call.
    Where the day is not known (archived, say), the day of their last campaign touch, else the start;
    someone reached before they were added comes off on the day they joined."""
    if not (m.reached or m.gone):
        return None
    known = m.settled_on or (min(m.called_on) if m.reached and m.called_on else max(m.called_on, default=start))
    return min(max(known, start, m.joined_on or start), max(day, start))


@dataclass(frozen=True)
class PlanDay:
    """One day of a campaign. Calls and people apart: a thank-you after someone was reached is a
    call but no progress, and a retry is a call for someone already counted."""

    day: dt.date
    # Calls the plan has from the status's day on; None on a day gone by, which shows what was done
    # (`called`): the pace worked out on the start day, laid over those days, planned 10 calls a day
    # for three people, and for people added weeks later.
    planned: int | None
    done: int  # people reached or let go that day
    left: int | None = None  # people still to call after the day, as it went (None: a day ahead)
    left_planned: int | None = None  # the same as the plan has it from the status's day on (None: gone by)
    called: int = 0  # members touched that day, any touch: the calls made (on the status's day, part of `planned`)
    joined: int = 0  # people added that day (after the start): in `left` from that day on

    def to_json(self) -> dict[str, object]:
        return {"day": self.day.isoformat(), "planned": self.planned, "called": self.called, "done": self.done,
                "left": self.left, "left_planned": self.left_planned, "joined": self.joined}  # fmt: skip


@dataclass(frozen=True)
class CampaignStatus:
    id: int
    name: str
    quota: int
    start: dt.date
    working_days: str
    day: dt.date  # the day this status describes
    members: int
    reached: int
    attempted: int
    remaining: int
    let_go: int  # parked after the attempt limit, or archived
    calls: int  # touches since the start, every one (a thank-you too)
    reach_rate: float
    forecast_done: dt.date | None
    plan: tuple[PlanDay, ...] = field(default=())
    active: bool = True  # an ended campaign puts no one on the call list and nothing in the calendar
    ended_on: dt.date | None = None
    call_limit: int = 0  # the daily call limit (Settings): no campaign gets more calls a day
    next_call_day: dt.date | None = None  # the first day ahead with calls planned
    # The running campaigns that started earlier and take calls on its next working day, and how many:
    # the call list gives them their turn first (see campaign_words.pace_notes).
    goes_after: tuple[str, ...] = ()
    calls_before: int = 0
    # Calls this campaign gives up on the days ahead because follow-ups already due come first on the
    # call list, and the first such day.
    calls_to_followups: int = 0
    first_day_to_followups: dt.date | None = None
    in_trash: int = 0  # members in the trash: in no other count, back in them when restored
    tries: int = 0  # touches that tried to reach someone not reached yet: what the reach rate counts
    trying: int = 0  # tried, not reached yet and not let go: still to call again
    said: tuple[str, ...] = ()  # what the operation that returned it has to add (fewer members than asked, …)

    @property
    def done(self) -> bool:
        return self.remaining == 0

    @property
    def complete(self) -> bool:
        """Every member reached or let go: nobody left to call, so no forecast either."""
        return self.members > 0 and self.remaining == 0

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "quota": self.quota,
            "start": self.start.isoformat(),
            "working_days": self.working_days,
            "date": self.day.isoformat(),
            "members": self.members,
            "reached": self.reached,
            "attempted": self.attempted,
            "remaining": self.remaining,
            "let_go": self.let_go,
            "in_trash": self.in_trash,
            "calls": self.calls,
            "tries": self.tries,
            "reach_rate": round(self.reach_rate, 3),
            "complete": self.complete,
            "forecast_done": self.forecast_done.isoformat() if self.forecast_done else None,
            "plan": [p.to_json() for p in self.plan],
            "active": self.active,
            "ended_on": self.ended_on.isoformat() if self.ended_on else None,
            "daily_call_limit": self.call_limit,
            "next_call_day": self.next_call_day.isoformat() if self.next_call_day else None,
            "goes_after": list(self.goes_after),
            "calls_to_followups": self.calls_to_followups,
            "notes": self.notes,
        }

    @property
    def notes(self) -> list[str]:
        """What the operation that returned it said, then what holds its pace back, in words: the
        daily call limit, campaigns that go first."""
        return [*self.said, *pace_notes(self)]


def reach_rate(calls: int, conversations: int) -> float:
    """Share of campaign touches that became conversations; 1.0 before the first call."""
    return 1.0 if calls == 0 else max(min(conversations / calls, 1.0), 0.0)


@dataclass(frozen=True)
class Walk:
    """What walking the days ahead gives (see `walk`)."""

    done: dt.date | None  # the day the last member is settled
    planned: dict[dt.date, int]  # calls per day
    given_up: dict[dt.date, int]  # calls per day the campaign gives up to follow-ups
    settled: dict[dt.date, int]  # people per day reached or let go


def walk(
    members: Sequence[MemberState],
    day: dt.date,
    quota: int,
    working_days: str,
    rate: float,
    settings: Settings,
    taken: Mapping[dt.date, int] | None = None,
    until: dt.date | None = None,
    held: Mapping[dt.date, int] | None = None,
) -> Walk:
    """Walk forward from `day`: the calls each day, and the people each day reaches or lets go.

    A day's calls are the campaign's quota, held to what is left of the daily call list (the
    settings' daily quota) after `taken` — the calls campaigns started earlier plan that day, as the
    call list gives them their turn first — and after `held`: the places follow-ups already due
    that day take, as the call list lists them before any campaign. `until`: stop there (a reminder
    needs a few days, not the whole plan); the day the last member is settled is then None unless
    it came sooner.

    Members wait in one heap by the day they may be called and, once that day came, in another by
    who goes first (never-tried ones, then by priority): sorting everyone open every working day made
    a campaign of 5,000 take seconds.
    """
    taken, held = taken or {}, held or {}
    attempts: dict[int, int] = {}  # by the member's place in `members`
    waiting: list[tuple[dt.date, int]] = []  # (the day they may be called, place)
    for i, m in enumerate(members):
        if m.reached or m.gone:
            continue
        next_ok = day
        if m.cooldown_until is not None and m.cooldown_until >= next_ok:
            next_ok = days_after(m.cooldown_until, 1)
        if day in m.called_on:
            next_ok = max(next_ok, days_after(day, 1))
        attempts[i] = m.unanswered_attempts
        waiting.append((next_ok, i))
    heapq.heapify(waiting)
    ready: list[tuple[bool, int, int, int]] = []  # (tried, -priority, position, place): the first goes first
    called_today = sum(1 for m in members if day in m.called_on)
    planned: dict[dt.date, int] = {}
    given_up: dict[dt.date, int] = {}
    settled: dict[dt.date, int] = {}
    open_ = len(attempts)
    if not open_:
        return Walk(None, planned, given_up, settled)
    luck = 0.0  # the expected share of calls that reach, spread evenly and deterministically
    current, last = day, None
    for _ in range(HORIZON_DAYS):
        if is_working_day(current, working_days):
            left = settings.daily_quota - taken.get(current, 0)  # of the call list, after earlier campaigns
            already = called_today if current == day else 0
            room = min(quota, left - held.get(current, 0)) - already
            free_room = min(quota, left) - already  # as it would be without the follow-ups
            if free_room > 0:
                while waiting and waiting[0][0] <= current:
                    i = heapq.heappop(waiting)[1]
                    m = members[i]
                    heapq.heappush(ready, (m.attempted or attempts[i] > 0, -m.priority, m.position, i))
            lost = min(len(ready) if free_room > 0 else 0, free_room) - max(room, 0)
            if lost > 0:
                given_up[current] = lost
            picks = [heapq.heappop(ready)[3] for _ in range(min(max(room, 0), len(ready)))]
            for i in picks:
                luck += rate
                if luck >= 1 - 1e-9:
                    luck -= 1
                    open_ -= 1
                    settled[current] = settled.get(current, 0) + 1
                    continue
                attempts[i] += 1
                if attempts[i] >= settings.attempt_limit:
                    open_ -= 1
                    settled[current] = settled.get(current, 0) + 1
                else:
                    wait = settings.cooldown_for_attempt(attempts[i])
                    heapq.heappush(waiting, (days_after(current, wait + 1), i))
            if picks:
                planned[current] = len(picks)
                last = current
        if not open_:
            return Walk(last, planned, given_up, settled)
        if current == dt.date.max or (until is not None and current >= until):
            break
        current += dt.timedelta(days=1)
    return Walk(None, planned, given_up, settled)


def build_status(
    *,
    campaign_id: int,
    name: str,
    quota: int,
    start: dt.date,
    working_days: str,
    day: dt.date,
    members: Sequence[MemberState],
    calls: int,
    conversations: int,
    settings: Settings,
    taken: Mapping[dt.date, int] | None = None,
    tries: int | None = None,
    until: dt.date | None = None,
    takers: Mapping[dt.date, Sequence[str]] | None = None,
    held: Mapping[dt.date, int] | None = None,
) -> CampaignStatus:
    """Progress, forecast and plan for a campaign on `day`; `taken` and `held`: see `walk`;
    `takers`: the names of the campaigns behind `taken`, day by day.

    `tries`: the touches that tried to reach a member not reached yet, of which `conversations`
    reached one (by default every call counts); a thank-you call after the first conversation
    says nothing about how hard the rest are to reach."""
    rate = reach_rate(calls if tries is None else tries, conversations)
    begin = max(day, start)
    walked = walk(members, begin, quota, working_days, rate, settings, taken, until, held)
    remaining = sum(1 for m in members if not m.reached and not m.gone)
    settled = Counter(d for m in members if (d := settled_day(m, start, day)) is not None)
    forecast = walked.done
    if remaining == 0:  # complete: the day the last one came off the list
        forecast = max(settled) if settled else start
    plan = plan_days(members, start, day, begin, walked, settled, remaining, forecast)
    first_day = next_working_day(begin, working_days)
    before = (taken or {}).get(first_day, 0) if first_day else 0
    return CampaignStatus(
        id=campaign_id,
        name=name,
        quota=quota,
        start=start,
        working_days=working_days,
        day=day,
        members=len(members),
        reached=sum(1 for m in members if m.reached),
        attempted=sum(1 for m in members if m.attempted or m.reached),
        remaining=remaining,
        let_go=sum(1 for m in members if m.gone and not m.reached),
        calls=calls,
        reach_rate=rate,
        forecast_done=forecast,
        plan=plan,
        call_limit=settings.daily_quota,
        next_call_day=min((d for d, n in walked.planned.items() if n > 0), default=None),
        goes_after=tuple((takers or {}).get(first_day, ())) if before else (),
        calls_before=before,
        calls_to_followups=sum(walked.given_up.values()),
        first_day_to_followups=min(walked.given_up, default=None),
        tries=calls if tries is None else tries,
        trying=sum(1 for m in members if m.attempted and not m.reached and not m.gone),
    )


def plan_days(
    members: Sequence[MemberState], start: dt.date, day: dt.date, begin: dt.date, walked: Walk,
    settled: Mapping[dt.date, int], remaining: int, forecast: dt.date | None,
) -> tuple[PlanDay, ...]:  # fmt: skip
    """The campaign day by day, from its start: the calls made and planned, and the people reached or
    let go and still to call — as it went up to `day`, as `walked` plans it from `begin` (`day`, or
    the start when later) on. A day gone by shows only what was done (no plan), and only when a call
    was made or someone came off the list. People are counted by the day they came off the list, never
    by the touches: a thank-you or a call about a promised deck moves nobody off it."""
    called = Counter(d for m in members for d in set(m.called_on))
    # Every day the walk planned calls: where `until` stopped it before the last member was settled,
    # there is no forecast, and the plan still holds the days up to `until`.
    end = max([forecast or begin, begin, *walked.planned, *settled])
    plan = []
    joined = Counter(m.joined_on for m in members if m.joined_on is not None and m.joined_on > start)
    on_list = len(members) - sum(joined.values())  # people in it by the end of the day: those from the start
    off_list = off_plan = 0  # people off the list by the end of the day: so far, and as planned from `begin`
    current = start
    while current <= end:
        done = settled.get(current, 0)
        off_list += done
        on_list += joined[current]
        planned = None  # a day gone by: what was done that day, not a plan
        if current >= begin:
            planned = walked.planned.get(current, 0) + (called[current] if current == begin else 0)
            off_plan += walked.settled.get(current, 0)
        if planned or done or called[current] or joined[current]:
            plan.append(PlanDay(
                current, planned, done,
                left=on_list - off_list if current <= day else None,
                left_planned=remaining - off_plan if current >= begin else None,
                called=called[current], joined=joined[current],
            ))  # fmt: skip
        if current == dt.date.max:
            break
        current += dt.timedelta(days=1)
    return tuple(plan)
