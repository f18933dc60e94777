"""Undoing imports in any order: each undo takes back its own import, and only what the user
did since keeps a contact in place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import delete

from netcompanion import operations
from netcompanion.store.models import ImportChange
from tests.conftest import FIXTURES, table_counts

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
OLD_2018 = FIXTURES / "linkedin_connections_2018.csv"
MID_2022 = FIXTURES / "linkedin_connections_2022_preamble_no_url.csv"
NEW_2024 = FIXTURES / "linkedin_connections_2024.csv"
BOOKKEEPING = ("import_batches", "import_changes")  # the undone imports stay listed


def _next_week() -> dt.date:
    """A follow-up's day, by the real clock: a fixed day ends up more than a year back, which the app refuses."""
    return dt.date.today() + dt.timedelta(days=7)


def _ada(tmp_path: Path, name: str, company: str, title: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + f"Ada,Lovelace,,ada@example.com,{company},{title},01 Jan 2018\n", encoding="utf-8")
    return path


def _people(store) -> list[tuple[str, str, str]]:
    return [(c.name, c.company, c.title) for c in operations.find_contacts(store, include_archived=True)]


def _contents(store) -> dict[str, int]:
    return {table: count for table, count in table_counts(store).items() if table not in BOOKKEEPING}


# The company an older import brought in comes back when a newer import's move away from it is undone.


def test_undoing_the_older_import_first_then_the_newer_one_puts_the_company_back(cli, tmp_path):
    assert cli("import", "linkedin", str(_ada(tmp_path, "old.csv", "Analytical Engines", "Engineer"))).code == 0
    moved = cli("import", "linkedin", str(_ada(tmp_path, "new.csv", "Babbage Labs", "CTO")))
    assert "moved from Analytical Engines to Babbage Labs" in moved.out
    assert cli("followups", "add", "1", "--due", _next_week().isoformat(), "--note", "Ask about the engine").code == 0

    first = cli("import", "undo", "1")
    assert first.code == 0, first.err
    assert "1 kept because it changed since" in first.out  # her follow-up holds her
    second = cli("import", "undo", "2")
    assert second.code == 0, second.err
    assert "1 contact reverted" in second.out

    ada = cli("contacts", "--json").json()
    assert [(c["name"], c["company"], c["title"]) for c in ada] == [("Ada Lovelace", "Analytical Engines", "Engineer")]


def test_the_fixtures_undone_oldest_first_keep_the_old_companies_of_the_people_the_user_worked_with(store):
    operations.run_import(store, "linkedin", OLD_2018)
    after_2018 = {name: (company, title) for name, company, title in _people(store)}
    newer = operations.run_import(store, "linkedin", NEW_2024)
    names = ("Priya Raghunathan", "Wei-Lin Chen", "Marcus Lindqvist")
    for name in names:
        operations.add_followup(store, operations.find_contacts(store, name)[0].id, due=_next_week())

    operations.undo_import(store, 1)
    operations.undo_import(store, newer.batch_id)

    people = {name: (company, title) for name, company, title in _people(store)}
    assert sorted(people) == sorted(names)  # everyone else went with the imports
    for name in names:
        assert people[name] == after_2018[name], name
        assert people[name][0], name  # never an empty company


# Undoing both imports, in either order, gives back the database as it was before either.


def test_undoing_both_imports_oldest_first_leaves_an_empty_database(cli, store, tmp_path):
    before = _contents(store)
    assert cli("import", "linkedin", str(_ada(tmp_path, "old.csv", "Analytical Engines", "Engineer"))).code == 0
    assert cli("import", "linkedin", str(_ada(tmp_path, "new.csv", "Babbage Labs", "CTO"))).code == 0

    first = cli("import", "undo", "1")
    assert "1 kept because it changed since" in first.out  # the newer import still holds her
    second = cli("import", "undo", "2")

    assert second.code == 0, second.err
    assert second.out.startswith("Undid import #2 (new.csv): 1 contact removed"), second.out
    assert cli("contacts", "--json").json() == []
    assert _contents(store) == before


def test_the_fixtures_and_their_messages_undone_oldest_first_leave_an_empty_database(store):
    before = _contents(store)
    operations.run_import(store, "linkedin", OLD_2018)
    operations.run_import(store, "linkedin", NEW_2024)
    operations.run_import(store, "linkedin-messages", FIXTURES / "linkedin_messages.csv")

    for batch_id in (1, 2, 3):
        operations.undo_import(store, batch_id)

    assert _people(store) == []
    assert _contents(store) == before


def test_undoing_both_imports_newest_first_leaves_an_empty_database(cli, store):
    before = _contents(store)
    assert cli("import", "linkedin", str(OLD_2018)).code == 0
    assert cli("import", "linkedin", str(NEW_2024)).code == 0

    assert cli("import", "undo", "2").code == 0
    done = cli("import", "undo", "1")

    assert done.code == 0, done.err
    assert done.out.startswith("Undid import #1 (linkedin_connections_2018.csv): 12 contacts removed")
    assert "0 kept" in done.out
    assert cli("contacts", "--json").json() == []
    assert _contents(store) == before


def test_three_imports_undone_in_any_order_leave_nothing_behind(store):
    before = _contents(store)
    for path in (OLD_2018, MID_2022, NEW_2024):
        operations.run_import(store, "linkedin", path)

    operations.undo_import(store, 2)  # the middle one first: the newest changed the same people since
    operations.undo_import(store, 3)
    last = operations.undo_import(store, 1)

    assert last.skipped == ()
    assert _people(store) == []
    assert _contents(store) == before


def test_a_rehearsed_undo_changes_nothing_and_the_real_ones_still_empty_the_database(store):
    before = _contents(store)
    operations.run_import(store, "linkedin", OLD_2018)
    operations.run_import(store, "linkedin", NEW_2024)
    between = _people(store), _contents(store)

    assert operations.undo_import(store, 2, dry_run=True).updated == 3
    assert (_people(store), _contents(store)) == between

    operations.undo_import(store, 2)
    assert operations.undo_import(store, 1, dry_run=True).skipped == ()
    operations.undo_import(store, 1)
    assert _contents(store) == before


# What the user did keeps a contact, whenever they did it.


def _touch(store, how: str, name: str) -> int:
    contact = operations.find_contacts(store, name)[0]
    if how == "note":
        operations.edit_contact(store, contact.id, notes="Met at the spring conference")
    elif how == "title":
        operations.edit_contact(store, contact.id, title="Chief Scientist")
    elif how == "touch":
        operations.log_touch(store, contact.id, channel="call", outcome="reached")
    elif how == "merge":
        other = operations.add_contact(store, name=f"{name} (old card)", notes="Knows the Lisbon team")
        operations.merge_contacts(store, contact.id, other.id)
    return contact.id


@pytest.mark.parametrize("how", ["note", "title", "touch", "merge"])
@pytest.mark.parametrize("when", ["between the imports", "after both imports"])
def test_a_contact_the_user_worked_with_stays_when_both_imports_are_undone(store, how, when):
    operations.run_import(store, "linkedin", OLD_2018)
    if when == "between the imports":
        kept_id = _touch(store, how, "Priya")
        operations.run_import(store, "linkedin", NEW_2024)
    else:
        operations.run_import(store, "linkedin", NEW_2024)
        kept_id = _touch(store, how, "Priya")

    operations.undo_import(store, 2)
    undone = operations.undo_import(store, 1)

    assert [contact_id for contact_id, _ in undone.skipped] == [kept_id]
    assert [name for name, _, _ in _people(store)] == ["Priya Raghunathan"]


def test_an_edit_between_an_import_and_the_next_survives_undoing_the_next(store):
    operations.run_import(store, "linkedin", OLD_2018)
    wei = operations.find_contacts(store, "wei-lin")[0]
    operations.edit_contact(store, wei.id, notes="Prefers e-mail")
    operations.run_import(store, "linkedin", NEW_2024)

    operations.undo_import(store, 2)
    undone = operations.undo_import(store, 1)

    assert [contact_id for contact_id, _ in undone.skipped] == [wei.id]
    assert operations.get_contact(store, wei.id).notes == "Prefers e-mail"


# Imports written before the import recorded the stamps undo as they did then.


def test_imports_written_by_an_earlier_version_undo_as_before(store):
    operations.run_import(store, "linkedin", OLD_2018)
    operations.run_import(store, "linkedin", NEW_2024)
    with store.write() as session:  # an earlier version wrote no "last changed" stamps in the log
        session.execute(delete(ImportChange).where(ImportChange.field == "updated_at"))

    reverted = operations.undo_import(store, 2)
    undone = operations.undo_import(store, 1)

    assert (reverted.removed, reverted.updated) == (20, 3)
    # Without the stamps the undo cannot tell the newer import's changes from the user's: as before,
    # the three people it changed stay, as the older export had them.
    assert undone.removed == 9
    assert [name for name, _, _ in _people(store)] == ["Marcus Lindqvist", "Priya Raghunathan", "Wei-Lin Chen"]
    assert all(company for _, company, _ in _people(store))


# Whom an undo kept is named, by contact number and name, never as a row of the file.


def _import_and_call_maren(cli) -> int:
    assert cli("import", "linkedin", str(NEW_2024)).code == 0
    maren = [c for c in cli("contacts", "--search", "maren", "--json").json()][0]
    assert cli("log", str(maren["id"]), "--channel", "call", "--outcome", "reached").code == 0
    return maren["id"]


def test_the_json_of_an_undo_names_the_contacts_it_kept(cli):
    maren = _import_and_call_maren(cli)

    for args in (("--dry-run", "--json"), ("--json",)):
        undone = cli("import", "undo", "1", *args)
        assert undone.code == 0, undone.err
        assert undone.json()["skipped"] == [
            {"contact_id": maren, "name": "Maren Oyelaran", "reason": "kept: changed or used since the import"}
        ]


def test_an_import_report_still_names_file_rows(cli, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(HEADER + ",,,,Contoso,,\nAda,Lovelace,,ada@example.com,Contoso,Engineer,01 Jan 2018\n",
                    encoding="utf-8")  # fmt: skip
    skipped = cli("import", "linkedin", str(path), "--json").json()["skipped"]
    assert [set(entry) for entry in skipped] == [{"row", "reason"}]


def test_the_undo_says_whom_it_kept(cli):
    maren = _import_and_call_maren(cli)

    done = cli("import", "undo", "1")

    assert done.code == 0, done.err
    assert done.out == (
        "Undid import #1 (linkedin_connections_2024.csv): 22 contacts removed, 0 contacts reverted, 1 kept because "
        "it changed since.\n"
        f"  = kept #{maren} Maren Oyelaran: changed or used since the import\n"
    )
