"""Telling an older LinkedIn export from a newer one.

An export lists every connection up to the day it was made. People earlier LinkedIn imports
added, connected after this file's newest connection and missing from it, show the file was made
before them: where it disagrees about someone's job, it is out of date, not news. One such person
proves nothing — the user may have removed that connection, or the file's row for them could not
be read — so it takes two.
"""

from __future__ import annotations

import datetime as dt

from netcompanion.importers.base import ParsedFile
from netcompanion.importers.existing import Existing
from netcompanion.rules.common import say_date

MISSING_TO_BE_OLDER = 2


def newest_connection(parsed: ParsedFile) -> dt.date | None:
    """The day a connections file was made, as near as it tells: its newest connection."""
    if parsed.kind != "linkedin":
        return None
    return max((c.connected_on for c in parsed.contacts if c.connected_on), default=None)


def older_export_notice(parsed: ParsedFile, existing: Existing) -> str | None:
    """A sentence for the report when this connections file predates people already imported; the
    planner ends it with `added_note`, once it knows whom the file adds."""
    if not existing.linkedin_later:  # nobody imported before connected after this file was made
        return None
    newest = newest_connection(parsed)
    if newest is None:
        return None
    in_file = {c.linkedin_url for c in parsed.contacts if c.linkedin_url}
    missing = sorted(day for url, day in existing.linkedin_later if url is None or url not in in_file)
    if len(missing) < MISSING_TO_BE_OLDER:
        return None
    return (
        f"This export is older than what you imported before: its newest connection is from {say_date(newest)}, "
        f"and {len(missing)} people you connected with since (up to {say_date(dt.date.fromisoformat(missing[-1]))}) "
        "are not in it. Jobs and titles in it were not taken as changes"
    )


def added_note(added: int, namesakes: int) -> str:
    """The end of the older-export notice: whether anyone was added ("people … were added" read as
    news when the same file came again and added nobody), and who of them may be known already."""
    if not added:
        return "; nothing was added: nobody in it was new."
    return "; people not found among your contacts were added." + namesakes_note(added, namesakes)


def namesakes_note(added: int, namesakes: int) -> str:
    """After the older-export notice: how many of the people it added may be someone already here
    under another spelling (an old export lacks the profiles that would have told)."""
    if not namesakes:
        return ""
    people = "the one person" if added == 1 else f"the {added} people"
    someone = "has the name" if namesakes == 1 else "have the name"
    return f" Of {people} added, {namesakes} {someone} of someone you have: see the possible duplicates."
