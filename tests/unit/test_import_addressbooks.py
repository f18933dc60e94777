"""Google (current and legacy), Outlook and vCard address books."""

from __future__ import annotations

import datetime as dt

import pytest

from netcompanion import operations
from netcompanion.importers import RowsInError, detect_kind
from tests.conftest import FIXTURES, table_counts


def people(store) -> dict[str, list]:
    found: dict[str, list] = {}
    for contact in operations.find_contacts(store):
        found.setdefault(contact.name, []).append(contact)
    return found


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("google_contacts.csv", "google"),
        ("google_contacts_legacy.csv", "google"),
        ("outlook_contacts.csv", "outlook"),
        ("contacts.vcf", "vcard"),
        ("linkedin_messages.csv", "linkedin-messages"),
        ("linkedin_invitations.csv", "linkedin-invitations"),
    ],
)
def test_files_are_recognised(name, kind):
    assert detect_kind(FIXTURES / name) == kind


def test_google_csv_multi_values_birthdays_and_rows_without_a_name(store):
    report = operations.run_import(store, "google", FIXTURES / "google_contacts.csv")

    assert report.created == 12
    assert report.errors == ()
    assert sorted(report.skipped) == [
        (14, "no name, and no contact with this e-mail or profile"),
        (15, "no name, and no contact with this e-mail or profile"),
    ]
    found = people(store)
    tobias = found["Tobias Brenner"][0]
    assert tobias.emails == ("tobias.brenner@example.com", "tobi.b@example.net", "tb1981@example.org")
    assert tobias.phones == ("+49 30 0000 2200", "+49 170 0000 221")
    assert tobias.company == "Fabrikam, Inc."
    maren = found["Maren Oyelaran"]
    assert len(maren) == 2  # same name, different e-mails: offered, not merged
    assert [d.incoming_name for d in report.possible_duplicates] == ["Maren Oyelaran"]
    assert maren[0].linkedin_url == "https://www.linkedin.com/in/maren-oyelaran-4b1c27"
    assert "Likes oat flat whites." in maren[0].notes
    assert found["Sam Okafor"][0].emails == ("sam.okafor@example.com",)  # differs only in case
    assert "Fourth Coffee (Bergen)" in found
    with store.read() as session:
        from netcompanion.store.models import Contact

        birthdays = {c.full_name: c.birthday for c in session.query(Contact)}
    assert birthdays["Zoë Ångström-Lind"] == "--07-04"
    assert birthdays["Maren Oyelaran"] in ("1990-03-14", None)


def test_possible_duplicates_name_the_contact_each_row_became(store, tmp_path):
    """The first new person of an import used to be filed under the id of the last contact
    already there, so a near namesake later in the file was offered as that other person."""
    operations.add_contact(store, name="Zed Quarry", company="Elsewhere")
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First Name,Last Name,Organization Name,E-mail 1 - Value\n"
        "Jon,Smith,Contoso,jon@contoso.example\n"
        "Jon,Smith,Fabrikam,jon.smith@fabrikam.example\n"
    )
    report = operations.run_import(store, "google", path)
    [dup] = report.possible_duplicates
    people_ = {c.id: c.name for c in operations.find_contacts(store)}
    assert (people_[dup.contact_id], people_[dup.new_contact_id]) == ("Jon Smith", "Jon Smith")
    assert dup.contact_id != dup.new_contact_id
    assert operations.duplicate_pairs(store, report) == [(dup.new_contact_id, dup.contact_id)]


def test_google_legacy_header(store):
    report = operations.run_import(store, "google", FIXTURES / "google_contacts_legacy.csv")

    assert report.created == 3
    assert sorted(r for r, _ in report.skipped) == [7, 8]  # a phone number as the name; an e-mail only
    found = people(store)
    assert found["Henrik Dahl"][0].company == "Northwind Traders"
    assert found["Claire Dubois"][0].company == "Coho Winery"
    assert found["Hoa Nguyễn"][0].linkedin_url == "https://www.linkedin.com/in/hoa-nguyen-fixture"


def test_address_book_enriches_linkedin_contacts_without_overwriting_their_job(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    report = operations.run_import(store, "google", FIXTURES / "google_contacts_legacy.csv")

    # Henrik, Claire, Ben and Hoa are known by e-mail: nobody new, nobody moved; Ben brings nothing new.
    assert (report.created, report.updated, report.unchanged) == (0, 3, 1)
    assert report.events == ()
    found = people(store)
    henrik = found["Henrik Dahl"][0]
    assert henrik.company == "Northwind Traders, Oslo Office"
    assert henrik.phones == ("+47 900 00 111",)
    assert found["Nguyễn Thị Hoa"][0].linkedin_url == "https://www.linkedin.com/in/hoa-nguyen-fixture"


def test_outlook_csv(store):
    report = operations.run_import(store, "outlook", FIXTURES / "outlook_contacts.csv")

    assert report.created == 9
    assert [r for r, _ in report.skipped] == [11]  # only a company
    found = people(store)
    wei = found["Wei-Lin Chen"][0]
    assert wei.emails == ("wei-lin.chen@example.com", "weilin@example.net")
    assert wei.notes == "Intro'd by Priya.\nFollow up in Q1."
    assert found["Tobias Brenner"][0].linkedin_url == "https://www.linkedin.com/in/tobiasbrenner"
    assert found["Mateo Fernández"][0].phones == ("+34 600 000 777",)
    assert found["Yusuf Demir"][0].phones == ("+90 530 000 0000",)


def test_vcards_of_every_version(store):
    report = operations.run_import(store, "vcard", FIXTURES / "contacts.vcf")

    assert report.created == 11
    assert report.errors == ()
    assert [reason for _, reason in report.skipped] == ["no name, and no contact with this e-mail or profile"]
    found = people(store)
    assert found["Maren Oyelaran"][0].linkedin_url == "https://www.linkedin.com/in/maren-oyelaran-4b1c27"
    assert found["Maren Oyelaran"][0].notes == "Met at DataConf 2024, Oslo.\nLikes oat flat whites."
    assert found["Tobias Brenner"][0].company == "Fabrikam, Inc."
    assert found["Łukasz Wąsowski"][0].emails == ("lukasz.w@example.com",)  # quoted-printable name
    assert found["Zoë Ångström-Lind"][0].phones == ("+46-70-555-0101",)
    assert found["Wei-Lin Chen"][0].title == "VP, Engineering"
    assert "follow up after the Q1 partnership sync" in found["Priya Raghunathan"][0].notes
    assert "민준 김" in found
    with store.read() as session:
        from netcompanion.store.models import Contact

        birthdays = {c.full_name: c.birthday for c in session.query(Contact)}
    assert birthdays["Tobias Brenner"] == "--08-02"  # Apple's year 1604 means "no year"
    assert birthdays["Zoë Ångström-Lind"] == "--07-04"
    assert birthdays["Wei-Lin Chen"] == "1985-04-12"
    assert birthdays["Kofi Mensah"] is None  # "circa 1990" is not a date


def test_one_broken_card_does_not_stop_the_others(store, tmp_path):
    text = (FIXTURES / "contacts.vcf").read_text(encoding="utf-8")
    broken = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Broken;Card\r\nBDAY;VALUE=date:\x01\r\nthis is not a property\r\nEND:VCARD\r\n"
    path = tmp_path / "mixed.vcf"
    path.write_text(broken + text, encoding="utf-8")
    report = operations.run_import(store, "vcard", path)
    assert report.created >= 11


def test_vcard_with_bom_and_bare_line_feeds(store, tmp_path):
    text = (FIXTURES / "contacts.vcf").read_text(encoding="utf-8").replace("\r\n", "\n")
    path = tmp_path / "phone.vcf"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert detect_kind(path) == "vcard"
    report = operations.run_import(store, "vcard", path)
    assert (report.created, report.errors) == (11, ())


def test_a_vcard_file_cut_off_mid_card_is_refused_naming_the_card(store, tmp_path):
    """The last card used to vanish without a word when its END:VCARD was missing."""
    text = (FIXTURES / "contacts.vcf").read_text(encoding="utf-8")
    cut = text[: text.rindex("END:VCARD")]
    last_card = cut[: cut.rindex("BEGIN:VCARD")].count("\n") + 1
    path = tmp_path / "cut.vcf"
    path.write_text(cut, encoding="utf-8", newline="")
    before = table_counts(store)
    with pytest.raises(RowsInError, match=rf"cut.vcf: row {last_card}: this card has no END:VCARD line"):
        operations.run_import(store, "vcard", path)
    assert table_counts(store) == before
    assert operations.run_import(store, "vcard", path, skip_bad_rows=True).created == 10


def test_our_own_columns_edited_in_a_spreadsheet_are_checked_row_by_row(store, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First Name,Last Name,E-mail 1 - Value,Stage,Closeness,Do Not Introduce,Connected On\n"
        "Ada,Byron,ada@example.com,Warm,4,yes,2021-05-02\n"
        "Bea,Cole,bea@example.com,friendly,,,\n"
        "Cy,Dunn,cy@example.com,,9,,\n"
        "Di,Egan,di@example.com,,,,last spring\n"
    )
    preview = operations.preview_import(store, "google", path)
    assert preview.errors == (
        (3, "'Stage' should be one of cold, re-warming, warm, engaged; found 'friendly'"),
        (4, "'Closeness' should be a whole number from 1 to 5; found '9'"),
        (5, "'Connected On' should be a date like 2024-11-14; found 'last spring'"),
    )
    operations.run_import(store, "google", path, skip_bad_rows=True)
    [ada] = operations.find_contacts(store)
    assert (ada.stage, ada.closeness, ada.do_not_introduce, ada.connected_on) == (
        "warm", 4, True, dt.date(2021, 5, 2))


def test_a_card_whose_connection_day_is_no_date_is_named_and_the_others_import(store, tmp_path):
    path = tmp_path / "ours.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Byron\r\nN:Byron;Ada;;;\r\nX-NETCOMPANION-CONNECTED-ON:2021-05-02\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bea Cole\r\nN:Cole;Bea;;;\r\n"
        "X-NETCOMPANION-CONNECTED-ON:someday\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    preview = operations.preview_import(store, "vcard", path)
    assert [message for _, message in preview.errors] == [
        "'X-NETCOMPANION-CONNECTED-ON' should be a date like 2024-11-14; found 'someday'"
    ]
    operations.run_import(store, "vcard", path, skip_bad_rows=True)
    [ada] = operations.find_contacts(store)
    assert (ada.name, ada.connected_on) == ("Ada Byron", dt.date(2021, 5, 2))


def test_address_book_fills_a_missing_company_without_calling_it_a_job_change(store, tmp_path):
    ada = operations.add_contact(store, name="Ada Byron", title="Engineer", emails=["ada@example.com"])
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First Name,Last Name,Organization Name,E-mail 1 - Value\nAda,Byron,Analytical Engines,ada@example.com\n"
    )

    report = operations.run_import(store, "google", path)

    assert (report.updated, report.events) == (1, ())
    assert operations.get_contact(store, ada.id).company == "Analytical Engines"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("linkedin_connections_2018.csv", "linkedin"),
        ("linkedin_connections_2022_preamble_no_url.csv", "linkedin"),
        ("linkedin_connections_2024.csv", "linkedin"),
        ("linkedin_connections_excel_resaved.csv", "linkedin"),
        ("google_contacts.csv", "google"),
        ("google_contacts_legacy.csv", "google"),
        ("outlook_contacts.csv", "outlook"),
        ("contacts.vcf", "vcard"),
    ],
)
def test_importing_any_file_a_second_time_adds_nobody(store, name, kind):
    """Rows without a profile or e-mail (hidden addresses, name-and-phone cards) are found again too."""
    first = operations.run_import(store, kind, FIXTURES / name)
    assert first.created > 0
    everyone = operations.find_contacts(store)

    again = operations.run_import(store, kind, FIXTURES / name)

    assert (again.created, again.updated) == (0, 0)
    assert again.unchanged == first.created + first.updated
    assert again.possible_duplicates == ()
    assert operations.find_contacts(store) == everyone


def test_address_book_labels_become_tags_and_system_groups_do_not(store):
    operations.run_import(store, "google", FIXTURES / "google_contacts.csv")
    operations.run_import(store, "google", FIXTURES / "google_contacts_legacy.csv")

    found = people(store)
    assert found["Maren Oyelaran"][0].tags == ("Conferences",)
    assert found["Priya Raghunathan"][0].tags == ("Research",)
    assert found["Claire Dubois"][0].tags == ("Suppliers",)
    assert set(operations.tag_names(store)) == {"Art", "Climate", "Conferences", "Research", "Suppliers"}


def test_vcard_categories_join_the_tags_already_there_in_any_case(store, tmp_path):
    operations.run_import(store, "google", FIXTURES / "google_contacts.csv")
    maren = people(store)["Maren Oyelaran"][0]
    card = tmp_path / "maren.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Oyelaran;Maren;;;\r\nFN:Maren Oyelaran\r\n"
        "EMAIL:maren.oyelaran@example.com\r\nCATEGORIES:conferences,Speakers,myContacts,starred\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    assert maren.emails == ("maren.oyelaran@example.com",)

    report = operations.run_import(store, "vcard", card)

    assert report.updated == 1
    assert operations.get_contact(store, maren.id).tags == ("Conferences", "Speakers")
    operations.undo_import(store, report.batch_id)
    assert operations.get_contact(store, maren.id).tags == ("Conferences",)
    assert "Speakers" not in operations.tag_names(store)


def test_labels_leave_tags_the_user_set_by_hand_alone(store):
    operations.run_import(store, "google", FIXTURES / "google_contacts.csv")
    priya = people(store)["Priya Raghunathan"][0]
    operations.edit_contact(store, priya.id, tags=[])

    again = operations.run_import(store, "google", FIXTURES / "google_contacts.csv")

    assert again.updated == 0
    assert operations.get_contact(store, priya.id).tags == ()
