"""The victim of the kill test: a process that writes units of work as fast as it can.

Each unit is one user action (an edit, a logged touch, a move to the trash and back, a
bulk write of many contacts, an import when importers exist, an export file). After a
unit commits, the worker reports it on a pipe, so the test can check that everything
reported was kept. The worker never returns; it is killed with SIGKILL.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

from netcompanion import operations
from netcompanion.fileio import atomic_write
from netcompanion.operations.contacts import _apply
from netcompanion.store import open_store
from netcompanion.store.models import Contact, Tag

BULK_SIZE = 40
EXPORT_LINES = 2000  # big enough that writing it takes a moment


def export_payload(k: int) -> bytes:
    """An export file whose every line names its generation: a torn file would mix two."""
    return "".join(f"generation {k:08d} line {i}\n" for i in range(EXPORT_LINES)).encode()


def import_file() -> Path | None:
    """The import unit needs `operations.run_import` (importers); skipped while it doesn't exist."""
    if not hasattr(operations, "run_import"):
        return None
    return Path(__file__).parents[1] / "fixtures" / "linkedin_connections_2024.csv"


def run(db_path: Path, export_path: Path, seed: int, report_fd: int, contact_ids: list[int]) -> None:
    store = open_store(db_path)
    rng = random.Random(seed)
    os.write(report_fd, b"ready\n")
    k = 0
    units = ["edit", "edit", "touch", "touch", "bulk", "trash", "export"]
    if import_file() is not None:
        units += ["import", "import"]
    while True:
        k += 1
        try:
            stamp = f"{seed:06d}-{k:06d}"
            line = _one_unit(store, rng.choice(units), rng.choice(contact_ids), stamp, k, export_path)
        except operations.OperationError:
            continue  # e.g. the contact was left in the trash by an earlier kill
        os.write(report_fd, f"{line}\n".encode())


def _one_unit(store, unit: str, cid: int, stamp: str, k: int, export_path: Path) -> str:
    """Do one unit of work; returns the line that reports it."""
    if unit == "edit":
        operations.edit_contact(store, cid, title=f"t{stamp}", notes=f"n{stamp}")
        return f"edit {cid} {stamp}"
    if unit == "touch":
        operations.log_touch(store, cid, channel="call", outcome="no-answer")
        return f"touch {cid}"
    if unit == "bulk":
        with store.write() as session:
            tag = Tag(name=f"bulk-{stamp}")
            for i in range(BULK_SIZE):
                contact = Contact(full_name="", source="bulk")
                _apply(session, contact, {
                    "first_name": f"Bulk{i}", "last_name": stamp,
                    "emails": [f"bulk{i}.{stamp}@example.org"], "notes": f"part of bulk {stamp}",
                })  # fmt: skip
                contact.tags = [tag]
                session.add(contact)
        return f"bulk {stamp}"
    if unit == "trash":
        operations.delete_contact(store, cid)
        operations.restore_contact(store, cid)
        return f"trash {cid}"
    if unit == "import":
        # Import then undo, so the next import of the same file writes again.
        report = operations.run_import(store, "linkedin", import_file())
        operations.undo_import(store, report.batch_id)
        return f"import {report.batch_id}"
    atomic_write(export_path, export_payload(k))
    return f"export {k}"
