"""A reminder round at 30,000 contacts, against a bare SQLite read of the open follow-ups.

A round runs at start, after every data change and at each due moment, on the GUI thread,
so it must stay well under a frame budget's worth of milliseconds times a few.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from netcompanion import clock
from netcompanion.demo import generate_demo
from netcompanion.reminders.engine import ReminderEngine
from netcompanion.reminders.facts import load_facts
from netcompanion.reminders.planner import plan
from netcompanion.store import open_store

CONTACTS = 30_000
RUNS = 20


def best_ms(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        store = open_store(path)
        generate_demo(store, CONTACTS)
        engine = ReminderEngine(store, lambda notification, _id: "bench")
        engine.tick()  # the first round shows (and logs) what is due; later rounds are the steady state
        today = clock.today()

        def baseline() -> None:
            with sqlite3.connect(path) as raw:
                raw.execute(
                    "SELECT id, contact_id, due_date, due_time FROM followups WHERE status = 'open'"
                ).fetchall()

        facts, settings = load_facts(store, today)
        rows = [
            ("bare sqlite3: open follow-ups", *best_ms(baseline)),
            (
                "load_facts (follow-ups, cooldowns, campaigns, digest, log)",
                *best_ms(lambda: load_facts(store, today)),
            ),
            ("plan (pure)", *best_ms(lambda: plan(facts, clock.now_utc(), settings))),
            ("a whole round: engine.tick()", *best_ms(engine.tick)),
        ]
        store.dispose()
    base = rows[0][1]
    print(f"{CONTACTS:,} contacts, {len(facts.reminders)} reminder facts, best and median of {RUNS} runs")
    print(f"{'what':62} {'best ms':>8} {'median':>8} {'× baseline':>10}")
    for name, best, median in rows:
        print(f"{name:62} {best:8.2f} {median:8.2f} {best / base:10.1f}")


if __name__ == "__main__":
    main()
