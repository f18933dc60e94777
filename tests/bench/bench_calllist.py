"""The daily call list at 30,000 and 100,000 contacts, against one plain SQL read of the same ids.

Target (PRODUCT.md): under 50 ms at 30,000 contacts. The baseline is the cheapest thing a
call list could possibly do — one SELECT of the contact ids it would consider — so the
ratio shows what the ranking, the wording and the extra queries cost on top.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from netcompanion import operations
from netcompanion.demo import generate_demo
from netcompanion.store import open_store
from tests.conftest import campaign_started_on

DAY = dt.date(2026, 11, 23)
BASELINE_SQL = text(
    "SELECT id FROM contacts WHERE archived = 0 AND deleted_at IS NULL AND parked_on IS NULL "
    "AND stage IN ('re-warming', 'warm', 'engaged')"
)


def _best_of(fn, repeat: int = 15) -> tuple[float, float]:
    fn()  # warm the caches once, as a running app would have them
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000, statistics.median(times) * 1000


def _campaign(store) -> None:
    """A realistic state: an active re-warming campaign of 250, ten calls already made."""
    campaign_started_on(store, DAY - dt.timedelta(days=7), "Re-warm", quota=10, best=250)


def run(n: int) -> tuple[int, float, float, float, float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.sqlite3")
        generate_demo(store, n, today=DAY)
        _campaign(store)

        def baseline() -> None:
            with store.read() as session:
                session.execute(BASELINE_SQL).all()

        entries = operations.call_list(store, DAY)
        base_min, base_med = _best_of(baseline)
        list_min, list_med = _best_of(lambda: operations.call_list(store, DAY))
        store.dispose()
    return n, base_min, base_med, list_min, list_med, len(entries)


def main() -> None:
    print(
        f"{'contacts':>9}  {'baseline ms (min/med)':>22}  {'call list ms (min/med)':>23}  {'ratio':>6}  entries"
    )
    for n in (30_000, 100_000):
        n, base_min, base_med, list_min, list_med, count = run(n)
        ratio = list_med / base_med if base_med else float("inf")
        print(
            f"{n:>9}  {base_min:>10.2f} / {base_med:>9.2f}  {list_min:>11.2f} / {list_med:>9.2f}  "
            f"{ratio:>5.1f}×  {count}"
        )
    print("target: call list under 50 ms at 30,000 contacts")


if __name__ == "__main__":
    main()
