"""Search finds a contact by their phone number: a number from a missed call, typed with whatever
spacing and punctuation, finds who it was — on the command line, in the contacts list and in the
search box alike, and after every way a phone comes, changes or goes."""

from __future__ import annotations

from pathlib import Path

import pytest

from netcompanion import operations
from netcompanion.demo import generate_demo
from tests.unit.test_search_folding import _every_search

EVERY_WAY = ("find_contacts", "contact list", "search box")


@pytest.fixture
def network(store):
    operations.add_contact(store, name="Dana Whitfield", company="Contoso", phones=["+1 (555) 013-4477"])
    operations.add_contact(store, name="Sam Ortiz", company="Fabrikam", phones=["0151 2345 678"])
    operations.add_contact(store, name="Lee Park", company="20/20 Vision", phones=["+44 20 7946 0958"])
    operations.add_contact(store, name="Jonas Weber", company="Siemens", phones=["+49 170 8823 4411"])
    operations.add_contact(store, name="Priya Natarajan", company="3M")
    operations.add_contact(store, name="Tom Baker", company="7-Eleven", title="Store manager")
    return store


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("555-0134", ["Dana Whitfield"]),
        ("(555) 0134", ["Dana Whitfield"]),
        ("+1 555", ["Dana Whitfield"]),
        ("+1 (555) 013-4477", ["Dana Whitfield"]),
        ("013.4477 whitfield", ["Dana Whitfield"]),
        ("0151 2345 678", ["Sam Ortiz"]),
        ("0151/2345678", ["Sam Ortiz"]),
        ("7946-0958", ["Lee Park"]),
        ("555-9999", []),
        ("0134 ortiz", []),
        # dialled at home: the trunk 0, or 00 and the country code, where the number is kept with +
        ("0170 8823 4411", ["Jonas Weber"]),
        ("(0)170 8823", ["Jonas Weber"]),
        ("0049 170 8823", ["Jonas Weber"]),
        ("020 7946 0958", ["Lee Park"]),
        ("0", ["Dana Whitfield", "Jonas Weber", "Lee Park", "Priya Natarajan", "Sam Ortiz", "Tom Baker"]),
        # names and companies with digits are found as before
        ("3m", ["Priya Natarajan"]),
        ("7-eleven", ["Tom Baker"]),
        ("20/20", ["Lee Park"]),
    ],
)
def test_a_phone_number_typed_any_way_finds_the_contact_in_every_search(network, typed, found):
    assert _every_search(network, typed) == dict.fromkeys(EVERY_WAY, found)


def test_contacts_search_on_the_command_line_finds_the_number_of_a_missed_call(cli):
    cli("contacts", "add", "Dana Whitfield", "--company", "Contoso", "--phone", "+1 (555) 013-4477")
    cli("contacts", "add", "Sam Ortiz", "--company", "Fabrikam", "--phone", "0151 2345 678")
    for typed, name in (("555-0134", "Dana Whitfield"), ("(555) 0134", "Dana Whitfield"), ("0151 2345 678", "Sam Ortiz")):
        listed = cli("contacts", "--search", typed, "--json").json()
        assert [c["name"] for c in listed] == [name], typed
    shown = cli("contacts", "--search", "555-0134")
    assert shown.code == 0 and "Dana Whitfield" in shown.out and "Sam Ortiz" not in shown.out


def test_a_phone_fragment_narrows_in_memory_as_the_database_finds_it():
    ids, texts = (1, 2, 3), ("dana whitfield contoso 15550134477", "sam ortiz 01512345678", "lee park 20/20 vision")
    assert operations.narrow(ids, texts, "(555) 0134")[0] == [1]
    assert operations.narrow(ids, texts, "+1 555-0134")[0] == [1]
    assert operations.narrow(ids, texts, "20/20")[0] == [3]
    assert operations.narrow(ids, texts, "(")[0] == [1, 2, 3], "a number begun, no digit yet: nobody is left out"


def test_a_phone_added_changed_or_removed_by_hand_is_what_search_finds(store):
    dana = operations.add_contact(store, name="Dana Whitfield", phones=["+1 (555) 013-4477"])
    operations.edit_contact(store, dana.id, phones=["+1 555 777 0000"])
    assert _every_search(store, "555-0134") == dict.fromkeys(EVERY_WAY, [])
    assert _every_search(store, "777-0000") == dict.fromkeys(EVERY_WAY, ["Dana Whitfield"])
    operations.edit_contact(store, dana.id, company="Contoso")  # another field: the phone stays findable
    assert _every_search(store, "777-0000 contoso") == dict.fromkeys(EVERY_WAY, ["Dana Whitfield"])
    operations.edit_contact(store, dana.id, phones=[])
    assert _every_search(store, "777-0000") == dict.fromkeys(EVERY_WAY, [])


def test_merging_keeps_the_other_records_phone_findable(store):
    keep = operations.add_contact(store, name="Dana Whitfield", emails=["dana@example.com"])
    other = operations.add_contact(store, name="Dana Whitfield", phones=["+1 (555) 013-4477"])
    operations.merge_contacts(store, keep.id, other.id)
    assert [c.id for c in operations.find_contacts(store, "555-0134")] == [keep.id]


def _vcard(folder: Path, *cards: tuple[str, str, str]) -> Path:
    path = folder / "phones.vcf"
    path.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:{name.split()[1]};{name.split()[0]};;;\r\n"
        f"EMAIL:{email}\r\nTEL;TYPE=CELL:{phone}\r\nEND:VCARD\r\n"
        for name, email, phone in cards
    ), encoding="utf-8")  # fmt: skip
    return path


def test_phones_an_import_brings_are_found_and_go_again_with_its_undo(store, tmp_path):
    dana = operations.add_contact(store, name="Dana Whitfield", emails=["dana@example.com"])
    report = operations.run_import(store, "vcard", _vcard(
        tmp_path, ("Dana Whitfield", "dana@example.com", "+1 (555) 013-4477"),  # known: a phone added
        ("Sam Ortiz", "sam@example.com", "0151 2345 678"),  # new
    ))  # fmt: skip
    assert _every_search(store, "555-0134") == dict.fromkeys(EVERY_WAY, ["Dana Whitfield"])
    assert _every_search(store, "0151/2345678") == dict.fromkeys(EVERY_WAY, ["Sam Ortiz"])

    operations.undo_import(store, report.batch_id)
    assert operations.get_contact(store, dana.id).phones == ()
    assert _every_search(store, "555-0134") == dict.fromkeys(EVERY_WAY, [])


def test_a_linkedin_export_that_changes_someones_job_keeps_their_phone_findable(store, tmp_path):
    operations.add_contact(store, name="Dana Whitfield", company="Contoso", phones=["+1 (555) 013-4477"],
                           linkedin_url="https://www.linkedin.com/in/dana-whitfield")  # fmt: skip
    export = tmp_path / "Connections.csv"
    export.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Dana,Whitfield,https://www.linkedin.com/in/dana-whitfield,,Fabrikam,CTO,14 Nov 2024\n",
        encoding="utf-8",
    )
    assert operations.run_import(store, "linkedin", export).updated == 1
    assert _every_search(store, "555-0134 fabrikam") == dict.fromkeys(EVERY_WAY, ["Dana Whitfield"])


def test_the_demo_networks_phones_are_found(store):
    generate_demo(store, 60, seed=3)
    someone = next(c for c in operations.find_contacts(store, include_archived=True) if c.phones)
    last_four = someone.phones[0][-4:]
    found = operations.find_contacts(store, f"555 {last_four}", include_archived=True)
    assert someone.id in [c.id for c in found]
