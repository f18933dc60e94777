"""Any text a user (or a script) can type into a contact: saved whole, or refused with nothing written."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netcompanion import operations
from netcompanion.operations import OperationError
from netcompanion.store import open_store
from netcompanion.store.integrity import run_check
from tests.conftest import table_counts

QUICK = settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
TEXT = st.text(max_size=80)

fields = st.fixed_dictionaries(
    {},
    optional={
        "company": TEXT,
        "title": TEXT,
        "emails": st.lists(st.one_of(TEXT, st.emails()), max_size=3),
        "phones": st.lists(TEXT, max_size=3),
        "linkedin_url": st.one_of(TEXT, st.just("https://www.linkedin.com/in/taken")),
        "closeness": st.integers(-2, 8),
        "stage": st.one_of(TEXT, st.sampled_from(["cold", "warm"])),
        "notes": st.text(max_size=400),
        "tags": st.lists(TEXT, max_size=4),
        "cadence_days": st.integers(-5, 400),
    },
)


def test_adding_or_editing_a_contact_with_any_input_is_all_or_nothing(tmp_path_factory, fuzz_for_budget):
    @QUICK
    @given(name=TEXT, changes=fields, edit=fields)
    def target(name: str, changes: dict, edit: dict) -> None:
        path = tmp_path_factory.mktemp("contacts") / "netcompanion.sqlite3"
        store = open_store(path)
        try:
            operations.add_contact(
                store, name="Holds A Profile", linkedin_url="https://www.linkedin.com/in/taken"
            )
            before = table_counts(store)
            try:
                added = operations.add_contact(store, name=name, **changes)
            except OperationError:
                assert table_counts(store) == before
                return
            assert operations.get_contact(store, added.id).name == added.name
            before = table_counts(store)
            snapshot = operations.get_contact(store, added.id)
            try:
                operations.edit_contact(store, added.id, **edit)
            except OperationError:
                assert table_counts(store) == before
                assert operations.get_contact(store, added.id) == snapshot
        finally:
            store.dispose()
        assert run_check(path, full=True) == ()

    fuzz_for_budget(target)


def test_a_linkedin_address_that_breaks_url_parsing_is_refused_cleanly(store):
    """Found by this fuzz target: "[" made urllib raise instead of giving a clear refusal."""
    added = operations.add_contact(store, name="Someone")
    with pytest.raises(OperationError, match="LinkedIn"):
        operations.edit_contact(store, added.id, linkedin_url="[")


def test_a_name_of_control_characters_is_refused_as_no_name(store):
    """Found by this fuzz target: a NUL name slipped past validation and hit a CHECK constraint."""
    with pytest.raises(OperationError, match="needs a name"):
        operations.add_contact(store, name="\x00")
    assert operations.add_contact(store, name="Ada\x00 Lovelace").name == "Ada Lovelace"
