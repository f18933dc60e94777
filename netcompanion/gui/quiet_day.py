"""When nobody is left to call, Today says why, warmly — the day's quota is called, or nothing is
due and no campaign is running, or the one running is complete — and offers what to do next: end
the complete campaign, start a re-warming campaign with the best cold contacts, or triage them
first. Why the list is used up is worked out in the core (operations/quiet_day.py); this is how
Today says it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from netcompanion import operations
from netcompanion.campaign_words import say_names, with_said
from netcompanion.gui.campaign import ending_words
from netcompanion.gui.campaign_work import change_campaign
from netcompanion.gui.context import AppContext
from netcompanion.operations import QuietDay
from netcompanion.rules.common import say_count


def show_quiet_day(form, quiet: QuietDay | None) -> None:
    """Nobody left to call (`quiet` says why): say why and offer what to do next; None empties the panel."""
    f = form
    f.emptyPanel.setVisible(quiet is not None)
    if quiet is None:
        for label in (f.emptyTitle, f.emptyLabel, f.emptyHint):
            label.setText("")
        return
    offer_campaign = quiet.offer_campaign
    f.campaignButton.setVisible(offer_campaign)
    f.endCampaignButton.setVisible(quiet.offer_end)
    triage = not quiet.quota_called and not quiet.offer_end
    f.triageButton.setVisible(triage)
    title, text, hint = quiet.title, quiet.explanation, ""
    if quiet.offer_end:  # one thing to do: end it (people to add are chosen on the Campaign page)
        one = len(quiet.complete) == 1
        f.endCampaignButton.setText(f"End {'campaign' if one else 'campaigns'} {say_names(quiet.complete)}")
        them = "it" if one else "them"
        hint = f"Ending {them} keeps the people and their history; Undo (Ctrl+Z) runs {them} again."
    elif offer_campaign:
        f.campaignButton.setText(f"Start a campaign with {quiet.campaign_offer}")
        hint = (
            "Haven't rated anyone yet? Triage first: a key press each for how glad they'd be to hear from "
            "you and how valuable they are, so the campaign starts with the people who matter most."
        )
    elif quiet.empty and not quiet.quota_called:
        hint = "In Contacts, select the people and click Add to campaign; Triage marks them one key press at a time."
    elif not quiet.quota_called:
        text += " — or triage a few people you'd like to hear from again."
    if triage:
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
        ctx.message.emit(with_said(
            f"Campaign “{result.name}” started with {say_count(result.members, 'person', 'people')}"
            f" — {result.quota} a day; follow it under Campaign.", result))  # fmt: skip
    return result


def end_complete_campaigns(ctx: AppContext, names: Sequence[str]) -> None:
    """End the complete campaigns Today names, as the Campaign page would: Undo (Ctrl+Z) runs each
    again. Today reads its list anew once each has ended, and then offers a new campaign."""
    for name in names:

        def ended(_status, name: str = name) -> None:
            ctx.offer_undo(ending_words(name), operations.resume_campaign, name)
            ctx.message.emit(f"Campaign “{name}” ended; Undo runs it again.")

        if not change_campaign(ctx, operations.end_campaign, name, then=ended, note=f"Ending “{name}”…"):
            return


def triage_cold_contacts(ctx: AppContext, window: QWidget):
    """Rate the cold contacts one by one (the main window's triage, as in Contacts)."""
    open_triage = getattr(window, "open_triage", None)
    if open_triage is None:
        return None
    cold = ctx.read(operations.contact_ids, operations.ContactFilter(stage="cold"))
    return open_triage(cold or None)
