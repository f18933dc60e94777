"""Campaign work off the GUI thread: campaigns of thousands are read on the reader and changed on
the worker, the busy bar showing; small ones right here, so what a click did is there at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from netcompanion import operations
from netcompanion.campaigns import CampaignStatus
from netcompanion.gui.context import AppContext
from netcompanion.identity import company_key  # names told apart as the core does
from netcompanion.operations import OperationError
from netcompanion.store import Store

# From this many people in campaigns (ended ones too) their statuses take ~13 ms and more to work
# out, ~13 µs a person: the page reads them on the reader, and adding people, ending and resuming
# run on the worker, with the busy bar, while the window stays live (a campaign of 5,000 froze it).
IN_BACKGROUND_FROM = 1_000

# The running campaigns' names, the status shown (None: none runs), the campaign ended last (when none runs).
Page = tuple[list[str], CampaignStatus | None, CampaignStatus | None]


def in_background(ctx: AppContext, adding: int = 0) -> bool:
    """Whether campaign work runs off the GUI thread (`adding`: people about to join a campaign)."""
    return operations.people_in_campaigns(ctx.store) + adding >= IN_BACKGROUND_FROM


def change_campaign(
    ctx: AppContext, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None], note: str, adding: int = 0,
    failed: Callable[[], None] | None = None,
) -> bool:  # fmt: skip
    """Run a campaign operation, then `then(result)`: on the worker with `note` on the status line when
    the campaigns are large (see in_background), right here otherwise. False: refused right here."""
    if in_background(ctx, adding):
        ctx.run_in_background(fn, *args, then=then, note=note, failed=failed)
        return True
    result = ctx.run(fn, *args)
    if result is None:
        if failed is not None:
            failed()
        return False
    then(result)
    return True


def read_page(store: Store, chosen: str | None) -> Page:
    """What the page shows: the running campaigns' names, the status of the one chosen (else of the
    latest; None when none runs) and, when none runs, of the one ended last."""
    running = operations.running_campaign_names(store)
    named = [n for n in running if chosen is not None and company_key(n) == company_key(chosen)]
    try:
        status = operations.campaign_status(store, named[0] if named else None)
    except OperationError:
        status = None  # no campaign yet
    return running, status, operations.last_ended_campaign(store) if status is None else None
