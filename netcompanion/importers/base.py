"""What every importer hands to the merge step: people and touches, plus what it skipped."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from netcompanion.operations.results import ValidationError
from netcompanion.rules.common import plural

KINDS = ("linkedin", "linkedin-messages", "linkedin-invitations", "google", "outlook", "vcard")
TOUCH_KINDS = ("linkedin-messages", "linkedin-invitations")  # files of touches, not of people

KIND_LABELS = {
    "linkedin": "a LinkedIn Connections.csv",
    "linkedin-messages": "a LinkedIn messages.csv",
    "linkedin-invitations": "a LinkedIn Invitations.csv",
    "google": "a Google Contacts CSV",
    "outlook": "an Outlook contacts CSV",
    "vcard": "a vCard (.vcf) file",
}


class ImportFileError(ValidationError):
    """The file as a whole cannot be imported; the message names file, row, expected and found.

    Always one line: what a broken file "found" may hold line breaks or control characters.
    """

    def __init__(self, message: str) -> None:
        printable = "".join(ch if ch.isprintable() else " " for ch in message)
        super().__init__(" ".join(printable.split()))


class RowsInError(ImportFileError):
    """Rows the importer cannot read: a real import writes nothing unless told to leave them out,
    so a file with a typo is fixed and imported whole rather than silently imported in part."""

    def __init__(self, file: str, errors: list[tuple[int, str]]) -> None:
        self.errors = sorted(errors)
        row, message = self.errors[0]
        more = len(self.errors) - 1
        also = f" (and {more} more {plural('row', more)} with a problem)" if more else ""
        super().__init__(f"{file}: row {row}: {message}{also}; nothing was imported.")


@dataclass(slots=True)
class IncomingContact:
    """One person as a file describes them, already cleaned (trimmed, e-mails checked)."""

    row: int
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    title: str = ""
    linkedin_url: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    connected_on: dt.date | None = None
    birthday: str | None = None
    notes: str = ""
    # The id this app wrote into its own export, so a round trip finds the same contact.
    own_id: int | None = None
    referred_by_own_id: int | None = None  # the referrer's own_id in the same export (roundtrip.REFERRED_BY)
    tags: list[str] = field(default_factory=list)  # the address book's labels or categories
    # Stage, closeness and the like from this app's own export (see roundtrip): for new people only.
    relationship: dict[str, object] | None = None
    full_name: str = field(init=False, default="")

    def __post_init__(self) -> None:
        first, last = self.first_name, self.last_name  # what rename does, without a second call per row
        self.full_name = f"{first} {last}" if first and last else first or last

    def rename(self, first: str, last: str) -> None:
        self.first_name, self.last_name = first, last
        self.full_name = f"{first} {last}" if first and last else first or last


@dataclass
class IncomingTouch:
    """One imported message or invitation with one counterpart, found by profile URL only."""

    row: int
    key: str  # stable across re-imports: makes them idempotent
    profile_url: str  # normalized URL of the other person
    occurred_at: dt.datetime
    direction: str  # inbound | outbound
    outcome: str  # replied | reached | no-reply
    notes: str = ""


@dataclass
class ParsedFile:
    kind: str
    total_rows: int = 0
    contacts: list[IncomingContact] = field(default_factory=list)
    touches: list[IncomingTouch] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    # Rows imported without a value they held that is not what its column expects.
    left_out: list[tuple[int, str]] = field(default_factory=list)
