"""Reading contacts and touches from other apps' exports (LinkedIn, Google, Outlook, vCard).

Each format module turns a file into plain `IncomingContact`/`IncomingTouch` records; `merge`
matches them to the contacts already there. Nothing here writes to the database.
"""

from netcompanion.importers.base import (
    KINDS,
    ImportFileError,
    IncomingContact,
    IncomingTouch,
    ParsedFile,
    RowsInError,
)
from netcompanion.importers.detect import detect_kind, parse_file, parse_text
from netcompanion.importers.plan import PossibleDuplicate
from netcompanion.importers.report import ImportBatchView, ImportReport

__all__ = [
    "ImportBatchView",
    "ImportReport",
    "PossibleDuplicate",
    "KINDS",
    "ImportFileError",
    "IncomingContact",
    "IncomingTouch",
    "ParsedFile",
    "RowsInError",
    "detect_kind",
    "parse_file",
    "parse_text",
]
