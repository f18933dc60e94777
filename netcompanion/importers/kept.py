"""What an address book row says differently about someone already here, and the import does not take.

An import fills in what a contact lacks; it never replaces what the app holds (the user may have
typed it, and an address book is often older than the app's data), and it never sets the
relationship (stage, closeness …) of someone already here. Without a word, a spreadsheet of edits
imported back read as "46 unchanged": these lines say which values stayed, and where to change
them instead.
"""

from __future__ import annotations

from netcompanion import roundtrip
from netcompanion.importers.addressbook import SHOWN_VALUE
from netcompanion.importers.base import IncomingContact
from netcompanion.importers.existing import Known
from netcompanion.importers.same_person import same_text

# (the contact's attribute, how the report names it)
COMPARED = (("company", "company"), ("title", "title"), ("birthday", "birthday"), ("notes", "notes"))


def _shown(value: str) -> str:
    text = " ".join(value.split())  # notes over several lines quoted on one
    return repr(text if len(text) <= SHOWN_VALUE else text[: SHOWN_VALUE - 1] + "…")


def _said(value: object) -> str:
    """A relationship value as the app's export writes it: a flag as yes or no, unset as none."""
    if value is None or value == "":
        return "none"
    if isinstance(value, str):  # a biggest challenge can be long and run over lines
        return _shown(value)
    return repr("yes" if value is True else "no" if value is False else str(value))


def values_not_taken(known: Known, incoming: IncomingContact) -> list[str]:
    """One sentence per value the row gives that differs from the contact's: an address book's
    (both non-empty), then the relationship the app's own export carries (stage, closeness …),
    which an import never sets for someone already here, even where they have none."""
    lines = []
    for attribute, what in COMPARED:
        theirs, mine = getattr(incoming, attribute) or "", getattr(known, attribute) or ""
        if not theirs or not mine or same_text(theirs.strip(), mine.strip()):
            continue
        lines.append(
            f"{what} {_shown(theirs)} not taken: {known.full_name} (#{known.id}) has {_shown(mine)} — an import "
            f"only fills in what is empty; change it on their page"
        )
    given, held = incoming.relationship or {}, known.relationship
    for attribute, column, _ in roundtrip.FIELDS:
        if attribute not in given or attribute not in held:
            continue
        theirs, mine = given[attribute], held[attribute]
        if isinstance(theirs, bool):
            mine = bool(mine)  # SQLite keeps a flag as 0 or 1
        if theirs == mine:
            continue
        lines.append(
            f"{column.lower()} {_said(theirs)} not taken: {known.full_name} (#{known.id}) has {_said(mine)} — an "
            "import sets it only for people it adds; change it on their page"
        )
    return lines
