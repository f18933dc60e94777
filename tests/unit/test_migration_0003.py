"""Migration 0003 on a database as 0002 left it: the index of logged touches, and the parked
contacts' rule-made follow-ups dismissed as parking does it — on a real SQLite file, opened the
way the app opens it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from netcompanion import operations
from netcompanion.store import open_store
from netcompanion.store.migrate import alembic_config, current_revision, head_revision

LOGGED_TOUCHES = "ix_interactions_logged_occurred_at"
CREATED = "2026-10-01 09:00:00.000000"


def _migrate(path: Path, revision: str, *, down: bool = False) -> None:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            config = alembic_config(engine)
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)
    finally:
        engine.dispose()


def _run(path: Path, sql: str, **params) -> list[tuple]:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            result = connection.execute(text(sql), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def _tables(path: Path) -> set[str]:
    return {name for (name,) in _run(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def _add_contact(path: Path, contact_id: int, name: str, parked_on: str | None) -> None:
    _run(
        path,
        "INSERT INTO contacts (id, first_name, last_name, full_name, title, source, notes,"
        " biggest_challenge, stage, do_not_introduce, archived, unanswered_attempts, parked_on,"
        " edited_fields, search_text, created_at, updated_at)"
        " VALUES (:id, :first, '', :name, '', 'manual', '', '', 'cold', 0, 0, :attempts, :parked_on,"
        " '', :key, :created, :created)",
        id=contact_id, first=name.split()[0], name=name, attempts=3 if parked_on else 1, parked_on=parked_on,
        key=name.casefold(), created=CREATED,
    )  # fmt: skip


def _copies_of(path: Path, contact_id: int, name: str, search_text: str, last_id: int) -> None:
    """Contacts #contact_id+1 to #last_id as copies of #contact_id, named `name` and given the search
    text `search_text`, each followed by its id (enough of them to take a migration past one batch)."""
    _run(path, "WITH RECURSIVE n(i) AS (SELECT :first UNION ALL SELECT i + 1 FROM n WHERE i < :last)"
               " INSERT INTO contacts (id, first_name, last_name, full_name, title, source, notes,"
               " biggest_challenge, stage, do_not_introduce, archived, unanswered_attempts, edited_fields,"
               " search_text, created_at, updated_at)"
               " SELECT i, first_name, last_name, :name || i, title, source, notes, biggest_challenge,"
               " stage, do_not_introduce, archived, unanswered_attempts, edited_fields, :search || i,"
               " created_at, updated_at FROM n, contacts WHERE contacts.id = :cid",
         first=contact_id + 1, last=last_id, name=name, search=search_text, cid=contact_id)  # fmt: skip


def _search_texts(path: Path) -> dict[int, tuple[str, str]]:
    """Each contact's search text and "last changed" stamp, by id."""
    return {cid: (text, updated) for cid, text, updated in _run(path, "SELECT id, search_text, updated_at FROM contacts")}


def _add_followup(
    path: Path, followup_id: int, contact_id: int, origin: str, status: str = "open", **extra
) -> None:
    row = {"kind": "follow-up", "snoozed_until": None, "closed_at": None, **extra}
    _run(
        path,
        "INSERT INTO followups (id, contact_id, kind, due_date, status, snoozed_until, note, origin,"
        " created_at, closed_at) VALUES (:id, :contact_id, :kind, '2026-11-20', :status, :snoozed_until,"
        " :note, :origin, :created, :closed_at)",
        id=followup_id, contact_id=contact_id, status=status, origin=origin, note=f"{origin} {followup_id}",
        created=CREATED, **row,
    )  # fmt: skip


def _followups(path: Path) -> dict[int, dict]:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT * FROM followups ORDER BY id")).mappings()
            return {row["id"]: dict(row) for row in rows}
    finally:
        engine.dispose()


@pytest.fixture
def at_0002(tmp_path: Path) -> Path:
    """A database at revision 0002 holding what parking left behind before it dismissed anything."""
    path = tmp_path / "data" / "netcompanion.sqlite3"
    path.parent.mkdir(mode=0o700)
    _migrate(path, "0002")
    _add_contact(path, 1, "Aisha Mensah", parked_on="2026-11-02")
    _add_contact(path, 2, "Ben Okafor", parked_on=None)
    # Aisha, parked: the rules' chases (one of them snoozed) …
    _add_followup(path, 10, 1, "cooldown")
    _add_followup(path, 11, 1, "turndown", "snoozed", snoozed_until="2026-12-30", kind="feedback-meeting")
    _add_followup(path, 12, 1, "thrilled", kind="next-step")
    # … and what parking leaves alone: her own follow-up, a loop to close, one already done.
    _add_followup(path, 13, 1, "manual")
    _add_followup(path, 14, 1, "close-the-loop", kind="close-the-loop")
    _add_followup(path, 15, 1, "cooldown", status="done", closed_at="2026-11-01 08:00:00.000000")
    # Ben is not parked: his "try again" stays.
    _add_followup(path, 20, 2, "cooldown")
    _add_followup(path, 21, 2, "turndown", "snoozed", snoozed_until="2026-12-30", kind="feedback-meeting")
    return path


def test_opening_a_0002_database_dismisses_only_the_parked_contacts_rule_made_chases(at_0002):
    followups_before = _followups(at_0002)
    contacts_before = _run(at_0002, "SELECT * FROM contacts ORDER BY id")
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None)

    store = open_store(at_0002)  # as the app opens it: the upgrade runs on open
    try:
        assert current_revision(store.engine) == head_revision()
        still_open = {f.id for f in operations.list_followups(store)}
    finally:
        store.dispose()
    after = dt.datetime.now(dt.UTC).replace(tzinfo=None)

    assert still_open == {13, 14, 20, 21}
    followups_after = _followups(at_0002)
    dismissed = {10, 11, 12}
    parking_sets = {"status", "snoozed_until", "closed_at"}
    for fid in dismissed:
        row, old = followups_after[fid], followups_before[fid]
        assert (row["status"], row["snoozed_until"]) == ("dismissed", None), f"follow-up {fid}"
        assert before <= dt.datetime.fromisoformat(row["closed_at"]) <= after
        assert {k: v for k, v in row.items() if k not in parking_sets} == {
            k: v for k, v in old.items() if k not in parking_sets
        }, "nothing else about them changes"
    assert {fid: row for fid, row in followups_after.items() if fid not in dismissed} == {
        fid: row for fid, row in followups_before.items() if fid not in dismissed
    }
    assert _run(at_0002, "SELECT * FROM contacts ORDER BY id") == contacts_before


def test_0003_adds_the_index_of_logged_touches_and_downgrading_drops_it_alone(at_0002):
    def index_sql(path):
        return _run(path, "SELECT sql FROM sqlite_master WHERE name = :name", name=LOGGED_TOUCHES)

    assert index_sql(at_0002) == []
    _migrate(at_0002, "0003")
    wanted = f"CREATE INDEX {LOGGED_TOUCHES} ON interactions (occurred_at) WHERE import_batch_id IS NULL"
    assert index_sql(at_0002) == [(wanted,)]
    upgraded = _followups(at_0002)

    _migrate(at_0002, "0002", down=True)
    assert index_sql(at_0002) == []
    assert _run(at_0002, "SELECT version_num FROM alembic_version") == [("0002",)]
    assert _followups(at_0002) == upgraded, "the mended follow-ups stay as they are"
    assert "ix_interactions_occurred_at" in {
        name for (name,) in _run(at_0002, "SELECT name FROM sqlite_master WHERE type = 'index'")
    }
