"""LinkedIn Connections.csv of every generation, and what a newer export changes."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import select

from netcompanion import operations
from netcompanion.importers import detect_kind
from netcompanion.store.models import Contact, ContactEvent
from tests.conftest import FIXTURES, table_counts


def by_name(store) -> dict[str, list]:
    found: dict[str, list] = {}
    for contact in operations.find_contacts(store):
        found.setdefault(contact.name, []).append(contact)
    return found


def test_the_2018_archive_imports_every_person_with_company_title_and_date(store):
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")

    assert (report.created, report.updated, report.unchanged, report.skipped, report.errors) == (
        12,
        0,
        0,
        (),
        (),
    )
    people = by_name(store)
    henrik = people["Henrik Dahl"][0]
    assert (henrik.company, henrik.title) == ("Northwind Traders, Oslo Office", "Purchasing Manager")
    assert henrik.connected_on == dt.date(2015, 7, 21)
    assert people["Rafael Souza"][0].first_name == "Rafael"  # the trailing space is trimmed
    assert "Nguyễn Thị Hoa" in people
    assert people["Yusuf Demir"][0].emails == ()  # urn:li:member:… is not an e-mail
    assert people["Olivia Martins"][0].company == ""
    assert people["Marcus Lindqvist"][0].connected_on == dt.date(2008, 5, 29)


def test_the_2024_export_keeps_names_as_written_and_skips_hidden_accounts(store):
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")

    assert report.created == 23
    assert [reason for _, reason in report.skipped] == ["hidden account (only a connection date)"] * 2
    assert [row for row, _ in report.skipped] == [8, 27]
    people = by_name(store)
    for name in ('Robert "Bobby" Kessler', "Dana Whitfield 🌱", "𝐉𝐚𝐦𝐢𝐞 𝐑𝐞𝐲𝐞𝐬", "민준 김", "ليلى حداد",
                 "Łukasz Wąsowski", "Grace O’Connell", "Zoë Ångström-Lind"):  # fmt: skip
        assert name in people, name
    assert len(people["Alex Morgan"]) == 2  # two people, two profiles: never merged
    sam = people["Sam Okafor"][0]
    assert (sam.company, sam.title) == ("Wide World Importers", "Logistics Coordinator")
    assert people["Priya Raghunathan, PhD"][0].company == "Adatum Research"
    assert people["Wei-Lin Chen"][0].title == "VP, Engineering | Platform & Infra"
    zoe = people["Zoë Ångström-Lind"][0]
    assert zoe.linkedin_url == "https://www.linkedin.com/in/zo%C3%AB-%C3%A5ngstr%C3%B6m-lind-902a4b"
    assert zoe.connected_on == dt.date(2024, 10, 30)
    assert people["Kofi Mensah"][0].emails == ()
    assert people["Mateo Fernández"][0].emails == ("mateo.fernandez@example.net",)
    assert people["Jordan Lee"][0].company == ""


@pytest.mark.parametrize(
    ("name", "created", "skipped"),
    [
        ("linkedin_connections_2022_preamble_no_url.csv", 9, 1),
        ("linkedin_connections_excel_resaved.csv", 8, 1),
    ],
)
def test_preamble_and_excel_variants_find_the_header_by_its_names(store, name, created, skipped):
    assert detect_kind(FIXTURES / name) == "linkedin"
    report = operations.run_import(store, "linkedin", FIXTURES / name)
    assert (report.created, len(report.skipped), report.errors) == (created, skipped, ())
    maren = by_name(store)["Maren Oyelaran"][0]
    assert maren.connected_on in (dt.date(2022, 9, 2), dt.date(2024, 11, 14))


def test_excel_resaved_dates_read_as_the_same_days(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_excel_resaved.csv")
    people = by_name(store)
    assert people["Tobias Brenner"][0].connected_on == dt.date(2024, 11, 6)
    assert people["Priya Raghunathan, PhD"][0].connected_on == dt.date(2024, 10, 9)


def test_newer_export_records_job_changes_for_people_found_again_by_email(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")

    assert report.updated == 3
    assert report.created == 20  # 23 people, three of them known by e-mail
    people = by_name(store)
    assert len(people["Wei-Lin Chen"]) == 1
    assert len(people["Marcus Lindqvist"]) == 1
    priya = people["Priya Raghunathan"][0]  # the name stays as first imported
    assert (priya.company, priya.title) == ("Adatum Research", "Principal Scientist")
    assert priya.linkedin_url == "https://www.linkedin.com/in/priya-raghunathan-phd-5e7d22"
    assert any(
        e.startswith("Priya Raghunathan moved from University of Westbrook to Adatum Research")
        for e in report.events
    )
    assert any(e.startswith("Wei-Lin Chen is now VP, Engineering") for e in report.events)
    assert any(e.startswith("Marcus Lindqvist is now Co-Founder & CEO") for e in report.events)
    with store.read() as session:
        events = {
            c.full_name: c.job_changed_on
            for c in session.scalars(select(Contact).where(Contact.job_changed_on.is_not(None)))
        }
        kinds = {
            (name, kind)
            for name, kind in session.execute(
                select(Contact.full_name, ContactEvent.kind).join(
                    ContactEvent, ContactEvent.contact_id == Contact.id
                )
            )
        }
    assert set(events) == {"Priya Raghunathan", "Wei-Lin Chen", "Marcus Lindqvist"}
    assert kinds == {("Priya Raghunathan", "job-change"), ("Wei-Lin Chen", "title-change"),
                     ("Marcus Lindqvist", "title-change")}  # fmt: skip


def test_an_older_export_after_a_newer_one_is_not_taken_as_job_changes(store):
    """The 2018 archive imported after the 2024 export used to move Priya back to her old
    university and give Wei-Lin and Marcus their 2018 titles, each recorded as a job change."""
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    jobs_2024 = {c.name: (c.company, c.title) for c in operations.find_contacts(store)}

    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")

    assert report.events == ()
    assert report.notices == (
        "This export is older than what you imported before: its newest connection is from 18 Oct 2018, "
        "and 22 people you connected with since (up to 14 Nov 2024) are not in it. Jobs and titles in it "
        "were not taken as changes; people not found among your contacts were added. Of the 9 people added, "
        "1 has the name of someone you have: see the possible duplicates.",
    )
    assert [d.incoming_name for d in report.possible_duplicates] == ["Tobias Brenner"]
    assert (report.created, report.updated) == (9, 0)
    jobs = {c.name: (c.company, c.title) for c in operations.find_contacts(store)}
    for name in ("Priya Raghunathan, PhD", "Wei-Lin Chen", "Marcus Lindqvist"):
        assert jobs[name] == jobs_2024[name], name
    with store.read() as session:
        assert session.scalars(select(Contact.full_name).where(Contact.job_changed_on.is_not(None))).all() == []


def test_the_same_older_export_again_says_nothing_was_added(store):
    """Imported a second time, the 2018 archive said "people not found among your contacts were
    added" while it added nobody."""
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")

    again = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")

    assert again.created == 0
    assert again.notices == (
        "This export is older than what you imported before: its newest connection is from 18 Oct 2018, "
        "and 22 people you connected with since (up to 14 Nov 2024) are not in it. Jobs and titles in it "
        "were not taken as changes; nothing was added: nobody in it was new.",
    )


def test_a_newer_export_whose_newest_row_cannot_be_read_still_brings_job_changes(store, tmp_path):
    """Its newest readable connection is older than one already imported — but that person is in
    the file, on the row that could not be read: one missing person is not an older export."""
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    text = (FIXTURES / "linkedin_connections_2024.csv").read_text(encoding="utf-8")
    text = text.replace("Senior Data Engineer,14 Nov 2024", "Senior Data Engineer,31 Nov 2024")  # Maren's row
    text = text.replace('"Fabrikam, Inc.",Director of Sales', "Contoso Ltd,VP Sales")  # Tobias moved
    path = tmp_path / "Connections.csv"
    path.write_text(text, encoding="utf-8")

    report = operations.run_import(store, "linkedin", path, skip_bad_rows=True)

    assert report.notices == ()
    assert [row for row, _ in report.errors] == [5]
    assert any(e.startswith("Tobias Brenner moved from Fabrikam, Inc. to Contoso Ltd") for e in report.events)


def test_same_name_without_shared_email_or_profile_is_offered_not_merged(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")

    tobias = [d for d in report.possible_duplicates if d.incoming_name == "Tobias Brenner"]
    assert len(tobias) == 1
    assert (tobias[0].incoming_company, tobias[0].contact_company) == ("Fabrikam, Inc.", "Contoso Ltd")
    assert len(by_name(store)["Tobias Brenner"]) == 2
    # Two different Alex Morgans with their own profiles are not even suggested.
    assert not [d for d in report.possible_duplicates if d.incoming_name == "Alex Morgan"]


def test_a_possible_duplicate_accepted_in_the_preview_updates_the_contact_instead(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    preview = operations.preview_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    tobias = [d for d in preview.possible_duplicates if d.incoming_name == "Tobias Brenner"]
    before = table_counts(store)

    again = operations.preview_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv", tobias)
    assert table_counts(store) == before
    assert (again.created, again.updated) == (preview.created - 1, preview.updated + 1)
    report = operations.run_import(
        store, "linkedin", FIXTURES / "linkedin_connections_2024.csv", same_person=tobias
    )

    assert (report.created, report.updated) == (again.created, again.updated)
    assert not [d for d in report.possible_duplicates if d.incoming_name == "Tobias Brenner"]
    [one] = by_name(store)["Tobias Brenner"]
    assert one.id == tobias[0].contact_id
    assert one.company == "Fabrikam, Inc." and one.linkedin_url
    assert any(e.startswith("Tobias Brenner moved from Contoso Ltd to Fabrikam, Inc.") for e in report.events)
    # Undo puts the 2018 Tobias back as he was.
    operations.undo_import(store, report.batch_id)
    assert operations.get_contact(store, one.id).company == "Contoso Ltd"


def test_an_accepted_suggestion_for_another_name_on_that_row_is_ignored(store, tmp_path):
    """The decision names the row and the person; a file edited since the preview merges nobody."""
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    preview = operations.preview_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    [tobias] = [d for d in preview.possible_duplicates if d.incoming_name == "Tobias Brenner"]
    edited = tmp_path / "Connections.csv"
    text = (FIXTURES / "linkedin_connections_2024.csv").read_text(encoding="utf-8")
    edited.write_text(text.replace("Tobias,Brenner", "Tobias,Brennan"), encoding="utf-8")

    report = operations.run_import(store, "linkedin", edited, same_person=[tobias])

    assert operations.get_contact(store, tobias.contact_id).company == "Contoso Ltd"
    assert "Tobias Brennan" in by_name(store)
    assert report.created == preview.created


def test_reimporting_the_same_file_creates_and_changes_nothing(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    before = table_counts(store)
    contacts_before = operations.find_contacts(store)

    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")

    assert (report.created, report.updated, report.unchanged, report.batch_id) == (0, 0, 23, None)
    assert report.possible_duplicates == ()
    assert table_counts(store) == before, "not even an entry in the list of past imports"
    assert operations.find_contacts(store) == contacts_before


def test_hand_edited_company_and_title_survive_a_newer_export(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    wei = by_name(store)["Wei-Lin Chen"][0]
    operations.edit_contact(store, wei.id, title="Head of Platform (told me at lunch)")

    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")

    assert operations.get_contact(store, wei.id).title == "Head of Platform (told me at lunch)"
    assert not any(e.startswith("Wei-Lin Chen") for e in report.events)


def test_dry_run_reports_the_same_as_the_import_and_writes_nothing(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    before = table_counts(store)

    preview = operations.preview_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")

    assert table_counts(store) == before
    assert preview.dry_run and preview.batch_id is None
    real = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    for field in ("created", "updated", "unchanged", "skipped", "errors", "events"):
        assert getattr(preview, field) == getattr(real, field), field
    assert [d.incoming_name for d in preview.possible_duplicates] == [
        d.incoming_name for d in real.possible_duplicates
    ]


def test_progress_is_reported_up_to_the_total(store, tmp_path):
    big = tmp_path / "Connections.csv"
    shutil.copy(FIXTURES / "linkedin_connections_2024.csv", big)
    calls = []
    operations.run_import(store, "linkedin", big, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 25)
    assert calls[-1] == (25, 25)


def test_two_profiles_sharing_an_email_stay_two_people(store, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Brian,Wang,https://www.linkedin.com/in/brian-wang-1,brian.wang@example.org,Litware,Engineer,14 Feb 2018\n"
        "Brian,Wang,https://www.linkedin.com/in/brian-wang-2,brian.wang@example.org,Humongous,Sales,30 Jan 2009\n",
        encoding="utf-8",
    )
    report = operations.run_import(store, "linkedin", path)
    assert report.created == 2
    assert sorted(c.company for c in operations.find_contacts(store)) == ["Humongous", "Litware"]
    again = operations.run_import(store, "linkedin", path)
    assert (again.created, again.updated) == (0, 0)


def test_a_contact_in_the_trash_is_not_brought_back_by_a_reimport(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    sam = by_name(store)["Sam Okafor"][0]
    operations.delete_contacts(store, [sam.id])

    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")

    assert (report.created, report.updated, report.unchanged) == (0, 0, 22)
    assert [reason for _, reason in report.skipped if "trash" in reason] == ["Sam Okafor is in the trash"]
    assert "Sam Okafor" not in by_name(store)


def test_one_contact_met_twice_in_a_file_keeps_the_first_rows_news(store, tmp_path):
    """The second row (found by e-mail) is compared with the contact as the first row left it."""
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    path = tmp_path / "Connections.csv"
    path.write_text(
        header + "Ana,Silva,https://www.linkedin.com/in/ana-silva,ana@example.org,Contoso,Engineer,1 Feb 2019\n",
        encoding="utf-8",
    )
    operations.run_import(store, "linkedin", path)
    path.write_text(
        header
        + "Ana,Silva,https://www.linkedin.com/in/ana-silva,,Fabrikam,Staff Engineer,1 Feb 2019\n"
        + "Ana,Silva,,ana@example.org,Fabrikam,Staff Engineer,1 Feb 2019\n",
        encoding="utf-8",
    )

    report = operations.run_import(store, "linkedin", path)

    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    assert report.skipped == ((3, "same person as row 2 (both are Ana Silva); merged"),)
    assert report.events == ("Ana Silva moved from Contoso to Fabrikam as Staff Engineer",)
    (ana,) = operations.find_contacts(store)
    assert (ana.company, ana.title) == ("Fabrikam", "Staff Engineer")


def test_a_profile_in_a_newer_export_finds_the_contact_an_export_without_profiles_made_on_the_same_connection_day(store):
    """The 2022 export has no profile addresses: Grace O'Connell, connected on 11 Nov 2019, came in without
    one. The 2024 export names her profile and the same day: she was added a second time. Now the profile
    goes onto her contact; Maren, connected on another day in each file, is still only offered."""
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2022_preamble_no_url.csv")
    (grace_id,) = [c.id for c in by_name(store)["Grace O’Connell"]]
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")

    assert [c.id for c in by_name(store)["Grace O’Connell"]] == [grace_id]
    grace = operations.get_contact(store, grace_id)
    assert (grace.linkedin_url, grace.company, grace.title) == (
        "https://www.linkedin.com/in/grace-o%E2%80%99connell-7b21e0", "School of Fine Art", "Lecturer")  # fmt: skip
    assert [line for line in report.updates if line.startswith("Grace")] == ["Grace O’Connell: LinkedIn profile added"]
    assert len(by_name(store)["Maren Oyelaran"]) == 2
    assert "Maren Oyelaran" in {d.incoming_name for d in report.possible_duplicates}
    again = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    assert (again.created, again.updated) == (0, 0)
