"""What the user pursues and plans: opportunities, introductions, follow-ups, campaigns, the
give-forward ledger, and who is snoozed off the call list."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, Time, case
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from netcompanion import domain
from netcompanion.clock import now_utc
from netcompanion.store.models.base import Base, UTCDateTime, created_at_column, one_of
from netcompanion.store.models.people import Company


class Opportunity(Base):
    __tablename__ = "opportunities"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    stage: Mapped[str] = mapped_column(
        String(20), nullable=False, default=domain.OpportunityStage.EXPLORING.value
    )
    # Every reference to a contact is indexed: deleting a contact looks for what refers to it.
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )  # pursued through
    hiring_manager_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[dt.datetime] = created_at_column()
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, nullable=False, default=now_utc, onupdate=now_utc
    )

    company: Mapped[Company] = relationship(lazy="joined")

    __table_args__ = (
        one_of("stage", tuple(s.value for s in domain.OpportunityStage), "stage_known"),
        CheckConstraint("length(title) > 0", name="title_not_empty"),
        Index("ix_opportunities_company", "company_id", "stage"),
    )


class Introduction(Base):
    """Someone (the introducer) puts the user in touch with someone else (the introduced)."""

    __tablename__ = "introductions"

    id: Mapped[int] = mapped_column(primary_key=True)
    introducer_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False)
    introduced_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"))
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id", ondelete="SET NULL"))
    stage: Mapped[str] = mapped_column(
        String(30), nullable=False, default=domain.IntroductionStage.REQUESTED.value
    )
    unanswered_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    outcome: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[dt.datetime] = created_at_column()
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, nullable=False, default=now_utc, onupdate=now_utc
    )

    __table_args__ = (
        one_of("stage", tuple(s.value for s in domain.IntroductionStage), "stage_known"),
        CheckConstraint("introducer_id <> introduced_id", name="two_people"),
        CheckConstraint("unanswered_attempts >= 0", name="attempts_not_negative"),
        Index("ix_introductions_introducer", "introducer_id"),
        Index("ix_introductions_introduced", "introduced_id"),
    )


class FollowUp(Base):
    __tablename__ = "followups"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False)
    kind: Mapped[str] = mapped_column(String(30), nullable=False, default=domain.FollowUpKind.FOLLOW_UP.value)
    due_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    due_time: Mapped[dt.time | None] = mapped_column(Time)  # local wall-clock time, if any
    status: Mapped[str] = mapped_column(String(20), nullable=False, default=domain.FollowUpStatus.OPEN.value)
    snoozed_until: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    origin: Mapped[str] = mapped_column(
        String(40), nullable=False, default="manual"
    )  # which rule, or "manual"
    introduction_id: Mapped[int | None] = mapped_column(ForeignKey("introductions.id", ondelete="SET NULL"))
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = created_at_column()
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        one_of("kind", domain.FOLLOWUP_KIND_CHOICES, "kind_known"),
        one_of("status", tuple(s.value for s in domain.FollowUpStatus), "status_known"),
        CheckConstraint("status <> 'snoozed' OR snoozed_until IS NOT NULL", name="snooze_has_date"),
        Index("ix_followups_due", "status", "due_date"),
        Index("ix_followups_contact", "contact_id", "status"),
    )

    @hybrid_property
    def comes_up_on(self) -> dt.date:
        """The day it comes up: the end of its snooze, or its due day — in Python and in a query
        alike, so the lists, the reminders and the campaign plan agree."""
        if self.status == domain.FollowUpStatus.SNOOZED.value:
            return self.snoozed_until or self.due_date
        return self.due_date

    @comes_up_on.inplace.expression
    @classmethod
    def _comes_up_on(cls):
        snoozed = domain.FollowUpStatus.SNOOZED.value
        return case((cls.status == snoozed, cls.snoozed_until), else_=cls.due_date)  # a CHECK keeps the date set


class Campaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    daily_quota: Mapped[int] = mapped_column(Integer, nullable=False, default=10)
    start_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    # Settings' working days when it started, and not read: a campaign has no days of its own (none
    # can be set), so every one, however old its copy here, calls on the days Settings has now.
    working_days: Mapped[str] = mapped_column(String(7), nullable=False, default="12345")  # ISO weekdays
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    ended_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # when the user ended it
    created_at: Mapped[dt.datetime] = created_at_column()

    __table_args__ = (
        CheckConstraint("daily_quota > 0", name="quota_positive"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )


class CampaignMember(Base):
    __tablename__ = "campaign_members"

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    added_at: Mapped[dt.datetime] = created_at_column()


class GiveForward(Base):
    """Something the user did for someone else: the give side of the ledger."""

    __tablename__ = "give_forward"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    other_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    occurred_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[dt.datetime] = created_at_column()

    __table_args__ = (one_of("kind", tuple(k.value for k in domain.FavourKind), "kind_known"),)



class CallListSnooze(Base):
    """Someone snoozed off the call list from a day until a later one ("Snooze a day" on Today, for a
    person listed without a follow-up to snooze: a campaign member, someone to keep in touch with).
    Kept, so a restart of the app or `netcompanion today` leaves them off that day's list too."""

    __tablename__ = "call_list_snoozes"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, index=True
    )
    snoozed_on: Mapped[dt.date] = mapped_column(Date, nullable=False)  # the list's day they left
    back_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)  # the first day they are back
    created_at: Mapped[dt.datetime] = created_at_column()

    __table_args__ = (CheckConstraint("back_on > snoozed_on", name="back_later"),)
