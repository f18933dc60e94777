"""Which import created a contact. An import writes the contacts it creates as one line of number
ranges ("1-5,9", importers.write); batches from before that wrote one line per contact."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from netcompanion.importers.write import parse_id_ranges
from netcompanion.store.models import ImportBatch, ImportChange

_RANGES = "contact_ids"
_NOT_CONTACTS = ("company_ids", "tag_ids")  # what else an import writes down as created


@dataclass(frozen=True)
class CreatingImport:
    id: int
    source: str
    filename: str
    imported_at: dt.datetime
    undone_at: dt.datetime | None
    newest_connection: dt.date | None = None  # a connections file's: how old the export is

    def is_newer_export_than(self, other: CreatingImport) -> bool:
        """Whether this import's file is a newer export than `other`'s: by their newest connections
        when both are known and differ (an old export may be imported after a newer one), else by
        which was imported later."""
        if self.newest_connection and other.newest_connection and self.newest_connection != other.newest_connection:
            return self.newest_connection > other.newest_connection
        return self.id > other.id


def _holds(ranges: str | None, contact_id: int) -> bool:
    for part in filter(None, (ranges or "").split(",")):
        first, _, last = part.partition("-")
        if int(first) <= contact_id <= int(last or first):
            return True
    return False


def creating_imports(session: Session, contact_ids: Iterable[int]) -> dict[int, CreatingImport]:
    """For those of these contacts an import created: that import, undone since or not."""
    wanted = set(contact_ids)
    if not wanted:
        return {}
    one_each = and_(ImportChange.contact_id.in_(wanted),
                    or_(ImportChange.field.is_(None), ImportChange.field.not_in(_NOT_CONTACTS)))  # fmt: skip
    rows = session.execute(
        select(ImportChange.contact_id, ImportChange.field, ImportChange.new_value, ImportBatch.id,
               ImportBatch.source, ImportBatch.filename, ImportBatch.imported_at, ImportBatch.undone_at,
               ImportBatch.newest_connection)
        .join(ImportBatch, ImportBatch.id == ImportChange.batch_id)
        .where(ImportChange.action == "created", or_(ImportChange.field == _RANGES, one_each))
        .order_by(ImportBatch.id)
    ).all()  # fmt: skip
    found: dict[int, CreatingImport] = {}
    for contact_id, field, ranges, *batch in rows:
        if field == _RANGES:
            found.update((cid, CreatingImport(*batch)) for cid in wanted if _holds(ranges, cid))
        else:
            found[contact_id] = CreatingImport(*batch)
    return found


def contacts_created(session: Session, batch_id: int) -> set[int]:
    """The numbers of the contacts this import created, whether they are still here or not."""
    created: set[int] = set()
    for contact_id, field, ranges in session.execute(
        select(ImportChange.contact_id, ImportChange.field, ImportChange.new_value)
        .where(ImportChange.batch_id == batch_id, ImportChange.action == "created")
    ):  # fmt: skip
        if field == _RANGES:
            created.update(parse_id_ranges(ranges))
        elif field not in _NOT_CONTACTS and contact_id is not None:
            created.add(contact_id)
    return created
