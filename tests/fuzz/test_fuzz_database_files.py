"""Damaged database files: checking, opening and restoring them never crashes and never makes them worse."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from netcompanion import operations
from netcompanion.store import StoreError, integrity, open_store
from netcompanion.store import backup as backups
from tests.fuzz.mangle import mangled
from tests.safety.helpers import content

QUICK = settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def healthy(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("healthy") / "netcompanion.sqlite3"
    store = open_store(path)
    for i in range(60):
        operations.add_contact(store, name=f"Person {i}", company=f"Company {i % 7}", notes="n" * (i * 20))
    store.dispose()
    return path.read_bytes()


def test_opening_or_checking_a_mangled_database_fails_cleanly_and_leaves_it_as_it_was(
    healthy, tmp_path_factory, fuzz_for_budget
):
    @QUICK
    @given(data=mangled(healthy))
    def target(data: bytes) -> None:
        path = tmp_path_factory.mktemp("mangled") / "netcompanion.sqlite3"
        path.write_bytes(data)
        result = integrity.check(path, full=True)  # never raises
        assert path.read_bytes() == data
        try:
            store = open_store(path)
        except StoreError:
            assert path.read_bytes() == data  # refused: not repaired, not overwritten
            return
        store.dispose()
        # It opened: the quick check at open passed (damage only the full check sees, such as a
        # missing index entry, is found after an unclean shutdown or by `netcompanion check`).
        assert integrity.run_check(path, full=False) == () or result.ok

    fuzz_for_budget(target)


def test_restoring_a_mangled_backup_is_refused_or_restores_exactly_what_it_holds(
    healthy, tmp_path_factory, fuzz_for_budget
):
    @QUICK
    @given(data=mangled(healthy))
    def target(data: bytes) -> None:
        folder = tmp_path_factory.mktemp("restore")
        current = folder / "netcompanion.sqlite3"
        current.write_bytes(healthy)
        before = content(current)
        candidate = folder / "candidate.sqlite3"
        candidate.write_bytes(data)
        try:
            backups.restore(current, candidate)
        except StoreError:
            assert content(current) == before  # refused: nothing changed
            return
        assert content(current) == content(candidate)
        assert integrity.run_check(current, full=True) == ()

    fuzz_for_budget(target)
