"""Contacts: add, edit, rate, archive, find. Each call is one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, LargeBinary, Select, and_, bindparam, cast, func, not_, or_, select
from sqlalchemy.orm import Session

from netcompanion import domain, identity
from netcompanion.birthdays import TYPED_FORMS, typed_birthday
from netcompanion.operations.contact_views import VIEW_COLUMNS, contact_view, row_view, values_by_contact
from netcompanion.operations.results import (
    AddedContact,
    ContactView,
    EditedContact,
    NotFound,
    ValidationError,
)
from netcompanion.operations.shared_emails import shared_email_nudges
from netcompanion.settings import user_zone
from netcompanion.store.engine import Store
from netcompanion.store.models import Company, Contact, ContactEmail, ContactPhone, Tag, contact_tags

# Fields a user may edit by hand; an import never overwrites one the user has edited.
EDITABLE_FIELDS = (
    "first_name",
    "last_name",
    "company",
    "title",
    "emails",
    "phones",
    "linkedin_url",
    "closeness",
    "value",
    "stage",
    "cadence_days",
    "do_not_introduce",
    "archived",
    "tags",
    "notes",
    "biggest_challenge",
    "referred_by_id",
    "birthday",
)


def company_for(session: Session, name: str | None) -> Company | None:
    """The company of that name (case and spacing ignored), created when new."""
    cleaned = identity.clean_text(name)
    if not cleaned:
        return None
    key = identity.company_key(cleaned)
    company = session.scalar(select(Company).where(Company.name_key == key))
    if company is None:
        company = Company(name=cleaned, name_key=key)
        session.add(company)
        session.flush()
    return company


def escape_like(word: str) -> str:
    """`word` as a LIKE pattern's literal text (with `escape="\\"`): % and _ are not wildcards."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def holds_word(forms: tuple[str, ...]) -> ColumnElement[bool]:
    """The contact's search text holds one of the forms of a word typed (see identity.search_words)."""
    likes = [Contact.search_text.like(f"%{escape_like(form)}%", escape="\\") for form in forms]
    return likes[0] if len(likes) == 1 else or_(*likes)


def companies_holding(session: Session, typed: str) -> Select | None:
    """The ids of the companies whose name holds `typed` (a subquery), with accents, case and
    spacing set aside as search sets them aside: "societe" finds Société Générale, "ANGSTROM"
    Ångström AB. None when `typed` holds nothing to look for."""
    wanted = identity.company_search_key(typed)
    if not wanted:
        return None
    # SQLite's LIKE ignores case in A–Z only: enough for a name in plain ASCII (its key is then
    # the folded name), so those are matched in SQL. The others, few in most networks, are folded
    # here: no Python for every company on every keystroke.
    plain = and_(func.length(cast(Company.name, LargeBinary)) == func.length(Company.name),
                 func.instr(Company.name, "`") == 0)  # a backquote folds to an apostrophe  # fmt: skip
    others = session.execute(select(Company.id, Company.name).where(not_(plain)))
    folded = [i for i, name in others if wanted in identity.company_search_key(name)]
    found = select(Company.id).where(plain, Company.name_key.like(f"%{escape_like(wanted)}%", escape="\\"))
    if not folded:
        return found
    # The ids go into the statement as numbers: SQLite takes at most 32,766 parameters.
    folded_ids = bindparam("folded", folded, literal_execute=True)
    return found.union_all(select(Company.id).where(Company.id.in_(folded_ids)))


def load_contact(session: Session, contact_id: int, *, include_deleted: bool = False) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(f"There is no contact #{contact_id}.")
    if contact.deleted_at is not None and not include_deleted:  # "there is no contact" left them lost
        raise NotFound(f"Contact #{contact_id} ({contact.full_name}) is in the trash: restore them from the trash first.")
    return contact


def refresh_search_text(contact: Contact) -> None:
    contact.search_text = identity.search_text(
        contact.full_name,
        contact.company.name if contact.company else "",
        contact.title,
        [e.email for e in contact.emails],
        [p.phone for p in contact.phones],
    )


def _check_rating(label: str, rating: int | None) -> None:
    if rating is not None and not (isinstance(rating, int) and 1 <= rating <= 5):
        raise ValidationError(f"{label} must be a whole number from 1 to 5 (got {rating!r}).")


def _check_stage(stage: str) -> None:
    if stage not in domain.STAGE_CHOICES:
        raise ValidationError(f"Stage must be one of {', '.join(domain.STAGE_CHOICES)} (got {stage!r}).")


def _check_cadence(days: int | None) -> None:
    if days is not None and (not isinstance(days, int) or not 1 <= days <= domain.CADENCE_DAYS_MAX):
        raise ValidationError(
            f"A keep-in-touch cadence is a number of days from 1 to {domain.CADENCE_DAYS_MAX:,} (got {days!r})."
        )


def _set_linkedin(session: Session, contact: Contact, url: str | None) -> None:
    if url is None or not url.strip():
        contact.linkedin_url = None
        return
    normalized = identity.normalize_linkedin_url(url)
    if normalized is None:
        raise ValidationError(f"{url!r} is not a LinkedIn profile address (https://www.linkedin.com/in/…).")
    query = select(Contact).where(Contact.linkedin_url == normalized)
    if contact.id is not None:
        query = query.where(Contact.id != contact.id)
    holder = session.scalar(query)
    if holder is not None and holder.deleted_at is not None:  # they can't be found: say where they are
        raise ValidationError(
            f"Contact #{holder.id} ({holder.full_name}), in the trash, already has the LinkedIn profile {normalized}: "
            f"restore them (`netcompanion trash restore {holder.id}`, or Edit → Trash… in the app) instead of adding "
            "them again, or forget them for good there first."
        )
    if holder is not None:
        raise ValidationError(
            f"Another contact (#{holder.id} {holder.full_name}) already has the LinkedIn profile {normalized}."
        )
    contact.linkedin_url = normalized


def _set_emails(contact: Contact, emails: Iterable[str]) -> None:
    cleaned: list[str] = []
    for raw in emails:
        if not raw or not raw.strip():
            continue
        email = identity.clean_email(raw)
        if email is None:
            raise ValidationError(f"{raw.strip()!r} is not an e-mail address.")
        if identity.email_key(email) not in {identity.email_key(e) for e in cleaned}:
            cleaned.append(email)
    by_key = {e.email_key: e for e in contact.emails}
    contact.emails = [
        by_key.get(identity.email_key(email))
        or ContactEmail(email=email, email_key=identity.email_key(email))
        for email in cleaned
    ]
    for position, row in enumerate(contact.emails):
        row.position = position


def _set_phones(contact: Contact, phones: Iterable[str]) -> None:
    cleaned = [identity.clean_text(p) for p in phones if p and p.strip()]
    contact.phones = [ContactPhone(phone=p, position=i) for i, p in enumerate(dict.fromkeys(cleaned))]


def _set_tags(session: Session, contact: Contact, tags: Iterable[str]) -> None:
    names = list(dict.fromkeys(identity.clean_text(t) for t in tags if t and t.strip()))
    existing = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(names)))} if names else {}
    contact.tags = [existing.get(n) or Tag(name=n) for n in names]


def _set_referrer(session: Session, contact: Contact, referrer_id: int | None) -> None:
    if referrer_id is not None:
        if referrer_id == contact.id:
            raise ValidationError("A contact cannot be referred by themselves.")
        load_contact(session, referrer_id)
    contact.referred_by_id = referrer_id


def _set_birthday(contact: Contact, typed: str | None) -> None:
    """A birthday checked as an import checks one (empty: none), so one typed as "1990-14-03" is
    refused rather than kept as text the app cannot read."""
    if typed is None or not str(typed).strip():
        contact.birthday = None
        return
    stored = typed_birthday(str(typed))
    if stored is None:
        raise ValidationError(f"{str(typed).strip()!r} is not a birthday: give it as {TYPED_FORMS}.")
    contact.birthday = stored


def _apply(session: Session, contact: Contact, changes: dict[str, object]) -> None:
    """Validate and set fields; raises ValidationError before anything is flushed."""
    unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
    if unknown:
        raise ValidationError(f"{unknown[0]!r} is not a contact field that can be edited.")
    with session.no_autoflush:
        for name in ("first_name", "last_name"):
            if name in changes:
                setattr(contact, name, identity.clean_text(str(changes[name] or "")))
        contact.full_name = identity.full_name(contact.first_name, contact.last_name)
        if not contact.full_name:
            raise ValidationError("A contact needs a name.")
        for name, new in changes.items():
            _apply_one(session, contact, name, new)
        refresh_search_text(contact)


def _apply_one(session: Session, contact: Contact, name: str, new: object) -> None:
    if name in ("title", "biggest_challenge"):
        setattr(contact, name, identity.clean_text(str(new or "")))
    elif name == "notes":
        contact.notes = str(new or "")
    elif name == "company":
        contact.company = company_for(session, str(new or ""))
    elif name == "emails":
        _set_emails(contact, new)  # type: ignore[arg-type]
    elif name == "phones":
        _set_phones(contact, new)  # type: ignore[arg-type]
    elif name == "tags":
        _set_tags(session, contact, new)  # type: ignore[arg-type]
    elif name == "linkedin_url":
        _set_linkedin(session, contact, new)  # type: ignore[arg-type]
    elif name in ("closeness", "value"):
        _check_rating(name.capitalize(), new)  # type: ignore[arg-type]
        setattr(contact, name, new)
    elif name == "stage":
        _check_stage(str(new))
        contact.stage = str(new)
    elif name == "cadence_days":
        _check_cadence(new)  # type: ignore[arg-type]
        contact.cadence_days = new  # type: ignore[assignment]
    elif name in ("do_not_introduce", "archived"):
        setattr(contact, name, bool(new))
    elif name == "referred_by_id":
        _set_referrer(session, contact, new)  # type: ignore[arg-type]
    elif name == "birthday":
        _set_birthday(contact, new)  # type: ignore[arg-type]


def split_name(name: str) -> tuple[str, str]:
    parts = identity.clean_text(name).split(" ", 1)
    return (parts[0], parts[1] if len(parts) > 1 else "")


def add_contact(
    store: Store,
    *,
    name: str = "",
    first_name: str = "",
    last_name: str = "",
    source: str = "manual",
    **fields: object,
) -> AddedContact:
    """Create a contact. `name` is split into first and last when those are not given. An e-mail
    someone else has is allowed; the result's nudges name them."""
    if name and not (first_name or last_name):
        first_name, last_name = split_name(name)
    with store.write() as session:
        contact = Contact(full_name="", source=source, stage=domain.Stage.COLD.value)
        _apply(session, contact, {"first_name": first_name, "last_name": last_name, **fields})
        session.add(contact)
        session.flush()
        view = contact_view(contact, user_zone(session))
        return AddedContact(**vars(view), nudges=shared_email_nudges(session, contact))


def edit_contact(store: Store, contact_id: int, **changes: object) -> EditedContact:
    """Change fields the user typed; remembered as hand-edited so imports leave them alone. An
    e-mail it is given that someone else has is allowed; the result's nudges name them, as on add."""
    with store.write() as session:
        contact = load_contact(session, contact_id)
        had = {e.email_key for e in contact.emails}
        _apply(session, contact, changes)
        edited = set(filter(None, contact.edited_fields.split(",")))
        edited.update(changes)
        contact.edited_fields = ",".join(sorted(edited))
        session.flush()
        added = {e.email_key for e in contact.emails} - had
        nudges = shared_email_nudges(session, contact, only=added) if added else ()
        return EditedContact(**vars(contact_view(contact, user_zone(session))), nudges=nudges)


def rate_contact(
    store: Store, contact_id: int, *, closeness: int | None = None, value: int | None = None
) -> ContactView:
    changes = {k: v for k, v in (("closeness", closeness), ("value", value)) if v is not None}
    if not changes:
        raise ValidationError("Give a closeness, a value, or both (1 to 5).")
    return edit_contact(store, contact_id, **changes)


def archive_contact(store: Store, contact_id: int, archived: bool = True) -> ContactView:
    return edit_contact(store, contact_id, archived=archived)


def get_contact(store: Store, contact_id: int) -> ContactView:
    with store.read() as session:
        return contact_view(load_contact(session, contact_id), user_zone(session))


def find_contacts(
    store: Store,
    search: str | None = None,
    *,
    include_archived: bool = False,
    limit: int | None = None,
    ids: Sequence[int] | None = None,
) -> list[ContactView]:
    """Contacts by name, ordered by name; `search` matches name, company, title, e-mail or phone."""
    wanted = select(Contact.id).where(Contact.deleted_at.is_(None)).order_by(func.lower(Contact.full_name), Contact.id)
    if not include_archived:
        wanted = wanted.where(Contact.archived.is_(False))
    if ids is not None:
        wanted = wanted.where(Contact.id.in_(list(ids)))
    for forms in identity.search_words(search or ""):
        wanted = wanted.where(or_(holds_word(forms), Contact.linkedin_url == forms[0]))
    if limit is not None:
        wanted = wanted.limit(limit)
    found = wanted.subquery()
    query = (
        select(*VIEW_COLUMNS, Company.name.label("company_name"))
        .join(found, found.c.id == Contact.id)
        .outerjoin(Company, Company.id == Contact.company_id)
        .order_by(func.lower(Contact.full_name), Contact.id)
    )
    among = select(found.c.id)
    with store.read() as session:
        zone = user_zone(session)
        emails = values_by_contact(session, select(ContactEmail.contact_id, ContactEmail.email)
                                   .where(ContactEmail.contact_id.in_(among))
                                   .order_by(ContactEmail.contact_id, ContactEmail.position, ContactEmail.id))  # fmt: skip
        phones = values_by_contact(session, select(ContactPhone.contact_id, ContactPhone.phone)
                                   .where(ContactPhone.contact_id.in_(among))
                                   .order_by(ContactPhone.contact_id, ContactPhone.position, ContactPhone.id))  # fmt: skip
        tags = values_by_contact(session, select(contact_tags.c.contact_id, Tag.name)
                                 .join(Tag, Tag.id == contact_tags.c.tag_id)
                                 .where(contact_tags.c.contact_id.in_(among))
                                 .order_by(contact_tags.c.contact_id, Tag.name))  # fmt: skip
        return [
            row_view(row, zone, row.company_name or "", emails.get(row.id, ()), phones.get(row.id, ()),
                     tags.get(row.id, ()))
            for row in session.execute(query)
        ]
