"""The app's own records: import batches, their change logs and possible duplicates, merges, settings,
notifications shown and reminders handled."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from netcompanion.clock import now_utc
from netcompanion.store.models.base import Base, UTCDateTime, created_at_column, one_of


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(40), nullable=False)
    filename: Mapped[str] = mapped_column(String(500), nullable=False)
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False, index=True)  # sha256 of the bytes
    created: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    skipped: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    imported_at: Mapped[dt.datetime] = created_at_column()
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # A connections file's newest connection: how old the export is, which the order of imports does
    # not say (an old export may be imported after a newer one). None for other files.
    newest_connection: Mapped[dt.date | None] = mapped_column(Date)


class ImportChange(Base):
    """One change an import made, so the whole batch can be undone exactly."""

    __tablename__ = "import_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), nullable=False, index=True
    )
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    action: Mapped[str] = mapped_column(String(20), nullable=False)  # created | updated | interaction
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (one_of("action", ("created", "updated", "interaction", "event"), "action_known"),)


class ImportDuplicate(Base):
    """A possible duplicate an import left for the user to decide: the contact it created or updated and
    the one it resembles (or whose e-mail it has), so the pair can still be decided once the import
    window is closed. Open until the user says they are different people (`kept_apart_at`) or merges
    them (the merge drops the pair); it goes with the import's undo or either contact's removal."""

    __tablename__ = "import_duplicates"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), nullable=False, index=True
    )
    # Both indexed like every reference to a contact: removing contacts looks their pairs up.
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, index=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, index=True)
    kept_apart_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (CheckConstraint("contact_id <> other_id", name="two_contacts"),)


class ContactMerge(Base):
    """One merge of two records of a person: what it moved to the kept contact and what it removed,
    so the merge can be undone (operations.unmerge). It goes with the kept contact when they are
    erased: it holds the other record's details."""

    __tablename__ = "contact_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, index=True
    )  # the contact kept
    other_id: Mapped[int] = mapped_column(Integer, nullable=False)  # the record folded in: its number, free
    merged_at: Mapped[dt.datetime] = created_at_column()
    undo: Mapped[str] = mapped_column(Text, nullable=False)  # JSON: see operations.unmerge

    # Numbers never handed out twice, as for contacts: a merge undone and another made since are two.
    __table_args__ = ({"sqlite_autoincrement": True},)


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)  # JSON


class NotificationRecord(Base):
    """One notification the app showed (or tried to): the history the user can open."""

    __tablename__ = "notification_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    shown_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Indexed like every reference to a contact: without it, undoing an import of 30,000 people
    # read the whole history once per person (7.8 s instead of 1.1 s with 3,000 notifications).
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    delivered_by: Mapped[str] = mapped_column(String(30), nullable=False, default="")  # which notifier
    reminder_count: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class ReminderLog(Base):
    """What happened to one reminder (by its stable key), so a restart never repeats a handled one."""

    __tablename__ = "reminder_log"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    state: Mapped[str] = mapped_column(String(20), nullable=False)
    shown_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    snoozed_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    notification_id: Mapped[int | None] = mapped_column(
        ForeignKey("notification_history.id", ondelete="SET NULL"), index=True
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, nullable=False, default=now_utc, onupdate=now_utc
    )

    __table_args__ = (
        one_of("state", ("shown", "dismissed", "snoozed"), "state_known"),
        CheckConstraint("state <> 'snoozed' OR snoozed_until IS NOT NULL", name="snooze_has_time"),
    )
