"""The database schema as typed SQLAlchemy 2 models.

Portable on purpose: strings with CHECK constraints instead of native enums, UTC
timestamps, calendar dates for due days. The same models run on SQLite (the
desktop) and PostgreSQL (a shared server later). One module per part of the
domain; everything is importable from here, and importing this registers every table.
"""

from __future__ import annotations

from netcompanion.store.models.base import (
    NAMING_CONVENTION,
    Base,
    UTCDateTime,
    created_at_column,
    one_of,
    rating_check,
)
from netcompanion.store.models.people import (
    Company,
    Contact,
    ContactEmail,
    ContactEvent,
    ContactPhone,
    Interaction,
    Tag,
    contact_tags,
)
from netcompanion.store.models.pursuits import (
    CallListSnooze,
    Campaign,
    CampaignMember,
    FollowUp,
    GiveForward,
    Introduction,
    Opportunity,
)
from netcompanion.store.models.records import (
    ContactMerge,
    ImportBatch,
    ImportChange,
    ImportDuplicate,
    NotificationRecord,
    ReminderLog,
    Setting,
)

__all__ = [
    "Base",
    "CallListSnooze",
    "Campaign",
    "CampaignMember",
    "Company",
    "Contact",
    "contact_tags",
    "ContactEmail",
    "ContactEvent",
    "ContactMerge",
    "ContactPhone",
    "created_at_column",
    "FollowUp",
    "GiveForward",
    "ImportBatch",
    "ImportChange",
    "ImportDuplicate",
    "Interaction",
    "Introduction",
    "NAMING_CONVENTION",
    "NotificationRecord",
    "one_of",
    "Opportunity",
    "rating_check",
    "ReminderLog",
    "Setting",
    "Tag",
    "UTCDateTime",
]
