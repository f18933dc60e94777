"""Possible duplicates an import leaves are remembered: listed again after its window is closed (or by
`import duplicates`), until the user merges the two or says they are different people."""

from __future__ import annotations

from netcompanion import operations
from tests.conftest import FIXTURES

OLD_2018 = FIXTURES / "linkedin_connections_2018.csv"
NEW_2024 = FIXTURES / "linkedin_connections_2024.csv"


def tobias_left_to_decide(store):
    """The 2024 export over the 2018 one, Tobias Brenner's new row not ticked as the same person."""
    operations.run_import(store, "linkedin", OLD_2018)
    report = operations.run_import(store, "linkedin", NEW_2024)
    (old,) = [c for c in operations.find_contacts(store, "Tobias Brenner") if c.company == "Contoso Ltd"]
    (new,) = [c for c in operations.find_contacts(store, "Tobias Brenner") if c.id != old.id]
    return report, new, old


def test_an_import_s_possible_duplicates_are_listed_again_later(store):
    report, new, old = tobias_left_to_decide(store)

    (pair,) = operations.open_duplicates(store)

    assert (pair.batch_id, pair.file) == (report.batch_id, "linkedin_connections_2024.csv")
    assert (pair.contact_id, pair.other_id) == (new.id, old.id)
    assert pair.line() == f"Tobias Brenner (#{new.id}, Fabrikam, Inc.) and Tobias Brenner (#{old.id}, Contoso Ltd)"
    assert operations.open_duplicates(store, report.batch_id) == [pair]
    assert operations.open_duplicates(store, report.batch_id - 1) == []  # the first import suggested none


def test_different_people_is_remembered_and_the_pair_is_not_listed_again(store):
    report, new, old = tobias_left_to_decide(store)

    assert operations.keep_apart(store, old.id, new.id) == 1  # either order

    assert operations.open_duplicates(store) == []
    assert operations.duplicate_pairs(store, report) == []  # nor on the import window's last page
    assert len(operations.find_contacts(store, "Tobias Brenner")) == 2


def test_merging_the_two_decides_the_pair(store):
    _report, new, old = tobias_left_to_decide(store)

    operations.merge_contacts(store, old.id, new.id)

    assert operations.open_duplicates(store) == []


def test_taking_the_merge_back_puts_the_pair_back_to_decide(store):
    _report, new, old = tobias_left_to_decide(store)
    (pair,) = operations.open_duplicates(store)
    operations.merge_contacts(store, old.id, new.id)

    operations.unmerge_contacts(store, old.id, new.id)

    assert operations.open_duplicates(store) == [pair]


def test_a_merge_taken_back_after_its_import_was_undone_asks_about_the_two_again(store):
    """The undo kept the 2024 record (the merge kept it); taking the merge back makes the two people
    two again, both still here: the pair is to decide again, under the import that asked."""
    report, new, old = tobias_left_to_decide(store)
    operations.merge_contacts(store, new.id, old.id)  # the 2024 record kept: the 2018 one folded in
    operations.undo_import(store, report.batch_id)

    operations.unmerge_contacts(store, new.id, old.id)

    (pair,) = operations.open_duplicates(store)
    assert (pair.contact_id, pair.other_id, pair.import_undone) == (new.id, old.id, True)
    assert operations.get_contact(store, old.id).company == "Contoso Ltd"


def test_a_third_record_of_one_person_is_still_to_decide_with_the_one_kept(store, tmp_path):
    first = operations.add_contact(store, name="Sam Lee", company="Contoso")
    second = operations.add_contact(store, name="Sam Lee", company="Fabrikam")
    path = tmp_path / "contacts.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Lee\r\nN:Lee;Sam;;;\r\nORG:Northwind\r\nEND:VCARD\r\n")
    operations.run_import(store, "vcard", path)
    (third,) = [c for c in operations.find_contacts(store, "Sam Lee") if c.company == "Northwind"]
    assert {(p.contact_id, p.other_id) for p in operations.open_duplicates(store)} == {
        (third.id, first.id), (third.id, second.id)
    }

    operations.merge_contacts(store, first.id, third.id)  # the imported one was the first Sam

    (pair,) = operations.open_duplicates(store)
    assert {pair.contact_id, pair.other_id} == {first.id, second.id}

    operations.unmerge_contacts(store, first.id, third.id)  # the two pairs with the third as before
    assert {(p.contact_id, p.other_id) for p in operations.open_duplicates(store)} == {
        (third.id, first.id), (third.id, second.id)
    }


def test_undoing_the_import_takes_its_possible_duplicates_away(store):
    report, _new, _old = tobias_left_to_decide(store)

    operations.undo_import(store, report.batch_id)

    assert operations.open_duplicates(store) == []


def test_an_undo_that_keeps_the_contact_it_added_leaves_their_possible_duplicate_to_decide(cli):
    assert cli("import", "linkedin", str(OLD_2018)).code == 0
    assert cli("import", "linkedin", str(NEW_2024)).code == 0
    assert cli("log", "14", "--channel", "email", "--outcome", "replied").code == 0
    undone = cli("import", "undo", "2")
    assert "kept #14 Tobias Brenner" in undone.out

    listed = cli("import", "duplicates")

    assert listed.out.splitlines() == [
        "Import #2 (linkedin_connections_2024.csv, undone): Tobias Brenner (#14, Fabrikam, Inc.) and "
        "Tobias Brenner (#1, Contoso Ltd)",
        "  same person? `netcompanion contacts merge 1 14`; different people? "
        "`netcompanion import duplicates --different 14 1`",
    ]
    assert cli("import", "duplicates", "2", "--json").json()[0]["import_undone"] is True
    assert cli("import", "linkedin", str(NEW_2024)).code == 0  # it finds #14 by the profile now
    assert cli("import", "duplicates").out.splitlines()[0].startswith("Import #2 (linkedin_connections_2024.csv")
    assert cli("import", "duplicates", "--different", "14", "1").code == 0


def test_a_contact_in_the_trash_keeps_the_pair_out_of_the_list_until_brought_back(store):
    _report, new, old = tobias_left_to_decide(store)

    operations.delete_contact(store, old.id)
    assert operations.open_duplicates(store) == []
    operations.restore_contact(store, old.id)

    assert [(p.contact_id, p.other_id) for p in operations.open_duplicates(store)] == [(new.id, old.id)]


def test_import_duplicates_lists_the_pairs_and_different_keeps_them_apart(cli):
    assert cli("import", "linkedin", str(OLD_2018)).code == 0
    assert cli("import", "linkedin", str(NEW_2024)).code == 0
    tobias = {c["company"]: c["id"] for c in cli("contacts", "--json").json() if c["name"] == "Tobias Brenner"}
    new, old = tobias["Fabrikam, Inc."], tobias["Contoso Ltd"]

    listed = cli("import", "duplicates")
    assert listed.code == 0, listed.err
    assert listed.out.splitlines() == [
        f"Import #2 (linkedin_connections_2024.csv): Tobias Brenner (#{new}, Fabrikam, Inc.) and "
        f"Tobias Brenner (#{old}, Contoso Ltd)",
        f"  same person? `netcompanion contacts merge {old} {new}`; different people? "
        f"`netcompanion import duplicates --different {new} {old}`",
    ]
    assert cli("import", "duplicates", "2", "--json").json()[0]["other"] == {
        "id": old, "name": "Tobias Brenner", "company": "Contoso Ltd"
    }

    decided = cli("import", "duplicates", "--different", str(new), str(old))
    assert decided.code == 0, decided.err
    assert "kept as two people" in decided.out
    assert cli("import", "duplicates").out == "No possible duplicates left to decide.\n"
    again = cli("import", "duplicates", "--different", str(new), str(old))
    assert again.code != 0 and "not a possible duplicate left by an import" in again.err


def test_import_duplicates_says_a_pair_waits_for_someone_in_the_trash_and_refuses_to_decide_it(cli):
    assert cli("import", "linkedin", str(OLD_2018)).code == 0
    assert cli("import", "linkedin", str(NEW_2024)).code == 0
    assert cli("trash", "delete", "14").code == 0

    listed = cli("import", "duplicates")
    different = cli("import", "duplicates", "--different", "14", "1")

    assert listed.code == 0, listed.err
    assert listed.out == (
        "No possible duplicates to show: 1 possible duplicate has a contact in the trash, listed again when "
        "restored (`netcompanion trash` lists them).\n"
    )
    assert different.code != 0 and "#14 (Tobias Brenner) is in the trash" in different.err
    assert cli("trash", "restore", "14").code == 0
    assert cli("import", "duplicates").out.startswith("Import #2 (linkedin_connections_2024.csv): Tobias Brenner")


def test_import_duplicates_of_an_import_that_is_not_there_is_refused(cli):
    assert cli("import", "linkedin", str(OLD_2018)).code == 0

    listed = cli("import", "duplicates", "99")

    assert listed.code != 0
    assert listed.err.strip() == "netcompanion: error: There is no import #99."
    assert cli("import", "duplicates", "1").out == "Import #1 has no possible duplicates left to decide.\n"


def three_tobias_records(store, tmp_path):
    """The 2018 and 2024 exports, then an address book card of Tobias Brenner: three records of him
    (#1 of 2018, #14 of 2024, the card's), each two of them a possible duplicate."""
    report, new, old = tobias_left_to_decide(store)
    path = tmp_path / "card.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tobias Brenner\r\nN:Brenner;Tobias;;;\r\nEND:VCARD\r\n")
    operations.run_import(store, "vcard", path)
    (card,) = [c for c in operations.find_contacts(store, "Tobias Brenner") if c.id not in (new.id, old.id)]
    return old.id, new.id, card.id


def people_asked_about(store) -> list[frozenset[int]]:
    return [frozenset((p.contact_id, p.other_id)) for p in operations.open_duplicates(store)]


def test_three_records_of_one_person_ask_about_each_two_once_through_merges_and_their_undo(store, tmp_path):
    old, new, card = three_tobias_records(store, tmp_path)
    every_two = {frozenset((card, old)), frozenset((card, new)), frozenset((new, old))}
    assert sorted(people_asked_about(store), key=sorted) == sorted(every_two, key=sorted)

    operations.merge_contacts(store, old, card)
    (pair,) = operations.open_duplicates(store)  # the 2018 and 2024 records, once (not once per import)
    assert {pair.contact_id, pair.other_id} == {old, new} and (pair.earlier_id, pair.later_id) == (old, new)
    operations.merge_contacts(store, old, new)
    operations.unmerge_contacts(store, old, card)
    assert people_asked_about(store) == [frozenset((card, old))]
    operations.unmerge_contacts(store, old, new)

    asked = people_asked_about(store)
    assert sorted(asked, key=sorted) == sorted(every_two, key=sorted)
    assert len(asked) == 3


def test_two_people_said_to_differ_after_a_merge_leave_the_record_taken_back_out_of_it(store, tmp_path):
    old, new, card = three_tobias_records(store, tmp_path)
    operations.merge_contacts(store, old, card)
    operations.keep_apart(store, new, old)  # the merged Tobias is not the 2024 one

    operations.unmerge_contacts(store, old, card)

    assert people_asked_about(store) == [frozenset((card, old)), frozenset((card, new))]
