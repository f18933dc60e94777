"""One app per database: a second launch hands over and exits; a crash leaves nothing in the way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from netcompanion.store import open_store

pytestmark = [
    pytest.mark.slow,  # real app processes, several seconds each
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process handling is Linux-only here"),
]


def launch(db: Path, tmp_path: Path, *args: str) -> subprocess.Popen:
    script = Path(sys.executable).with_name("netcompanion")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "netcompanion"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"}  # fmt: skip
    return subprocess.Popen([*command, "--db", str(db), "gui", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)  # fmt: skip


def wait_for_line(process: subprocess.Popen, text: str, limit: float = 60) -> str:
    """Read stderr until `text` appears (a hang guard, not a speed limit)."""
    seen = []
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line and process.poll() is not None:
            break
        seen.append(line)
        if text in line:
            return "".join(seen)
    raise AssertionError(f"never saw {text!r}; got: {''.join(seen)}")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "netcompanion.sqlite3"
    open_store(path).dispose()
    return path


def test_a_second_launch_raises_the_first_and_exits(db, tmp_path):
    first = launch(db, tmp_path, "--quit-after", "60")
    try:
        wait_for_line(first, "system tray available")
        second = launch(db, tmp_path)
        _, err = second.communicate(timeout=60)
        assert second.returncode == 0
        assert "already running" in err
        assert "a second launch asked us to come forward" in wait_for_line(first, "come forward")
        assert first.poll() is None
    finally:
        first.kill()
        first.communicate()


def test_a_lock_left_by_a_crash_is_cleared_by_itself(db, tmp_path):
    crashed = launch(db, tmp_path, "--quit-after", "60")
    wait_for_line(crashed, "system tray available")
    os.kill(crashed.pid, signal.SIGKILL)  # no chance to clean up the lock or the socket
    crashed.communicate()
    again = launch(db, tmp_path, "--quit-after", "60")
    try:
        started = wait_for_line(again, "system tray available")  # it started for real
        assert "already running" not in started
        # ... and listens again: the socket file the crash left behind did not get in the way.
        third = launch(db, tmp_path)
        _, err = third.communicate(timeout=60)
        assert third.returncode == 0 and "already running" in err
    finally:
        again.kill()
        again.communicate()


def test_two_databases_are_two_apps(db, tmp_path):
    other = tmp_path / "other.sqlite3"
    open_store(other).dispose()
    first = launch(db, tmp_path, "--quit-after", "60")
    try:
        wait_for_line(first, "system tray available")
        second = launch(other, tmp_path, "--quit-after", "1")
        _, err = second.communicate(timeout=60)
        assert "already running" not in err and "system tray available" in err
    finally:
        first.kill()
        first.communicate()
