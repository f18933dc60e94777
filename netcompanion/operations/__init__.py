"""The verbs users have. Each is one transaction and returns plain data.

The command line, the GUI and the tests call these same functions; none of them
imports Qt.
"""

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
from netcompanion.operations.pursuits import (
    advance_introduction,
    advance_opportunity,
    log_favour,
    record_introduction,
    record_opportunity,
)
from netcompanion.operations.results import NotFound, OperationError, ValidationError
from netcompanion.operations.touches import list_interactions, log_touch, preview_touch
from netcompanion.operations.trash import (
    delete_contact,
    forget_contact,
    list_trash,
    purge_expired,
    restore_contact,
)

__all__ = [
    "NotFound",
    "OperationError",
    "ValidationError",
    "add_contact",
    "add_followup",
    "advance_introduction",
    "advance_opportunity",
    "archive_contact",
    "complete_followup",
    "delete_contact",
    "dismiss_followup",
    "edit_contact",
    "find_contacts",
    "forget_contact",
    "get_contact",
    "list_followups",
    "list_interactions",
    "list_trash",
    "log_favour",
    "log_touch",
    "preview_touch",
    "rate_contact",
    "record_introduction",
    "purge_expired",
    "record_opportunity",
    "restore_contact",
    "snooze_followup",
]
