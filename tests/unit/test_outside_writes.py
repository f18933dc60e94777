"""Telling the app that another program wrote to the database (the command line, while it runs)."""

from __future__ import annotations

import datetime as dt

from netcompanion import operations
from netcompanion.store.outside import OutsideWrites
from tests.conftest import pooled_pragmas


def _next_week() -> dt.date:
    """A follow-up's day, by the real clock: a fixed day ends up more than a year back, which the app refuses."""
    return dt.date.today() + dt.timedelta(days=7)


def test_a_follow_up_added_on_the_command_line_is_news_once(store, cli):
    dana = operations.add_contact(store, name="Dana Reyes")
    watch = OutsideWrites(store)
    try:
        assert not watch.changed()
        done = cli("followups", "add", str(dana.id), "--due", _next_week().isoformat())
        assert done.code == 0, done.err
        assert watch.changed()
        assert not watch.changed()  # told once
    finally:
        watch.close()


def test_reading_is_no_news_and_catching_up_forgets_what_came_before(store):
    dana = operations.add_contact(store, name="Dana Reyes")
    watch = OutsideWrites(store)
    try:
        operations.call_list(store)
        operations.find_contacts(store, "dana")
        assert not watch.changed()
        operations.add_followup(store, dana.id, due=_next_week())
        watch.catch_up()  # the app reads everything again after its own changes
        assert not watch.changed()
    finally:
        watch.close()


def test_asking_holds_nothing_open(store):
    """The asking connection keeps no read snapshot: the write-ahead log can be folded back in full."""
    watch = OutsideWrites(store)
    try:
        for n in range(50):
            operations.add_contact(store, name=f"Person {n}")
        assert watch.changed()
        with store.engine.connect() as conn:
            busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        assert busy == 0
    finally:
        watch.close()


def test_the_asking_connection_goes_back_to_the_pool_waiting_for_locks_as_usual(store):
    """It asks without waiting for a lock (on the GUI thread); the next user of it must wait again."""
    usual = pooled_pragmas(store, "busy_timeout")
    watch = OutsideWrites(store)
    watch.close()
    assert pooled_pragmas(store, "busy_timeout") == usual
