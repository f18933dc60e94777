"""A quote left open on the very last row of a CSV: the reader takes the end of the file as its
close, so the row would become one contact named after the whole line."""

from __future__ import annotations

import pytest

from netcompanion import operations
from netcompanion.importers import ImportFileError
from tests.conftest import table_counts

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


@pytest.mark.parametrize(
    ("last_row", "newline", "final_newline"),
    [
        ('"Gina,Hall,https://www.linkedin.com/in/g7,,Co,T,01 Jan 2024', "\n", True),
        ('"Gina,Hall,https://www.linkedin.com/in/g7,,Co,T,01 Jan 2024', "\r\n", False),
        ('Gina,"Hall,https://www.linkedin.com/in/g7,,Co,T,01 Jan 2024', "\r\n", True),
        ('Gina,Hall,https://www.linkedin.com/in/g7,,Co,T,"01 Jan 2024', "\n", True),  # as wide as the header
        ('Gina,Hall,https://www.linkedin.com/in/g7,,"Co ""Big"",T,01 Jan 2024', "\n", False),
    ],
)
def test_a_quote_never_closed_on_the_last_row_is_refused_with_its_row(store, tmp_path, last_row, newline, final_newline):
    path = tmp_path / "Connections.csv"
    lines = [HEADER, "Anna,One,https://www.linkedin.com/in/a1,,Co,T,01 Jan 2024", last_row]
    path.write_text(newline.join(lines) + (newline if final_newline else ""), encoding="utf-8", newline="")
    before = table_counts(store)

    with pytest.raises(ImportFileError) as caught:
        operations.run_import(store, "linkedin", path)

    assert str(caught.value) == (
        "Connections.csv: row 3: a quote opened in this row is never closed, so the rest of the file was "
        "read as one cell."
    )
    assert table_counts(store) == before
    with pytest.raises(ImportFileError):
        operations.preview_import(store, "linkedin", path)


def test_a_quote_never_closed_on_the_last_row_of_a_semicolon_file(store, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        HEADER.replace(",", ";") + "\n" + '"Gina;Hall;https://www.linkedin.com/in/g7;;Co, Ltd;T;01 Jan 2024\n',
        encoding="utf-8",
    )
    with pytest.raises(ImportFileError, match=r"^Connections.csv: row 2: a quote opened in this row is never"):
        operations.run_import(store, "linkedin", path)


@pytest.mark.parametrize("final_newline", [True, False])
def test_a_last_row_with_closed_quotes_and_a_line_break_in_a_cell_imports(store, tmp_path, final_newline):
    path = tmp_path / "outlook.csv"
    path.write_text(
        "First Name,Last Name,E-mail Address,Job Title,Notes\r\n"
        'Ingrid,Solberg,ingrid@example.org,Coach,"Says ""no calls on Fridays"",\r\nthen ""call me"""'
        + ("\r\n" if final_newline else ""),
        encoding="utf-8",
        newline="",
    )
    report = operations.run_import(store, "outlook", path)

    assert report.created == 1
    (ingrid,) = operations.find_contacts(store)
    assert (ingrid.name, ingrid.notes) == ("Ingrid Solberg", 'Says "no calls on Fridays",\nthen "call me"')
