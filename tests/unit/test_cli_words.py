"""What the command line says in the cases a first-time user meets: whole paths, times, hints."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_today_in_an_empty_network_says_how_to_fill_it(cli):
    done = cli("today")
    assert done.code == 0
    assert "import linkedin" in done.out and "netcompanion demo" in done.out


def test_an_empty_campaign_says_how_to_add_people_not_that_it_is_done(cli):
    cli("demo", "--contacts", "30")
    done = cli("campaign", "create", "Spring")
    assert done.code == 0, done.err
    assert "0 members" in done.out
    assert "campaign add 'Spring'" in done.out
    assert "Done on" not in done.out


def test_backup_list_prints_whole_paths_that_restore_takes(cli, db_path):
    cli("demo", "--contacts", "10")
    assert cli("backup").code == 0
    listed = cli("backup", "list").out.splitlines()[1].split()[-1]
    assert Path(listed).is_file() and len(listed) > 40  # longer than a cut cell; it used to end "…-manu"


def test_followups_show_the_time_they_are_due_at(cli):
    cli("demo", "--contacts", "10")
    assert cli("followups", "add", "1", "--due", "2199-01-02", "--at", "09:30").code == 0
    assert "2199-01-02 09:30" in cli("followups").out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("import", "undo", "99999999999999999999999"), "is not an import number"),
        (("import", "linkedin", "x.csv", "--same", "1=99999999999999999999999"), "--same takes ROW=ID"),
        (("demo", "--contacts", "100000000"), "at most 200000"),
        (("gui", "--quit-after", "-1"), "from 0 to 86400 seconds"),
    ],
)
def test_numbers_out_of_range_are_one_line_errors(cli, args, words):
    done = cli(*args)
    assert done.code in (1, 2)
    assert words in done.err and done.err.count("\n") == 1
    assert "Traceback" not in done.err


def test_a_reminder_round_with_nothing_to_show_says_why(cli):
    done = cli("reminders", "run")
    assert (done.code, done.out) == (0, "Nothing is due, and nothing is planned.\n")
