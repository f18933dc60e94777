"""What an import (or its preview, or its undo) tells the user."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netcompanion.importers.base import TOUCH_KINDS
from netcompanion.importers.plan import Plan, PossibleDuplicate


@dataclass(frozen=True)
class ImportReport:
    batch_id: int | None  # None for a dry run
    kind: str
    created: int
    updated: int
    unchanged: int
    skipped: tuple[tuple[int, str], ...]
    possible_duplicates: tuple[PossibleDuplicate, ...]
    errors: tuple[tuple[int, str], ...]
    events: tuple[str, ...]
    dry_run: bool = False
    file: str = ""
    total_rows: int = 0
    removed: int = 0  # undo only: contacts taken out again
    notices: tuple[str, ...] = ()  # about the file as a whole ("this export is older than …")

    def counts(self) -> list[tuple[int, str]]:
        """(count, words) for new, updated and unchanged, in the file's own units — people for a
        contacts file; messages, and contacts whose last touch moved on, for a message file."""
        if self.kind not in TOUCH_KINDS:
            return [(self.created, "new"), (self.updated, "updated"), (self.unchanged, "unchanged")]
        noun = "message" if self.kind == "linkedin-messages" else "invitation"
        return [
            (self.created, f"new {_plural(noun, self.created)}"),
            (self.updated, f"{_plural('contact', self.updated)} with a newer last touch"),
            (self.unchanged, f"{_plural(noun, self.unchanged)} already known"),
        ]

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
            "skipped": [{"row": row, "reason": reason} for row, reason in self.skipped],
            "possible_duplicates": [d.to_json() for d in self.possible_duplicates],
            "errors": [{"row": row, "message": message} for row, message in self.errors],
            "events": list(self.events),
            "notices": list(self.notices),
        }


def report_from_plan(plan: Plan, batch_id: int | None, file: str, dry_run: bool) -> ImportReport:
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
    )


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


def _plural(word: str, count: int) -> str:
    return word if count == 1 else word + "s"
