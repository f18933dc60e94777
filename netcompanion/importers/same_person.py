"""The same person on two rows of one file: one contact, and a report that says what became of
the later row.

A file does not say which of its rows is the newer, so where the rows disagree on a company, a
title or the like, the value read first stays and the later row's reason names the values not
taken. What the later row adds without contradicting (e-mails, phones, labels, a blank filled)
is kept, for a new contact and for one already here alike.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from netcompanion import identity
from netcompanion.importers.addressbook import SHOWN_VALUE
from netcompanion.importers.base import IncomingContact
from netcompanion.importers.existing import CONNECTED, FULL, URL, Existing
from netcompanion.rules.common import say_series

# What one row says about a person that a second row of the same person can only fill in, not
# add to: attribute and how a report names it.
ABSORBED = (("company", "company"), ("title", "title"), ("linkedin_url", "profile"),
            ("connected_on", "connection date"), ("birthday", "birthday"), ("notes", "notes"))  # fmt: skip
_BLANK = {"company": "", "title": "", "notes": ""}  # the others are blank as None


def same_text(new: str, old: str) -> bool:
    """Whether a row's text says what the stored text does, though the stored one may be decomposed
    (stored by an import from before text was composed): re-importing such a file is no news."""
    return new == old or (not old.isascii() and identity.nfc(old) == identity.nfc(new))


def _differs(mine: object, theirs: object) -> bool:
    return bool(mine and theirs) and mine != theirs and not (isinstance(mine, str) and same_text(theirs, mine))


def _shown(value: object) -> str:
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    return repr(text if len(text) <= SHOWN_VALUE else text[: SHOWN_VALUE - 1] + "…")


def how_matched(first: IncomingContact, again: IncomingContact) -> str:
    """What tells the two rows are one person, for the reason; nothing when the user said so."""
    if again.linkedin_url and again.linkedin_url == first.linkedin_url:
        return " (same profile)"
    keys = {identity.email_key(e) for e in first.emails}
    if any(identity.email_key(e) in keys for e in again.emails):
        return " (same e-mail)"
    return ""


def reason(first_row: int, how: str, kept: dict[int, list[str]], not_taken: list[str]) -> str:
    """Why the later row is skipped: `how` from `how_matched` (asked before the rows are merged);
    `kept` names, by the row they came from, the values that stayed."""
    said = f"same person as row {first_row}{how}; merged"
    if kept:
        whose = ", ".join(f"row {row}'s {say_series(labels)}" for row, labels in kept.items())
        said += f", keeping {whose} (this row has {say_series(not_taken)})"
    return said


def absorb(
    first: IncomingContact, again: IncomingContact, first_id: int, existing: Existing,
    filled_from: dict[tuple[int, str], int],
) -> str:  # fmt: skip
    """A new contact's later row: its blanks filled from `again`, its e-mails, phones and labels
    added. `filled_from`: (first row, attribute) -> the later row that filled it in, so a third
    row's reason names the row whose value stayed. Returns why `again` is skipped."""
    how = how_matched(first, again)
    by_email, by_url = existing.by_email, existing.by_url
    keys = {identity.email_key(e) for e in first.emails}
    for email in again.emails:
        key = identity.email_key(email)
        if key not in keys and by_email.get(key, first_id) == first_id:
            by_email[key] = first_id
            first.emails.append(email)
            keys.add(key)
    first.phones.extend(p for p in again.phones if p not in first.phones)
    known_tags = {t.casefold() for t in first.tags}
    first.tags.extend(t for t in again.tags if t.casefold() not in known_tags)
    kept: dict[int, list[str]] = {}
    not_taken: list[str] = []
    for name, label in ABSORBED:
        mine, theirs = getattr(first, name), getattr(again, name)
        if not theirs:
            continue
        if not mine:
            if name == "linkedin_url":
                if theirs in by_url:  # someone else's profile
                    continue
                by_url[theirs] = first_id
            setattr(first, name, theirs)
            filled_from[first.row, name] = again.row
        elif _differs(mine, theirs):
            kept.setdefault(filled_from.get((first.row, name), first.row), []).append(label)
            not_taken.append(_shown(theirs))
    return reason(first.row, how, kept, not_taken)


def held_back(first: IncomingContact, again: IncomingContact) -> tuple[IncomingContact, list[str], list[str]]:
    """A known contact's later row: the row without the values that contradict the first row's
    (those the first row brought stay), with the labels and values held back."""
    labels: list[str] = []
    not_taken: list[str] = []
    changes: dict[str, object] = {}
    for name, label in ABSORBED:
        theirs = getattr(again, name)
        if _differs(getattr(first, name), theirs):
            labels.append(label)
            not_taken.append(_shown(theirs))
            changes[name] = _BLANK.get(name)
    rest = dataclasses.replace(again, **changes) if changes else again
    return rest, labels, not_taken


class SameConnection:
    """Someone an older export (one without profile addresses, before 2023) brought in, found for a
    row with a profile: exactly one contact without a profile has the same name and was connected on
    the same day. LinkedIn's "Connected On" is the day the two of you connected, the same in every
    export; without this, each newer export added them again. A contact with e-mails the row does not
    share is not taken (the e-mails would have found them); a namesake connected on another day is
    only offered as a possible duplicate."""

    def __init__(self, existing: Existing) -> None:
        self.existing = existing
        self.by_name_and_day: dict[tuple[str, str], list[int]] | None = None  # built at the first row that asks

    def may_find(self) -> bool:
        """False once it is known nobody can be found: a first import, or every contact has a profile."""
        return self.by_name_and_day is None or bool(self.by_name_and_day)

    def find(self, incoming: IncomingContact) -> int | None:
        if self.by_name_and_day is None:
            self.by_name_and_day = {}
            for contact_id, r in self.existing.contacts.rows.items():
                if r[URL] is None and r[CONNECTED]:
                    key = (identity.name_key(r[FULL]), r[CONNECTED])
                    self.by_name_and_day.setdefault(key, []).append(contact_id)
        if incoming.connected_on is None:
            return None
        key = (identity.name_key(incoming.full_name), incoming.connected_on.isoformat())
        found = self.by_name_and_day.get(key, ())
        if len(found) != 1:
            return None
        if incoming.emails and self.existing.contacts.emails.get(found[0]):
            return None
        return found[0]
