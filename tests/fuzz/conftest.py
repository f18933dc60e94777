"""Fuzzing budget: a short run in the normal test suite, N minutes with `make fuzz FUZZ_MINUTES=N`.

`NETCOMPANION_FUZZ_MINUTES` is shared out between the fuzz targets; without it each target
runs its quick default number of examples once.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest

_targets = 1


def _will_run(item) -> bool:
    marker = item.get_closest_marker("skipif")
    return marker is None or not (marker.args and marker.args[0] is True)


def pytest_collection_modifyitems(items):
    global _targets
    _targets = max(
        1,
        sum(
            1 for item in items if "fuzz_for_budget" in getattr(item, "fixturenames", ()) and _will_run(item)
        ),
    )


def seconds_per_target() -> float:
    minutes = float(os.environ.get("NETCOMPANION_FUZZ_MINUTES", "0") or 0)
    return minutes * 60 / _targets


@pytest.fixture
def fuzz_for_budget(request):
    """Run a hypothesis test once (normal run) or again and again until its share of the budget is used."""

    def run(test: Callable[[], None]) -> int:
        budget = seconds_per_target()
        rounds = 0
        deadline = time.monotonic() + budget
        while True:
            test()
            rounds += 1
            if time.monotonic() >= deadline:
                if budget:
                    print(f"\n{request.node.name}: {rounds} rounds of hypothesis examples, no failure")
                return rounds

    return run
