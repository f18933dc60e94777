"""Migration 0004 on a database as 0003 left it: every contact's search text folded anew, so the
plain-letter search finds the people whose names have accents — on a real SQLite file, opened the
way the app opens it."""

from __future__ import annotations

from pathlib import Path

import pytest

from netcompanion import identity, operations
from netcompanion.store import open_store
from netcompanion.store.migrate import current_revision, head_revision
from tests.unit.test_migration_0003 import CREATED, _add_contact, _copies_of, _migrate, _run, _search_texts

MANY = 2500  # more than one batch of the migration


@pytest.fixture
def at_0003(tmp_path: Path) -> Path:
    """A database at 0003 whose search text was only casefolded, as the app wrote it then."""
    path = tmp_path / "data" / "netcompanion.sqlite3"
    path.parent.mkdir(mode=0o700)
    _migrate(path, "0003")
    _run(path, "INSERT INTO companies (id, name, name_key, is_target, notes, created_at)"
               " VALUES (1, 'Ørsted A/S', 'ørsted a/s', 0, '', :created)", created=CREATED)  # fmt: skip
    _add_contact(path, 1, "Zoë Ångström-Lind", parked_on=None)
    _run(path, "UPDATE contacts SET company_id = 1, title = 'Head of Product – Nordics',"
               " search_text = 'zoë ångström-lind ørsted a/s head of product – nordics zoë@example.com'"
               " WHERE id = 1")  # fmt: skip
    _run(path, "INSERT INTO contact_emails (contact_id, email, email_key, label, position)"
               " VALUES (1, 'zoë@example.com', 'zoë@example.com', '', 0)")  # fmt: skip
    _add_contact(path, 2, "Grace O’Connell", parked_on=None)
    _add_contact(path, 3, "Ann Lee", parked_on=None)
    _add_contact(path, 10, "Łukasz Nowak10", parked_on=None)
    _copies_of(path, 10, "Łukasz Nowak", "łukasz nowak", last_id=9 + MANY)
    return path


def test_opening_a_0003_database_folds_the_search_text_so_plain_letters_find_accents(at_0003):
    before = _search_texts(at_0003)
    store = open_store(at_0003)  # as the app opens it: the upgrade runs on open
    try:
        assert current_revision(store.engine) == head_revision()
        assert [c.name for c in operations.find_contacts(store, "angstrom orsted nordics")] == ["Zoë Ångström-Lind"]
        assert [c.name for c in operations.find_contacts(store, "zoe@example")] == ["Zoë Ångström-Lind"]
        assert [c.name for c in operations.find_contacts(store, "o'connell")] == ["Grace O’Connell"]
        assert len(operations.find_contacts(store, "lukasz nowak")) == MANY
        assert operations.contact_ids(store, operations.ContactFilter(search="nowak2509")) == [2509]
    finally:
        store.dispose()

    after = _search_texts(at_0003)
    assert after[1][0] == identity.search_text(
        "Zoë Ångström-Lind", "Ørsted A/S", "Head of Product – Nordics", ["zoë@example.com"], []
    )
    assert after[3] == before[3], "a plain name's text was right already: not written"
    assert {cid: updated for cid, (_t, updated) in after.items()} == {
        cid: updated for cid, (_t, updated) in before.items()
    }, "nothing the user sees changed: updated_at stays"


def test_downgrading_writes_the_casefolded_text_back(at_0003):
    before = _search_texts(at_0003)
    _migrate(at_0003, "0004")
    assert _search_texts(at_0003)[2][0] == "grace o'connell"
    _migrate(at_0003, "0003", down=True)
    assert _search_texts(at_0003) == before
