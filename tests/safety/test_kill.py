"""Kill -9 at random moments while the app writes; nothing committed is lost, nothing is torn.

A forked worker (tests/safety/killworker.py) writes units of work in a loop: edits, logged
touches, trash moves, bulk writes of 40 contacts, export files, and imports once the
importers exist. The test kills it with SIGKILL after a random delay (some kills land
while it is still opening the database: start-up check, backup, purge), then checks:
the database opens the normal way, passes a full integrity_check, every unit is either
all there or not there at all, and every unit the worker reported as done is there.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import time
import traceback
from collections import defaultdict
from pathlib import Path

import pytest

from netcompanion import operations
from netcompanion.store import open_store
from netcompanion.store.integrity import run_check, stale_sessions
from tests.safety import killworker

KILLS = int(os.environ.get("NETCOMPANION_KILLS", "200"))

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() to start victims cheaply")


def _seed_database(db_path: Path) -> list[int]:
    store = open_store(db_path)
    try:
        ids = [
            operations.add_contact(
                store, name=f"Person {i}", company=f"Company {i % 5}", emails=[f"p{i}@example.com"]
            ).id
            for i in range(12)
        ]
    finally:
        store.dispose()
    return ids


def _spawn(db_path: Path, export_path: Path, seed: int, ids: list[int]) -> tuple[int, int]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the victim
        os.close(read_fd)
        try:
            killworker.run(db_path, export_path, seed, write_fd, ids)
        except BaseException:
            os.write(write_fd, f"failed {traceback.format_exc()}".encode())
        finally:
            os._exit(3)  # only reached if the worker failed on its own
    os.close(write_fd)
    return pid, read_fd


def _read_available(fd: int, timeout: float) -> bytes:
    chunks = []
    deadline = time.monotonic() + timeout
    while True:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        chunks.append(chunk)
        if b"ready\n" in b"".join(chunks) and timeout > 0.5:
            break
    return b"".join(chunks)


def _check(
    db_path: Path, export_path: Path, reported: list[str], last_edit: dict[int, str]
) -> dict[str, int]:
    # 1. It opens the normal way (start-up check; a full one, since the victim left its marker).
    store = open_store(db_path)
    store.dispose()
    assert not stale_sessions(db_path), "the unclean shutdown was not noticed and cleared"
    # 2. SQLite itself finds nothing wrong.
    assert run_check(db_path, full=True) == ()
    connection = sqlite3.connect(db_path)
    try:
        # 3a. An edit sets title and notes together: never one without the other.
        for cid, title, notes in connection.execute(
            "SELECT id, title, notes FROM contacts WHERE source = 'manual'"
        ):
            if title or notes:
                assert title[1:] == notes[1:], f"contact {cid} was half edited: {title!r} / {notes!r}"
            # 3b. Every edit reported as done survived (a later one may have replaced it).
            if cid in last_edit:
                assert title[1:] >= last_edit[cid], f"contact {cid} lost a committed edit"
        # 3c. A logged touch updates the contact in the same transaction as the interaction.
        for cid, last, newest in connection.execute(
            "SELECT c.id, c.last_interaction_at, max(i.occurred_at) FROM contacts c "
            "JOIN interactions i ON i.contact_id = c.id GROUP BY c.id"
        ):
            assert last == newest, f"contact {cid}: touch and contact state disagree"
        # 3d. A bulk write of 40 contacts is all there or not at all.
        bulks = dict(
            connection.execute(
                "SELECT t.name, count(*) FROM tags t JOIN contact_tags ct ON ct.tag_id = t.id "
                "WHERE t.name LIKE 'bulk-%' GROUP BY t.name"
            ).fetchall()
        )
        orphans = connection.execute(
            "SELECT count(*) FROM contacts c WHERE source = 'bulk' AND NOT EXISTS "
            "(SELECT 1 FROM contact_tags ct WHERE ct.contact_id = c.id)"
        ).fetchone()[0]
        assert orphans == 0
        assert all(n == killworker.BULK_SIZE for n in bulks.values()), "a bulk write was torn"
        for line in reported:
            if line.startswith("bulk "):
                assert f"bulk-{line.split()[1]}" in bulks, "a committed bulk write was lost"
        # 3e. An import is all there or not at all (only once importers exist).
        if killworker.import_file() is not None:
            for batch_id, created in connection.execute(
                "SELECT id, created FROM import_batches WHERE undone_at IS NULL"
            ):
                changes = connection.execute(
                    "SELECT count(*) FROM import_changes WHERE batch_id = ? AND action = 'created'",
                    (batch_id,),
                ).fetchone()[0]
                assert changes == created, f"import batch {batch_id} is partial"
    finally:
        connection.close()
    # 4. An export file is the old one or the new one, never a mix or a stub.
    if export_path.exists():
        lines = export_path.read_bytes().decode().splitlines()
        assert len(lines) == killworker.EXPORT_LINES
        assert len({line.split()[1] for line in lines}) == 1
    return {"bulks": len(bulks)}


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_or_tears_a_unit_of_work(tmp_path):
    db_path = tmp_path / "data" / "netcompanion.sqlite3"
    export_path = tmp_path / "export.csv"
    ids = _seed_database(db_path)
    rng = random.Random(int(os.environ.get("NETCOMPANION_KILL_SEED", "20261123")))
    last_edit: dict[int, str] = {}
    done = defaultdict(int)
    kills = during_start = 0
    for round_no in range(KILLS):
        pid, read_fd = _spawn(db_path, export_path, round_no + 1, ids)
        try:
            if rng.random() < 0.1:
                time.sleep(rng.uniform(0, 0.03))  # still opening the database
                during_start += 1
            else:
                assert b"ready" in _read_available(read_fd, 10.0), "the worker never became ready"
                time.sleep(rng.uniform(0, 0.06))
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            output = _read_available(read_fd, 0.0).decode()
            assert os.WIFSIGNALED(status), f"the worker died by itself: {output[-3000:]}"
            kills += 1
        finally:
            os.close(read_fd)
        reported = [line for line in output.splitlines() if line and line != "ready"]
        for line in reported:
            done[line.split()[0]] += 1
            if line.startswith("edit "):
                _, cid, stamp = line.split()
                last_edit[int(cid)] = max(stamp, last_edit.get(int(cid), ""))
        _check(db_path, export_path, reported, last_edit)
    print(f"\n{kills} kills ({during_start} during start-up); units committed before a kill: {dict(done)}")
    assert kills == KILLS
    assert sum(done.values()) > KILLS, "the kills did not land while work was going on"
