"""vCards as Android and Outlook write them (vCard 2.1): quoted-printable values wrapped with soft
line breaks (`=` at a line's end), commas nobody escaped, and lines that are no property."""

from __future__ import annotations

import pytest

from netcompanion import operations
from netcompanion.store.models import Contact
from tests.conftest import FIXTURES


@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_wrapped_quoted_printable_names_and_notes_are_imported_whole(store, tmp_path, newline):
    text = (FIXTURES / "contacts_android_qp.vcf").read_bytes().decode("ascii").replace("\r\n", newline)
    path = tmp_path / "android.vcf"
    path.write_bytes(text.encode("ascii"))

    report = operations.run_import(store, "vcard", path)

    assert (report.created, report.errors, report.left_out) == (3, (), ())
    found = {c.name: c for c in operations.find_contacts(store)}
    assert sorted(found) == ["Jürgen Müller-Lüdenscheid", "Sam Okafor", "Zoë-Éléonore Ångström-Lindqvist-Åkerlund"]
    with store.read() as session:
        names = {c.full_name: (c.first_name, c.last_name) for c in session.query(Contact)}
    assert names["Zoë-Éléonore Ångström-Lindqvist-Åkerlund"] == ("Zoë-Éléonore", "Ångström-Lindqvist-Åkerlund")
    assert found["Zoë-Éléonore Ångström-Lindqvist-Åkerlund"].notes == (
        "Met at the Göteborg Data Summit; ask about the Stockholm office and the team's move to Malmö."
    )
    assert found["Zoë-Éléonore Ångström-Lindqvist-Åkerlund"].emails == ("zoe.al@example.org",)
    assert found["Jürgen Müller-Lüdenscheid"].notes == (
        "First line\nSecond line, which Outlook wraps after seventy-six characters because quoted-printable "
        "lines are kept short."
    )
    assert found["Sam Okafor"].phones == ("+44 20 0000 0000",)


def test_a_vcard_line_that_cannot_be_read_is_reported_not_dropped(store, tmp_path):
    path = tmp_path / "edited.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nEMAIL:ada@example.com\r\n"
        "NOTE:Call about the\r\nBerlin office\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Cole;Cy;;;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    report = operations.run_import(store, "vcard", path)

    assert report.created == 2
    assert report.left_out == ((1, "imported without line 6 'Berlin office', which is no vCard property"),)
    assert {c.name: c.notes for c in operations.find_contacts(store)} == {"Ada Lovelace": "Call about the", "Cy Cole": ""}


def test_commas_a_vcard_2_1_does_not_escape_stay_in_the_company_title_and_note(store, tmp_path):
    path = tmp_path / "outlook.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Raghunathan, PhD;Priya\r\nFN:Priya Raghunathan, PhD\r\n"
        "ORG:Fabrikam, Inc.;Sales, EMEA\r\nTITLE:VP, Engineering\r\nNOTE:Met in Berlin, at the fair\r\n"
        "CATEGORIES:Clients,Berlin\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Chen;Wei-Lin;;;\r\nORG:Litware\\, Ltd.;Platform\r\n"
        "TITLE:Head of Data\\, Nordics\r\nNOTE:Line one\\nLine two\\; and a backslash \\\\\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    operations.run_import(store, "vcard", path)

    found = {c.name: c for c in operations.find_contacts(store)}
    priya, wei = found["Priya Raghunathan, PhD"], found["Wei-Lin Chen"]
    assert (priya.company, priya.title, priya.notes) == ("Fabrikam, Inc.", "VP, Engineering", "Met in Berlin, at the fair")
    assert (wei.company, wei.title, wei.notes) == ("Litware, Ltd.", "Head of Data, Nordics", "Line one\nLine two; and a backslash \\")
    with store.read() as session:
        tags = sorted(t.name for c in session.query(Contact) for t in c.tags)
    assert tags == ["Berlin", "Clients"]


def test_vcard_birthdays_are_judged_over_the_whole_file(store, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lovelace;Ada\r\nBDAY:25/12/1981\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Cole;Cy\r\nBDAY:04/07/1988\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    operations.run_import(store, "vcard", path)

    with store.read() as session:
        born = {c.full_name: c.birthday for c in session.query(Contact)}
    assert born == {"Ada Lovelace": "1981-12-25", "Cy Cole": "1988-07-04"}


def test_a_note_with_a_unicode_line_separator_comes_back_whole():
    """Only CR and LF end a vCard line: a note holding U+2028 lost everything after it."""
    from netcompanion.importers.vcard import parse

    note = "Para one\u2028Note: second part"
    [contact] = parse(f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\nNOTE:{note}\r\nEND:VCARD\r\n", "a.vcf").contacts
    assert contact.notes == note


def test_quoted_printable_spelled_in_lower_case_is_decoded():
    from netcompanion.importers.vcard import parse

    text = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;charset=utf-8;encoding=quoted-printable:M=C3=BCller;Hans\r\nEND:VCARD\r\n"
    [contact] = parse(text, "a.vcf").contacts
    assert (contact.first_name, contact.last_name) == ("Hans", "Müller")


def test_several_given_names_in_a_vcard_3_are_one_first_name_and_an_escaped_comma_stays():
    from netcompanion.importers.vcard import parse

    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;John,Paul;;;\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:4.0\r\nN:O\\,Brien;Ann;;;\r\nEND:VCARD\r\n")  # fmt: skip
    assert [(c.first_name, c.last_name) for c in parse(text, "a.vcf").contacts] == [
        ("John Paul", "Doe"), ("Ann", "O,Brien")
    ]


def test_a_line_shaped_like_a_property_that_vcard_does_not_know_is_reported():
    """A note's unfolded second line "Re: the Berlin office" reads as a property named "Re"."""
    from netcompanion.importers.vcard import parse

    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nNOTE:Call her\r\nRe: the Berlin office\r\n"
            "item1.X-ABLabel:Work\r\nX-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/ada\r\n"
            "CATEGORIES:Mentors\r\nEND:VCARD\r\n")  # fmt: skip
    parsed = parse(text, "a.vcf")

    assert parsed.left_out == [(1, "imported without line 5 'Re: the Berlin office', which is no vCard property")]
    assert [(c.notes, c.tags) for c in parsed.contacts] == [("Call her", ["Mentors"])]
