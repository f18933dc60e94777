"""The same person twice in one file: one contact, what the later row adds, and a report that
says which values stayed when the rows disagree."""

from __future__ import annotations

from netcompanion import operations

GOOGLE_HEADER = "First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Value,Website 1 - Value\n"
LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def people(store) -> list[tuple]:
    return sorted(
        (c.id, c.name, c.company, c.title, c.emails, c.linkedin_url)
        for c in operations.find_contacts(store, include_archived=True)
    )


def write(tmp_path, name: str, content: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_a_second_row_of_the_same_profile_says_which_job_was_kept(store, tmp_path):
    path = write(tmp_path, "Connections.csv", LINKEDIN_HEADER
                 + "Ada,Byron,https://www.linkedin.com/in/ada-b,,Acme,Old title,01 Jan 2020\n"
                 + "Bo,Chan,https://www.linkedin.com/in/bo-chan,,,,02 Jan 2020\n"
                 + "Ada,Byron,https://www.linkedin.com/in/ada-b,ada@byron.example,Beta,New title,03 Mar 2024\n"
                 + "Bo,Chan,https://www.linkedin.com/in/bo-chan,,Fabrikam,Buyer,02 Jan 2020\n")  # fmt: skip

    report = operations.run_import(store, "linkedin", path)

    assert (report.created, report.updated) == (2, 0)
    assert dict(report.skipped) == {
        4: "same person as row 2 (same profile); merged, keeping row 2's company, title and connection date"
        " (this row has 'Beta', 'New title' and '2024-03-03')",
        5: "same person as row 3 (same profile); merged",  # nothing of row 5 was left behind
    }
    assert [p[1:5] for p in people(store)] == [
        ("Ada Byron", "Acme", "Old title", ("ada@byron.example",)),
        ("Bo Chan", "Fabrikam", "Buyer", ()),  # the blanks of row 3, filled from row 5
    ]


def test_a_second_row_of_the_same_email_in_an_address_book(store, tmp_path):
    path = write(tmp_path, "contacts.csv", GOOGLE_HEADER
                 + "Maren,Oyelaran,,Data Engineer,maren@example.net,\n"
                 + "Maren,Oyelaran,Northwind,Lead Data Engineer,MAREN@example.net,\n"
                 + "Maren,Oyelaran,Contoso,Analyst,maren@example.net,\n")  # fmt: skip

    report = operations.run_import(store, "google", path)

    assert report.created == 1
    assert dict(report.skipped) == {
        # company was blank in row 2, so row 3 gave it; the title row 2 had stays
        3: "same person as row 2 (same e-mail); merged, keeping row 2's title (this row has 'Lead Data Engineer')",
        4: "same person as row 2 (same e-mail); merged, keeping row 3's company, row 2's title"
        " (this row has 'Contoso' and 'Analyst')",
    }
    assert [p[1:5] for p in people(store)] == [("Maren Oyelaran", "Northwind", "Data Engineer", ("maren@example.net",))]


def test_two_rows_of_a_known_person_set_the_connection_date_once(store, tmp_path):
    known = operations.add_contact(store, name="Ada Byron", linkedin_url="https://www.linkedin.com/in/ada-b")
    path = write(tmp_path, "Connections.csv", LINKEDIN_HEADER
                 + "Ada,Byron,https://www.linkedin.com/in/ada-b,,,,01 Jan 2020\n"
                 + "Ada,Byron,https://www.linkedin.com/in/ada-b,,,,03 Mar 2024\n")  # fmt: skip

    report = operations.run_import(store, "linkedin", path)

    assert report.updates == ("Ada Byron: connected on 2020-01-01",)
    assert str(operations.get_contact(store, known.id).connected_on) == "2020-01-01"


ADA = "Ada,Byron,https://www.linkedin.com/in/ada-b,"


def newer_export_of_ada_at_acme(store, tmp_path, *rows: str) -> object:
    """Ada imported at Acme, then a newer export naming her on each of `rows` (e-mail onwards)."""
    operations.run_import(store, "linkedin", write(tmp_path, "old.csv", LINKEDIN_HEADER + ADA + ",Acme,Engineer,01 Jan 2020\n"))
    return operations.run_import(
        store, "linkedin", write(tmp_path, "new.csv", LINKEDIN_HEADER + "".join(f"{ADA}{row},01 Jan 2020\n" for row in rows))
    )


def test_a_known_person_twice_in_a_newer_export_gets_one_job_change(store, tmp_path):
    """A file does not say which row is newer: the first row's job stays, as for someone new."""
    report = newer_export_of_ada_at_acme(store, tmp_path, ",Beta,Lead", "ada@byron.example,Gamma,CTO")

    assert report.events == ("Ada Byron moved from Acme to Beta as Lead",)
    assert dict(report.skipped) == {
        3: "same person as row 2 (same profile); merged, keeping row 2's company and title"
        " (this row has 'Gamma' and 'CTO')",
    }
    assert [p[2:5] for p in people(store)] == [("Beta", "Lead", ("ada@byron.example",))]  # the e-mail joined


def test_a_known_person_twice_fills_a_blank_from_the_second_row(store, tmp_path):
    report = newer_export_of_ada_at_acme(store, tmp_path, ",,", ",Beta,Lead")

    assert report.events == ("Ada Byron moved from Acme to Beta as Lead",)
    assert dict(report.skipped) == {3: "same person as row 2 (same profile); merged"}
