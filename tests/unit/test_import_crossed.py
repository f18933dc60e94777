"""One person imported twice from two places, joined later by a row that names both records."""

from __future__ import annotations

from netcompanion import operations
from tests.conftest import table_counts

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
ROSA_URL = "https://www.linkedin.com/in/rosa-ibarra-77"


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def two_records_of_rosa(store, tmp_path) -> tuple[int, int]:
    """LinkedIn gave her profile without an e-mail; the address book gave her e-mail without a profile."""
    _write(tmp_path / "old.csv", HEADER + f"Rosa,Ibarra,{ROSA_URL},,Contoso,Engineer,14 Nov 2024\n")
    _write(tmp_path / "book.csv", "First Name,Last Name,E-mail 1 - Value\nRosa,Ibarra-Lind,rosa@example.org\n")
    operations.run_import(store, "linkedin", tmp_path / "old.csv")
    operations.run_import(store, "google", tmp_path / "book.csv")
    by_name = {c.name: c.id for c in operations.find_contacts(store)}
    return by_name["Rosa Ibarra"], by_name["Rosa Ibarra-Lind"]


def test_a_row_whose_email_is_another_contacts_names_the_pair(store, tmp_path):
    linkedin_rosa, book_rosa = two_records_of_rosa(store, tmp_path)
    newer = _write(tmp_path / "new.csv", HEADER + f"Rosa,Ibarra,{ROSA_URL},rosa@example.org,Contoso,Engineer,14 Nov 2024\n")

    preview = operations.preview_import(store, "linkedin", newer)
    before = table_counts(store)
    report = operations.run_import(store, "linkedin", newer)

    assert [(s.row, s.contact_id, s.other_id, s.email) for s in preview.shared_emails] == [
        (2, linkedin_rosa, book_rosa, "rosa@example.org")
    ]
    assert preview.shared_emails[0].line() == (
        f"rosa@example.org was not added to Rosa Ibarra (#{linkedin_rosa}): it is already "
        f"Rosa Ibarra-Lind's (#{book_rosa}). If they are one person, merge the two."
    )
    assert report.created == 0
    assert table_counts(store) == before  # nothing merged, the e-mail stays with its owner
    assert operations.get_contact(store, linkedin_rosa).emails == ()
    # Nothing else was new, so there is no import batch; the pair is still there to decide on.
    assert report.batch_id is None
    assert operations.duplicate_pairs(store, report) == [(linkedin_rosa, book_rosa)]
    assert operations.duplicate_pairs(store, preview) == []  # a preview decides nothing


def test_after_an_import_that_changed_something_the_pair_is_offered_to_merge(store, tmp_path):
    linkedin_rosa, book_rosa = two_records_of_rosa(store, tmp_path)
    newer = _write(tmp_path / "new.csv", HEADER + f"Rosa,Ibarra,{ROSA_URL},rosa@example.org,Fabrikam,Lead,14 Nov 2024\n")

    report = operations.run_import(store, "linkedin", newer)

    assert report.updated == 1  # the job change is taken
    assert operations.duplicate_pairs(store, report) == [(linkedin_rosa, book_rosa)]
    operations.merge_contacts(store, linkedin_rosa, book_rosa)
    assert operations.duplicate_pairs(store, report) == []


def test_the_command_line_says_how_to_merge_them(store, cli, tmp_path):
    linkedin_rosa, book_rosa = two_records_of_rosa(store, tmp_path)
    newer = _write(tmp_path / "new.csv", HEADER + f"Rosa,Ibarra,{ROSA_URL},rosa@example.org,Contoso,Engineer,14 Nov 2024\n")

    done = cli("import", "linkedin", str(newer), "--dry-run")
    assert done.code == 0, done.err
    out = done.out
    assert f"? row 2: rosa@example.org was not added to Rosa Ibarra (#{linkedin_rosa})" in out
    assert f"`netcompanion contacts merge {linkedin_rosa} {book_rosa}`" in out
    shared = cli("import", "linkedin", str(newer), "--dry-run", "--json").json()["shared_emails"]
    assert shared == [{"row": 2, "contact_id": linkedin_rosa, "other_id": book_rosa, "email": "rosa@example.org"}]


def test_an_email_both_records_already_have_is_not_news(store, tmp_path):
    linkedin_rosa, book_rosa = two_records_of_rosa(store, tmp_path)
    operations.edit_contact(store, linkedin_rosa, emails=["rosa@example.org"])
    newer = _write(tmp_path / "new.csv", HEADER + f"Rosa,Ibarra,{ROSA_URL},rosa@example.org,Contoso,Engineer,14 Nov 2024\n")

    assert operations.preview_import(store, "linkedin", newer).shared_emails == ()
