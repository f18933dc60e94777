"""What a preview tells before anything is written: how each known contact changes, who is new,
and which values of imported rows could not be taken (a birthday that is no date, say)."""

from __future__ import annotations

import datetime as dt

from netcompanion import operations
from netcompanion.store.models import Contact
from tests.conftest import FIXTURES

OUTLOOK_HEADER = "First Name,Last Name,E-mail Address,E-mail 2 Address,Job Title,Company,Birthday\r\n"


def write_outlook(tmp_path, *rows: str):
    path = tmp_path / "outlook.csv"
    path.write_text(OUTLOOK_HEADER + "".join(row + "\r\n" for row in rows), encoding="utf-8")
    return path


def test_a_birthday_that_is_no_date_is_named_and_the_row_imported_without_it(store, tmp_path):
    path = write_outlook(
        tmp_path,
        "Ada,Lovelace,ada@example.com,,Engineer,Analytical,45/99/1990",
        "Grace,Hopper,grace@example.com,,Admiral,Navy,0/0/00",  # Outlook's way of saying none
        "Alan,Turing,alan@example.com,,Mathematician,Bletchley,6/23/1912",
    )
    report = operations.run_import(store, "outlook", path)

    assert report.created == 3
    assert report.left_out == ((2, "imported without the birthday '45/99/1990' (not a date)"),)
    with store.read() as session:
        births = {c.full_name: c.birthday for c in session.query(Contact)}
    assert births == {"Ada Lovelace": None, "Grace Hopper": None, "Alan Turing": "1912-06-23"}


def test_an_address_that_is_no_e_mail_is_named_but_linkedin_placeholders_are_not(store, tmp_path):
    exchange = "/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=ada"
    path = write_outlook(tmp_path, f"Ada,Lovelace,{exchange},ada@example.com,Engineer,Analytical,")
    report = operations.preview_import(store, "outlook", path)
    assert report.left_out == (
        (2, "imported without the e-mail '/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipie…' "
            "(not an e-mail address)"),
    )  # fmt: skip
    # LinkedIn writes urn:li:member:… where a member hides the address: expected, not news.
    linkedin = operations.preview_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    assert "urn:li:member" in (FIXTURES / "linkedin_connections_2024.csv").read_text(encoding="utf-8")
    assert linkedin.left_out == ()


def test_a_row_left_out_altogether_is_only_reported_as_skipped(store, tmp_path):
    path = write_outlook(tmp_path, ",,,,,,45/99/1990")
    report = operations.preview_import(store, "outlook", path)
    assert report.skipped == ((2, "no name, e-mail or LinkedIn profile"),)
    assert report.left_out == ()


def test_a_vcard_birthday_in_words_is_named_with_its_card(store):
    report = operations.run_import(store, "vcard", FIXTURES / "contacts.vcf")
    assert report.left_out == ((123, "imported without the birthday 'circa 1990' (not a date)"),)
    text = (FIXTURES / "contacts.vcf").read_text(encoding="utf-8").splitlines()
    card = text[122 : text.index("END:VCARD", 122)]
    assert any("circa 1990" in line for line in card)


def test_a_newer_export_lists_each_updated_contact_and_the_new_people(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    report = operations.preview_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")

    assert report.updated == len(report.updates) == 3
    assert report.updates[0] == (
        "Priya Raghunathan moved from University of Westbrook to Adatum Research as Principal Scientist; "
        "also LinkedIn profile added"
    )
    assert report.updates[1].startswith("Wei-Lin Chen is now VP, Engineering | Platform & Infra at Litware")
    assert len(report.new_people) == report.created == 20
    assert "Tobias Brenner — Fabrikam, Inc." in report.new_people


def test_an_address_book_says_what_it_adds_to_each_contact(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    report = operations.preview_import(store, "vcard", FIXTURES / "contacts.vcf")

    assert len(report.updates) == report.updated > 0
    wei_lin = next(line for line in report.updates if line.startswith("Wei-Lin Chen: "))
    assert "e-mail weilin@example.net added" in wei_lin
    assert "birthday 1985-04-12" in wei_lin
    # A birthday without a year reads as one, not as the stored "--08-02".
    assert any("birthday 08-02 (no year)" in line for line in report.updates)
    again = operations.run_import(store, "vcard", FIXTURES / "contacts.vcf")
    assert again.updates == report.updates
    assert operations.preview_import(store, "vcard", FIXTURES / "contacts.vcf").updates == ()


def test_the_command_line_prints_what_changes_and_what_was_left_out(cli, tmp_path):
    cli("import", "linkedin", str(FIXTURES / "linkedin_connections_2024.csv"))
    done = cli("import", "vcard", str(FIXTURES / "contacts.vcf"), "--dry-run")
    assert done.code == 0, done.err
    assert "→ Wei-Lin Chen: " in done.out
    assert "~ row 123: imported without the birthday 'circa 1990' (not a date)" in done.out
    as_json = cli("import", "vcard", str(FIXTURES / "contacts.vcf"), "--dry-run", "--json").json()
    assert {"row": 123, "message": "imported without the birthday 'circa 1990' (not a date)"} in as_json["left_out"]
    assert any(line.startswith("Wei-Lin Chen: ") for line in as_json["updates"])


def test_a_message_file_names_each_contact_whose_last_touch_moves_on(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    report = operations.preview_import(store, "linkedin-messages", FIXTURES / "linkedin_messages.csv")
    assert len(report.updates) == report.updated == 8
    maren = dt.datetime(2024, 11, 21, 17, 30, 12, tzinfo=dt.UTC).astimezone()  # the day where the user is
    wei_lin = dt.datetime(2024, 10, 2, 14, 22, 31, tzinfo=dt.UTC).astimezone()
    assert f"Maren Oyelaran: last touch now {maren.day} {maren:%b %Y}" in report.updates
    assert f"Wei-Lin Chen: last touch now {wei_lin.day} {wei_lin:%b %Y}" in report.updates
    operations.run_import(store, "linkedin-messages", FIXTURES / "linkedin_messages.csv")
    assert operations.preview_import(store, "linkedin-messages", FIXTURES / "linkedin_messages.csv").updates == ()


def test_a_job_change_line_also_names_the_other_fields_the_row_fills(store, tmp_path):
    path = write_outlook(tmp_path, "Ada,Lovelace,ada@example.com,,Engineer,Analytical,")
    operations.run_import(store, "outlook", path)
    newer = tmp_path / "Connections.csv"
    newer.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ada,Lovelace,https://www.linkedin.com/in/ada-l,ada@example.com,Babbage & Co,Chief Engineer,14 Nov 2024\n",
        encoding="utf-8",
    )
    (line,) = operations.preview_import(store, "linkedin", newer).updates
    assert line.startswith("Ada Lovelace moved from Analytical to Babbage & Co as Chief Engineer; also ")
    assert "connected on 2024-11-14" in line and "LinkedIn profile added" in line


def test_a_second_birthday_on_a_card_does_not_replace_the_first(store, tmp_path):
    path = tmp_path / "two.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nFN:Ada Lovelace\r\nEMAIL:ada@example.com\r\n"
        "BDAY:1815-12-10\r\nBDAY:sometime in winter\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    report = operations.run_import(store, "vcard", path)
    assert report.left_out == ()
    with store.read() as session:
        assert [c.birthday for c in session.query(Contact)] == ["1815-12-10"]


def test_when_only_the_last_conversation_moves_the_line_says_so(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    (maren,) = operations.find_contacts(store, "Maren Oyelaran")
    operations.log_touch(store, maren.id, channel="email", outcome="no-reply")  # newer than any message
    report = operations.preview_import(store, "linkedin-messages", FIXTURES / "linkedin_messages.csv")
    (line,) = [u for u in report.updates if u.startswith("Maren Oyelaran: ")]
    assert line.startswith("Maren Oyelaran: last conversation now ")
