"""What this app knows about a relationship beyond an address book — stage, closeness, value,
keep-in-touch cadence, do-not-introduce, archived, their biggest challenge, who referred them —
as its own CSV and vCard exports write it and its importers read it back, so an export imported
into an empty database loses none of it.

Only people an import adds take these values: for someone already here, what the user set in
the app stays (an export of the same database, imported back, changes nothing), and the import
report names each value of theirs it did not take (importers/kept.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from netcompanion.domain import CADENCE_DAYS_MAX, STAGE_CHOICES

# (the contact's attribute, the CSV column, the vCard property)
FIELDS = (
    ("stage", "Stage", "X-NETCOMPANION-STAGE"),
    ("closeness", "Closeness", "X-NETCOMPANION-CLOSENESS"),
    ("value", "Value", "X-NETCOMPANION-VALUE"),
    ("cadence_days", "Keep In Touch Days", "X-NETCOMPANION-CADENCE-DAYS"),
    ("do_not_introduce", "Do Not Introduce", "X-NETCOMPANION-DO-NOT-INTRODUCE"),
    ("archived", "Archived", "X-NETCOMPANION-ARCHIVED"),
    ("biggest_challenge", "Biggest Challenge", "X-NETCOMPANION-BIGGEST-CHALLENGE"),
)
# Who referred them, as "Name (#id)": the id is the referrer's NetCompanion ID in the same export,
# which is how an import finds them again (the name is for whoever reads the file).
REFERRED_BY = ("Referred By", "X-NETCOMPANION-REFERRED-BY")
_REFERRER_ID = re.compile(r"\(#(\d{1,18})\)\s*$")
FLAGS = ("do_not_introduce", "archived")
_YES, _NO = ("yes", "true", "1"), ("no", "false", "0", "")


def written(contact: object) -> dict[str, str]:
    """Each attribute as text: blank when unset, `yes` for a flag that is on."""
    texts = {}
    for attribute, _, _ in FIELDS:
        value = getattr(contact, attribute)
        texts[attribute] = "yes" if value is True else "" if value in (None, False) else str(value)
    return texts


def read(texts: Mapping[str, str], blank_is_no: bool = False) -> tuple[dict[str, object], str | None]:
    """The values a file gives (attribute → text, blanks ignored), or a sentence naming the column
    and what it should hold. A flag's `no` is a value too; so is a blank flag with `blank_is_no`
    (a CSV column of ours: written() leaves a flag that is off blank), so an import can say which
    of them it did not take for someone already here."""
    values: dict[str, object] = {}
    columns = {attribute: column for attribute, column, _ in FIELDS}
    for attribute, raw in texts.items():
        text = raw.strip()
        if not text and not (blank_is_no and attribute in FLAGS):
            continue
        column = columns[attribute]
        if attribute == "stage":
            if text.casefold() not in STAGE_CHOICES:
                return {}, f"'{column}' should be one of {', '.join(STAGE_CHOICES)}; found {text!r}"
            values[attribute] = text.casefold()
        elif attribute in ("closeness", "value"):
            if not (text.isdigit() and 1 <= int(text) <= 5):
                return {}, f"'{column}' should be a whole number from 1 to 5; found {text!r}"
            values[attribute] = int(text)
        elif attribute == "biggest_challenge":
            values[attribute] = text
        elif attribute == "cadence_days":
            if not (text.isdigit() and 1 <= int(text) <= CADENCE_DAYS_MAX):
                return {}, f"'{column}' should be a number of days, at least 1; found {text!r}"
            values[attribute] = int(text)
        elif text.casefold() in _YES:
            values[attribute] = True
        elif text.casefold() in _NO:
            values[attribute] = False
        else:
            return {}, f"'{column}' should be yes or no; found {text!r}"
    return values, None


def referrer_written(name: str, contact_id: int | None) -> str:
    return f"{name} (#{contact_id})" if contact_id is not None else ""


def referrer_read(text: str) -> int | None:
    """The NetCompanion ID a "Referred By" value names, or None (blank, or a name alone)."""
    found = _REFERRER_ID.search(text or "")
    return int(found.group(1)) if found else None
