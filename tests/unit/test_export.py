"""Exports: spreadsheet-safe CSV, vCard 4.0, a calendar of follow-ups; CSV and vCard round trips."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
import vobject
from icalendar import Calendar

from netcompanion import operations
from netcompanion.operations import ValidationError
from tests.conftest import FIXTURES, table_counts

EVERY_SOURCE = [
    ("linkedin", "linkedin_connections_2018.csv"),
    ("linkedin", "linkedin_connections_2024.csv"),
    ("google", "google_contacts.csv"),
    ("outlook", "outlook_contacts.csv"),
    ("vcard", "contacts.vcf"),
]


@pytest.fixture
def network(store):
    for kind, name in EVERY_SOURCE:
        operations.run_import(store, kind, FIXTURES / name)
    dana = operations.add_contact(store, name="Dana Formula", company="=HYPERLINK(\"http://x\")",
                                  title="+1 Manager", notes="@mention -minus", phones=["+47 400 00 101"])  # fmt: skip
    operations.edit_contact(store, dana.id, tags=["Conferences", "-dash"])
    # What the user set in the app, which no address book knows: an export must carry it.
    people = operations.find_contacts(store)
    operations.edit_contact(store, people[0].id, stage="warm", closeness=4, value=5, cadence_days=30)
    operations.edit_contact(store, people[1].id, do_not_introduce=True, stage="engaged")
    operations.edit_contact(store, people[2].id, archived=True)
    # Rule 14's biggest challenge and who referred whom are the user's too.
    operations.edit_contact(store, people[3].id, biggest_challenge="=Hiring two seniors,\nand a lead; fast")
    operations.edit_contact(store, people[4].id, referred_by_id=people[0].id)
    operations.edit_contact(store, dana.id, referred_by_id=people[4].id)
    return store


def test_csv_neutralises_formulas(network, tmp_path):
    path = tmp_path / "contacts.csv"
    count = operations.export_contacts(network, "csv", path)

    rows = list(csv.DictReader(path.open(encoding="utf-8-sig", newline="")))
    assert count == len(rows) == len(operations.find_contacts(network, include_archived=True))
    dana = next(r for r in rows if r["Last Name"] == "Formula")
    assert dana["Organization Name"] == '\'=HYPERLINK("http://x")'
    assert dana["Organization Title"] == "'+1 Manager"
    assert dana["Notes"] == "'@mention -minus"
    assert dana["Phone 1 - Value"] == "'+47 400 00 101"
    for row in rows:
        for value in row.values():
            assert (value or "x")[0] not in "=+-@", value


@pytest.mark.parametrize(("fmt", "kind"), [("csv", "google"), ("vcard", "vcard")])
def test_export_then_import_leaves_the_database_unchanged(network, tmp_path, fmt, kind):
    path = tmp_path / f"contacts.{fmt}"
    operations.export_contacts(network, fmt, path)
    contacts_before = operations.find_contacts(network, include_archived=True)
    counts_before = table_counts(network)

    report = operations.run_import(network, kind, path)

    assert (report.created, report.updated, report.errors) == (0, 0, ())
    assert report.unchanged == len(contacts_before)
    assert report.possible_duplicates == ()
    assert operations.find_contacts(network, include_archived=True) == contacts_before
    counts = table_counts(network)
    for bookkeeping in ("import_batches", "import_changes"):
        counts.pop(bookkeeping), counts_before.pop(bookkeeping)
    assert counts == counts_before


@pytest.mark.parametrize(("fmt", "kind"), [("csv", "google"), ("vcard", "vcard")])
def test_export_imports_into_an_empty_database_without_loss(network, tmp_path, fmt, kind):
    from netcompanion.store import open_store

    path = tmp_path / f"contacts.{fmt}"
    operations.export_contacts(network, fmt, path)
    fresh = open_store(tmp_path / "fresh.sqlite3")
    try:
        operations.run_import(fresh, kind, path)
        keys = ("name", "company", "title", "emails", "phones", "linkedin_url", "notes", "tags", "stage",
                "closeness", "value", "cadence_days", "do_not_introduce", "archived", "connected_on",
                "biggest_challenge")  # fmt: skip

        def essentials(store):
            contacts = operations.find_contacts(store, include_archived=True)
            names = {c.id: c.name for c in contacts}  # the referrer by name: ids differ in the new database
            return sorted((*(getattr(c, k) for k in keys), names.get(c.referred_by_id)) for c in contacts)

        assert sum(1 for e in essentials(network) if e[-1]) == 2 and any(e[-2] for e in essentials(network))

        assert essentials(fresh) == essentials(network)
    finally:
        fresh.dispose()


def test_a_referrer_left_out_of_the_file_is_named_and_the_rest_imported(network, tmp_path):
    from netcompanion.store import open_store

    path = tmp_path / "contacts.csv"
    operations.export_contacts(network, "csv", path)
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig", newline="")))
    referred = next(r for r in rows if r["Referred By"])
    referrer_id = referred["Referred By"].rpartition("(#")[2].rstrip(")")
    kept = [r for r in rows if r["Custom Field 1 - Value"] != referrer_id]  # the referrer's row deleted
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(kept)
    fresh = open_store(tmp_path / "fresh.sqlite3")
    try:
        report = operations.run_import(fresh, "google", path)
        assert report.created == len(kept)
        assert any(f"referred by #{referrer_id} not taken: no row of this file is #{referrer_id}" in line
                   for _, line in report.left_out)  # fmt: skip
    finally:
        fresh.dispose()


def test_vcard_is_version_4_with_our_id(network, tmp_path):
    path = tmp_path / "contacts.vcf"
    operations.export_contacts(network, "vcard", path)
    cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert len(cards) == len(operations.find_contacts(network, include_archived=True))
    assert {card.version.value for card in cards} == {"4.0"}
    zoe = next(c for c in cards if c.fn.value == "Zoë Ångström-Lind" and hasattr(c, "url"))
    assert zoe.bday.value == "--0704"
    assert zoe.contents["x-netcompanion-id"][0].value.isdigit()


def test_calendar_has_open_followups(network, tmp_path):
    maren = operations.find_contacts(network, "maren.oyelaran@example.com")[0]
    later = dt.date.today() + dt.timedelta(days=3)
    operations.add_followup(network, maren.id, due=later, kind="thank-you", note="for the coffee")
    timed = operations.add_followup(network, maren.id, due=later, at=dt.time(9, 30))
    done = operations.add_followup(network, maren.id, due=later)
    operations.complete_followup(network, done.id)

    path = tmp_path / "followups.ics"
    assert operations.export_contacts(network, "ics", path) == 3

    calendar = Calendar.from_ical(path.read_bytes())
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {f"followup-{n}@netcompanion" for n in (timed.id - 1, timed.id, done.id)}
    assert str(events[f"followup-{done.id}@netcompanion"]["status"]) == "CANCELLED"  # done: off the calendar
    assert all("status" not in events[f"followup-{n}@netcompanion"] for n in (timed.id - 1, timed.id))
    thank = events[f"followup-{timed.id - 1}@netcompanion"]
    assert str(thank["summary"]) == "Thank you: Maren Oyelaran"
    assert thank.decoded("dtstart") == later
    assert str(thank["description"]) == "for the coffee"
    start = events[f"followup-{timed.id}@netcompanion"].decoded("dtstart")
    assert start.astimezone().time() == dt.time(9, 30)


def test_export_to_a_missing_folder_is_a_clear_error(network, tmp_path):
    with pytest.raises(ValidationError, match="does not exist"):
        operations.export_contacts(network, "csv", tmp_path / "nowhere" / "contacts.csv")


def test_cli_export(cli, tmp_path):
    cli("import", "linkedin", str(FIXTURES / "linkedin_connections_2024.csv"))
    done = cli("export", "csv", str(tmp_path / "out.csv"))
    assert done.code == 0, done.err
    assert done.out.strip() == f"Exported 23 contacts to {tmp_path / 'out.csv'}."
    again = cli("import", "google", str(tmp_path / "out.csv"), "--json").json()
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 23)


def test_the_command_line_sets_and_shows_a_challenge_and_a_referrer_that_an_export_carries(cli, tmp_path):
    cli("contacts", "add", "Rita Referrer")
    added = cli("contacts", "add", "Neil Newman", "--referred-by", "1", "--challenge", "Hiring two senior engineers")
    assert added.code == 0, added.err
    shown = cli("contacts", "show", "2").out
    assert "challenge:      Hiring two senior engineers" in shown
    assert "referred by:    Rita Referrer (#1)" in shown
    assert cli("export", "vcard", str(tmp_path / "out.vcf")).code == 0
    fresh = tmp_path / "fresh" / "db.sqlite3"
    fresh.parent.mkdir()
    assert cli("import", "vcard", str(tmp_path / "out.vcf"), db=fresh).code == 0
    newman = next(c for c in cli("contacts", "--json", db=fresh).json() if c["name"] == "Neil Newman")
    again = cli("contacts", "show", str(newman["id"]), db=fresh).out
    assert "challenge:      Hiring two senior engineers" in again and "referred by:    Rita Referrer (#" in again
