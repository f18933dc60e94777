"""What Today reads: the call list; who was already touched today (after a restart the list
still shows them ticked off); and why nobody is left on it — the quota is called, or nothing is
due and no campaign runs, or the one that runs is complete — so Today can say so and offer what
to do next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from netcompanion import clock
from netcompanion.calllist import CallListEntry
from netcompanion.campaign_words import say_names
from netcompanion.operations.browse import get_settings, touched_today
from netcompanion.operations.campaigns import CAMPAIGN_BEST, list_campaigns, suggest_campaign_members
from netcompanion.rules.common import say_count
from netcompanion.store.engine import Store
from netcompanion.store.models import Contact, Interaction


@dataclass(frozen=True)
class QuietDay:
    """Why nobody is left to call today — read only when that is so."""

    calls_done: int  # different people touched today
    quota: int
    campaign_running: bool  # an active campaign with people still to reach
    cold: int  # how many cold contacts a new campaign would start with (at most CAMPAIGN_BEST)
    # Running campaigns with everyone reached or let go, when none has people left to call: Today
    # said "no campaign is running" while the campaign page called one "Complete".
    complete: tuple[str, ...] = ()
    # Running campaigns nobody is in yet (created with no one, or everyone taken out), when none has
    # people left to call: "no campaign is running" was not true of them either.
    empty: tuple[str, ...] = ()

    @property
    def quota_called(self) -> bool:
        return self.calls_done >= self.quota

    @property
    def offer_campaign(self) -> bool:
        """Whether starting a campaign is what to offer: nothing is due, none runs, and there are
        cold contacts to start one with."""
        return (
            not self.quota_called and not self.campaign_running and not self.complete and not self.empty
            and self.cold > 0
        )  # fmt: skip

    @property
    def offer_end(self) -> bool:
        """Whether ending a complete campaign is what to offer: nothing is due and it has nobody left."""
        return not self.quota_called and not self.campaign_running and bool(self.complete)

    @property
    def title(self) -> str:
        if self.quota_called:
            extra = self.calls_done - self.quota
            if extra == 0:
                return f"That's today's {say_count(self.quota, 'call')} — well done."
            return f"{say_count(self.calls_done, 'call')} today, {extra} more than your daily {self.quota} — well done."
        if self.calls_done:
            return f"That's everyone due today — {say_count(self.calls_done, 'call')} made."
        return "Nobody is due today."

    @property
    def explanation(self) -> str:
        """What the day means, in the app's words; each screen adds how to act on it."""
        if self.quota_called:
            return (
                "You're done for today. Tomorrow's list will be ready in the morning, and nobody you skipped or "
                "didn't reach is lost: they come back on a later list."
            )
        if self.offer_end:
            names, it = say_names(self.complete), "it" if len(self.complete) == 1 else "them"
            which = f"Your campaign {names} is" if it == "it" else f"Your campaigns {names} are"
            return (
                f"{which} complete: everyone in {it} was reached or let go, so nobody from {it} is on this list. "
                f"End {it} (the history stays) and start a new one, or add people to carry on."
            )
        if self.empty and not self.campaign_running and not self.complete:
            names, it = say_names(self.empty), "it" if len(self.empty) == 1 else "them"
            which = f"Your campaign {names} has" if it == "it" else f"Your campaigns {names} have"
            return (
                f"{which} nobody in {it} yet, so {it} puts no one on this list. Add people to {it} and they come "
                "up here, a few each working day."
            )
        if self.offer_campaign:
            return (
                "Today's list fills itself from follow-ups, the people you keep in touch with, and a re-warming "
                "campaign — and no campaign is running. A campaign puts a few of your best cold contacts on this "
                f"list every working day ({self.quota} a day) until you have spoken to them all."
            )
        return "Enjoy the quiet"

    @property
    def campaign_offer(self) -> str:
        """"your 250 best cold contacts", or all of them when fewer."""
        best = "best " if self.cold >= CAMPAIGN_BEST else ""
        return f"your {say_count(self.cold, best + 'cold contact')}"


def quiet_day(store: Store, day: dt.date) -> QuietDay:
    quota = get_settings(store).daily_quota
    calls = touched_today(store, day)
    if calls >= quota:
        return QuietDay(calls, quota, campaign_running=False, cold=0)
    campaigns = list_campaigns(store, day, active_only=True)
    running = any(status.remaining for status in campaigns)
    complete = () if running else tuple(status.name for status in campaigns if status.complete)
    empty = () if running else tuple(status.name for status in campaigns if status.members == 0)
    cold = 0 if running or complete or empty else len(suggest_campaign_members(store, CAMPAIGN_BEST))
    return QuietDay(calls, quota, running, cold, complete, empty)


def read_today(store: Store, day: dt.date, done: frozenset[int]) -> tuple[list[CallListEntry], QuietDay | None]:
    """The call list, and when nobody on it is left to call, why."""
    import netcompanion.operations as operations  # the package's name: where tests and benchmarks time it

    entries = operations.call_list(store, day=day)
    if any(e.contact_id not in done for e in entries):
        return entries, None
    return entries, quiet_day(store, day)


@dataclass(frozen=True)
class DoneToday:
    """Someone the user logged a touch with on the day, and the latest such touch."""

    entry: CallListEntry
    channel: str
    outcome: str
    mood: str | None


def done_today(store: Store, day: dt.date) -> list[DoneToday]:
    """Contacts with a touch the user logged (not imported) on `day`, in the order of their latest
    touch — the people behind the "calls done" count, as Today lists them ticked off."""
    start, end = clock.day_bounds(day, get_settings(store).zone)
    query = (
        select(Interaction, Contact)
        .join(Contact, Contact.id == Interaction.contact_id)
        .where(
            Interaction.occurred_at >= start,
            Interaction.occurred_at < end,
            Interaction.import_batch_id.is_(None),
            Contact.deleted_at.is_(None),
        )
        .order_by(Interaction.occurred_at, Interaction.id)
    )
    latest: dict[int, DoneToday] = {}
    with store.read() as session:
        for touch, contact in session.execute(query):
            latest.pop(contact.id, None)  # re-inserted: the order is that of each one's latest touch
            entry = CallListEntry(
                contact.id, contact.full_name, contact.company.name if contact.company else "", contact.title,
                "done", ("already touched today",), "",
            )  # fmt: skip
            latest[contact.id] = DoneToday(entry, touch.channel, touch.outcome, touch.mood)
    return list(latest.values())
