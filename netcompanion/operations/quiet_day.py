"""Why nobody is left on today's list — the quota is called, or nothing is due and no campaign
runs — so Today can say so and offer what to do next (read only when the list is used up)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netcompanion.calllist import CallListEntry
from netcompanion.operations.browse import get_settings, touched_today
from netcompanion.operations.campaigns import CAMPAIGN_BEST, campaign_status, suggest_campaign_members
from netcompanion.operations.results import OperationError
from netcompanion.store.engine import Store


@dataclass(frozen=True)
class QuietDay:
    """Why nobody is left to call today — read only when that is so."""

    calls_done: int  # different people touched today
    quota: int
    campaign_running: bool  # an active campaign with people still to reach
    cold: int  # how many cold contacts a new campaign would start with (at most CAMPAIGN_BEST)

    @property
    def quota_called(self) -> bool:
        return self.calls_done >= self.quota


def quiet_day(store: Store, day: dt.date) -> QuietDay:
    quota = get_settings(store).daily_quota
    calls = touched_today(store, day)
    if calls >= quota:
        return QuietDay(calls, quota, campaign_running=False, cold=0)
    try:
        running = not campaign_status(store, day=day).done
    except OperationError:  # no campaign
        running = False
    cold = 0 if running else len(suggest_campaign_members(store, CAMPAIGN_BEST))
    return QuietDay(calls, quota, running, cold)


def read_today(store: Store, day: dt.date, done: frozenset[int]) -> tuple[list[CallListEntry], QuietDay | None]:
    """The call list, and when nobody on it is left to call, why."""
    import netcompanion.operations as operations  # the package's name: where tests and benchmarks time it

    entries = operations.call_list(store, day=day)
    if any(e.contact_id not in done for e in entries):
        return entries, None
    return entries, quiet_day(store, day)
