"""Property tests: random and mangled files never crash an import and never half-write one."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from netcompanion import operations
from netcompanion.importers import KINDS, ImportFileError, parse_text
from netcompanion.importers import write as write_module
from tests.conftest import FIXTURES, table_counts

KNOWN_COLUMNS = [
    "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On", "CONVERSATION ID",
    "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE", "CONTENT", "FOLDER", "IS MESSAGE DRAFT",
    "Sent At", "Direction", "inviterProfileUrl", "inviteeProfileUrl", "E-mail 1 - Value", "Phone 1 - Value",
    "Website 1 - Value", "Birthday", "Notes", "Name", "Given Name", "E-mail Address", "Job Title",
    "Custom Field 1 - Label", "Custom Field 1 - Value",
]  # fmt: skip
CELL_SAMPLES = [
    "", " ", "14 Nov 2024", "3/14/18, 9:05 AM", "31/31/31", "2024-02-30 10:00:00 UTC", "--02-30", "urn:li:member:1",
    "a@b.co", "A@B.CO", "https://www.linkedin.com/in/x", "https://www.linkedin.com/in/%ZZ", "linkedin.com/in/",
    "NetCompanion ID", "99999999999", "1", "=cmd()", "'=1+1", "* x ::: * ", "INCOMING", "OUTGOING", "Yes", "SPAM",
    'quote"inside', "multi\nline", "Zoë 🌱", "\u202e", "\x00",
]  # fmt: skip

cells = st.one_of(st.sampled_from(CELL_SAMPLES), st.text(max_size=20))
headers = st.lists(st.one_of(st.sampled_from(KNOWN_COLUMNS), st.text(max_size=12)), min_size=1, max_size=9)


@st.composite
def csv_files(draw) -> str:
    header = draw(headers)
    rows = draw(st.lists(st.lists(cells, max_size=len(header) + 2), max_size=8))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    if draw(st.booleans()):
        out.write('Notes:\n"some preamble, with a comma"\n\n')
    writer.writerow(header)
    writer.writerows(rows)
    text = out.getvalue()
    if draw(st.booleans()) and text:  # mangle: cut it short or splice in noise
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.text(max_size=10)) + text[cut:]
    return text


VCARD_LINES = [
    "BEGIN:VCARD", "VERSION:2.1", "VERSION:3.0", "VERSION:4.0", "N:Doe;Jane;;;", "FN:Jane Doe", "EMAIL:j@d.co",
    "TEL;TYPE=CELL:+1 555", "ORG:Acme\\, Inc.;Dept", "BDAY:--0229", "BDAY:19851301", "URL:https\\://www.linkedin.com/in/j",
    "NOTE:folded", " continued", "N;ENCODING=QUOTED-PRINTABLE:=C5=81;=", "X-NETCOMPANION-ID:1", "END:VCARD", ":::", "",
]  # fmt: skip


@st.composite
def vcard_files(draw) -> str:
    lines = draw(st.lists(st.one_of(st.sampled_from(VCARD_LINES), st.text(max_size=15)), max_size=25))
    return "BEGIN:VCARD\r\n" + "\r\n".join(lines)


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(KINDS), text=st.one_of(csv_files(), vcard_files(), st.text(max_size=200)))
def test_reading_any_text_either_works_or_says_why_in_one_line(kind, text):
    try:
        parsed = parse_text(kind, text, "random.csv")
    except ImportFileError as exc:
        assert str(exc).startswith("random.csv: ")
        assert "\n" not in str(exc)
        return
    assert parsed.total_rows >= len(parsed.contacts)
    for contact in parsed.contacts:
        assert contact.full_name == contact.full_name.strip()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(KINDS), text=st.one_of(csv_files(), vcard_files()))
@example(kind="vcard", text="BEGIN:VCARD\r\nEND:VCARD")  # found by a CI run: a file that brings nobody
def test_importing_any_file_is_all_or_nothing(store, tmp_path, kind, text):
    if not table_counts(store)["contacts"]:  # something to match against and to protect
        operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    path = tmp_path / "random.csv"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    before = table_counts(store)
    try:
        report = operations.run_import(store, kind, path)
    except ImportFileError:
        assert table_counts(store) == before
        return
    after = table_counts(store)
    if report.batch_id is None:  # nothing new in the file (an empty vCard, say): nothing written, nothing to undo
        assert (report.created, report.updated, after) == (0, 0, before)
        return
    assert after["import_batches"] == before["import_batches"] + 1
    if kind in ("linkedin-messages", "linkedin-invitations"):
        assert after["interactions"] == before["interactions"] + report.created
    else:
        assert after["contacts"] == before["contacts"] + report.created


def test_a_crash_in_the_middle_of_writing_leaves_the_database_as_it_was(store, monkeypatch):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    before = table_counts(store)
    real = write_module.bulk_insert

    def failing(conn, table, columns, rows, constants=None):
        if table.name == "import_changes":  # the last thing written: contacts and e-mails are in by now
            raise RuntimeError("disk unplugged")
        real(conn, table, columns, rows, constants)

    monkeypatch.setattr(write_module, "bulk_insert", failing)
    with pytest.raises(RuntimeError):
        operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    assert table_counts(store) == before
