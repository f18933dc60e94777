"""Importing a LinkedIn export of 30,000 (and 100,000) connections, against a same-run baseline.

Baseline: read the same file with `csv.reader` and insert the same rows with one `executemany`
into a bare SQLite table. Target: first import and re-import each within 3x the baseline.
"""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from netcompanion.operations import run_import
from netcompanion.store import open_store

HERE = Path(__file__).parent
SIZES = (30_000, 100_000)
REPEATS = 3


def make_file(folder: Path, rows: int) -> Path:
    path = folder / f"connections_{rows}.csv"
    subprocess.run([sys.executable, str(HERE / "make_big_linkedin.py"), "-n", str(rows), "-o", str(path)],
                   check=True, capture_output=True)  # fmt: skip
    return path


def baseline(path: Path, db: Path) -> float:
    start = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle) if len(row) == 7]
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE connections (first TEXT, last TEXT, url TEXT, email TEXT, company TEXT,"
                 " position TEXT, connected_on TEXT)")  # fmt: skip
    with conn:
        conn.executemany("INSERT INTO connections VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()
    return time.perf_counter() - start


def timed_import(path: Path, db: Path) -> tuple[float, float, int]:
    store = open_store(db)  # migrations are not part of the import
    try:
        start = time.perf_counter()
        first = run_import(store, "linkedin", path)
        middle = time.perf_counter()
        again = run_import(store, "linkedin", path)
        end = time.perf_counter()
        assert again.created == 0, "a re-import must create nothing"
        return middle - start, end - middle, first.created
    finally:
        store.dispose()


def main() -> None:
    print(
        f"{'rows':>8} {'baseline s':>11} {'import s':>9} {'ratio':>6} {'re-import s':>12} {'ratio':>6}  created"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in SIZES:
            path = make_file(folder, size)
            base, first, again, created = [], [], [], 0
            for n in range(REPEATS):
                base.append(baseline(path, folder / f"base_{size}_{n}.sqlite3"))
                one, two, created = timed_import(path, folder / f"nc_{size}_{n}.sqlite3")
                first.append(one)
                again.append(two)
            b, f, a = min(base), min(first), min(again)
            print(
                f"{size:>8} {b:>11.3f} {f:>9.3f} {f / b:>6.2f} {a:>12.3f} {a / b:>6.2f}  {created}",
                flush=True,
            )


if __name__ == "__main__":
    main()
