"""Who a row of this app's own export is, in another network or this one: the LinkedIn profile
first, then the e-mail, and the "NetCompanion ID" the export wrote only where neither says
otherwise (an id from another network may be anyone here)."""

from __future__ import annotations

import pytest

from netcompanion import operations
from netcompanion.store import open_store


@pytest.fixture
def other_store(tmp_path):
    opened = open_store(tmp_path / "other" / "netcompanion.sqlite3")
    yield opened
    opened.dispose()


def people(store) -> list[tuple]:
    return sorted(
        (c.id, c.name, c.company, c.title, c.emails, c.linkedin_url)
        for c in operations.find_contacts(store, include_archived=True)
    )


def test_an_export_from_another_network_goes_by_profile_and_email_not_by_its_ids(store, other_store, tmp_path):
    """Two Sam Lees exported from one network, imported into another where #1 is a third Sam Lee:
    the Acme engineer's e-mail went to #1 because the file said "NetCompanion ID 1"."""
    operations.add_contact(store, name="Sam Lee", company="Acme", title="Engineer", emails=["sam.lee@acme.example"],
                           linkedin_url="https://www.linkedin.com/in/samlee-acme")  # fmt: skip
    operations.add_contact(store, name="Sam Lee", company="Beta", title="Designer", emails=["sam@beta.example"])
    exported = tmp_path / "sams.csv"
    operations.export_contacts(store, "csv", exported)

    beta = operations.add_contact(other_store, name="Sam Lee", company="Beta", emails=["sam@beta.example"],
                                  linkedin_url="https://www.linkedin.com/in/samlee-beta")  # fmt: skip
    other = operations.add_contact(other_store, name="Other",
                                   linkedin_url="https://www.linkedin.com/in/samlee-acme")  # fmt: skip
    report = operations.run_import(other_store, "google", exported)

    assert (report.created, report.updated) == (0, 2)
    assert people(other_store) == [
        # the Beta designer (by e-mail): only the title she lacked
        (beta.id, "Sam Lee", "Beta", "Designer", ("sam@beta.example",), "https://www.linkedin.com/in/samlee-beta"),
        # whoever has the Acme engineer's profile gets the rest of that row
        (other.id, "Other", "Acme", "Engineer", ("sam.lee@acme.example",), "https://www.linkedin.com/in/samlee-acme"),
    ]


def test_an_id_whose_contact_has_another_profile_is_someone_new(store, other_store, tmp_path):
    operations.add_contact(store, name="Sam Lee", company="Acme", emails=["sam.lee@acme.example"],
                           linkedin_url="https://www.linkedin.com/in/samlee-acme")  # fmt: skip
    exported = tmp_path / "sam.vcf"
    operations.export_contacts(store, "vcard", exported)
    beta = operations.add_contact(other_store, name="Sam Lee", company="Beta",
                                  linkedin_url="https://www.linkedin.com/in/samlee-beta")  # fmt: skip

    report = operations.run_import(other_store, "vcard", exported)

    assert (report.created, report.updated) == (1, 0)
    assert operations.get_contact(other_store, beta.id).emails == ()
    assert [p[2] for p in people(other_store)] == ["Beta", "Acme"]


def test_an_id_is_not_taken_when_the_rows_email_is_someone_elses(store, other_store, tmp_path):
    operations.add_contact(store, name="Sam Lee", company="Acme", emails=["sam.lee@acme.example"])
    exported = tmp_path / "sam.csv"
    operations.export_contacts(store, "csv", exported)
    wrong = operations.add_contact(other_store, name="Sam Lee", company="Beta", emails=["sam@beta.example"])
    right = operations.add_contact(other_store, name="Samuel Lee", emails=["sam.lee@acme.example"])

    report = operations.run_import(other_store, "google", exported)

    assert (report.created, report.updated) == (0, 1)
    assert operations.get_contact(other_store, wrong.id).company == "Beta"
    assert operations.get_contact(other_store, right.id).company == "Acme"


def test_a_round_trip_tells_apart_two_contacts_who_share_an_email(store, tmp_path):
    """The own id still says which of two records of one address a row is: exporting and importing
    again changes nothing."""
    operations.add_contact(store, name="Ana Ruiz", company="Contoso", emails=["team@contoso.example"])
    operations.add_contact(store, name="Ana Ruiz", title="Buyer", emails=["team@contoso.example"],
                           phones=["+34 600 000 000"])  # fmt: skip
    before = people(store)
    for fmt, kind in (("csv", "google"), ("vcard", "vcard")):
        exported = tmp_path / f"ana.{fmt}"
        operations.export_contacts(store, fmt, exported)
        report = operations.run_import(store, kind, exported)
        assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
        assert people(store) == before


@pytest.mark.parametrize("kind", ["csv", "vcard"])
def test_an_id_with_neither_profile_nor_email_but_another_job_is_someone_new(store, other_store, tmp_path, kind):
    """Beta's designer Sam Lee (a phone, a note, no profile or e-mail) exported from one network;
    in another, #1 is Acme's engineer Sam Lee: the note and phone went to him by the id alone."""
    operations.add_contact(store, name="Sam Lee", company="Beta", title="Designer", phones=["+44 7700 900123"],
                           notes="Beta's designer, met at the conference")  # fmt: skip
    exported = tmp_path / f"sam.{'vcf' if kind == 'vcard' else 'csv'}"
    operations.export_contacts(store, kind, exported)
    acme = operations.add_contact(other_store, name="Sam Lee", company="Acme", title="Engineer",
                                  emails=["sam.lee@acme.example"])  # fmt: skip
    with_profile = operations.add_contact(other_store, name="Sam Lee", company="Beta",
                                          linkedin_url="https://www.linkedin.com/in/samlee-beta")  # fmt: skip
    assert acme.id == 1 and with_profile.id == 2

    report = operations.run_import(other_store, "google" if kind == "csv" else "vcard", exported)

    assert (report.created, report.updated) == (1, 0)
    kept = operations.get_contact(other_store, acme.id)
    assert (kept.company, kept.phones, kept.notes) == ("Acme", (), "")
