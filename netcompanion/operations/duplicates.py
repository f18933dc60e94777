"""Possible duplicates an import left for later: listed again, and decided one pair at a time.

An import never merges on a name alone: it keeps each pair it could not decide with the import
(importers.write). A pair stays open until the user merges the two (merge.py drops it) or says they
are different people, which is remembered here; either contact's removal takes it away, and so does
the import's undo, unless the undo kept the contact the import added (used since): both are still
here, so the pair is still to decide. A contact in the trash keeps it out of the list until they are
brought back.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, exists, or_, select, update
from sqlalchemy.orm import Session, aliased

from netcompanion import clock
from netcompanion.operations.contacts import load_contact
from netcompanion.operations.results import NotFound, ValidationError
from netcompanion.store.engine import Store
from netcompanion.store.models import Company, Contact, ImportBatch, ImportDuplicate


@dataclass(frozen=True)
class DuplicatePair:
    """Two contacts an import suggested may be one person: `contact_id` is the one its row created or
    updated, `other_id` the one it resembles (or whose e-mail it has)."""

    batch_id: int
    file: str
    contact_id: int
    contact_name: str
    contact_company: str
    other_id: int
    other_name: str
    other_company: str
    import_undone: bool = False  # the import was undone since, keeping the contact it added here

    @property
    def source(self) -> str:
        """"Import #2 (linkedin_connections_2024.csv)", and ", undone" when it was undone since."""
        return f"Import #{self.batch_id} ({self.file}{', undone' if self.import_undone else ''})"

    @property
    def earlier_id(self) -> int:
        """The record a merge should keep: the earlier one, which has the history (numbers are never
        handed out twice, so the earlier has the lower). After a merge, a pair's first contact may be
        the kept one rather than the one the import's row created."""
        return min(self.contact_id, self.other_id)

    @property
    def later_id(self) -> int:
        return max(self.contact_id, self.other_id)

    def line(self) -> str:
        """"Tobias Brenner (#14, Fabrikam, Inc.) and Tobias Brenner (#1, Contoso Ltd)"."""
        one = ", ".join(filter(None, (f"#{self.contact_id}", self.contact_company)))
        two = ", ".join(filter(None, (f"#{self.other_id}", self.other_company)))
        return f"{self.contact_name} ({one}) and {self.other_name} ({two})"

    def to_json(self) -> dict[str, object]:
        return {
            "import": self.batch_id, "file": self.file, "import_undone": self.import_undone,
            "contact": {"id": self.contact_id, "name": self.contact_name, "company": self.contact_company},
            "other": {"id": self.other_id, "name": self.other_name, "company": self.other_company},
        }  # fmt: skip


def _same_pair(row, contact_id, other_id):
    """`row` is the pair of these two contacts, in either order."""
    return or_(
        and_(row.contact_id == contact_id, row.other_id == other_id),
        and_(row.contact_id == other_id, row.other_id == contact_id),
    )


def _pair_rows(store: Store, batch_id: int | None) -> list[tuple[DuplicatePair, bool]]:
    """The pairs still to decide, each with whether one of the two is in the trash. Unknown imports
    are refused, as `import undo` does."""
    with store.read() as session:
        if batch_id is not None and session.get(ImportBatch, batch_id) is None:
            raise NotFound(f"There is no import #{batch_id}.")
        return pairs_to_decide(session, batch_id)


def pairs_to_decide(session: Session, batch_id: int | None = None) -> list[tuple[DuplicatePair, bool]]:
    """The pairs still to decide, each with whether one of the two is in the trash, read in the
    caller's transaction (a campaign takes one of each pair); newest import first, in the order the
    file had them. Each pair of people once, under the import that asked first: after a merge the
    kept contact has the other record's pairs, so a third record of the person may be paired with
    them by two imports."""
    mine, theirs = aliased(Contact), aliased(Contact)
    my_company, their_company = aliased(Company), aliased(Company)
    apart = aliased(ImportDuplicate)
    pair = ImportDuplicate
    query = (
        select(pair.batch_id, pair.id, ImportBatch.filename, ImportBatch.undone_at.is_not(None),
               mine.id, mine.full_name, my_company.name,
               theirs.id, theirs.full_name, their_company.name,
               mine.deleted_at.is_not(None) | theirs.deleted_at.is_not(None))
        .join(ImportBatch, ImportBatch.id == pair.batch_id)
        .join(mine, mine.id == pair.contact_id).outerjoin(my_company, my_company.id == mine.company_id)
        .join(theirs, theirs.id == pair.other_id).outerjoin(their_company, their_company.id == theirs.company_id)
        .where(pair.kept_apart_at.is_(None))  # an undone import keeps those of the contacts it kept
        .where(~exists().where(apart.kept_apart_at.is_not(None), _same_pair(apart, pair.contact_id, pair.other_id)))
    )  # fmt: skip
    if batch_id is not None:
        query = query.where(pair.batch_id == batch_id)
    rows = session.execute(query).all()
    first: dict[frozenset[int], tuple] = {}  # each pair of people under the import that asked first
    for row in sorted(rows, key=lambda r: (r[0], r[1])):  # (import, pair number)
        first.setdefault(frozenset((row[4], row[7])), row)
    chosen = sorted(first.values(), key=lambda r: (-r[0], r[1]))
    return [
        (DuplicatePair(batch, file, one, one_name, one_company or "", two, two_name, two_company or "", bool(undone)),
         bool(trash))
        for batch, _id, file, undone, one, one_name, one_company, two, two_name, two_company, trash in chosen
    ]  # fmt: skip


def open_duplicates(store: Store, batch_id: int | None = None) -> list[DuplicatePair]:
    """The possible duplicates still to decide — of one import, or of all (newest import first) — in the
    order the file had them, each pair of people once. A pair once said to be different people is not
    asked again, even when a later import suggested it too; one whose contact is in the trash waits
    until they are back (`duplicates_in_trash` counts those)."""
    return [pair for pair, in_trash in _pair_rows(store, batch_id) if not in_trash]


def duplicates_in_trash(store: Store, batch_id: int | None = None) -> int:
    """How many pairs still to decide the list leaves out, one of the two being in the trash: the list
    says so, or "nothing left to decide" would read as if they were decided."""
    return sum(in_trash for _pair, in_trash in _pair_rows(store, batch_id))


def keep_apart(store: Store, contact_id: int, other_id: int) -> int:
    """The user says these two are different people: their pair is decided, for every import that
    suggested it. Returns how many imports' pairs that closed."""
    with store.write() as session:
        for one in (contact_id, other_id):
            load_contact(session, one)  # one in the trash: restore them first, as everywhere
        pair = ImportDuplicate
        closed = session.execute(
            update(pair)
            .where(pair.kept_apart_at.is_(None), _same_pair(pair, contact_id, other_id))
            .values(kept_apart_at=clock.now_utc())
        ).rowcount
        if not closed:
            raise ValidationError(
                f"#{contact_id} and #{other_id} are not a possible duplicate left by an import; "
                "`import duplicates` lists those still to decide."
            )
        return closed
