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
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from netcompanion import operations
from netcompanion.importers.write import parse_id_ranges
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


class Zygote:
    """A clean helper process that forks the victims (the test process itself may run Qt threads)."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.safety.killworker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=Path(__file__).parents[2],
        )
        self._buffer = b""

    def send(self, line: str) -> None:
        self.process.stdin.write(f"{line}\n".encode())
        self.process.stdin.flush()

    def read_until(self, prefix: str, timeout: float = 20.0) -> tuple[str, list[str]]:
        """Lines up to and including the first that starts with `prefix`."""
        fd = self.process.stdout.fileno()
        deadline = time.monotonic() + timeout
        seen: list[str] = []
        while True:
            while b"\n" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\n", 1)
                line = raw.decode()
                if line.startswith(prefix):
                    return line, seen
                seen.append(line)
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, f"no {prefix!r} from the victim within {timeout} s; got {seen[-5:]}"
            chunk = os.read(fd, 65536)
            assert chunk, f"the helper process ended; got {seen[-5:]}"
            self._buffer += chunk

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


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
                # The batch records the contacts it created as id ranges; every one must be there.
                ranges = connection.execute(
                    "SELECT new_value FROM import_changes WHERE batch_id = ? AND action = 'created' "
                    "AND field = 'contact_ids'",
                    (batch_id,),
                ).fetchall()
                ids = [i for (text,) in ranges for i in parse_id_ranges(text)]
                present = connection.execute(
                    f"SELECT count(*) FROM contacts WHERE id IN ({','.join(map(str, ids)) or 'NULL'})"
                ).fetchone()[0]
                assert len(ids) == created == present, f"import batch {batch_id} is partial"
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
    zygote = Zygote()
    try:
        for round_no in range(KILLS):
            zygote.send(f"spawn {db_path} {export_path} {round_no + 1} {','.join(map(str, ids))}")
            pid = int(zygote.read_until("pid ")[0].split()[1])
            if rng.random() < 0.1:
                time.sleep(rng.uniform(0, 0.03))  # still opening the database
                during_start += 1
            else:
                zygote.read_until(f"ready {pid}")
                time.sleep(rng.uniform(0, 0.12))
            os.kill(pid, signal.SIGKILL)
            zygote.send(f"reap {pid}")
            status, output = zygote.read_until(f"status {pid} ")
            assert status.endswith(f"signal {signal.SIGKILL}"), f"the worker died by itself: {output[-3:]}"
            kills += 1
            reported = [line.removeprefix("done ") for line in output if line.startswith("done ")]
            for line in reported:
                done[line.split()[0]] += 1
                if line.startswith("edit "):
                    _, cid, stamp = line.split()
                    last_edit[int(cid)] = max(stamp, last_edit.get(int(cid), ""))
            _check(db_path, export_path, reported, last_edit)
    finally:
        zygote.close()
    print(f"\n{kills} kills ({during_start} during start-up); units committed before a kill: {dict(done)}")
    assert kills == KILLS
    assert sum(done.values()) >= KILLS // 2, "the victims hardly wrote anything before the kills"
