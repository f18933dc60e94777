"""Shared fixtures: a real SQLite file per test, and the real command-line entry point."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import time_machine

from netcompanion.store import Store, open_store

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "netcompanion.sqlite3"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One freshly migrated database per run; tests start from copies of it (migrating takes ~0.5 s)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_store(path).dispose()
    return path


@pytest.fixture
def store(db_path: Path, migrated_template: Path):
    """A real, migrated, empty SQLite database file for one test."""
    db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    shutil.copyfile(migrated_template, db_path)
    db_path.chmod(0o600)
    opened = open_store(db_path)
    yield opened
    opened.dispose()


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


def _entry_point() -> list[str]:
    """The installed `netcompanion` console script beside this interpreter, else `python -m`."""
    script = Path(sys.executable).with_name("netcompanion")
    if script.exists():
        return [str(script)]
    found = shutil.which("netcompanion")
    return [found] if found else [sys.executable, "-m", "netcompanion"]


@pytest.fixture
def cli(db_path: Path, tmp_path: Path):
    """Run `netcompanion --db <test db> ARGS…` as a real process."""

    def run(*args: str, db: Path | None = db_path, env: dict[str, str | None] | None = None) -> CliResult:
        """`env` adds to (or, with None as the value, takes out of) the environment the command sees."""
        if db == db_path:  # the CLI makes only its default data folder; a --db folder must exist
            db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        command = [*_entry_point(), *(["--db", str(db)] if db else []), *args]
        full_env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "xdg"),
                    "QT_QPA_PLATFORM": "offscreen", **(env or {})}  # fmt: skip
        full_env = {name: value for name, value in full_env.items() if value is not None}
        done = subprocess.run(command, capture_output=True, text=True, env=full_env, timeout=120)
        return CliResult(done.returncode, done.stdout, done.stderr)

    return run


def pooled_pragmas(store: Store, *names: str) -> set[tuple[int, ...]]:
    """These pragmas' values on every connection the store's pool holds (checked out one by one)."""
    pool = store.engine.pool
    held = [pool.connect() for _ in range(max(1, pool.checkedin()))]
    try:
        return {
            tuple(fairy.dbapi_connection.execute(f"PRAGMA {name}").fetchone()[0] for name in names) for fairy in held
        }
    finally:
        for fairy in held:
            fairy.close()


def table_counts(store: Store) -> dict[str, int]:
    """Row counts of every table: "nothing was written" means these did not change."""
    from sqlalchemy import func, select

    from netcompanion.store.models import Base

    with store.read() as session:
        return {
            name: session.scalar(select(func.count()).select_from(table))
            for name, table in Base.metadata.tables.items()
        }


def store_directly(store: Store, table: str, row_id: int, **values: object) -> None:
    """Set columns the way an older version, another tool or a hand edit could have: past the
    operations' checks, to show the reading side copes with anything the database can hold."""
    from sqlalchemy import update

    from netcompanion.store.models import Base

    target = Base.metadata.tables[table]
    with store.write() as session:
        session.execute(update(target).where(target.c.id == row_id).values(**values))


def campaign_started_on(store: Store, day, name: str, **choices: object):
    """A campaign created on its own first day: the app refuses a start more than a year back, and a
    test's fixed day falls that far behind the real clock as the years go by."""
    from netcompanion import operations

    with time_machine.travel(dt.datetime.combine(day, dt.time(9)).astimezone(), tick=False):
        return operations.create_campaign(store, name, start=day, **choices)


@pytest.fixture
def computer_on_utc(monkeypatch):
    """The computer's own zone is UTC (a server image, a fresh install), whatever it is where the tests
    run: for tests of the user's `timezone` setting, which must not lean on the machine's."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def in_tokyo(text: str):
    """A Tokyo wall-clock moment, as UTC: travelling to a ZoneInfo moment would set the computer's zone too."""
    from zoneinfo import ZoneInfo

    return dt.datetime.fromisoformat(text).replace(tzinfo=ZoneInfo("Asia/Tokyo")).astimezone(dt.UTC)


def daytime_for_reminders(store: Store):
    """Make it early afternoon on a working day for the user, whatever the hour the tests run: the
    `timezone` setting becomes a whole-hour zone where it is 13:00–13:59 now, and every day is a
    working day. Reminders due now then show now instead of waiting out the quiet hours (21:00–08:00)
    or a day off — tests run as real processes, so the clock itself cannot be stopped. Returns the
    user's today."""
    from zoneinfo import ZoneInfo

    from netcompanion.settings import load_settings, save_settings, with_changes

    ahead = 13 - dt.datetime.now(dt.UTC).hour  # -10 … +13 hours from UTC, all of them real zones
    zone = "Etc/GMT" + (f"{-ahead:+d}" if ahead else "")  # the Etc names count the other way round
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), timezone=zone, working_days="1234567"))
    return dt.datetime.now(ZoneInfo(zone)).date()


NOON = dt.time(12, 0)


def live_on(day: dt.date, at: dt.time = NOON):
    """Live on that day, the clock stopped at `at` on the computer's clock: a touch logged then
    happened then (one filled in days later plans from the day it is logged)."""
    return time_machine.travel(dt.datetime.combine(day, at).astimezone(), tick=False)
