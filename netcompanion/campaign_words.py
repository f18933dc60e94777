"""What holds a campaign's pace back, in words the campaign page and the command line share.

The call list never lists more people a day than the daily call limit (Settings), and running
campaigns take their turns on it by the day they started. Both held a campaign back silently: a
quota of 20 under a limit of 10 made 10 calls a day, and a second campaign waited for the first
without a word. The planning stays as it is; these sentences say what it does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from netcompanion.rules.common import say_count, say_day

if TYPE_CHECKING:
    from netcompanion.campaigns import CampaignStatus


def say_quota_capped(quota: int, limit: int, at_most: bool = False, which: str = "this campaign") -> str | None:
    """The limit holds a quota above it back: say by how much and where to change it; None when not.
    `at_most`: other campaigns take some of those calls first (said apart); `which`: the campaign meant."""
    if limit < 1 or quota <= limit:
        return None
    return (
        f"Your daily call limit is {limit:,}, so {which} gets {'at most ' if at_most else ''}"
        f"{say_count(limit, 'call')} a day, not {quota:,} — raise the limit in Settings to go faster."
    )


def say_names(names: Sequence[str]) -> str:
    """ "“Alpha”", "“Alpha” and “Beta”", "“Alpha”, “Beta” and “Gamma”"."""
    quoted = [f"“{name}”" for name in names]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"


def say_goes_after(status: CampaignStatus) -> str | None:
    """Campaigns that started earlier go first on the call list: this one gets what they leave of
    the daily call limit — nothing, or a part — until they are done or have fewer people to call."""
    if not status.goes_after or status.call_limit < 1:
        return None
    names = say_names(status.goes_after)
    one = len(status.goes_after) == 1
    pace = min(status.quota, status.call_limit)
    share = min(status.quota, status.call_limit - status.calls_before)  # what they leave, up to the quota
    if share >= pace:
        return None
    if share > 0:
        return (
            f"Shares your {status.call_limit:,} calls a day with {names}, which started earlier and "
            f"{'goes' if one else 'go'} first: this campaign gets {share:,} a day for now."
        )
    verb = "Starts" if status.calls == 0 else "Continues"
    which = "first" if status.calls == 0 else "next"
    when = (
        f"this campaign's {which} calls are planned for {say_day(status.next_call_day)}"
        if status.next_call_day
        else f"this campaign's {which} calls come once {'it is' if one else 'they are'} done"
    )
    return (
        f"{verb} after {names} — your {status.call_limit:,} calls a day go to {names} first, as "
        f"{'it' if one else 'they'} started earlier; {when}."
    )


def say_followups_first(status: CampaignStatus) -> str | None:
    """Follow-ups already due come first on the call list, so on their days the campaign gets fewer
    calls; the forecast counts that, and this says why it is later than the quota alone would make it."""
    lost, first = status.calls_to_followups, status.first_day_to_followups
    if lost < 1 or first is None:
        return None
    when = "starting today" if first == status.day else f"the first on {say_day(first)}"
    return (
        f"Follow-ups you have due come first on the call list: they take {say_count(lost, 'call')} from this "
        f"campaign in the days ahead, {when}."
    )


def pace_notes(status: CampaignStatus) -> list[str]:
    """Why a running campaign with people left to call goes slower than its quota, if it does."""
    if not status.active or status.remaining == 0:
        return []
    after = say_goes_after(status)
    capped = say_quota_capped(status.quota, status.call_limit, at_most=after is not None)
    return [note for note in (after, capped, say_followups_first(status)) if note]


def say_forecast_note(status: CampaignStatus) -> str:
    """The chart's "done by" note. Before the first call the forecast counts every call as reaching
    someone (250 at 10 a day: 25 working days); the first unanswered calls then move it out, often by
    weeks overnight — so until then the note says what it counts on."""
    if status.forecast_done is None:
        return ""
    if status.complete:  # the day it was done is no forecast
        return f"complete on {say_day(status.forecast_done)}"
    basis = "if every call gets through" if status.calls == 0 and status.remaining else "at this pace"
    return f"done by {say_day(status.forecast_done)} {basis}"


def say_forecast_basis(status: CampaignStatus) -> str | None:
    """Why the forecast may move after the first day: said while no call has shown the reach rate."""
    if not status.active or status.calls or not status.remaining or status.forecast_done is None:
        return None
    return (
        "Until your first calls show how many get through, the forecast counts every call as reaching "
        "someone; expect it to move out after the first day if some go unanswered."
    )


def say_progress(status: CampaignStatus) -> str:
    """The page's line under the chart. A complete campaign says so: "the rest return on later days"
    read as if the people let go were still to call."""
    share = f"{status.reached / status.members:.0%}" if status.members else "0%"
    if status.complete:
        let_go = f", {status.let_go:,} let go" if status.let_go else ""
        return (
            f"Campaign complete: {status.reached:,} of {status.members:,} reached ({share}){let_go}. "
            "Nobody in it is left to call — add people to carry on, or end it."
        )
    basis = say_forecast_basis(status)
    return f"{share} reached. Everyone you reach comes off the list; the rest return on later days." + (
        f" {basis}" if basis else ""
    )


def say_ended_run(status: CampaignStatus) -> str:
    """An ended campaign's plan in one line: when it ended and what it came to. Its plan holds only
    the days it ran, and one ended before its first call has none: a bare table said nothing."""
    when = f"Ended on {status.ended_on}" if status.ended_on else "Ended"
    calls = sum(p.called for p in status.plan)
    outcome = f"{status.reached:,} of {status.members:,} reached" + (f", {status.let_go:,} let go" if status.let_go else "")
    if not status.plan:
        return f"{when} before any call was made: {outcome}."
    days = say_count(len(status.plan), "day")
    return f"{when}: {say_count(calls, 'call')} made on {days}, {outcome}."


def with_said(text: str, status: CampaignStatus) -> str:
    """`text` (what the app did: "Campaign “X” started with 11 people.") and what the campaign operation
    had to add — fewer free than asked, someone left out as a possible duplicate, someone in another
    campaign too — as the command line prints it under the status."""
    return " ".join([text, *status.said])
