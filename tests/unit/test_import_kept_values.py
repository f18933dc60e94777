"""An address book row that says something else about someone already here: the import keeps the
app's value and says which it kept, instead of calling the row "unchanged" without a word."""

from __future__ import annotations

import csv
import io

from netcompanion import operations


def _edited_export(store, tmp_path, **changes: str):
    """The app's own CSV export, with one person's cells changed as in a spreadsheet."""
    text, _ = operations.export_text(store, "csv")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    for row in rows:
        if row["First Name"] == "Jürgen":
            row.update(changes)
    path = tmp_path / "edited.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_values_the_app_keeps_are_named_with_where_to_change_them(store, tmp_path):
    jurgen = operations.add_contact(store, name="Jürgen Weiß", company="Contoso", title="Engineer",
                                    notes="Met at the meetup.").id  # fmt: skip
    operations.add_contact(store, name="Ana Silva", company="Fabrikam")
    path = _edited_export(store, tmp_path, **{"Organization Title": "Head of Data", "Notes": "Prefers mornings."})

    report = operations.preview_import(store, "google", path)

    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert [message for _row, message in report.left_out] == [
        f"notes 'Prefers mornings.' not taken: Jürgen Weiß (#{jurgen}) has 'Met at the meetup.' — an import "
        "only fills in what is empty; change it on their page",
        f"title 'Head of Data' not taken: Jürgen Weiß (#{jurgen}) has 'Engineer' — an import only fills in "
        "what is empty; change it on their page",
    ]


def test_our_own_export_imported_back_unedited_names_nothing(store, tmp_path):
    operations.add_contact(store, name="Jürgen Weiß", company="Contoso", title="Engineer", notes="Line one\nLine two")
    path = _edited_export(store, tmp_path)

    report = operations.preview_import(store, "google", path)

    assert report.left_out == () and report.unchanged == 1
