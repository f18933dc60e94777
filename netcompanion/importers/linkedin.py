"""LinkedIn `Connections.csv`, every generation since 2018.

2018: six columns, no preamble. 2021–2023: a `Notes:` preamble, still six columns.
Mid-2023 on: preamble plus a `URL` column. Hidden accounts appear as rows with only a date.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence

from netcompanion.identity import clean_email, clean_text, normalize_linkedin_url
from netcompanion.importers.base import IncomingContact, ParsedFile
from netcompanion.importers.dates import MONTH_FIRST, ColumnOrder, column_order, parse_date
from netcompanion.importers.sniff import Table

KIND = "linkedin"
REQUIRED = ("first name", "last name", "connected on")


def matches(columns: set[str]) -> bool:
    return all(c in columns for c in REQUIRED) and "e-mail 1 - value" not in columns


def _is_clean(cells: Sequence[str]) -> bool:
    """Whether no cell needs trimming or cleaning: a few checks in C for all of them at once, true
    for nearly every row LinkedIn writes (then `clean_text` would change nothing).

    A space beside a "|" means a cell starts or ends with a space (or a cell holds "| " itself,
    which merely takes the careful path); everything else about a cell is seen in the joined row.
    """
    joined = "|".join(cells)
    return (
        joined.isprintable()
        and "  " not in joined
        and " |" not in joined
        and "| " not in joined
        and joined[:1] != " "
        and joined[-1:] != " "
        and (joined.isascii() or unicodedata.is_normalized("NFC", joined))  # decomposed letters: composed
    )


def parse(table: Table) -> ParsedFile:
    parsed = ParsedFile(KIND)
    i_first, i_last, i_date = (table.index(c) for c in REQUIRED)
    i_url = table.index("url", "profile url")
    i_email = table.index("email address", "e-mail address")
    i_company = table.index("company")
    i_title = table.index("position")
    contacts, skipped, errors = parsed.contacts, parsed.skipped, parsed.errors
    days: dict[str, dt.date | None] = {}  # each distinct Connected On, read once
    written: list[str] = []  # each contact's Connected On as written
    remember = written.append
    total = 0
    for line, cells in table.rows():
        total += 1
        raw = cells[i_date]
        try:
            connected = days[raw]
        except KeyError:
            connected = days[raw] = parse_date(raw)
        first, last = cells[i_first], cells[i_last]
        company = cells[i_company] if i_company is not None else ""
        title = cells[i_title] if i_title is not None else ""
        # Only the cells kept as written are checked: the profile address and the day are read by
        # parsers that trim them (the address, the longest cell, took half of all the checking).
        if not _is_clean((first, last, company, title)):
            first, last, company, title = clean_text(first), clean_text(last), clean_text(company), clean_text(title)
        url_text = cells[i_url] if i_url is not None else ""
        if not (first or last):
            if raw.strip() and not url_text.strip():
                skipped.append((line, "hidden account (only a connection date)"))
            else:
                skipped.append((line, "no name"))
            continue
        if connected is None and raw.strip():
            errors.append((line, f"'Connected On' should be a date like 14 Nov 2024; found {raw.strip()!r}"))
            continue
        url = None
        if url_text:
            url = normalize_linkedin_url(url_text)  # a padded address reads as the trimmed one
            if url is None and url_text.strip():
                errors.append((line, f"'URL' should be a LinkedIn profile address; found {url_text.strip()!r}"))
                continue
        email = clean_email(cells[i_email]) if i_email is not None and cells[i_email] else None
        contacts.append(
            IncomingContact(line, first, last, company, title, url, [email] if email else [], [], connected)
        )
        remember(raw)
    parsed.total_rows = total
    order = column_order(days)
    if order.order != MONTH_FIRST:
        _reread_days(parsed, written, order)
    return parsed


def _reread_days(parsed: ParsedFile, written: list[str], order: ColumnOrder) -> None:
    """The connection days read again in the order the column turned out to be written in:
    day-first (a UK or European spreadsheet saved the file again), or both ways.

    A slashed date is a date month-first exactly when it is one day-first, so day-first only
    changes the days; written both ways, a date that reads either way makes its row an error.
    """
    days = {raw: parse_date(raw, order.order) for raw in dict.fromkeys(written)}
    kept = []
    for contact, raw in zip(parsed.contacts, written, strict=True):
        contact.connected_on = days[raw]
        if contact.connected_on is None and raw.strip():
            when = raw.strip()
            doubt = order.doubt(when)
            problem = f"{when!r} {doubt}" if doubt else f"should be a date like 14 Nov 2024; found {when!r}"
            parsed.errors.append((contact.row, f"'Connected On' {problem}"))
        else:
            kept.append(contact)
    parsed.contacts[:] = kept
