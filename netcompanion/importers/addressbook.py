"""Shared rules for address-book rows (Google, Outlook, vCard): names, e-mails, phones, sites."""

from __future__ import annotations

from collections.abc import Iterable

from netcompanion.identity import clean_email, clean_text, email_key, normalize_linkedin_url
from netcompanion.importers.base import IncomingContact, ParsedFile

OWN_ID_LABEL = "netcompanion id"


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


def unique_emails(values: Iterable[str]) -> list[str]:
    found: dict[str, str] = {}
    for raw in values:
        for value in split_values(raw):
            email = clean_email(value)
            if email and email_key(email) not in found:
                found[email_key(email)] = email
    return list(found.values())


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


def finish(parsed: ParsedFile, contact: IncomingContact) -> None:
    """Keep a row that names someone; one with no name is only useful to enrich a known contact."""
    if not looks_like_name(contact.full_name):
        contact.rename("", "")
    if not contact.full_name and not contact.emails and not contact.linkedin_url:
        parsed.skipped.append((contact.row, "no name, e-mail or LinkedIn profile"))
        return
    parsed.contacts.append(contact)
