"""Deleting is undoable for 30 days; forgetting is for good and leaves nothing in the file."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import operations
from netcompanion.operations import NotFound
from netcompanion.store import open_store
from tests.conftest import table_counts

UTC = dt.UTC


def _contact_with_history(store, name="Dana Whitfield", notes=""):
    contact = operations.add_contact(
        store, name=name, company="Fabrikam", emails=["dana@example.com"], notes=notes
    )
    operations.log_touch(
        store, contact.id, channel="call", outcome="reached", mood="thrilled", notes="good chat"
    )
    # A week ahead of the (possibly travelled) clock: a fixed day ends up more than a year back, refused.
    operations.add_followup(store, contact.id, due=dt.date.today() + dt.timedelta(days=7))
    return contact


def test_a_deleted_contact_disappears_keeps_its_history_and_comes_back_whole(store):
    dana = _contact_with_history(store)
    before = table_counts(store)
    entry = operations.delete_contact(store, dana.id)
    assert entry.name == "Dana Whitfield"
    assert operations.find_contacts(store) == []
    with pytest.raises(NotFound):
        operations.get_contact(store, dana.id)
    assert [e.contact_id for e in operations.list_trash(store)] == [dana.id]
    assert table_counts(store) == before  # nothing is gone, only hidden
    operations.restore_contact(store, dana.id)
    assert [c.id for c in operations.find_contacts(store)] == [dana.id]
    assert len(operations.list_interactions(store, dana.id)) == 1
    assert operations.list_trash(store) == []


def test_the_trash_is_emptied_after_30_days_at_start(db_path):
    with time_machine.travel(dt.datetime(2026, 1, 10, 12, 0, tzinfo=UTC), tick=False):
        store = open_store(db_path)
        dana = _contact_with_history(store)
        keep = operations.add_contact(store, name="Still Here")
        entry = operations.delete_contact(store, dana.id)
        store.dispose()
    assert entry.purge_on == dt.date(2026, 2, 9)
    with time_machine.travel(dt.datetime(2026, 2, 8, 12, 0, tzinfo=UTC), tick=False):
        store = open_store(db_path)
        assert len(operations.list_trash(store)) == 1
        store.dispose()
    with time_machine.travel(dt.datetime(2026, 2, 10, 12, 0, tzinfo=UTC), tick=False):
        store = open_store(db_path)
        assert operations.list_trash(store) == []
        counts = table_counts(store)
        assert counts["contacts"] == 1 and counts["interactions"] == 0 and counts["followups"] == 0
        assert [c.id for c in operations.find_contacts(store)] == [keep.id]
        store.dispose()


def test_forget_removes_every_trace_from_the_database_file_and_its_wal(store, db_path):
    marker = "ZQXJ-private-note-7731"
    dana = _contact_with_history(store, name="Forgettable Person", notes=f"{marker} about a health issue")
    operations.add_contact(store, name="Someone Else")
    operations.delete_contact(store, dana.id)
    result = operations.forget_contact(store, dana.id)
    assert "backups" in result.message.lower() and "age out" in result.message
    assert [c.name for c in operations.find_contacts(store)] == ["Someone Else"]
    raw = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    for trace in (marker, "Forgettable", "dana@example.com"):
        assert trace.encode() not in raw, f"{trace} is still in the file"


def test_forgetting_several_is_one_step_and_an_unknown_one_stops_it_before_anything_goes(store):
    dana = _contact_with_history(store)
    lee = _contact_with_history(store, name="Lee Okafor")
    stays = operations.add_contact(store, name="Someone Else")
    operations.delete_contacts(store, [dana.id, lee.id])
    before = table_counts(store)
    with pytest.raises(NotFound, match="#9999"):
        operations.forget_contacts(store, [dana.id, 9999])
    assert table_counts(store) == before
    message = operations.forget_contacts(store, [dana.id, lee.id])
    assert message.startswith("2 contacts were removed for good.")
    counts = table_counts(store)
    assert counts["contacts"] == 1 and counts["interactions"] == 0 and counts["followups"] == 0
    assert [c.id for c in operations.find_contacts(store)] == [stays.id]
    assert operations.list_trash(store) == []


def test_the_command_line_deletes_restores_and_forgets(cli):
    added = cli("contacts", "add", "Trashy McTrashface", "--json").json()
    cid = str(added["id"])
    assert cli("trash", "delete", cid).code == 0
    assert cli("contacts", "--json").json() == []
    assert [e["contact_id"] for e in cli("trash", "--json").json()] == [added["id"]]
    assert cli("trash", "restore", cid).code == 0
    assert [c["id"] for c in cli("contacts", "--json").json()] == [added["id"]]
    refused = cli("trash", "forget", cid)  # back among the contacts: not to be erased by a slip of the id
    assert refused.code == 1 and refused.err.count("\n") == 1
    assert f"#{cid} Trashy McTrashface is not in the trash: delete them first" in refused.err
    assert [c["id"] for c in cli("contacts", "--json").json()] == [added["id"]]
    assert cli("trash", "delete", cid).code == 0
    forgot = cli("trash", "forget", cid)
    assert forgot.code == 0 and "backups" in forgot.out.lower()
    again = cli("trash", "restore", cid)
    assert again.code == 1 and "not in the trash" in again.err


def test_deleting_many_is_one_step_with_a_backup_first_and_restoring_brings_all_back(store):
    from netcompanion.demo import generate_demo
    from netcompanion.store.backup import list_backups

    generate_demo(store, 40)
    few, many = [1, 2], list(range(3, 15))
    operations.delete_contacts(store, few)
    assert list_backups(store.path) == []  # two contacts are not a bulk edit
    operations.delete_contacts(store, many)
    assert [b.path.name for b in list_backups(store.path) if "before-bulk-edit" in b.path.name]
    assert sorted(e.contact_id for e in operations.list_trash(store)) == few + many
    operations.restore_contacts(store, many)
    assert sorted(e.contact_id for e in operations.list_trash(store)) == few
    with pytest.raises(operations.NotFound):
        operations.restore_contacts(store, [3])  # no longer in the trash


def test_archiving_many_takes_a_backup_first(store):
    from netcompanion.demo import generate_demo
    from netcompanion.store.backup import list_backups

    generate_demo(store, 40)
    operations.archive_contacts(store, list(range(1, 11)))
    assert any("before-bulk-edit" in b.path.name for b in list_backups(store.path))


def test_forgetting_someone_not_in_the_trash_is_refused_and_nothing_goes(store):
    """Erasing cannot be undone: it takes two steps, delete then forget, so a wrong id can't erase someone in use."""
    dana = _contact_with_history(store)
    lee = _contact_with_history(store, name="Lee Okafor")
    operations.delete_contact(store, lee.id)
    before = table_counts(store)
    with pytest.raises(operations.ValidationError, match=rf"#{dana.id} Dana .* is not in the trash: delete them first"):
        operations.forget_contact(store, dana.id)
    with pytest.raises(operations.ValidationError, match="is not in the trash"):
        operations.forget_contacts(store, [lee.id, dana.id])  # one of several: none goes
    assert table_counts(store) == before
    assert [e.contact_id for e in operations.list_trash(store)] == [lee.id]


def test_forgetting_from_the_trash_refuses_someone_restored_meanwhile(store):
    dana = _contact_with_history(store)
    operations.delete_contact(store, dana.id)
    operations.restore_contact(store, dana.id)  # on the command line, while the Trash window was open
    before = table_counts(store)
    with pytest.raises(operations.ValidationError, match="no longer in the trash"):
        operations.forget_contacts(store, [dana.id], from_trash=True)
    assert table_counts(store) == before
