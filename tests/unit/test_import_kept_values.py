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


def _relationship_lines(jurgen: int, tail: str) -> list[str]:
    """What the report says of each relationship value the file gives and the import keeps, in its order."""
    kept = f"not taken: Jürgen Weiß (#{jurgen}) has"
    return [
        f"archived 'no' {kept} 'yes'{tail}",
        f"closeness '5' {kept} '2'{tail}",
        f"do not introduce 'yes' {kept} 'no'{tail}",
        f"keep in touch days '30' {kept} none{tail}",
        f"stage 'warm' {kept} 'cold'{tail}",
    ]


def test_relationship_values_edited_in_our_own_export_are_named_and_kept(store, tmp_path):
    """Stage, closeness and the like are only set for people an import adds: for someone already
    here, what the file says otherwise is named, in the preview and in the import's own report."""
    jurgen = operations.add_contact(store, name="Jürgen Weiß", company="Contoso", closeness=2, value=4).id
    operations.archive_contact(store, jurgen)
    operations.add_contact(store, name="Ana Silva", company="Fabrikam", stage="warm")
    path = _edited_export(store, tmp_path, **{"Stage": "Warm", "Closeness": "5", "Value": "4", "Archived": "",
                                              "Keep In Touch Days": "30", "Do Not Introduce": "yes"})  # fmt: skip
    tail = " — an import sets it only for people it adds; change it on their page"

    preview = operations.preview_import(store, "google", path)
    assert (preview.created, preview.updated, preview.unchanged) == (0, 0, 2)
    assert [message for _row, message in preview.left_out] == _relationship_lines(jurgen, tail)

    report = operations.run_import(store, "google", path)
    assert [message for _row, message in report.left_out] == _relationship_lines(jurgen, tail)
    kept = operations.get_contact(store, jurgen)
    assert (kept.stage, kept.closeness, kept.value, kept.cadence_days, kept.do_not_introduce, kept.archived) == (
        "cold", 2, 4, None, False, True
    )


def test_our_own_export_with_every_relationship_value_set_imports_back_naming_nothing(store, tmp_path):
    jurgen = operations.add_contact(store, name="Jürgen Weiß", stage="engaged", closeness=5, value=3,
                                    cadence_days=90, do_not_introduce=True).id  # fmt: skip
    operations.archive_contact(store, jurgen)
    operations.add_contact(store, name="Ana Silva")  # nothing set: its blank cells say nothing new either
    path = _edited_export(store, tmp_path)

    report = operations.preview_import(store, "google", path)

    assert report.left_out == () and report.unchanged == 2


def test_the_dry_run_on_the_command_line_names_the_stage_it_keeps(store, tmp_path, cli):
    jurgen = operations.add_contact(store, name="Jürgen Weiß").id
    path = _edited_export(store, tmp_path, Stage="warm")

    done = cli("import", "google", str(path), "--dry-run")

    assert done.code == 0, done.err
    assert (f"  ~ row 2: stage 'warm' not taken: Jürgen Weiß (#{jurgen}) has 'cold' — an import sets it only for "
            "people it adds; change it on their page") in done.out.splitlines()  # fmt: skip
