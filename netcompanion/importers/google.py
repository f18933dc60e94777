"""Google Contacts "Google CSV": the current header (First Name, …, Labels, E-mail 1 - Value)
and the one used until about 2022 (Name, Given Name, …, Group Membership)."""

from __future__ import annotations

from netcompanion import roundtrip
from netcompanion.identity import clean_text
from netcompanion.importers.addressbook import (
    OWN_ID_LABEL,
    birthday,
    finish,
    first_linkedin,
    labels,
    own_id,
    unique_emails,
    unique_phones,
)
from netcompanion.importers.base import IncomingContact, ParsedFile
from netcompanion.importers.dates import column_order, date_in_column
from netcompanion.importers.sniff import Table, clean_cell

KIND = "google"


def matches(columns: set[str]) -> bool:
    has_name = (
        ("first name" in columns and "last name" in columns) or "given name" in columns or "name" in columns
    )
    return has_name and ("e-mail 1 - value" in columns or "phone 1 - value" in columns)


def _numbered(table: Table, template: str) -> list[int]:
    found = []
    for n in range(1, 20):
        index = table.index(template.format(n))
        if index is None:
            break
        found.append(index)
    return found


def parse(table: Table) -> ParsedFile:
    parsed = ParsedFile(KIND)
    legacy = "given name" in table.columns
    i_first = table.index("given name" if legacy else "first name")
    i_last = table.index("family name" if legacy else "last name")
    i_name = table.index("name")
    i_company = table.index("organization 1 - name" if legacy else "organization name")
    i_title = table.index("organization 1 - title" if legacy else "organization title")
    i_birthday, i_notes = table.index("birthday"), table.index("notes")
    i_labels = table.index("labels", "group membership")
    emails = _numbered(table, "e-mail {} - value")
    phones = _numbered(table, "phone {} - value")
    sites = _numbered(table, "website {} - value")
    custom = list(
        zip(
            _numbered(table, "custom field {} - label"),
            _numbered(table, "custom field {} - value"),
            strict=False,
        )
    )

    # This app's own export carries the relationship too (Google's files have none of these columns).
    ours = [(attribute, table.index(column.casefold())) for attribute, column, _ in roundtrip.FIELDS]
    ours = [(attribute, index) for attribute, index in ours if index is not None]
    i_connected = table.index("connected on")
    i_referred = table.index(roundtrip.REFERRED_BY[0].casefold())

    def get(cells: list[str], index: int | None) -> str:
        return clean_cell(cells[index]) if index is not None else ""

    rows = list(table.rows())
    # Each date column as a whole says whether its slashed dates are day-first or month-first.
    born = column_order(get(cells, i_birthday) for _, cells in rows)
    connected_order = column_order(get(cells, i_connected) for _, cells in rows)
    for line, cells in rows:
        parsed.total_rows += 1
        relationship, problem = roundtrip.read({attribute: get(cells, i) for attribute, i in ours}, blank_is_no=True)
        connected, wrong_date = date_in_column(get(cells, i_connected), "Connected On", connected_order)
        problem = problem or wrong_date
        if problem:
            parsed.errors.append((line, problem))
            continue
        first, last = clean_text(get(cells, i_first)), clean_text(get(cells, i_last))
        if not (first or last):
            first = clean_text(get(cells, i_name))
        notes: list[str] = []
        contact = IncomingContact(
            row=line,
            first_name=first,
            last_name=last,
            company=clean_text(get(cells, i_company)),
            title=clean_text(get(cells, i_title)),
            emails=unique_emails((get(cells, i) for i in emails), notes),
            phones=unique_phones(get(cells, i) for i in phones),
            linkedin_url=first_linkedin(get(cells, i) for i in sites),
            birthday=birthday(get(cells, i_birthday), notes, order=born),
            notes=get(cells, i_notes).strip(),
            tags=labels([get(cells, i_labels)]),
            connected_on=connected,
            relationship=relationship or None,
            referred_by_own_id=roundtrip.referrer_read(get(cells, i_referred)),
        )
        for label, value in custom:
            if cells[label].strip().casefold() == OWN_ID_LABEL:
                contact.own_id = own_id(cells[value])
        finish(parsed, contact, notes)
    return parsed
