"""What an import (or its preview, or its undo) tells the user."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netcompanion import clock
from netcompanion.importers.base import TOUCH_KINDS
from netcompanion.importers.crossed import SharedEmail
from netcompanion.importers.plan import Plan, PossibleDuplicate
from netcompanion.rules.common import plural, say_count, say_date
from netcompanion.store.moments import from_stored


def touch_noun(kind: str) -> str:
    """What one record of a file of touches is: "message" or "invitation"."""
    return "message" if kind == "linkedin-messages" else "invitation"


def counts_in_units(kind: str, created: int, updated: int, unchanged: int) -> list[tuple[int, str]]:
    """(count, words) for new, updated and unchanged, in the file's own units — people for a
    contacts file; messages, and contacts whose last touch moved on, for a message file."""
    if kind not in TOUCH_KINDS:
        return [(created, "new"), (updated, "updated"), (unchanged, "unchanged")]
    noun = touch_noun(kind)
    return [
        (created, f"new {plural(noun, created)}"),
        (updated, f"{plural('contact', updated)} with a newer last touch"),
        (unchanged, f"{plural(noun, unchanged)} already known"),
    ]


def undo_touches_words(kind: str, brought_in: int, put_back: int, tense: str = "does") -> str:
    """What undoing a file of touches does: "removes the 13 messages it brought in and puts back the
    last touch of 8 contacts". `tense`: "does" (asking first), "did" (done) or "would" (a dry run)."""
    remove, restore = {"does": ("removes", "puts back"), "did": ("removed", "put back")}.get(
        tense, ("remove", "put back")
    )
    parts = [f"{remove} the {say_count(brought_in, touch_noun(kind))} it brought in"] if brought_in else []
    if put_back:
        parts.append(f"{restore} the last touch of {say_count(put_back, 'contact')}")
    said = " and ".join(parts) or {"does": "changes nothing", "did": "changed nothing"}.get(tense, "change nothing")
    return f"would {said}" if tense == "would" else said


class KeptContact(tuple):
    """A contact an undo left in place, and why. It reads as (contact id, reason), as an import's
    skipped rows read as (row, reason), and carries the contact's name; in JSON it says
    `contact_id`, never `row`: it names a contact, not a line of the file."""

    name: str

    def __new__(cls, contact_id: int, reason: str, name: str = "") -> KeptContact:
        kept = super().__new__(cls, (contact_id, reason))
        kept.name = name
        return kept

    def __getnewargs__(self) -> tuple[int, str, str]:  # copies and pickles keep the name
        return (self[0], self[1], self.name)

    @property
    def contact_id(self) -> int:
        return self[0]

    @property
    def reason(self) -> str:
        return self[1]

    def to_json(self) -> dict[str, object]:
        return {"contact_id": self.contact_id, "name": self.name, "reason": self.reason}

    def line(self) -> str:
        """"#12 Ada Lovelace: changed or used since the import"."""
        return f"#{self.contact_id} {self.name}: {self.reason.removeprefix('kept: ')}"


@dataclass(frozen=True)
class WithdrawnMerge:
    """A contact an undone import added had been merged into another (`kept_id`): what it brought them
    goes with the import, and the merge can no longer be taken back, which would bring back a person
    the undo removed, without what the import said about them."""

    kept_id: int
    kept_name: str
    other_id: int

    def to_json(self) -> dict[str, object]:
        return {"kept": self.kept_id, "name": self.kept_name, "other": self.other_id}

    def line(self) -> str:
        """"#14, merged into #1 Tobias Brenner: …"."""
        return (f"#{self.other_id}, merged into #{self.kept_id} {self.kept_name}: what it brought them goes with "
                "the import, and that merge can no longer be taken back")  # fmt: skip


def _skipped_json(entry: tuple[int, str]) -> dict[str, object]:
    if isinstance(entry, KeptContact):
        return entry.to_json()
    row, reason = entry
    return {"row": row, "reason": reason}


@dataclass(frozen=True)
class ImportReport:
    batch_id: int | None  # None for a dry run
    kind: str
    created: int
    updated: int
    unchanged: int
    # (file row, reason) for an import; for an undo, the contacts it kept (KeptContact)
    skipped: tuple[tuple[int, str], ...]
    possible_duplicates: tuple[PossibleDuplicate, ...]
    errors: tuple[tuple[int, str], ...]
    events: tuple[str, ...]
    dry_run: bool = False
    file: str = ""
    total_rows: int = 0
    removed: int = 0  # undo only: contacts taken out again
    notices: tuple[str, ...] = ()  # about the file as a whole ("this export is older than …")
    updates: tuple[str, ...] = ()  # one line per contact changed: what changes, in the user's words
    left_out: tuple[tuple[int, str], ...] = ()  # rows imported without a value that was no date, no e-mail
    shared_emails: tuple[SharedEmail, ...] = ()  # rows whose e-mail is another contact's: maybe one person
    # The first new people, "Name — Company": a preview shows who is coming, not all 30,000.
    new_people: tuple[str, ...] = ()
    # undo only: merges of a contact it added into another, which can no longer be taken back
    merges_withdrawn: tuple[WithdrawnMerge, ...] = ()

    def counts(self) -> list[tuple[int, str]]:
        return counts_in_units(self.kind, self.created, self.updated, self.unchanged)

    def skipped_by_reason(self) -> dict[str, list[int]]:
        """The skipped rows grouped by why (reasons in order of first appearance): 471 hidden
        accounts read better as one line than as 471."""
        grouped: dict[str, list[int]] = {}
        for row, reason in self.skipped:
            grouped.setdefault(reason, []).append(row)
        return grouped

    def to_json(self) -> dict[str, object]:
        return {
            "batch_id": self.batch_id,
            "kind": self.kind,
            "file": self.file,
            "dry_run": self.dry_run,
            "rows": self.total_rows,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "skipped": [_skipped_json(entry) for entry in self.skipped],
            "possible_duplicates": [d.to_json() for d in self.possible_duplicates],
            "errors": [{"row": row, "message": message} for row, message in self.errors],
            "events": list(self.events),
            "updates": list(self.updates),
            "left_out": [{"row": row, "message": message} for row, message in self.left_out],
            "shared_emails": [shared.to_json() for shared in self.shared_emails],
            "notices": list(self.notices),
            "merges_withdrawn": [merge.to_json() for merge in self.merges_withdrawn],
        }


def report_from_plan(
    plan: Plan, batch_id: int | None, file: str, dry_run: bool, zone: dt.tzinfo
) -> ImportReport:
    """`zone`: the user's (settings.user_zone), the calendar the report's dates are on."""
    created = len(plan.new_contacts) + len(plan.touches)  # people, or touches for message files
    return ImportReport(
        batch_id=batch_id,
        kind=plan.kind,
        created=created,
        updated=plan.updated,
        unchanged=plan.unchanged,
        skipped=tuple(sorted(plan.skipped)),
        possible_duplicates=tuple(plan.possible_duplicates),
        errors=tuple(sorted(plan.errors)),
        events=tuple(summary for _, _, summary in plan.events),
        dry_run=dry_run,
        file=file,
        total_rows=plan.total_rows,
        notices=tuple(plan.notices),
        updates=tuple(update_lines(plan, zone)),
        left_out=tuple(sorted(plan.left_out)),
        shared_emails=tuple(plan.shared_emails),
        new_people=tuple(" — ".join(filter(None, (c.full_name, c.company))) for _, c in plan.new_contacts[:NEW_SHOWN]),
    )


NEW_SHOWN = 200
JOB_FIELDS = ("company", "title")  # what a job-change event already tells
FIELD_WORDS = {"company": "company", "title": "title", "connected_on": "connected on", "birthday": "birthday"}


def update_lines(plan: Plan, zone: dt.tzinfo) -> list[str]:
    """One line per contact the plan changes, so a preview says what an "updated" is: a job
    change reads as the event ("… moved from Contoso to Fabrikam"), anything else by field. A new
    last touch is dated on the user's calendar (`zone`), as `contacts show` dates it."""
    events = {contact_id: summary for contact_id, _, summary in plan.events}
    parts: dict[int, list[str]] = {contact_id: [] for contact_id in plan.updated_names}
    for change in plan.changes:
        if change.field == "job_changed_on" or (change.contact_id in events and change.field in JOB_FIELDS):
            continue  # the event says it
        if change.field == "notes":
            text = "notes added"
        elif change.field == "linkedin_url":
            text = "LinkedIn profile added"
        elif change.field == "birthday" and change.new and change.new.startswith("--"):
            text = f"birthday {change.new[2:]} (no year)"
        elif change.old:
            text = f"{FIELD_WORDS[change.field]} {change.old} → {change.new}"
        else:
            text = f"{FIELD_WORDS[change.field]} {change.new}"
        parts[change.contact_id].append(text)
    for contact_id, email, _ in plan.added_emails:
        parts[contact_id].append(f"e-mail {email} added")
    for contact_id, phone, _ in plan.added_phones:
        parts[contact_id].append(f"phone {phone} added")
    for contact_id, tag in plan.added_tags:
        parts[contact_id].append(f"label {tag} added")
    for contact_id, (last, talk) in plan.last_touch.items():
        if contact_id not in parts:
            continue
        last_before, talk_before = plan.touch_before.get(contact_id, (None, None))
        if last != last_before and (moment := from_stored(last)) is not None:
            parts[contact_id].append(f"last touch now {say_date(clock.day_of(moment, zone))}")
        elif talk != talk_before and (moment := from_stored(talk)) is not None:
            parts[contact_id].append(f"last conversation now {say_date(clock.day_of(moment, zone))}")
    lines = []
    for contact_id, name in plan.updated_names.items():
        said = ", ".join(parts[contact_id])
        if contact_id in events:
            lines.append(events[contact_id] + (f"; also {said}" if said else ""))
        else:
            lines.append(f"{name}: {said}")
    return lines


@dataclass(frozen=True)
class ImportBatchView:
    id: int
    kind: str
    file: str
    imported_at: dt.datetime
    created: int
    updated: int
    unchanged: int
    skipped: int
    undone_at: dt.datetime | None
    # Both moments on the user's clock (the `timezone` setting's): what the lists show, in the app and
    # on the command line alike, so an import at 23:30 UTC is 08:30 the next day for someone in Tokyo.
    imported_local: dt.datetime
    undone_local: dt.datetime | None

    def counts(self) -> list[tuple[int, str]]:
        return counts_in_units(self.kind, self.created, self.updated, self.unchanged)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "file": self.file,
            "imported_at": self.imported_at.isoformat(),
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "undone_at": self.undone_at.isoformat() if self.undone_at else None,
        }

