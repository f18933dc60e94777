"""Files that cannot be imported: one clear line naming file, row, expected and found; nothing written."""

from __future__ import annotations

import codecs
import json

import pytest

from netcompanion import operations
from netcompanion.importers import ImportFileError, RowsInError
from netcompanion.operations import OperationError
from tests.conftest import FIXTURES, table_counts


@pytest.fixture
def populated(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    return store


def refused(store, kind, path) -> str:
    before = table_counts(store)
    with pytest.raises(ImportFileError) as caught:
        operations.run_import(store, kind, path)
    with pytest.raises(ImportFileError):
        operations.preview_import(store, kind, path)
    assert table_counts(store) == before
    message = str(caught.value)
    assert "\n" not in message
    assert isinstance(caught.value, OperationError)
    return message


def test_empty_file(populated, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_bytes(b"")
    assert (
        refused(populated, "linkedin", path)
        == "Connections.csv: expected a LinkedIn Connections.csv; found an empty file."
    )
    # The kind of file asked for is named: an empty messages file is no "contacts export".
    assert refused(populated, "linkedin-messages", path) == (
        "Connections.csv: expected a LinkedIn messages.csv; found an empty file."
    )


def test_blank_lines_only(populated, tmp_path):
    path = tmp_path / "blank.csv"
    path.write_text("\n\n  \r\n")
    assert "found an empty file" in refused(populated, "linkedin", path)


def test_binary_file(populated, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert refused(populated, "linkedin", path) == (
        "photo.csv: expected a text (CSV or vCard) file; found binary data."
    )


def test_messages_file_given_as_connections(populated):
    message = refused(populated, "linkedin", FIXTURES / "linkedin_messages.csv")
    assert message == (
        "linkedin_messages.csv: row 1: expected a LinkedIn Connections.csv (First Name, Last Name, Connected On); "
        "found a LinkedIn messages.csv."
    )


def test_connections_file_given_as_vcard(populated):
    message = refused(populated, "vcard", FIXTURES / "linkedin_connections_2024.csv")
    assert message.startswith(
        "linkedin_connections_2024.csv: row 1: expected a vCard (.vcf) file (BEGIN:VCARD);"
    )
    assert "found a LinkedIn Connections.csv" in message


def test_a_vcard_file_cut_off_in_its_only_card_says_so(populated, tmp_path):
    """It said "expected vCards (BEGIN:VCARD … END:VCARD); found none" of a file that begins with one."""
    path = tmp_path / "cut.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@example.org\r\n")
    assert refused(populated, "vcard", path) == (
        "cut.vcf: expected vCards (BEGIN:VCARD … END:VCARD); the card beginning on line 1 never ends "
        "(no END:VCARD): is the file cut off?"
    )


def test_header_with_none_of_the_expected_columns(populated, tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("Order,Customer,Total\n1,ACME,12.50\n")
    assert refused(populated, "google", path) == (
        "orders.csv: row 1: expected a Google Contacts CSV (First Name, Last Name, E-mail 1 - Value "
        "(or Name, Given Name, …)); found columns Order, Customer, Total."
    )


def test_huge_file_is_refused_before_reading(populated, tmp_path):
    path = tmp_path / "Connections.csv"
    with path.open("wb") as handle:  # a sparse 2 GB file: costs no disk space
        handle.truncate(2 * 1024**3)
    assert refused(populated, "linkedin", path) == (
        "Connections.csv: expected a LinkedIn Connections.csv of at most 200.0 MB; found 2.0 GB."
    )


def test_missing_file(populated, tmp_path):
    missing = tmp_path / "nope.csv"  # the whole path: the folder may be what is wrong
    assert refused(populated, "linkedin", missing).startswith(f"{missing}: cannot open the file")


BAD_ROWS = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Ada,Lovelace,https://www.linkedin.com/in/ada,,Analytical,Engineer,14 Nov 2024\n"
    "Bad,Date,https://www.linkedin.com/in/bad,,X,Y,the day after tomorrow\n"
    "Not,Linkedin,https://example.com/in/who,,X,Y,14 Nov 2024\n"
)
BAD_ROW_ERRORS = (
    (3, "'Connected On' should be a date like 14 Nov 2024; found 'the day after tomorrow'"),
    (4, "'URL' should be a LinkedIn profile address; found 'https://example.com/in/who'"),
)


def test_a_file_with_bad_rows_imports_nothing_and_names_the_first(populated, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(BAD_ROWS)
    before = table_counts(populated)
    with pytest.raises(RowsInError) as caught:
        operations.run_import(populated, "linkedin", path)
    assert str(caught.value) == (
        "Connections.csv: row 3: 'Connected On' should be a date like 14 Nov 2024; found 'the day after "
        "tomorrow' (and 1 more row with a problem); nothing was imported."
    )
    assert table_counts(populated) == before
    assert operations.preview_import(populated, "linkedin", path).errors == BAD_ROW_ERRORS


def test_told_to_skip_bad_rows_the_rest_imports_and_the_bad_ones_are_listed(store, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(BAD_ROWS)
    report = operations.run_import(store, "linkedin", path, skip_bad_rows=True)
    assert report.created == 1
    assert report.errors == BAD_ROW_ERRORS
    assert operations.count_contacts(store) == 1


def test_a_quote_never_closed_is_an_error_not_a_contact_named_after_the_rest_of_the_file(store, tmp_path):
    """An unclosed quote swallowed the lines after it: 'Bob' got the last name 'Ray,https://…'."""
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ann,Lee,https://www.linkedin.com/in/ann,,Acme,CTO,05 Mar 2024\n"
        'Bob,"Ray,https://www.linkedin.com/in/bobray,,Acme,CTO,05 Mar 2024\n'
        "Cat,Kim,https://www.linkedin.com/in/cat,,Acme,CTO,05 Mar 2024\n"
    )
    message = refused(store, "linkedin", path)
    assert message.startswith("Connections.csv: row 3: a quote opened in this row is never closed")


@pytest.mark.parametrize(
    ("encoding", "delimiter", "newline", "final_newline"),
    [
        ("utf-8", ",", "\n", False),
        ("utf-8-sig", ";", "\r\n", True),
        ("utf-16", "\t", "\r\n", True),
        ("cp1252", ";", "\n", True),
    ],
)
def test_files_resaved_by_spreadsheets(store, tmp_path, encoding, delimiter, newline, final_newline):
    rows = [
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
        [
            "Zoë",
            "Ångström-Lind",
            "https://www.linkedin.com/in/zoe-al",
            "",
            "Tailspin; Toys",
            "Head",
            "14.11.2024",
        ],
        [
            "Sam",
            "Okafor",
            "https://www.linkedin.com/in/sam-okafor",
            "",
            "Wide World",
            "Coordinator",
            "3/14/18, 9:05 AM",
        ],
    ]
    lines = [delimiter.join(f'"{c}"' if delimiter in c else c for c in row) for row in rows]
    text = newline.join(lines) + (newline if final_newline else "")
    path = tmp_path / f"Connections-{encoding}.csv"
    path.write_bytes(
        text.encode(encoding) if encoding != "utf-16" else codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    )

    report = operations.run_import(store, "linkedin", path)

    assert (report.created, report.errors) == (2, ())
    zoe, sam = sorted(operations.find_contacts(store), key=lambda c: c.name, reverse=True)
    assert (zoe.name, zoe.company, zoe.connected_on.isoformat()) == (
        "Zoë Ångström-Lind",
        "Tailspin; Toys",
        "2024-11-14",
    )
    assert (sam.name, sam.connected_on.isoformat()) == ("Sam Okafor", "2018-03-14")


def test_cli_prints_one_line_and_exits_1(cli, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    done = cli("import", "linkedin", str(empty))
    assert done.code == 1
    assert done.out == ""
    assert done.err == "netcompanion: error: empty.csv: expected a LinkedIn Connections.csv; found an empty file.\n"
    assert "Traceback" not in done.err


def test_cli_refuses_a_file_with_bad_rows_unless_told_to_skip_them(cli, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(BAD_ROWS)
    done = cli("import", "linkedin", str(path))
    assert (done.code, done.out) == (1, "")
    assert done.err.count("\n") == 1
    assert done.err.startswith("netcompanion: error: Connections.csv: row 3: 'Connected On' should be a date")
    assert "--skip-bad-rows" in done.err
    assert json.loads(cli("contacts", "--json").out) == []

    preview = cli("import", "linkedin", str(path), "--dry-run", "--json")
    assert preview.code == 1  # a script learns there are problems; the report has them all
    assert [e["row"] for e in json.loads(preview.out)["errors"]] == [3, 4]
    assert preview.err == (
        "netcompanion: error: Connections.csv: 2 rows cannot be read (first: row 3); a real import would "
        "write nothing. Fix them, or add --skip-bad-rows.\n"
    )

    done = cli("import", "linkedin", str(path), "--skip-bad-rows", "--json")
    assert done.code == 0
    assert json.loads(done.out)["created"] == 1
    assert [c["name"] for c in json.loads(cli("contacts", "--json").out)] == ["Ada Lovelace"]
