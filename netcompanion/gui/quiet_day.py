"""When nobody is left to call, Today says why, warmly — the day's quota is called, or nothing is
due and no campaign is running — and offers what to do next: start a re-warming campaign with the
best cold contacts, or triage them first. Why the list is used up is worked out in the core
(operations/quiet_day.py); this is how Today says it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from netcompanion import operations
from netcompanion.gui.context import AppContext
from netcompanion.operations import CAMPAIGN_BEST, QuietDay
from netcompanion.rules.common import say_count


def show_quiet_day(form, quiet: QuietDay | None) -> None:
    """Nobody left to call (`quiet` says why): say why and offer what to do next; None empties the panel."""
    f = form
    f.emptyPanel.setVisible(quiet is not None)
    if quiet is None:
        for label in (f.emptyTitle, f.emptyLabel, f.emptyHint):
            label.setText("")
        return
    offer_campaign = not quiet.quota_called and not quiet.campaign_running and quiet.cold > 0
    f.campaignButton.setVisible(offer_campaign)
    f.triageButton.setVisible(not quiet.quota_called)
    hint = ""
    if quiet.quota_called:
        extra = quiet.calls_done - quiet.quota
        title = (
            f"That's today's {say_count(quiet.quota, 'call')} — well done."
            if extra == 0
            else f"{say_count(quiet.calls_done, 'call')} today, {extra} more than your daily {quiet.quota} — "
            "well done."
        )
        text = (
            "You're done for today. Tomorrow's list will be ready in the morning, and nobody you skipped or "
            "didn't reach is lost: they come back on a later list."
        )
    else:
        title = (
            f"That's everyone due today — {say_count(quiet.calls_done, 'call')} made."
            if quiet.calls_done
            else "Nobody is due today."
        )
        if offer_campaign:
            text = (
                "Today's list fills itself from follow-ups, the people you keep in touch with, and a re-warming "
                "campaign — and no campaign is running. A campaign puts a few of your best cold contacts on this "
                f"list every working day ({quiet.quota} a day) until you have spoken to them all."
            )
            best = "best " if quiet.cold >= CAMPAIGN_BEST else ""  # all of them, when fewer
            f.campaignButton.setText(
                f"Start a campaign with your {say_count(quiet.cold, best + 'cold contact')}"
            )
            hint = (
                "Haven't rated anyone yet? Triage first: a key press each for how glad they'd be to hear from "
                "you and how valuable they are, so the campaign starts with the people who matter most."
            )
        else:
            text = "Enjoy the quiet — or triage a few people you'd like to hear from again."
        f.triageButton.setText("Triage contacts first…" if offer_campaign else "Triage contacts…")
    f.emptyTitle.setText(title)
    f.emptyLabel.setText(text)
    f.emptyHint.setText(hint)
    f.emptyHint.setVisible(bool(hint))


def start_campaign(ctx: AppContext, day: dt.date):
    """Start a re-warming campaign with the best cold contacts, as the Campaign view would; its first
    people join today's list at once."""
    result = ctx.run(operations.start_rewarming, day)
    if result is not None:
        ctx.message.emit(
            f"Campaign “{result.name}” started with {say_count(result.members, 'person', 'people')}"
            f" — {result.quota} a day; follow it under Campaign."
        )
    return result


def triage_cold_contacts(ctx: AppContext, window: QWidget):
    """Rate the cold contacts one by one (the main window's triage, as in Contacts)."""
    open_triage = getattr(window, "open_triage", None)
    if open_triage is None:
        return None
    cold = ctx.read(operations.contact_ids, operations.ContactFilter(stage="cold"))
    return open_triage(cold or None)
