"""vCard 2.1, 3.0 and 4.0 (Google, Apple, Android, Outlook) via vobject.

Cards are cut apart by their BEGIN/END lines first, so one broken card is reported with its
line number and the others still import.
"""

from __future__ import annotations

import logging
import re

import vobject

from netcompanion import roundtrip
from netcompanion.identity import clean_text
from netcompanion.importers.addressbook import (
    birthday,
    finish,
    first_linkedin,
    labels,
    own_id,
    unique_emails,
    unique_phones,
)
from netcompanion.importers.base import ImportFileError, IncomingContact, ParsedFile
from netcompanion.importers.dates import date_in_column

KIND = "vcard"
OWN_ID_PROPERTY = "X-NETCOMPANION-ID"
_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^\s*END\s*:\s*VCARD\s*$", re.IGNORECASE)


class CardProblem(ValueError):
    """A card that reads fine but holds a value this app cannot take (named in the message)."""


def looks_like_vcard(text: str) -> bool:
    return bool(_BEGIN.match(text.lstrip("\ufeff \r\n\t").split("\n", 1)[0].strip()))


def cards(text: str) -> tuple[list[tuple[int, str]], list[int]]:
    """(line number of BEGIN, the card's text) for every card in the file, and the lines where
    a card begins that never ends (the next BEGIN, or the end of a file cut off, comes first)."""
    found, unfinished, current, start = [], [], [], 0
    for number, line in enumerate(text.splitlines(), start=1):
        if _BEGIN.match(line):
            if current:
                unfinished.append(start)
            current, start = [line], number
        elif current:
            current.append(line)
            if _END.match(line):
                found.append((start, "\r\n".join(current) + "\r\n"))
                current = []
    if current:
        unfinished.append(start)
    return found, unfinished


def _values(card, name: str) -> list:
    return [child.value for child in card.contents.get(name.lower(), [])]


def _text(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value or "")


def _phone(value) -> str:
    text = _text(value).strip()
    return text[4:] if text.lower().startswith("tel:") else text


def _categories(card) -> list[str]:
    found: list[str] = []
    for value in _values(card, "categories"):
        if isinstance(value, list):
            found.extend(str(v) for v in value)
        else:
            found.extend(str(value).split(","))
    return found


def parse_card(row: int, card, notes: list[str]) -> IncomingContact:
    """The card as a contact; values it holds that cannot be taken are described in `notes`."""
    first = last = ""
    names = _values(card, "n")
    if names and hasattr(names[0], "given"):
        first, last = clean_text(_text(names[0].given)), clean_text(_text(names[0].family))
    if not (first or last):
        first = clean_text(_text(next(iter(_values(card, "fn")), "")))
    orgs = _values(card, "org")
    born = None
    for child in card.contents.get("bday", []):  # the first that is a date; a second BDAY is rare
        if born is None:
            omit = child.params.get("X-APPLE-OMIT-YEAR", [None])[0]
            born = birthday(_text(child.value), notes, omit_year=omit)
    contact = IncomingContact(
        row=row,
        first_name=first,
        last_name=last,
        company=clean_text(_text(orgs[0]) if orgs else ""),
        title=clean_text(_text(next(iter(_values(card, "title")), ""))),
        emails=unique_emails((_text(v) for v in _values(card, "email")), notes),
        phones=unique_phones(_phone(v) for v in _values(card, "tel")),
        linkedin_url=first_linkedin(_text(v) for v in _values(card, "url")),
        birthday=born,
        notes=_text(next(iter(_values(card, "note")), "")).strip(),
        tags=labels(_categories(card)),
    )
    ids = _values(card, OWN_ID_PROPERTY)
    contact.own_id = own_id(_text(ids[0])) if ids else None
    texts = {attribute: _text(next(iter(_values(card, name)), "")) for attribute, _, name in roundtrip.FIELDS}
    relationship, problem = roundtrip.read(texts)
    connected = _text(next(iter(_values(card, "X-NETCOMPANION-CONNECTED-ON")), ""))
    contact.connected_on, wrong_date = date_in_column(connected, "X-NETCOMPANION-CONNECTED-ON")
    problem = problem or wrong_date
    if problem:
        raise CardProblem(problem)
    contact.relationship = relationship or None
    return contact


def parse(text: str, name: str) -> ParsedFile:
    parsed = ParsedFile(KIND)
    # vobject logs every line it skips; an import reports per card instead of spraying stderr.
    logger = logging.getLogger("vobject.base")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        return _parse_cards(parsed, text, name)
    finally:
        logger.setLevel(level)


def _parse_cards(parsed: ParsedFile, text: str, name: str) -> ParsedFile:
    found, unfinished = cards(text)
    if not found:
        raise ImportFileError(f"{name}: expected vCards (BEGIN:VCARD … END:VCARD); found none.")
    for row in unfinished:
        parsed.total_rows += 1
        parsed.errors.append((row, "this card has no END:VCARD line (is the file cut off?)"))
    for row, card_text in found:
        parsed.total_rows += 1
        try:
            card = vobject.readOne(card_text, ignoreUnreadable=True)
            notes: list[str] = []
            contact = parse_card(row, card, notes)
        except CardProblem as problem:
            parsed.errors.append((row, str(problem)))
            continue
        except Exception as exc:  # vobject raises many kinds of errors on broken cards
            parsed.errors.append((row, f"this card cannot be read ({type(exc).__name__}: {str(exc)[:80]})"))
            continue
        finish(parsed, contact, notes)
    return parsed
