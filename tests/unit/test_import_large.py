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
from tests.conftest import table_counts

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

    report = operations.run_import(store, "linkedin", path)

    assert report.errors == ()
    assert report.created + len(report.skipped) == 6000
    assert {reason for _, reason in report.skipped} == {"hidden account (only a connection date)"}
    assert table_counts(store)["contacts"] == report.created
    assert index_sql(store) == indexes
    assert len(operations.find_contacts(store, "smith")) > 0
    with store.read() as session:  # the profile URL index, built again after the load, still refuses a twin
        url = session.scalar(text("SELECT linkedin_url FROM contacts WHERE linkedin_url IS NOT NULL LIMIT 1"))
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(Contact(full_name="Someone Else", linkedin_url=url))

    again = operations.run_import(store, "linkedin", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, report.created)

    operations.undo_import(store, report.batch_id)
    assert table_counts(store)["contacts"] == 0
