"""What holds a campaign's pace back, in words the campaign page and the command line share.

The call list never lists more people a day than the daily call limit (Settings): a quota of 20
under a limit of 10 made 10 calls a day, silently. The planning stays as it is; these sentences
say what it does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netcompanion.rules.common import say_count

if TYPE_CHECKING:
    from netcompanion.campaigns import CampaignStatus


def say_quota_capped(quota: int, limit: int, which: str = "this campaign") -> str | None:
    """The limit holds a quota above it back: say by how much and where to change it; None when not.
    `which`: the campaign meant."""
    if limit < 1 or quota <= limit:
        return None
    return (
        f"Your daily call limit is {limit:,}, so {which} gets {say_count(limit, 'call')} a day, "
        f"not {quota:,} — raise the limit in Settings to go faster."
    )


def pace_notes(status: CampaignStatus) -> list[str]:
    """Why a running campaign with people left to call goes slower than its quota, if it does."""
    if not status.active or status.remaining == 0:
        return []
    capped = say_quota_capped(status.quota, status.call_limit)
    return [capped] if capped else []
