"""What an import will do, decided before anything is written: plain data a dry run can show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from netcompanion.importers.base import IncomingContact, IncomingTouch
from netcompanion.importers.crossed import SharedEmail


@dataclass(frozen=True)
class PossibleDuplicate:
    row: int
    incoming_name: str
    incoming_company: str
    contact_id: int
    contact_name: str
    contact_company: str
    score: int
    new_contact_id: int | None = None  # the id the row's new contact gets (in a preview: would get)
    # When the other one is new from an earlier row of this same file: that row. Its id is only a
    # forecast (deciding about an earlier pair shifts it), so a decision about this pair holds by row.
    contact_row: int | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "row": self.row,
            "incoming": {"name": self.incoming_name, "company": self.incoming_company, "id": self.new_contact_id},
            "existing": {"id": self.contact_id, "name": self.contact_name, "company": self.contact_company,
                         "row": self.contact_row},  # fmt: skip
            "score": self.score,
        }


@dataclass
class FieldChange:
    contact_id: int
    field: str  # company | title | linkedin_url | connected_on | birthday | notes | job_changed_on
    old: str | None
    new: str | None


@dataclass
class Plan:
    kind: str
    total_rows: int
    new_contacts: list[tuple[int, IncomingContact]] = field(default_factory=list)
    changes: list[FieldChange] = field(default_factory=list)
    added_emails: list[tuple[int, str, int]] = field(default_factory=list)  # contact, e-mail, position
    added_phones: list[tuple[int, str, int]] = field(default_factory=list)
    added_tags: list[tuple[int, str]] = field(default_factory=list)  # contact, tag name
    events: list[tuple[int, str, str]] = field(default_factory=list)  # contact, kind, summary
    touches: list[tuple[int, IncomingTouch]] = field(default_factory=list)
    last_touch: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)
    touch_before: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)  # what last_touch replaces
    search_text: dict[int, str] = field(default_factory=dict)  # changed contacts' new search text
    unchanged: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    left_out: list[tuple[int, str]] = field(default_factory=list)  # values of imported rows not taken
    updated_names: dict[int, str] = field(default_factory=dict)  # contacts this plan changes, in file order
    possible_duplicates: list[PossibleDuplicate] = field(default_factory=list)
    shared_emails: list[SharedEmail] = field(default_factory=list)  # rows naming two contacts already here
    notices: list[str] = field(default_factory=list)  # about the file as a whole, for the report
    own_ids: dict[int, int] = field(default_factory=dict)  # this app's export: the id a row had -> contact id
    referrals: list[tuple[int, int]] = field(default_factory=list)  # new contact, who referred them
    newest_connection: dt.date | None = None  # a connections file's: how old the export is (freshness)

    @property
    def updated(self) -> int:
        """Contacts this plan changes (each once, however many rows of the file it took)."""
        return len(self.updated_names)

    def changes_anything(self) -> bool:
        """Whether writing this plan alters any contact (a re-import of the same file does not)."""
        return bool(
            self.new_contacts or self.changes or self.added_emails or self.added_phones or self.added_tags
            or self.events
            or self.touches or self.last_touch or self.search_text
        )  # fmt: skip


def plan_referrals(plan: Plan) -> None:
    """Who referred each new person, from this app's own export: its "Referred By" names the
    referrer's id in that export, which is found among the file's rows (ids of another database
    mean nothing here). Like the rest of the relationship, only people the import adds take it."""
    if not plan.own_ids:  # not this app's export (a LinkedIn file): no row names another
        return
    for contact_id, incoming in plan.new_contacts:
        wanted = incoming.referred_by_own_id
        if wanted is None:
            continue
        referrer = plan.own_ids.get(wanted)
        if referrer is None:
            plan.left_out.append((incoming.row, f"referred by #{wanted} not taken: no row of this file is #{wanted}"))
        elif referrer != contact_id:
            plan.referrals.append((contact_id, referrer))
