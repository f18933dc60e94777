"""How long safety costs at 100,000 contacts: a checked backup, the start-up checks, a restore.

Baseline in the same run: a plain file copy of the same database (what the backup must
never be, but the cheapest way to get the bytes elsewhere).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from netcompanion.demo import generate_demo
from netcompanion.store import backup, integrity, open_store

CONTACTS = int(os.environ.get("BENCH_CONTACTS", "100000"))


def _time(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "netcompanion.sqlite3"
        store = open_store(db)
        generate_demo(store, CONTACTS)
        store.dispose()
        size = db.stat().st_size / 1e6
        copy_target = Path(folder) / "plain-copy.sqlite3"

        def plain_copy() -> None:
            shutil.copyfile(db, copy_target)

        made: list[Path] = []
        baseline = _time(plain_copy)
        checked = _time(lambda: made.append(backup.backup_now(db, reason="bench")))
        quick = _time(lambda: integrity.run_check(db, full=False))
        full = _time(lambda: integrity.run_check(db, full=True))
        opened = _time(lambda: open_store(db).dispose())
        restored = _time(lambda: backup.restore(db, made[0]), repeat=1)
        print(f"{CONTACTS} contacts, database {size:.1f} MB")
        rows = [
            ("plain file copy (baseline)", baseline),
            ("checked backup (backup API + integrity_check)", checked),
            ("quick_check (every start)", quick),
            ("integrity_check (after an unclean shutdown)", full),
            ("open_store (quick check, migrations, purge)", opened),
            ("restore (saves the current state first)", restored),
        ]
        print(f"{'step':<50} {'seconds':>8} {'× copy':>8}")
        for name, seconds in rows:
            print(f"{name:<50} {seconds:>8.3f} {seconds / baseline:>8.1f}")
