"""How long the demo network takes, against a bare SQLite insert of as many rows in the same run.

Run: make bench (or python -m tests.bench demo). Prints contacts, seconds and the ratio.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from netcompanion.demo import generate_demo
from netcompanion.store import open_store


def bare_insert(path: Path, rows: int) -> float:
    """Baseline: one executemany of `rows` contact-like rows into a plain table, one transaction."""
    started = time.perf_counter()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, first TEXT, last TEXT, company TEXT, title TEXT)")
    with connection:
        connection.executemany(
            "INSERT INTO people VALUES (?, ?, ?, ?, ?)",
            ((i, f"First{i}", f"Last{i}", f"Company {i % 2000}", "Engineer") for i in range(rows)),
        )
    connection.close()
    return time.perf_counter() - started


def main() -> None:
    print(f"{'contacts':>9}  {'demo s':>8}  {'bare s':>8}  {'ratio':>6}")
    for rows in (30_000, 100_000):
        with tempfile.TemporaryDirectory() as tmp:
            baseline = bare_insert(Path(tmp) / "bare.db", rows)
            store = open_store(Path(tmp) / "demo.db")
            started = time.perf_counter()
            generate_demo(store, rows)
            took = time.perf_counter() - started
            store.dispose()
        print(f"{rows:>9}  {took:>8.2f}  {baseline:>8.2f}  {took / baseline:>6.1f}")


if __name__ == "__main__":
    main()
