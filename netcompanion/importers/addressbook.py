"""Shared rules for address-book rows (Google, Outlook, vCard): names, e-mails, phones, sites."""

from __future__ import annotations

import re
from collections.abc import Iterable

from netcompanion.identity import clean_email, clean_text, email_key, normalize_linkedin_url
from netcompanion.importers.base import IncomingContact, ParsedFile
from netcompanion.importers.dates import AS_LINKEDIN_WRITES, ColumnOrder, parse_birthday

OWN_ID_LABEL = "netcompanion id"
# Outlook writes "0/0/00" (or "00.00.0000", by locale) where a contact has no birthday.
_NO_BIRTHDAY = re.compile(r"[0\W]*")
SHOWN_VALUE = 60  # characters of a left-out value quoted in the report


def split_values(cell: str) -> list[str]:
    """Google packs several values in one cell as `a ::: * b`; `* ` marks the primary one."""
    values = []
    for part in cell.split(":::"):
        value = part.strip()
        if value.startswith("* "):
            value = value[2:].strip()
        if value and value != "*":
            values.append(value)
    return values


def left_out(what: str, value: str, why: str) -> str:
    """How a report names a value a row held that the import could not take."""
    shown = value if len(value) <= SHOWN_VALUE else value[: SHOWN_VALUE - 1] + "…"
    return f"imported without the {what} {shown!r} ({why})"


def unique_emails(values: Iterable[str], notes: list[str]) -> list[str]:
    """The row's e-mail addresses, each once; what is no address goes into `notes`, so the
    report can say so (an Exchange directory entry, a typo) instead of it vanishing."""
    found: dict[str, str] = {}
    for raw in values:
        for value in split_values(raw):
            email = clean_email(value)
            if email is None:
                if not value.lower().startswith("urn:li:"):
                    notes.append(left_out("e-mail", value, "not an e-mail address"))
            elif email_key(email) not in found:
                found[email_key(email)] = email
    return list(found.values())


def birthday(
    text: str, notes: list[str], omit_year: str | None = None, order: ColumnOrder | None = None
) -> str | None:
    """The birthday as stored (see parse_birthday); text that is no date goes into `notes`.

    `order`: how the file's birthdays are written (`dates.column_order` of all of them), so that
    4 July written 04/07/1988 by a UK Outlook is not stored as 7 April.
    """
    value = text.strip()
    if _NO_BIRTHDAY.fullmatch(value):
        return None
    order = order or AS_LINKEDIN_WRITES
    found = parse_birthday(value, omit_year=omit_year, order=order.order)
    if found is None:
        doubt = order.doubt(value)
        notes.append(left_out("birthday", value, f"it {doubt}" if doubt else "not a date"))
    return found


def unique_phones(values: Iterable[str]) -> list[str]:
    found: dict[str, str] = {}
    for raw in values:
        for value in split_values(raw):
            phone = clean_text(value)
            if phone:
                found.setdefault(phone, phone)
    return list(found.values())


# Groups every address book puts everyone in: they say nothing about the person.
_SYSTEM_LABELS = {"mycontacts", "starred"}


def labels(values: Iterable[str], separators: str = ":::") -> list[str]:
    """The user's own labels (Google `Labels`, vCard `CATEGORIES`, Outlook `Categories`) as tags.

    Google marks its system groups with `* ` (`* myContacts`, `* starred`, `* friends`); those,
    the legacy `System Group: …` names and the automatic `Imported on 3/14` labels are left out:
    they say nothing about the person.
    """
    found: dict[str, str] = {}
    for raw in values:
        for separator in separators.split():
            raw = raw.replace(separator, "\x00")
        for part in raw.split("\x00"):
            if part.strip().startswith("*"):
                continue
            tag = clean_text(part)[:100]
            key = tag.casefold()
            if not tag or key.replace(" ", "") in _SYSTEM_LABELS:
                continue
            if key.startswith(("system group:", "imported on ")):
                continue
            found.setdefault(key, tag)
    return list(found.values())


def first_linkedin(values: Iterable[str]) -> str | None:
    for raw in values:
        for value in split_values(raw):
            url = normalize_linkedin_url(value)
            if url:
                return url
    return None


def looks_like_name(text: str) -> bool:
    """An e-mail address or a phone number typed into the name field is not a name."""
    if not text or "@" in text:
        return False
    return any(ch.isalpha() for ch in text)


def own_id(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() and len(text) < 12 else None


def finish(parsed: ParsedFile, contact: IncomingContact, notes: Iterable[str] = ()) -> None:
    """Keep a row that names someone; one with no name is only useful to enrich a known contact.

    `notes`: values of a kept row that could not be taken (a skipped row is reported as skipped).
    """
    if not looks_like_name(contact.full_name):
        contact.rename("", "")
    if not contact.full_name and not contact.emails and not contact.linkedin_url:
        parsed.skipped.append((contact.row, "no name, e-mail or LinkedIn profile"))
        return
    parsed.contacts.append(contact)
    parsed.left_out.extend((contact.row, note) for note in notes)
