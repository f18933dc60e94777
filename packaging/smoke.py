"""Smoke-start a built NetCompanion (bundle or installed script) headless: version, database, window.

Usage: python packaging/smoke.py PATH/TO/netcompanion
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main(executable: str) -> int:
    executable = str(Path(executable).resolve())
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": tmp}
        db = str(Path(tmp) / "smoke.sqlite3")
        steps = [
            [executable, "--version"],
            [executable, "--db", db, "demo", "--contacts", "50"],
            [executable, "--db", db, "gui", "--quit-after", "2"],
        ]
        for step in steps:
            started = time.perf_counter()
            done = subprocess.run(step, env=env, capture_output=True, text=True, timeout=180, cwd=tmp)
            took = time.perf_counter() - started
            print(
                f"{' '.join(step[1:]) or step[0]}: exit {done.returncode} in {took:.2f} s {done.stdout.strip()[:80]}"
            )
            if done.returncode != 0:
                print(done.stderr, file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
