"""Contacts and what belongs to them: companies, tags, e-mails, phones, touches and events."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import InstrumentedAttribute, Mapped, mapped_column, relationship

from netcompanion import domain
from netcompanion.clock import now_utc
from netcompanion.store.models.base import Base, UTCDateTime, created_at_column, one_of, rating_check

contact_tags = Table(
    "contact_tags",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class Company(Base):
    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    # Lower-cased, trimmed name: "Fabrikam, Inc." and "fabrikam, inc. " are one company.
    name_key: Mapped[str] = mapped_column(String(300), nullable=False, unique=True)
    is_target: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[dt.datetime] = created_at_column()

    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    last_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    full_name: Mapped[str] = mapped_column(String(400), nullable=False)
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    # Unique through a unique index, not a column constraint: SQLite enforces both alike, but an
    # index can be dropped and built again (sorted, in one go) around a large import.
    linkedin_url: Mapped[str | None] = mapped_column(String(500))
    source: Mapped[str] = mapped_column(String(40), nullable=False, default="manual")
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    connected_on: Mapped[dt.date | None] = mapped_column(Date)
    birthday: Mapped[str | None] = mapped_column(String(10))  # YYYY-MM-DD or --MM-DD when the year is unknown
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    biggest_challenge: Mapped[str] = mapped_column(Text, nullable=False, default="")

    closeness: Mapped[int | None] = mapped_column(Integer)
    value: Mapped[int | None] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(20), nullable=False, default=domain.Stage.COLD.value)
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    do_not_introduce: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    # State the rules maintain; kept on the row so the daily call list is one indexed query.
    last_interaction_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_conversation_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    unanswered_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    cooldown_until: Mapped[dt.date | None] = mapped_column(Date)
    parked_on: Mapped[dt.date | None] = mapped_column(Date)
    no_ask_until: Mapped[dt.date | None] = mapped_column(Date)
    job_changed_on: Mapped[dt.date | None] = mapped_column(Date)

    # Fields the user typed by hand (comma-separated names); imports never overwrite them.
    edited_fields: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    # Folded name, company, title and e-mails, then the phones as digits: search-as-you-type is one LIKE
    # per word on one column (identity.search_text, identity.search_words).
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[dt.datetime] = created_at_column()
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, nullable=False, default=now_utc, onupdate=now_utc
    )
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)  # in the trash since

    company: Mapped[Company | None] = relationship(lazy="joined")
    emails: Mapped[list[ContactEmail]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactEmail.position"
    )
    phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactPhone.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tags, order_by="Tag.name")
    referred_by: Mapped[Contact | None] = relationship(remote_side=[id])

    __table_args__ = (
        rating_check("closeness"),
        rating_check("value"),
        one_of("stage", domain.STAGE_CHOICES, "stage_known"),
        CheckConstraint("cadence_days IS NULL OR cadence_days > 0", name="cadence_positive"),
        CheckConstraint("unanswered_attempts >= 0", name="attempts_not_negative"),
        CheckConstraint("length(full_name) > 0", name="full_name_not_empty"),
        CheckConstraint("referred_by_id IS NULL OR referred_by_id <> id", name="not_referred_by_self"),
        Index("ix_contacts_full_name", "full_name"),
        Index("uq_contacts_linkedin_url", "linkedin_url", unique=True),
        # Covers the call list's keep-in-touch query, so it never reads the table rows it skips.
        Index(
            "ix_contacts_call_state",
            "archived",
            "deleted_at",
            "parked_on",
            "stage",
            "last_conversation_at",
            "cadence_days",
            "value",
            "cooldown_until",
            "last_interaction_at",
        ),
        # A contact's number is never given to anyone else, even after an import that created them
        # is undone: commands and hints name contacts by number (migration 0005).
        {"sqlite_autoincrement": True},
    )


class ContactEmail(Base):
    __tablename__ = "contact_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False)
    email: Mapped[str] = mapped_column(String(320), nullable=False)
    email_key: Mapped[str] = mapped_column(
        String(320), nullable=False, index=True
    )  # lower-cased for matching
    label: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    contact: Mapped[Contact] = relationship(back_populates="emails")

    __table_args__ = (
        UniqueConstraint("contact_id", "email_key"),
        CheckConstraint("email LIKE '%_@_%'", name="looks_like_email"),
    )


class ContactPhone(Base):
    __tablename__ = "contact_phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, index=True
    )
    phone: Mapped[str] = mapped_column(String(60), nullable=False)
    label: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    contact: Mapped[Contact] = relationship(back_populates="phones")



class Interaction(Base):
    __tablename__ = "interactions"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False)
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    direction: Mapped[str] = mapped_column(
        String(10), nullable=False, default=domain.Direction.OUTBOUND.value
    )
    outcome: Mapped[str] = mapped_column(String(20), nullable=False)
    mood: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    asked_advice: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    asked_job: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sent_resume: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    received_names: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id", ondelete="SET NULL"))
    # A stable key for imported touches (e.g. a hash of a LinkedIn message) so re-imports add nothing.
    external_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    created_at: Mapped[dt.datetime] = created_at_column()

    __table_args__ = (
        one_of("channel", domain.CHANNEL_CHOICES, "channel_known"),
        one_of("direction", tuple(d.value for d in domain.Direction), "direction_known"),
        one_of("outcome", domain.OUTCOME_CHOICES, "outcome_known"),
        one_of("mood", domain.MOOD_CHOICES, "mood_known", nullable=True),
        Index("ix_interactions_contact_when", "contact_id", "occurred_at"),
        # The weeks in Insights, the personal round and a campaign's days read a span of time
        # across everyone: without it, every interaction ever logged is read.
        Index("ix_interactions_occurred_at", "occurred_at"),
        # "Calls done today" (Today and the status line, after every logged call) counts only the
        # touches the user logged: an index of just those, which never reads the day's imported
        # messages and to which a bulk import (tens of thousands of them) adds nothing.
        Index(
            "ix_interactions_logged_occurred_at",
            "occurred_at",
            sqlite_where=text("import_batch_id IS NULL"),
            postgresql_where=text("import_batch_id IS NULL"),
        ),
    )


class ContactEvent(Base):
    """Something that happened to a contact without a touch: a job change learnt from an import."""

    __tablename__ = "contact_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    occurred_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"))
    created_at: Mapped[dt.datetime] = created_at_column()

    __table_args__ = (one_of("kind", tuple(k.value for k in domain.EventKind), "kind_known"),)




# Columns most contacts leave empty are indexed only where set: cooldown ends (looked up by day for
# reminders), job changes (the call list's "changed jobs"), referrals (the FK's own lookups) and last
# touches. Lookups by value use them alike, and a first import of 30,000 people, all empty there,
# builds each in ~1 ms instead of ~8.
def _where_set(name: str, column: InstrumentedAttribute) -> Index:
    return Index(name, column, sqlite_where=column.isnot(None), postgresql_where=column.isnot(None))


_where_set("ix_contacts_cooldown_until", Contact.cooldown_until)
_where_set("ix_contacts_job_changed_on", Contact.job_changed_on)
_where_set("ix_contacts_referred_by_id", Contact.referred_by_id)
_where_set("ix_contacts_last_interaction_at", Contact.last_interaction_at)
