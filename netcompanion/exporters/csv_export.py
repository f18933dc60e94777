"""Contacts as a spreadsheet-safe CSV in Google Contacts' column names.

Google's names mean the file also opens in Google Contacts and imports back here as `google`.
A cell starting with `=`, `+`, `-` or `@` would run as a formula in a spreadsheet, so it gets a
leading apostrophe; our importer takes that apostrophe off again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from netcompanion import roundtrip
from netcompanion.exporters.records import ExportedContact

HEADER = (
    "First Name", "Last Name", "Organization Name", "Organization Title", "E-mail 1 - Label",
    "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Website 1 - Label", "Website 1 - Value",
    "Birthday", "Notes", "Labels", "Custom Field 1 - Label", "Custom Field 1 - Value",
    *(column for _, column, _ in roundtrip.FIELDS), roundtrip.REFERRED_BY[0], "Connected On", "Last Interaction",
)  # fmt: skip
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """Neutralise spreadsheet formulas: a leading apostrophe makes the cell plain text."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_DANGEROUS) else text


def contacts_csv(contacts: Iterable[ExportedContact]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for c in contacts:
        row = (
            c.first_name, c.last_name, c.company, c.title, "Work" if c.emails else "", " ::: ".join(c.emails),
            "Mobile" if c.phones else "", " ::: ".join(c.phones), "LinkedIn" if c.linkedin_url else "",
            c.linkedin_url or "", c.birthday or "", c.notes, " ::: ".join(c.tags), "NetCompanion ID", c.id,
            *roundtrip.written(c).values(), c.referred_by, c.connected_on, c.last_interaction,
        )  # fmt: skip
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()
