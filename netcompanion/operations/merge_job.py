"""The newer job, when two records of one person are merged.

The record kept is usually the earlier one: it has the history. The record folded in may come from
a later LinkedIn export, which knows where they work now; a re-import of that export over the
earlier record would have taken its company and title and noted the job change (importers.merge),
so the merge does the same, either way round. Which export is newer is told by the files' newest
connections, not by the order they were imported in: an old export imported after a newer one adds
its people with their old jobs. A company or title the user typed on the kept record stays, as
imports leave it; a job the user typed when adding them has no import to be older than.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from netcompanion.identity import company_key
from netcompanion.importers.created import CreatingImport, creating_imports
from netcompanion.importers.jobs import employer_key, job_change
from netcompanion.operations.contacts import load_contact
from netcompanion.settings import user_zone
from netcompanion.store.engine import Store
from netcompanion.store.models import Contact, ContactEvent, ImportBatch, ImportChange

JOB_FIELDS = ("company", "title")


def _job_import(session: Session, contact_id: int) -> CreatingImport | None:
    """The import, still in place, that last set this contact's company or title: the one that
    created them, or a later one that changed either."""
    changed = session.execute(
        select(ImportBatch.id, ImportBatch.source, ImportBatch.filename, ImportBatch.imported_at,
               ImportBatch.undone_at, ImportBatch.newest_connection)
        .join(ImportChange, ImportChange.batch_id == ImportBatch.id)
        .where(ImportChange.contact_id == contact_id, ImportChange.action == "updated",
               ImportChange.field.in_(JOB_FIELDS), ImportBatch.undone_at.is_(None))
        .order_by(ImportBatch.id.desc()).limit(1)
    ).first()  # fmt: skip
    created = creating_imports(session, [contact_id]).get(contact_id)
    found = [CreatingImport(*changed)] if changed else []
    if created is not None and created.undone_at is None:
        found.append(created)
    return max(found, key=lambda batch: batch.id, default=None)


def _newer_job(session: Session, keep: Contact, other: Contact) -> tuple[str, str, CreatingImport] | None:
    """The company and title `keep` takes from `other`, and the import they came from: when `other`
    has them from a newer LinkedIn export than the one that gave `keep` theirs; None otherwise."""
    if not (keep.company or keep.title) or not (other.company or other.title):
        return None  # one without a job: the merge fills in what is empty
    theirs = _job_import(session, other.id)
    mine = _job_import(session, keep.id)
    if theirs is None or theirs.source != "linkedin" or mine is None or not theirs.is_newer_export_than(mine):
        return None
    edited = set(filter(None, keep.edited_fields.split(",")))
    old_company, old_title = keep.company.name if keep.company else "", keep.title or ""
    company, title = old_company, old_title
    if other.company and "company" not in edited and company_key(other.company.name) != company_key(old_company):
        company = other.company.name
    if other.title and "title" not in edited and other.title != old_title:
        title = other.title
    return None if (company, title) == (old_company, old_title) else (company, title, theirs)


def take_newer_job(session: Session, keep: Contact, other: Contact) -> ContactEvent | None:
    """When `other` has a newer job than `keep` (from a newer LinkedIn export than the one that gave
    `keep` theirs), `keep` takes its company and title (those the user did not type) and the job
    change is noted, dated the day that import brought the news. Returns the event noted, if any."""
    newer = _newer_job(session, keep, other)
    if newer is None:
        return None
    company, title, theirs = newer
    old_company, old_title = keep.company.name if keep.company else "", keep.title or ""
    if company != old_company:
        keep.company = other.company
    keep.title = title
    if employer_key(company) == employer_key(old_company) and title == old_title:
        return None  # the same employer, spelt another way: no news
    kind, summary = job_change(keep.full_name, old_company, old_title, company, title)
    day = theirs.imported_at.astimezone(user_zone(session)).date()
    keep.job_changed_on = max(filter(None, (keep.job_changed_on, day)))
    event = ContactEvent(contact_id=keep.id, kind=kind, occurred_on=day, summary=summary, import_batch_id=theirs.id)
    session.add(event)
    return event


def newer_job_words(store: Store, keep_id: int, other_id: int) -> str | None:
    """What keeping `keep_id` would take from `other_id` as their newer job, in words ("Director of
    Sales at Fabrikam, Inc., from linkedin_connections_2024.csv"), for the question before a merge."""
    with store.read() as session:
        newer = _newer_job(session, load_contact(session, keep_id), load_contact(session, other_id))
    if newer is None:
        return None
    company, title, theirs = newer
    return f"{' at '.join(filter(None, (title, company)))}, from {theirs.filename}"
