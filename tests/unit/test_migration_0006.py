"""Migration 0006 on a database as 0005 left it: the search text of every contact with a phone
holds the phone's digits, so a number from a missed call finds who it was — on a real SQLite file,
opened the way the app opens it."""

from __future__ import annotations

from pathlib import Path

import pytest

from netcompanion import identity, operations
from netcompanion.store import open_store
from netcompanion.store.migrate import current_revision, head_revision
from tests.unit.test_migration_0003 import CREATED, _add_contact, _copies_of, _migrate, _run, _search_texts

MANY = 2500  # more than one batch of the migration


def _add_phone(path: Path, contact_id: int, phone: str, position: int = 0) -> None:
    _run(path, "INSERT INTO contact_phones (contact_id, phone, label, position) VALUES (:cid, :phone, '', :position)",
         cid=contact_id, phone=phone, position=position)  # fmt: skip


@pytest.fixture
def at_0005(tmp_path: Path) -> Path:
    """A database at 0005, whose search text held names, companies, titles and e-mails only."""
    path = tmp_path / "data" / "netcompanion.sqlite3"
    path.parent.mkdir(mode=0o700)
    _migrate(path, "0005")
    _run(path, "INSERT INTO companies (id, name, name_key, is_target, notes, created_at)"
               " VALUES (1, 'Contoso', 'contoso', 0, '', :created)", created=CREATED)  # fmt: skip
    _add_contact(path, 1, "Dana Whitfield", parked_on=None)
    _run(path, "UPDATE contacts SET company_id = 1, title = 'CTO',"
               " search_text = 'dana whitfield contoso cto dana@example.com' WHERE id = 1")  # fmt: skip
    _run(path, "INSERT INTO contact_emails (contact_id, email, email_key, label, position)"
               " VALUES (1, 'dana@example.com', 'dana@example.com', '', 0)")  # fmt: skip
    _add_phone(path, 1, "+1 (555) 013-4477")
    _add_phone(path, 1, "0151 2345 678", position=1)
    _add_contact(path, 2, "Zoë Ångström-Lind", parked_on=None)
    _run(path, "UPDATE contacts SET search_text = 'zoe angstrom-lind' WHERE id = 2")
    _add_phone(path, 2, "+46 70 555 0101")
    _add_contact(path, 3, "Ann Lee", parked_on=None)  # no phone
    _add_contact(path, 10, "Sam Ortiz10", parked_on=None)
    _copies_of(path, 10, "Sam Ortiz", "sam ortiz", last_id=9 + MANY)
    _run(path, "INSERT INTO contact_phones (contact_id, phone, label, position)"
               " SELECT id, '+1 555 9' || id, '', 0 FROM contacts WHERE id >= 10")  # fmt: skip
    return path


def test_opening_a_0005_database_lets_a_phone_number_typed_any_way_find_the_contact(at_0005):
    before = _search_texts(at_0005)
    store = open_store(at_0005)  # as the app opens it: the upgrade runs on open
    try:
        assert current_revision(store.engine) == head_revision()
        for typed in ("555-0134", "(555) 0134", "+1 555 0134", "0151 2345 678", "0151/2345678 contoso"):
            assert [c.name for c in operations.find_contacts(store, typed)] == ["Dana Whitfield"], typed
        # 070-555 is how +46 70 555… is dialled in Sweden; a 0 inside a number is not a prefix
        assert [c.name for c in operations.find_contacts(store, "angstrom 070-555")] == ["Zoë Ångström-Lind"]
        assert [c.name for c in operations.find_contacts(store, "angstrom 555 0101")] == ["Zoë Ångström-Lind"]
        assert [c.name for c in operations.find_contacts(store, "angstrom 555 0134")] == []
        assert [c.name for c in operations.find_contacts(store, "angstrom 70-555-0101")] == ["Zoë Ångström-Lind"]
        index = operations.contact_index(store, operations.ContactFilter(include_archived=True))
        assert index.matching("(555) 92509") == [2509]  # the last batch too
        assert operations.contact_ids(store, operations.ContactFilter(search="+1 555-92509")) == [2509]
    finally:
        store.dispose()

    after = _search_texts(at_0005)
    assert after[1][0] == identity.search_text(
        "Dana Whitfield", "Contoso", "CTO", ["dana@example.com"], ["+1 (555) 013-4477", "0151 2345 678"]
    )
    assert after[1][0] == "dana whitfield contoso cto dana@example.com 15550134477 01512345678"
    assert after[3] == before[3], "no phone: the text was right already, not written"
    assert {cid: updated for cid, (_t, updated) in after.items()} == {
        cid: updated for cid, (_t, updated) in before.items()
    }, "nothing the user sees changed: updated_at stays"


def test_downgrading_writes_the_text_back_without_phones(at_0005):
    before = _search_texts(at_0005)
    _migrate(at_0005, "0006")
    assert _search_texts(at_0005)[2][0] == "zoe angstrom-lind 46705550101"
    _migrate(at_0005, "0005", down=True)
    assert _search_texts(at_0005) == before
