"""A realistic generated export large enough to take the bulk path (index rebuild)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from netcompanion import operations
from netcompanion.store.models import Contact
from tests.conftest import FIXTURES, pooled_pragmas, table_counts

GENERATOR = Path(__file__).parents[1] / "bench" / "make_big_linkedin.py"


def index_sql(store) -> list[tuple[str, str]]:
    with store.read() as session:
        return session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
        ).all()


def test_large_export_imports_once_and_keeps_the_schema(store, tmp_path):
    path = tmp_path / "Connections.csv"
    subprocess.run(
        [sys.executable, str(GENERATOR), "-n", "6000", "-o", str(path)], check=True, capture_output=True
    )
    indexes = index_sql(store)
    usual_cache = pooled_pragmas(store, "cache_size")

    report = operations.run_import(store, "linkedin", path)

    assert report.errors == ()
    assert report.created + len(report.skipped) == 6000
    assert {reason for _, reason in report.skipped} == {"hidden account (only a connection date)"}
    assert table_counts(store)["contacts"] == report.created
    assert index_sql(store) == indexes
    assert pooled_pragmas(store, "cache_size") == usual_cache  # the load's larger page cache was given back
    assert len(operations.find_contacts(store, "smith")) > 0
    with store.read() as session:  # the profile URL index, built again after the load, still refuses a twin
        url = session.scalar(text("SELECT linkedin_url FROM contacts WHERE linkedin_url IS NOT NULL LIMIT 1"))
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(Contact(full_name="Someone Else", linkedin_url=url))

    again = operations.run_import(store, "linkedin", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, report.created)

    operations.undo_import(store, report.batch_id)
    assert table_counts(store)["contacts"] == 0


def test_a_large_import_pauses_the_collector_and_leaves_it_nothing_big_to_scan(store, tmp_path):
    """The collector waits during an import (tens of thousands of records, no garbage yet), and the
    records are freed before it is back: a collection over all of them came back as one long pause."""
    import gc

    path = tmp_path / "Connections.csv"
    subprocess.run(
        [sys.executable, str(GENERATOR), "-n", "6000", "-o", str(path)], check=True, capture_output=True
    )
    operations.preview_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")  # load the importers first
    young_at_collection: list[int] = []

    def watch(phase, _info):
        if phase == "start":
            young_at_collection.append(len(gc.get_objects(0)) + len(gc.get_objects(1)))

    gc.collect()
    gc.callbacks.append(watch)
    try:
        report = operations.run_import(store, "linkedin", path)
        assert gc.isenabled()
        operations.preview_import(store, "linkedin", path)
        assert gc.isenabled()
        with pytest.raises(operations.ValidationError):
            operations.run_import(store, "google", path)  # the wrong kind: refused, collector back on
        assert gc.isenabled()
        _ = [[] for _ in range(5 * gc.get_threshold()[0])]  # now the collector runs, over what is left
    finally:
        gc.callbacks.remove(watch)
    assert report.created > 5000
    assert young_at_collection, "the collector never ran: the check would be empty"
    # What the collector found to look at: a few thousand objects at most, not the file's ~40,000 records.
    assert max(young_at_collection) < 5000
