"""Which kind of file this is, and reading a file of a given kind into a ParsedFile."""

from __future__ import annotations

from pathlib import Path

from netcompanion.importers import google, linkedin, linkedin_invitations, linkedin_messages, outlook, vcard
from netcompanion.importers.base import KIND_LABELS, KINDS, ImportFileError, ParsedFile
from netcompanion.importers.sniff import column_key, find_header, first_rows, read_text

CSV_FORMATS = {
    "linkedin": linkedin,
    "linkedin-messages": linkedin_messages,
    "linkedin-invitations": linkedin_invitations,
    "outlook": outlook,
    "google": google,
}
EXPECTED_COLUMNS = {
    "linkedin": "First Name, Last Name, Connected On",
    "linkedin-messages": "CONVERSATION ID, FROM, DATE, CONTENT",
    "linkedin-invitations": "From, To, Sent At, Direction",
    "google": "First Name, Last Name, E-mail 1 - Value (or Name, Given Name, …)",
    "outlook": "First Name, Last Name, E-mail Address, Job Title",
    "vcard": "BEGIN:VCARD",
}


def kind_of_text(text: str) -> str | None:
    if vcard.looks_like_vcard(text):
        return "vcard"
    for cells in first_rows(text):
        present = {column_key(c) for c in cells if c.strip()}
        for kind, module in CSV_FORMATS.items():
            if module.matches(present):
                return kind
    return None


def detect_kind(path: str | Path) -> str | None:
    """The kind of contacts file at `path`, or None when it is none we know (or unreadable)."""
    try:
        return kind_of_text(read_text(Path(path)))
    except ImportFileError:
        return None


def _found(text: str) -> str:
    other = kind_of_text(text)
    if other:
        return f"found {KIND_LABELS[other]}"
    rows = first_rows(text, limit=1)
    if not rows:
        return "found no columns"
    shown = ", ".join(c.strip() for c in rows[0][:6] if c.strip())[:120]
    return f"found columns {shown}" if shown else "found no column names"


def parse_text(kind: str, text: str, name: str) -> ParsedFile:
    if kind not in KINDS:
        raise ImportFileError(f"{name}: unknown import kind {kind!r}; expected one of {', '.join(KINDS)}.")
    expected = f"expected {KIND_LABELS[kind]} ({EXPECTED_COLUMNS[kind]})"
    if kind == "vcard":
        if not vcard.looks_like_vcard(text):
            raise ImportFileError(f"{name}: row 1: {expected}; {_found(text)}.")
        return vcard.parse(text, name)
    module = CSV_FORMATS[kind]
    table = find_header(text, name, module.matches)
    if table is None:
        raise ImportFileError(f"{name}: row 1: {expected}; {_found(text)}.")
    return module.parse(table)


def parse_file(kind: str, path: str | Path) -> tuple[ParsedFile, str]:
    """The parsed file and its text (its fingerprint is taken from the text)."""
    path = Path(path)
    text = read_text(path, KIND_LABELS.get(kind, "a contacts export"))
    return parse_text(kind, text, path.name), text
