"""Run every benchmark module in this folder: `make bench` (or `python -m tests.bench NAME`)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main(names: list[str]) -> int:
    here = Path(__file__).parent
    modules = [m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_")]
    for name in modules:
        if names and not any(n in name for n in names):
            continue
        print(f"\n== {name} ==", flush=True)
        importlib.import_module(f"tests.bench.{name}").main()
    return 0


raise SystemExit(main(sys.argv[1:]))
