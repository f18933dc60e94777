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
    os.write(report_fd, f"ready {os.getpid()}\n".encode())
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
        os.write(report_fd, "".join(f"done {part}\n" for part in line.split("\n")).encode())


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


def zygote() -> None:
    """Fork a fresh worker per request, so each victim starts in milliseconds from a clean process.

    Protocol on stdin/stdout (the workers write their reports to the same stdout pipe):
    `spawn DB EXPORT SEED IDS` → `pid N`; `reap N` → `status N signal S` once it is dead.
    """
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as warm:  # pay for imports and mapper set-up once, not per victim
        store = open_store(Path(warm) / "warm.sqlite3")
        cid = operations.add_contact(store, name="Warm Up").id
        for unit in ("edit", "touch", "bulk", "trash", "export"):
            _one_unit(store, unit, cid, "000000-000000", 0, Path(warm) / "export.csv")
        store.dispose()
    for request in sys.stdin:
        verb, *args = request.split()
        if verb == "spawn":
            db, export, seed, ids = args
            pid = os.fork()
            if pid == 0:
                try:
                    run(Path(db), Path(export), int(seed), 1, [int(i) for i in ids.split(",")])
                except BaseException as exc:  # reported, so the test can say why the victim died on its own
                    os.write(1, f"failed {type(exc).__name__}: {exc}\n".encode())
                finally:
                    os._exit(3)
            os.write(1, f"pid {pid}\n".encode())
        elif verb == "reap":
            _, status = os.waitpid(int(args[0]), 0)
            signal_no = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
            os.write(1, f"status {args[0]} signal {signal_no}\n".encode())


if __name__ == "__main__":
    zygote()
