"""The database layer: constraints, pragmas, permissions, migrations."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
import stat

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.schema import CreateTable

from netcompanion import domain
from netcompanion.store import StoreError, open_store
from netcompanion.store.migrate import DatabaseTooNew, current_revision, head_revision
from netcompanion.store.models import Base, Company, Contact, ContactEmail, FollowUp, Interaction
from tests.conftest import pooled_pragmas


def _contact(**kw) -> Contact:
    return Contact(full_name=kw.pop("full_name", "Dana Whitfield"), **kw)


@pytest.mark.parametrize("field", ["closeness", "value"])
@pytest.mark.parametrize("bad", [0, 6, -1])
def test_ratings_outside_1_to_5_are_refused(store, field, bad):
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(_contact(**{field: bad}))


def test_ratings_1_to_5_and_unrated_are_accepted(store):
    with store.write() as session:
        session.add_all([_contact(closeness=1, value=5), _contact(closeness=None, value=None)])
    with store.read() as session:
        assert session.query(Contact).count() == 2


def test_linkedin_url_is_unique_where_present(store):
    url = "https://www.linkedin.com/in/dana"
    with store.write() as session:
        session.add_all([_contact(linkedin_url=url), _contact(), _contact()])  # NULLs don't clash
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(_contact(linkedin_url=url))


def test_unknown_stage_and_empty_name_are_refused(store):
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(_contact(stage="lukewarm"))
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(_contact(full_name=""))


def test_every_known_stage_is_accepted(store):
    with store.write() as session:
        session.add_all([_contact(stage=stage) for stage in domain.STAGE_CHOICES])
    with store.read() as session:
        assert sorted(session.scalars(select(Contact.stage))) == sorted(domain.STAGE_CHOICES)


def test_a_mood_is_left_out_or_one_of_the_known_moods(store):
    with store.write() as session:
        contact = _contact()
        session.add(contact)
    moment = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)

    def touch(mood):
        return Interaction(contact_id=contact.id, occurred_at=moment, channel="call", outcome="reached", mood=mood)

    with store.write() as session:
        session.add_all([touch(None), *(touch(mood) for mood in domain.MOOD_CHOICES)])
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(touch("ecstatic"))
    with store.read() as session:
        assert session.query(Interaction).count() == 1 + len(domain.MOOD_CHOICES)


def test_the_migrations_create_the_models_checks_without_in_lists(store):
    """compare_metadata does not look at CHECK constraints, so this does. And no CHECK holds an
    `IN (...)` list: SQLite builds a temporary index of such a list for every row inserted, which
    took about a seventh of the time of importing 30,000 contacts."""
    dialect = store.engine.dialect
    wanted = set()
    for table in Base.metadata.sorted_tables:
        wanted |= set(re.findall(r"CONSTRAINT \w+ CHECK \(.*\)", str(CreateTable(table).compile(dialect=dialect))))
    with store.read() as session:
        migrated = "\n".join(session.scalars(text("SELECT sql FROM sqlite_master WHERE type = 'table'")))
    assert len(wanted) > 20
    assert {check for check in wanted if check not in migrated} == set()
    assert " IN (" not in migrated.upper()


def test_the_migrations_create_the_models_indexes_with_their_where_clauses(store):
    """compare_metadata ignores an index's WHERE: a migration that left one out would go unseen."""
    from sqlalchemy.schema import CreateIndex

    dialect = store.engine.dialect
    wanted = {
        " ".join(str(CreateIndex(index).compile(dialect=dialect)).split())
        for table in Base.metadata.sorted_tables
        for index in table.indexes
    }
    with store.read() as session:
        migrated = {" ".join(sql.split()) for sql in session.scalars(
            text("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))}  # fmt: skip
    assert sum(" WHERE " in sql for sql in wanted) >= 4
    assert wanted == migrated


def test_deleting_a_contact_reads_no_table_through(store):
    """Deleting a contact finds what refers to it by index: a table read through per contact made
    undoing an import of 30,000 people take seconds once the app had a few months of history."""
    with store.read() as session:
        plan = [row[-1] for row in session.execute(text("EXPLAIN QUERY PLAN DELETE FROM contacts WHERE id = 1"))]
    assert any("notification_history" in step for step in plan)  # the references are looked at …
    assert [step for step in plan if step.startswith("SCAN")] == []  # … each through an index


def test_calls_done_today_reads_only_the_logged_touches_of_that_day(store):
    """touched_on (Today and the status line, after every logged call) searches the index of the
    touches the user logged: not the table, nor an index that holds every imported message too."""
    from sqlalchemy import event

    from netcompanion.operations.browse import touched_on

    statements = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", keep)
    try:
        with store.read() as session:
            touched_on(session, dt.date(2026, 3, 2))
            [(statement, parameters)] = [(s, p) for s, p in statements if "FROM interactions" in s]
            explained = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            plan = [row[-1] for row in explained]
    finally:
        event.remove(store.engine, "before_cursor_execute", keep)
    assert [step for step in plan if "interactions" in step] == [
        "SEARCH interactions USING INDEX ix_interactions_logged_occurred_at (occurred_at>? AND occurred_at<?)"
    ]


def test_a_pragma_set_for_one_unit_of_work_is_undone_whether_it_commits_or_not(store):
    """A bulk load's larger page cache and an erase's secure delete must not stay with the pooled
    connection for whatever it does next."""
    from netcompanion.store.engine import pragma_for_this_work

    usual = pooled_pragmas(store, "cache_size", "secure_delete")
    ((cache, secure),) = usual  # secure delete is on by default in some builds of SQLite (Debian's)
    assert cache == -2000
    with store.write() as session:
        pragma_for_this_work(session.connection(), "cache_size", -30_000)
        pragma_for_this_work(session.connection(), "secure_delete", int(not secure))
        assert session.execute(text("PRAGMA cache_size")).scalar() == -30_000
        assert session.execute(text("PRAGMA secure_delete")).scalar() == int(not secure)
    assert pooled_pragmas(store, "cache_size", "secure_delete") == usual
    with pytest.raises(RuntimeError, match="midway"), store.write() as session:
        pragma_for_this_work(session.connection(), "secure_delete", int(not secure))
        raise RuntimeError("midway")
    assert pooled_pragmas(store, "cache_size", "secure_delete") == usual


def test_foreign_keys_are_enforced_on_every_connection(store):
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(FollowUp(contact_id=999, due_date=dt.date(2026, 1, 1)))
    with store.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_deleting_a_contact_cascades_to_its_history(store):
    with store.write() as session:
        contact = _contact()
        contact.emails.append(ContactEmail(email="dana@example.com", email_key="dana@example.com"))
        session.add(contact)
        session.flush()
        session.add(Interaction(contact_id=contact.id, occurred_at=dt.datetime.now(dt.UTC), channel="call",
                                outcome="reached"))  # fmt: skip
    with store.write() as session:
        session.delete(session.query(Contact).one())
    with store.read() as session:
        assert session.query(Interaction).count() == 0
        assert session.query(ContactEmail).count() == 0


def test_connections_use_wal_and_a_busy_timeout(store):
    with store.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_timestamps_are_stored_in_utc_and_naive_ones_refused(store):
    berlin_evening = dt.datetime(2026, 3, 1, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    with store.write() as session:
        contact = _contact()
        session.add(contact)
        session.flush()
        session.add(
            Interaction(contact_id=contact.id, occurred_at=berlin_evening, channel="call", outcome="reached")
        )
    raw = sqlite3.connect(store.path).execute("SELECT occurred_at FROM interactions").fetchone()[0]
    assert raw.startswith("2026-03-01 22:30:00")
    with store.read() as session:
        assert session.query(Interaction).one().occurred_at == berlin_evening
    with pytest.raises(Exception, match="timezone-aware"), store.write() as session:
        session.add(Interaction(contact_id=contact.id, occurred_at=dt.datetime(2026, 1, 1), channel="call",
                                outcome="reached"))  # fmt: skip


def test_a_failed_unit_of_work_leaves_nothing_behind(store):
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(Company(name="Contoso", name_key="contoso"))
        session.flush()
        session.add(_contact(closeness=9))
    with store.read() as session:
        assert session.query(Company).count() == 0


def test_database_file_and_folder_are_private(db_path):
    store = open_store(db_path)
    with store.write() as session:
        session.add(_contact())
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    store.dispose()


def test_empty_database_upgrades_to_head_and_matches_the_models(db_path):
    store = open_store(db_path)
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    store.dispose()
    assert diff == []


def test_reopening_an_up_to_date_database_changes_nothing(db_path):
    open_store(db_path).dispose()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    open_store(db_path).dispose()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_a_database_from_a_newer_version_is_refused_untouched(db_path):
    store = open_store(db_path)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.dispose()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseTooNew, match="newer version of NetCompanion"):
        open_store(db_path)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a NetCompanion database"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_folder_given_as_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)
