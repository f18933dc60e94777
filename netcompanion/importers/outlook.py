"""Outlook contacts CSV (outlook.com and desktop Outlook share the column names)."""

from __future__ import annotations

from netcompanion.identity import clean_text
from netcompanion.importers.addressbook import (
    birthday,
    finish,
    first_linkedin,
    labels,
    unique_emails,
    unique_phones,
)
from netcompanion.importers.base import IncomingContact, ParsedFile
from netcompanion.importers.dates import column_order
from netcompanion.importers.sniff import Table, clean_cell

KIND = "outlook"
PHONE_COLUMNS = ("mobile phone", "business phone", "business phone 2", "home phone", "home phone 2",
                 "other phone", "primary phone", "company main phone", "car phone")  # fmt: skip


def matches(columns: set[str]) -> bool:
    return {"first name", "last name", "e-mail address"} <= columns and "job title" in columns


def parse(table: Table) -> ParsedFile:
    parsed = ParsedFile(KIND)
    idx = table.index

    def get(cells: list[str], *names: str) -> str:
        index = idx(*names)
        return clean_cell(cells[index]) if index is not None else ""

    rows = list(table.rows())
    # 04/07/1988 is 4 July in a UK export: the column as a whole says which order it writes.
    born = column_order(get(cells, "birthday") for _, cells in rows)
    for line, cells in rows:
        parsed.total_rows += 1
        notes: list[str] = []
        contact = IncomingContact(
            row=line,
            first_name=clean_text(get(cells, "first name")),
            last_name=clean_text(get(cells, "last name")),
            company=clean_text(get(cells, "company")),
            title=clean_text(get(cells, "job title")),
            emails=unique_emails(
                (get(cells, c) for c in ("e-mail address", "e-mail 2 address", "e-mail 3 address")), notes
            ),
            phones=unique_phones(get(cells, c) for c in PHONE_COLUMNS),
            linkedin_url=first_linkedin(get(cells, c) for c in ("web page", "personal web page")),
            birthday=birthday(get(cells, "birthday"), notes, order=born),
            notes=get(cells, "notes").replace("\r\n", "\n").strip(),
            tags=labels([get(cells, "categories")], separators="; ,"),
        )
        finish(parsed, contact, notes)
    return parsed
