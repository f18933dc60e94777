"""Smoke-start a built NetCompanion (bundle or installed script): version, database, a notification, window.

Usage: python packaging/smoke.py PATH/TO/netcompanion
Run it inside a desktop session with a notification daemon (see `make package`) to see the notification
arrive; without one, the fallback chain reports that nothing could show it and the smoke still passes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _run(step: list[str], env: dict[str, str], cwd: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
    started = time.perf_counter()
    done = subprocess.run(step, env=env, capture_output=True, text=True, timeout=180, cwd=cwd)
    took = time.perf_counter() - started
    print(f"{' '.join(step[3:] if '--db' in step else step[1:])}: exit {done.returncode} in {took:.2f} s")
    if done.returncode != expect:
        print(done.stderr, file=sys.stderr)
        raise SystemExit(1)
    return done


def main(executable: str) -> int:
    executable = str(Path(executable).resolve())
    with tempfile.TemporaryDirectory() as tmp:
        # Midday where the app runs, whatever the hour here: at night quiet hours hold every reminder back.
        utc = dt.datetime.now(dt.UTC)
        ahead = (12 - utc.hour + 12) % 24 - 12  # hours from UTC to a zone where it is about noon
        zone = f"Etc/GMT{-ahead:+d}"  # these zones count the other way: Etc/GMT-11 is 11 hours ahead of UTC
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "HOME": tmp,
               "TZ": zone}  # fmt: skip
        db = ["--db", str(Path(tmp) / "smoke.sqlite3")]
        print(_run([executable, "--version"], env, tmp).stdout.strip())
        _run([executable, *db, "demo", "--contacts", "50"], env, tmp)  # opens the database: migrations found
        today = (utc + dt.timedelta(hours=ahead)).date().isoformat()
        _run([executable, *db, "followups", "add", "1", "--due", today, "--note", "Smoke test"], env, tmp)
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            # No desktop to show it: the round runs, says so (exit 1) and keeps the reminder due.
            failed = _run([executable, *db, "reminders", "run"], env, tmp, expect=1)
            due = json.loads(_run([executable, *db, "reminders", "planned", "--json"], env, tmp).stdout)
            print(f"no notification server: {failed.stderr.strip()}")
            print(f"still due: {due[0]['title']!r}")
        else:
            _run([executable, *db, "reminders", "run"], env, tmp)
            shown = json.loads(_run([executable, *db, "reminders", "history", "--json"], env, tmp).stdout)
            print(f"notification: {shown[0]['title']!r} delivered by {shown[0]['delivered_by']}")
        if shutil.which("dunstctl") and os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            subprocess.run(["dunstctl", "close-all"], env=env, check=False)  # closed ones go to its history
            time.sleep(0.5)
            history = subprocess.run(["dunstctl", "history"], capture_output=True, text=True, env=env).stdout
            assert "NetCompanion" in history, "the notification daemon received nothing"
            print("the notification daemon received it")
        _run([executable, *db, "gui", "--quit-after", "2"], env, tmp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
