"""The verbs users have. Each is one transaction and returns plain data.

The command line, the GUI and the tests call these same functions; none of them
imports Qt.
"""

from netcompanion.operations.browse import (
    ContactFilter,
    ContactIndex,
    ContactRow,
    contact_ids,
    contact_index,
    contact_names,
    contact_rows,
    count_contacts,
    get_settings,
    has_contacts,
    list_contact_events,
    list_favours,
    list_introductions,
    list_opportunities,
    list_referrals,
    narrow,
    network_size,
    stage_counts,
    tag_names,
    touched_today,
    update_settings,
)
from netcompanion.operations.bulk import archive_contacts, tag_contacts
from netcompanion.operations.campaigns import (
    add_to_campaign,
    campaign_status,
    create_campaign,
    end_campaign,
    list_campaigns,
    resume_campaign,
    suggest_campaign_members,
)
from netcompanion.operations.contacts import (
    add_contact,
    archive_contact,
    edit_contact,
    find_contacts,
    get_contact,
    rate_contact,
)
from netcompanion.operations.followups import (
    add_followup,
    complete_followup,
    dismiss_followup,
    list_followups,
    snooze_followup,
)
from netcompanion.operations.helping import help_suggestions
from netcompanion.operations.imports import (
    duplicate_pairs,
    export_contacts,
    export_text,
    list_import_batches,
    offered_duplicates,
    preview_import,
    run_import,
    undo_import,
)
from netcompanion.operations.merge import merge_contacts
from netcompanion.operations.progress import weekly_progress
from netcompanion.operations.pursuits import (
    advance_introduction,
    advance_opportunity,
    log_favour,
    record_introduction,
    record_opportunity,
)
from netcompanion.operations.quiet_day import CAMPAIGN_BEST, QuietDay, quiet_day, read_today
from netcompanion.operations.results import NotFound, OperationError, ValidationError
from netcompanion.operations.rounds import personal_round
from netcompanion.operations.take_back import take_back_touch
from netcompanion.operations.today import call_list
from netcompanion.operations.touches import list_interactions, log_touch, preview_touch
from netcompanion.operations.trash import (
    delete_contact,
    delete_contacts,
    forget_contact,
    list_trash,
    purge_expired,
    restore_contact,
    restore_contacts,
)

__all__ = [
    "CAMPAIGN_BEST",
    "QuietDay",
    "quiet_day",
    "read_today",
    "ContactFilter",
    "ContactIndex",
    "ContactRow",
    "NotFound",
    "OperationError",
    "ValidationError",
    "add_contact",
    "add_followup",
    "add_to_campaign",
    "advance_introduction",
    "advance_opportunity",
    "archive_contact",
    "archive_contacts",
    "call_list",
    "campaign_status",
    "complete_followup",
    "contact_ids",
    "contact_index",
    "contact_names",
    "contact_rows",
    "count_contacts",
    "create_campaign",
    "end_campaign",
    "resume_campaign",
    "delete_contact",
    "delete_contacts",
    "dismiss_followup",
    "duplicate_pairs",
    "edit_contact",
    "export_contacts",
    "export_text",
    "find_contacts",
    "forget_contact",
    "get_contact",
    "get_settings",
    "has_contacts",
    "help_suggestions",
    "list_campaigns",
    "list_contact_events",
    "list_favours",
    "list_followups",
    "list_import_batches",
    "list_interactions",
    "list_introductions",
    "list_opportunities",
    "list_referrals",
    "list_trash",
    "log_favour",
    "log_touch",
    "take_back_touch",
    "merge_contacts",
    "narrow",
    "network_size",
    "offered_duplicates",
    "personal_round",
    "preview_import",
    "preview_touch",
    "purge_expired",
    "rate_contact",
    "record_introduction",
    "record_opportunity",
    "restore_contact",
    "restore_contacts",
    "run_import",
    "snooze_followup",
    "stage_counts",
    "suggest_campaign_members",
    "tag_contacts",
    "tag_names",
    "touched_today",
    "undo_import",
    "update_settings",
    "weekly_progress",
]
