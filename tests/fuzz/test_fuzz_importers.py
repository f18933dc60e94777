"""Every importer against random bytes and mangled real files: a clean refusal or a whole import.

Runs once the importers exist (`operations.run_import`); until then it is skipped. For
each kind: the dry run writes nothing, a failed import writes nothing, and whatever
happens the database stays healthy. Only OperationError (the one-line message) may
come out.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from netcompanion import operations
from netcompanion.operations import OperationError
from netcompanion.store import open_store
from netcompanion.store.integrity import run_check
from tests.conftest import FIXTURES, table_counts
from tests.fuzz.mangle import any_file

pytestmark = pytest.mark.skipif(
    not hasattr(operations, "run_import"), reason="the importers are not part of this build yet"
)

SAMPLES = {
    "linkedin": "linkedin_connections_2024.csv",
    "linkedin-messages": "linkedin_messages.csv",
    "linkedin-invitations": "linkedin_invitations.csv",
    "google": "google_contacts.csv",
    "outlook": "outlook_contacts.csv",
    "vcard": "contacts.vcf",
}
QUICK = settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_an_importer_fed_garbage_refuses_cleanly_or_imports_whole(kind, tmp_path_factory, fuzz_for_budget):
    original = (FIXTURES / SAMPLES[kind]).read_bytes()

    @QUICK
    @given(data=any_file(original))
    def target(data: bytes) -> None:
        folder = tmp_path_factory.mktemp("import")
        source = folder / Path(SAMPLES[kind]).name
        source.write_bytes(data)
        store = open_store(folder / "netcompanion.sqlite3")
        try:
            empty = table_counts(store)
            with contextlib.suppress(OperationError):
                operations.preview_import(store, kind, source)
            assert table_counts(store) == empty, "a dry run wrote something"
            try:
                report = operations.run_import(store, kind, source)
            except OperationError:
                assert table_counts(store) == empty, "a failed import left a partial write"
            else:
                if table_counts(store) != empty:
                    operations.undo_import(store, report.batch_id)
        finally:
            store.dispose()
        assert run_check(folder / "netcompanion.sqlite3", full=True) == ()

    fuzz_for_budget(target)
