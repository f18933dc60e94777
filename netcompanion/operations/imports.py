"""Importing, previewing and undoing contact files; exporting contacts and follow-ups.

A preview and a real import make the same plan; only the real one writes it, as one
transaction and one import batch, so it can be undone as a whole.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import delete, select

from netcompanion import clock
from netcompanion.operations.export_target import check_export_target
from netcompanion.operations.results import NotFound, ValidationError
from netcompanion.settings import user_today, user_zone
from netcompanion.store.backup import backup_before, backup_now
from netcompanion.store.engine import Store
from netcompanion.store.models import ImportBatch, ImportDuplicate

if TYPE_CHECKING:
    from netcompanion.importers.plan import PossibleDuplicate
    from netcompanion.importers.report import ImportBatchView, ImportReport

# The importers raise errors defined beside the operations, so they are loaded on first use
# (importing them here, while `operations` itself is still loading, would be circular).

Progress = Callable[[int, int], None]
T = TypeVar("T")


def _read(kind: str, path: Path, progress: Progress | None):
    """Read and check the file before any transaction starts, so the database is not locked meanwhile."""
    from netcompanion.importers import parse_file

    parsed, text = parse_file(kind, path)
    if progress:
        progress(0, parsed.total_rows)
    return parsed, hashlib.sha256(text.encode("utf-8", errors="replace")).hexdigest()


def _plan(session, parsed, progress: Progress | None, same_person: Iterable[PossibleDuplicate] = ()):
    from netcompanion.importers.base import TOUCH_KINDS
    from netcompanion.importers.existing import load_existing
    from netcompanion.importers.freshness import newest_connection
    from netcompanion.importers.merge import make_plan

    kind = parsed.kind
    newest = newest_connection(parsed)
    existing = load_existing(
        session.connection(),
        with_phones=kind not in TOUCH_KINDS,
        with_interactions=kind in TOUCH_KINDS,
        with_tags=kind not in TOUCH_KINDS and kind != "linkedin",
        linkedin_after=newest,
        with_relationship=kind != "linkedin" and any(c.relationship for c in parsed.contacts),
    )
    plan = make_plan(parsed, existing, user_today(session), progress, same_person)
    plan.newest_connection = newest
    return plan, existing


def _collector_paused(work: Callable[[], T]) -> T:
    """Run `work` with the cyclic garbage collector paused.

    Tens of thousands of small records trigger it over and over while nothing is garbage yet;
    pausing it roughly halves the time of a large import. The records die with `work`'s frame,
    freed by reference counting before the collector is back, so it does not scan them all then
    (that came back as one ~45 ms collection at 30,000 rows).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return work()
    finally:
        if was_enabled:
            gc.enable()


def preview_import(
    store: Store,
    kind: str,
    path: str | Path,
    same_person: Iterable[PossibleDuplicate] = (),
    progress: Progress | None = None,
) -> ImportReport:
    """What importing this file would do — new, updated, unchanged, skipped, errors — writing nothing."""
    from netcompanion.importers.report import report_from_plan

    path = Path(path)

    def preview() -> ImportReport:
        parsed, _ = _read(kind, path, progress)
        with store.read() as session:
            plan, _ = _plan(session, parsed, progress, same_person)
            zone = user_zone(session)
        return report_from_plan(plan, None, path.name, dry_run=True, zone=zone)

    return _collector_paused(preview)


def offered_duplicates(
    store: Store, kind: str, path: str | Path, pairs: Iterable[tuple[int, int]]
) -> list[PossibleDuplicate]:
    """The possible duplicates this file's preview offers for these (row, contact id) pairs.

    A decision can only be about a suggestion: a pair the preview does not offer is refused.
    """
    wanted = list(pairs)
    offered = {(d.row, d.contact_id): d for d in preview_import(store, kind, path).possible_duplicates}
    missing = [f"{row}={contact}" for row, contact in wanted if (row, contact) not in offered]
    if missing:
        raise ValidationError(
            f"{Path(path).name}: {', '.join(missing)}: not offered as a possible duplicate by this file; "
            "`--dry-run` lists the rows and contacts it offers."
        )
    return [offered[pair] for pair in wanted]


def run_import(
    store: Store,
    kind: str,
    path: str | Path,
    progress: Progress | None = None,
    same_person: Iterable[PossibleDuplicate] = (),
    skip_bad_rows: bool = False,
) -> ImportReport:
    """Import a file as one transaction and one batch. Bad files raise ImportFileError, writing nothing.

    `same_person`: possible duplicates from the preview that the user said are one person; those
    rows update the existing contact instead of adding a new one.

    Rows that cannot be read (a date that is no date, say) raise RowsInError, writing nothing,
    unless `skip_bad_rows`: the user has seen them in the preview and imports the other rows.

    When the import would change a database that already holds contacts, a checked backup comes
    first. A re-import that brings nothing new writes nothing, not even an entry in the list of
    past imports (there is nothing to undo); its report has no batch id.
    """
    from netcompanion.importers.report import report_from_plan
    from netcompanion.importers.write import write_plan

    path = Path(path)

    def import_() -> ImportReport:
        from netcompanion.importers.base import RowsInError

        parsed, fingerprint = _read(kind, path, progress)
        if parsed.errors and not skip_bad_rows:
            raise RowsInError(path.name, parsed.errors)
        with store.write() as session:
            plan, existing = _plan(session, parsed, progress, same_person)
            zone = user_zone(session)
            if not plan.changes_anything():  # the same file again: nothing to write, nothing to undo
                return report_from_plan(plan, None, path.name, dry_run=False, zone=zone)
            if existing.contacts:
                # Taken under the write lock, so nothing can change between the copy and the
                # import; the copy reads the last committed state (WAL lets readers in meanwhile).
                backup_now(store, reason="before-import")
            batch_id = write_plan(
                session.connection(), plan, kind=kind, file=path.name, fingerprint=fingerprint,
                company_ids=existing.company_ids, next_company_id=existing.next_company_id,
                now=clock.now_utc(), today=user_today(session), existing_count=len(existing.contacts),
                newest_connection=plan.newest_connection,
            )  # fmt: skip
        return report_from_plan(plan, batch_id, path.name, dry_run=False, zone=zone)

    report = _collector_paused(import_)
    if progress:
        progress(report.total_rows, report.total_rows)
    return report


def undo_import(store: Store, batch_id: int, dry_run: bool = False) -> ImportReport:
    """Take one import back: its new contacts (unless used since), its changes, its touches.

    `dry_run`: the undo is carried out and then rolled back, so the counts are exactly what a real
    undo would report, and nothing changes.
    """
    from netcompanion.importers.created import contacts_created
    from netcompanion.importers.report import ImportReport
    from netcompanion.importers.undo import undo_batch
    from netcompanion.operations.merge_undo import withdraw_merges_of

    with store.read() as session:
        if session.get(ImportBatch, batch_id) is None:
            raise NotFound(f"There is no import #{batch_id}.")
    if not dry_run:
        backup_before(store, "before-undo-import")
    with (store.rehearse if dry_run else store.write)() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFound(f"There is no import #{batch_id}.")
        if batch.undone_at is not None:
            raise ValidationError(
                f"Import #{batch_id} ({batch.filename}) was already undone on "
                f"{clock.day_of(batch.undone_at, user_zone(session)).isoformat()}."
            )
        # Merges of a contact it added into another: what they brought goes first, as it came later.
        withdrawn = withdraw_merges_of(session, contacts_created(session, batch_id))
        removed, reverted, kept = undo_batch(session.connection(), batch_id, batch.imported_at)
        # Its possible duplicates go with it (those of the contacts it removed went with them), but
        # for those of a contact it added and kept (used since): both people are still here, and the
        # question stays with the import that asked it, still to decide.
        stays = [contact_id for contact_id, _reason in kept]
        session.execute(delete(ImportDuplicate).where(
            ImportDuplicate.batch_id == batch_id,
            ImportDuplicate.contact_id.not_in(stays), ImportDuplicate.other_id.not_in(stays),
        ))  # fmt: skip
        batch.undone_at = clock.now_utc()
        return ImportReport(
            batch_id=batch_id, kind=batch.source, created=0, updated=reverted, unchanged=0,
            skipped=tuple(kept), possible_duplicates=(), errors=(), events=(), file=batch.filename,
            removed=removed, dry_run=dry_run, merges_withdrawn=tuple(withdrawn),
        )  # fmt: skip


def duplicate_pairs(store: Store, report: ImportReport) -> list[tuple[int, int]]:
    """For an import's possible duplicates: (the contact it created or updated, the other contact)
    pairs to decide on — the rows that resembled someone, and the rows whose e-mail is another
    contact's; a pair is left out once decided or either contact is gone (merged, deleted, undone)."""
    from netcompanion.operations.duplicates import open_duplicates
    from netcompanion.store.models import Contact

    if report.dry_run:
        return []
    if report.batch_id is not None:  # kept with the import (importers.write), until decided
        return [(pair.contact_id, pair.other_id) for pair in open_duplicates(store, report.batch_id)]
    # Without a batch nothing was written: the ids of new contacts were only forecasts, and only rows
    # whose e-mail is another contact's name two contacts.
    wanted = [(shared.contact_id, shared.other_id) for shared in report.shared_emails]
    wanted = list(dict.fromkeys(wanted))  # two rows of one pair: one decision
    ids = sorted({i for pair in wanted for i in pair})
    with store.read() as session:
        alive: set[int] = set()
        for start in range(0, len(ids), 500):
            alive.update(session.scalars(
                select(Contact.id).where(Contact.id.in_(ids[start : start + 500]), Contact.deleted_at.is_(None))
            ))  # fmt: skip
    return [(new, old) for new, old in wanted if new in alive and old in alive and new != old]


def list_import_batches(store: Store) -> list[ImportBatchView]:
    """Every import so far, newest first."""
    from netcompanion.importers.report import ImportBatchView

    with store.read() as session:
        zone = user_zone(session)
        rows = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
        return [
            ImportBatchView(
                b.id,
                b.source,
                b.filename,
                b.imported_at,
                b.created,
                b.updated,
                b.unchanged,
                b.skipped,
                b.undone_at,
                b.imported_at.astimezone(zone),
                b.undone_at.astimezone(zone) if b.undone_at else None,
            )  # fmt: skip
            for b in rows
        ]


def export_text(store: Store, kind: str) -> tuple[str, int]:
    """The export as text — contacts (csv, vcard) or open follow-ups plus planned calls (ics) —
    and how many records it holds; for writing to a file or to standard output."""
    from netcompanion.exporters import EXPORT_FORMATS
    from netcompanion.exporters.csv_export import contacts_csv
    from netcompanion.exporters.records import exported_contacts
    from netcompanion.exporters.vcard_export import contacts_vcard

    if kind not in EXPORT_FORMATS:
        raise ValidationError(f"Export format must be one of {', '.join(EXPORT_FORMATS)} (got {kind!r}).")
    if kind == "ics":
        text, count, _cancelled = calendar_export(store)
        return text, count
    with store.read() as session:
        contacts = exported_contacts(session)
    return (contacts_csv(contacts) if kind == "csv" else contacts_vcard(contacts)), len(contacts)


def calendar_export(store: Store) -> tuple[str, int, int]:
    """The calendar: open follow-ups, planned calls and, as cancelled, the follow-ups done or
    dismissed lately or waiting with a contact archived or in the trash (exporters.calendar.CANCELLED_DAYS);
    with how many entries it holds, and how many of them are such cancellations."""
    from netcompanion.exporters.calendar import (
        CANCELLED_DAYS,
        calendar_text,
        campaign_entries,
        cancelled_entries,
        followup_entries,
    )
    from netcompanion.operations.followups import followups_to_cancel, list_followups

    with store.read() as session:
        zone, today = user_zone(session), user_today(session)
    cancelled = cancelled_entries(followups_to_cancel(store, today - dt.timedelta(days=CANCELLED_DAYS)))
    entries = followup_entries(list_followups(store)) + campaign_entries(store)
    if not entries and not cancelled:  # a calendar file must hold at least one entry (RFC 5545); some apps refuse it
        raise ValidationError(
            "There is nothing to put in a calendar: no open follow-ups and no campaign calls planned, and "
            "calendar apps refuse a calendar file without entries, so nothing was written."
        )
    return calendar_text(entries + cancelled, zone), len(entries) + len(cancelled), len(cancelled)


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: how many records (of a calendar: entries, the cancelled ones too), whether an
    existing file was replaced, and how many calendar entries cancel follow-ups done or dismissed since."""

    count: int
    replaced: bool
    cancelled: int = 0


def export_to_file(store: Store, kind: str, path: str | Path) -> ExportResult:
    """Write contacts (csv, vcard) or open follow-ups plus planned calls (ics) to `path`.

    Never over a database: the open one (or its side files), any other SQLite file and anything
    in the backup folder are refused before anything is written (export_target.py)."""
    from netcompanion.exporters import write_export

    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError(f"{path}: the folder {path.parent} does not exist.")
    replaced = check_export_target(path, store.path)
    text, count, cancelled = calendar_export(store) if kind == "ics" else (*export_text(store, kind), 0)
    try:
        write_export(path, text, bom=kind == "csv")  # the BOM tells Excel the CSV is UTF-8
    except OSError as exc:
        raise ValidationError(f"{path}: cannot write the export ({exc.strerror or exc}).") from None
    return ExportResult(count, replaced, cancelled)


def export_contacts(store: Store, kind: str, path: str | Path) -> int:
    """Write contacts (csv, vcard) or open follow-ups plus planned calls (ics); returns how many."""
    return export_to_file(store, kind, path).count
