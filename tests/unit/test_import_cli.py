"""The command-line contract for `import` and `export` (PRODUCT.md)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES


def test_import_json_has_the_promised_keys(cli):
    done = cli("import", "linkedin", str(FIXTURES / "linkedin_connections_2024.csv"), "--json")
    assert done.code == 0, done.err
    report = done.json()
    assert report["created"] == 23 and report["updated"] == 0
    assert report["skipped"] == [
        {"row": 8, "reason": "hidden account (only a connection date)"},
        {"row": 27, "reason": "hidden account (only a connection date)"},
    ]
    assert report["errors"] == []
    assert report["batch_id"] == 1


def test_dry_run_writes_nothing(cli):
    done = cli("import", "google", str(FIXTURES / "google_contacts.csv"), "--dry-run", "--json")
    assert done.code == 0, done.err
    report = done.json()
    assert report["dry_run"] is True and report["created"] == 12
    assert report["possible_duplicates"][0]["incoming"]["name"] == "Maren Oyelaran"
    assert cli("contacts", "--json").json() == []
    assert cli("import", "list", "--json").json() == []


def test_plain_output_names_events_and_possible_duplicates(cli):
    cli("import", "linkedin", str(FIXTURES / "linkedin_connections_2018.csv"))
    done = cli("import", "linkedin", str(FIXTURES / "linkedin_connections_2024.csv"))
    assert done.code == 0, done.err
    assert "Import #2 (linkedin, linkedin_connections_2024.csv): 20 new, 3 updated" in done.out
    assert "→ Priya Raghunathan moved from University of Westbrook to Adatum Research" in done.out
    assert (
        "? row 6: Tobias Brenner (now #14) may be #1 Tobias Brenner (Contoso Ltd) — same person? "
        "`netcompanion contacts merge 1 14`"
    ) in done.out
    assert cli("contacts", "merge", "1", "14").code == 0  # the hint works as written
    assert [c["id"] for c in cli("contacts", "--json").json() if c["name"] == "Tobias Brenner"] == [1]


def test_same_takes_a_suggestion_of_the_preview_and_refuses_any_other(cli):
    cli("import", "linkedin", str(FIXTURES / "linkedin_connections_2018.csv"))
    newer = str(FIXTURES / "linkedin_connections_2024.csv")
    preview = cli("import", "linkedin", newer, "--dry-run")
    assert "same person? --same 6=1" in preview.out

    refused = cli("import", "linkedin", newer, "--same", "6=2")
    assert refused.code != 0
    assert "linkedin_connections_2024.csv: 6=2: not offered as a possible duplicate" in refused.err
    assert cli("import", "list", "--json").json()[0]["id"] == 1  # nothing was imported

    done = cli("import", "linkedin", newer, "--same", "6=1", "--json")
    assert done.code == 0, done.err
    assert (done.json()["created"], done.json()["updated"]) == (19, 4)
    tobias = [c for c in cli("contacts", "--json").json() if c["name"] == "Tobias Brenner"]
    assert [(t["id"], t["company"]) for t in tobias] == [(1, "Fabrikam, Inc.")]


def test_same_works_for_a_suggestion_of_someone_new_from_an_earlier_row(cli):
    """In an empty network the preview offered row 18 as maybe #1, a person row 2 adds: the hint
    it printed was accepted and then ignored, and Maren was still added twice."""
    google = str(FIXTURES / "google_contacts.csv")
    assert "same person? --same 18=1" in cli("import", "google", google, "--dry-run").out
    done = cli("import", "google", google, "--same", "18=1", "--json")
    assert done.code == 0, done.err
    assert done.json()["created"] == 11
    assert {"row": 18, "reason": "same person as row 2; merged"} in done.json()["skipped"]
    maren = [c for c in cli("contacts", "--json").json() if c["name"] == "Maren Oyelaran"]
    assert [m["id"] for m in maren] == [1]
    assert len(maren[0]["emails"]) == 2  # what row 18 knew joined row 2's person


def test_every_hint_of_the_preview_holds_when_they_are_taken_together(cli, tmp_path):
    """Two people each twice in one file: taking the first hint shifts the ids the file's new people
    get, and the second hint (by the id the preview forecast) was dropped — Carl was added twice."""
    path = tmp_path / "dups.csv"
    path.write_text(
        "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value\n"
        "Anna,Berg,work,anna1@example.com\nAnna,Berg,home,anna2@example.com\n"
        "Carl,Dahl,work,carl1@example.com\nCarl,Dahl,home,carl2@example.com\n"
    )
    preview = cli("import", "google", str(path), "--dry-run", "--json").json()
    hints = [(d["row"], d["existing"]["id"], d["existing"]["row"]) for d in preview["possible_duplicates"]]
    assert hints == [(3, 1, 2), (5, 3, 4)]

    done = cli("import", "google", str(path), "--same", "3=1", "--same", "5=3", "--json")

    assert done.code == 0, done.err
    assert (done.json()["created"], done.json()["possible_duplicates"]) == (2, [])
    people = {c["name"]: sorted(c["emails"]) for c in cli("contacts", "--json").json()}
    assert people == {
        "Anna Berg": ["anna1@example.com", "anna2@example.com"],
        "Carl Dahl": ["carl1@example.com", "carl2@example.com"],
    }


def _two_column_csv(tmp_path, *rows: str):
    path = tmp_path / "chain.csv"
    path.write_text("First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value\n" + "".join(r + "\n" for r in rows))
    return str(path)


def test_hints_along_a_chain_of_rows_make_one_person_whatever_each_row_is_called(cli, tmp_path):
    """Row 4 is said to be row 3, and row 3 to be row 2 ("Anne" there): all three are one person."""
    path = _two_column_csv(tmp_path, "Anne,Berg,work,a1@example.com", "Ann,Berg,home,a2@example.com",
                           "Ann,Berg,other,a3@example.com")  # fmt: skip
    hints = [(d["row"], d["existing"]["id"]) for d in cli("import", "google", path, "--dry-run", "--json").json()[
        "possible_duplicates"]]  # fmt: skip
    assert (3, 1) in hints and (4, 2) in hints
    assert cli("import", "google", path, "--same", "3=1", "--same", "4=2").code == 0
    people = cli("contacts", "--json").json()
    assert [(c["name"], len(c["emails"])) for c in people] == [("Anne Berg", 3)]


def test_every_hint_ticked_joins_the_rows_with_the_contact_already_there(cli, tmp_path):
    """What the import window's "tick all" sends: row 2 is #1, row 3 is #1 and row 3 is row 2."""
    cli("contacts", "add", "Ann Berg", "--email", "a0@example.com")
    path = _two_column_csv(tmp_path, "Ann,Berg,work,a1@example.com", "Ann,Berg,home,a2@example.com")
    preview = cli("import", "google", path, "--dry-run", "--json").json()
    same = [arg for d in preview["possible_duplicates"] for arg in ("--same", f"{d['row']}={d['existing']['id']}")]
    assert len(same) == 6
    assert cli("import", "google", path, *same).code == 0
    assert [(c["name"], len(c["emails"])) for c in cli("contacts", "--json").json()] == [("Ann Berg", 3)]


def test_unknown_kind_is_an_argument_error(cli):
    done = cli("import", "facebook", str(FIXTURES / "google_contacts.csv"))
    assert done.code == 2
    assert "invalid choice" in done.err


def test_export_to_dash_writes_the_export_to_standard_output_and_no_file(cli, tmp_path):
    cli("import", "linkedin", str(FIXTURES / "linkedin_connections_2018.csv"))
    done = cli("export", "csv", "-")
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[0].startswith("First Name,Last Name,Organization Name")
    assert len(lines) == 1 + 12 and any(line.startswith("Ben,Carter,Relecloud,CTO") for line in lines)
    assert "BEGIN:VCARD" in cli("export", "vcard", "-").out
    assert not Path("-").exists()  # the command ran in this process's folder and made no file "-"
    ascii_console = cli("export", "csv", "-", env={"PYTHONIOENCODING": "ascii"})
    assert ascii_console.code == 0, ascii_console.err  # UTF-8 as the file would hold it, not a traceback
    assert ascii_console.out == done.out
    mixed = cli("export", "csv", "-", "--json")
    assert mixed.code != 0 and mixed.out == "" and "--json" in mixed.err


def test_the_same_file_again_says_nothing_new_and_adds_no_past_import(cli):
    first = cli("import", "linkedin", str(FIXTURES / "linkedin_connections_2018.csv"))
    assert first.code == 0 and first.out.startswith("Import #1 (linkedin, linkedin_connections_2018.csv)")
    again = cli("import", "linkedin", str(FIXTURES / "linkedin_connections_2018.csv"))
    assert again.code == 0
    assert again.out.startswith("Nothing new (linkedin, linkedin_connections_2018.csv): 0 new, 0 updated,")
    assert [b["id"] for b in cli("import", "list", "--json").json()] == [1]
