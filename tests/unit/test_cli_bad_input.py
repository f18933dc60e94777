"""Bad input on the command line: one line on stderr naming what is wrong, a non-zero exit, nothing written.

Mistakes caught while parsing are checked in-process through the real parser (fast, and nothing can
open a database); the rest run `netcompanion` as a separate process like the other CLI tests.
"""

from __future__ import annotations

import argparse
import sqlite3

import pytest

from netcompanion.cli import build_parser

HUGE = "99999999999999999999999"  # more than SQLite's largest integer

# Every date option of the command line, as "the command before the date".
DATE_OPTIONS = [
    ("today", "--date"),
    ("progress", "--date"),
    ("round", "--date"),
    ("log", "1", "--channel", "call", "--outcome", "reached", "--date"),
    ("followups", "--date"),
    ("followups", "add", "1", "--due"),
    ("followups", "snooze", "1", "--until"),
    ("campaign", "create", "X", "--start"),
    ("campaign", "status", "--date"),
]

# Every place a record's id is given, with {} where the id goes.
ID_PLACES = [
    ("log", "{}", "--channel", "call", "--outcome", "reached"),
    ("followups", "add", "{}", "--due", "2026-01-01"),
    ("followups", "done", "{}"),
    ("followups", "dismiss", "{}"),
    ("followups", "snooze", "{}", "--until", "2026-01-01"),
    ("contacts", "show", "{}"),
    ("contacts", "edit", "{}"),
    ("contacts", "merge", "1", "{}"),
    ("contacts", "add", "Dana", "--referred-by", "{}"),
    ("campaign", "create", "X", "--contacts", "{}"),
    ("campaign", "add", "X", "{}"),
    ("trash", "delete", "{}"),
    ("trash", "restore", "{}"),
    ("trash", "forget", "{}"),
]

# Every count or limit.
COUNT_PLACES = [
    ("today", "--limit", "{}"),
    ("contacts", "--limit", "{}"),
    ("progress", "--weeks", "{}"),
    ("reminders", "history", "--limit", "{}"),
    ("campaign", "create", "X", "--quota", "{}"),
    ("campaign", "create", "X", "--best", "{}"),
    ("contacts", "add", "Dana", "--cadence", "{}"),
]


def _refused(capsys, *args: str) -> str:
    """Parse `args`; it must be refused with exit code 2 and one line on stderr, which is returned."""
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(list(args))
    assert exited.value.code == 2, args
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "error:" in lines[0], err
    return lines[0]


def _fill(place: tuple[str, ...], value: str) -> list[str]:
    return [part.format(value) for part in place]


def _one_line_error(result) -> str:
    assert result.code != 0 and result.out == "", (result.code, result.out)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("netcompanion: error:"), result.err
    assert "Traceback" not in result.err
    return lines[0]


# --- 1. dates the calendar holds but the app can't use ------------------------------------------


@pytest.mark.parametrize("place", DATE_OPTIONS, ids=lambda p: " ".join(p))
@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01"])
def test_every_date_option_refuses_a_day_outside_the_range_and_names_it(capsys, place, day):
    line = _refused(capsys, *place, day)
    assert repr(day) in line and "1900-01-01" in line and "2199-12-31" in line


@pytest.mark.parametrize("place", DATE_OPTIONS, ids=lambda p: " ".join(p))
def test_every_date_option_takes_the_first_and_last_day_of_the_range(place):
    for day in ("1900-01-01", "2199-12-31"):
        build_parser().parse_args([*place, day])


def test_days_at_the_ends_of_the_range_work_end_to_end(cli):
    cid = cli("contacts", "add", "Dana Whitfield", "--json").json()["id"]
    for args in (
        ("today", "--date", "2199-12-31"),
        ("today", "--date", "1900-01-01"),
        ("progress", "--date", "1900-01-01", "--weeks", "520"),
        ("log", str(cid), "--channel", "call", "--outcome", "reached", "--date", "1900-01-01"),
        ("followups", "add", str(cid), "--due", "2199-12-31", "--at", "23:59"),
        ("campaign", "create", "Far", "--contacts", str(cid), "--start", "2199-12-31"),
    ):
        result = cli(*args)
        assert result.code == 0 and "Traceback" not in result.err, (args, result.err)
    listed = cli("followups", "--json")
    assert listed.code == 0 and [f["due"] for f in listed.json()] == ["2199-12-31"]
    assert cli("today").code == 0


def test_a_day_out_of_range_is_one_line_and_writes_nothing(cli, db_path):
    cid = cli("contacts", "add", "Dana Whitfield", "--json").json()["id"]
    for args in (
        ("today", "--date", "9999-12-31"),
        ("log", str(cid), "--channel", "call", "--outcome", "reached", "--date", "0001-01-01"),
        ("followups", "add", str(cid), "--due", "9999-12-31", "--at", "23:59"),
    ):
        result = cli(*args)
        assert result.code == 2 and result.out == "" and "Traceback" not in result.err, result.err
        assert len(result.err.strip().splitlines()) == 1 and "2199-12-31" in result.err
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM interactions").fetchone()[0] == 0
        assert connection.execute("SELECT count(*) FROM followups").fetchone()[0] == 0


@pytest.mark.parametrize("text", ["7:5", "23:59:59", "24:00", "9", "9.30", "09:30:00.5", "noon"])
def test_a_follow_up_time_is_hours_and_minutes_or_it_is_refused_in_one_line(capsys, text):
    """`--at 23:59:59` used to be taken, seconds and all, while `--at 7:5` was refused: one rule now."""
    refused = _refused(capsys, "followups", "add", "1", "--due", "2026-11-26", "--at", text)
    assert f"{text!r} is not a time of day as HH:MM, like 09:30 or 9:30" in refused


@pytest.mark.parametrize(("text", "time"), [("9:30", "09:30"), ("09:30", "09:30"), ("0:00", "00:00"), ("23:59", "23:59")])
def test_a_follow_up_time_may_leave_out_the_leading_zero(text, time):
    args = build_parser().parse_args(["followups", "add", "1", "--due", "2026-11-26", "--at", text])
    assert args.at.isoformat(timespec="minutes") == time


# --- 3. ids and counts too large for SQLite, and words where a number goes -----------------------


@pytest.mark.parametrize("place", ID_PLACES, ids=lambda p: " ".join(p))
def test_every_id_refuses_a_number_too_large_and_a_word_in_one_style(capsys, place):
    assert "too large" in _refused(capsys, *_fill(place, HUGE))
    assert "'abc' is not a whole number" in _refused(capsys, *_fill(place, "abc"))
    assert "'0' must be 1 or more" in _refused(capsys, *_fill(place, "0"))


@pytest.mark.parametrize("place", COUNT_PLACES, ids=lambda p: " ".join(p))
def test_every_count_refuses_a_number_too_large_and_a_word(capsys, place):
    assert "too large" in _refused(capsys, *_fill(place, HUGE))
    assert "'abc' is not a whole number" in _refused(capsys, *_fill(place, "abc"))


def test_huge_ids_and_limits_are_one_line_errors_end_to_end(cli):
    for args in (
        ("log", HUGE, "--channel", "call", "--outcome", "reached"),
        ("followups", "done", HUGE),
        ("contacts", "show", HUGE),
        ("today", "--limit", HUGE),
        ("log", "abc", "--channel", "call", "--outcome", "reached"),
    ):
        result = cli(*args)
        assert result.code == 2 and "Traceback" not in result.err, (args, result.err)
        assert len(result.err.strip().splitlines()) == 1 and "invalid int value" not in result.err


# --- 2. a backup into a folder that does not exist --------------------------------------------------


def test_backup_into_a_missing_folder_is_a_one_line_error(cli, tmp_path):
    cli("contacts", "add", "Dana Whitfield")
    target = tmp_path / "no-such-folder" / "x.db"
    line = _one_line_error(cli("backup", str(target)))
    assert f"the folder {target.parent} does not exist" in line
    assert not target.parent.exists()


# --- 4. --db in a folder that does not exist --------------------------------------------------------


def test_db_in_a_missing_folder_is_a_one_line_error_and_creates_nothing(cli, tmp_path):
    db = tmp_path / "no-such-dir" / "x.sqlite3"
    for args in (("contacts",), ("contacts", "add", "Dana Whitfield"), ("restore", str(tmp_path / "b.db"))):
        line = _one_line_error(cli(*args, db=db))
        assert f"the folder {db.parent} does not exist" in line, line
    assert not db.parent.exists()
    env_db = tmp_path / "other-missing" / "x.sqlite3"
    line = _one_line_error(cli("contacts", db=None, env={"NETCOMPANION_DB": str(env_db)}))
    assert "does not exist" in line and not env_db.parent.exists()


def test_the_default_data_folder_is_still_created(cli, tmp_path):
    result = cli("contacts", "add", "Dana Whitfield", db=None, env={"NETCOMPANION_DB": None})
    assert result.code == 0, result.err
    assert list((tmp_path / "xdg").rglob("netcompanion.sqlite3"))  # $XDG_DATA_HOME/…, made for it


# --- 6. restoring a file that is not a backup at all ---------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.write_text("name,company\nDana,Contoso\n" * 20),
        lambda p: p.write_text("a,b\n"),
        lambda p: p.write_bytes(bytes(range(256)) * 19 + b"tail"),
    ],
    ids=["csv", "short-text", "binary"],
)
def test_restoring_a_file_that_is_not_a_database_says_so(cli, db_path, tmp_path, make):
    cli("contacts", "add", "Dana Whitfield")
    before = db_path.read_bytes()
    source = tmp_path / "not-a-backup.csv"
    make(source)
    line = _one_line_error(cli("restore", str(source)))
    assert "is not a NetCompanion backup" in line, line
    assert "encrypted" not in line and "integrity" not in line, line
    assert db_path.read_bytes() == before


# --- 7. help ------------------------------------------------------------------------------------------


def _subparsers(parser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.items()


def test_every_command_page_has_a_description():
    """`netcompanion log --help` (and every other command's page) says what the command does."""
    missing = []
    for name, command in _subparsers(build_parser()):
        if not command.description:
            missing.append(name)
        missing += [f"{name} {sub}" for sub, page in _subparsers(command) if not page.description]
    assert not missing, missing


def test_log_restore_check_and_followups_explain_every_argument():
    missing = []
    for name, command in _subparsers(build_parser()):
        if name not in ("log", "restore", "check", "followups"):
            continue
        pages = [(name, command), *((f"{name} {sub}", page) for sub, page in _subparsers(command))]
        for label, page in pages:
            for action in page._actions:
                if action.help is None and not isinstance(action, argparse._SubParsersAction):
                    missing.append(f"{label} {'/'.join(action.option_strings) or action.metavar}")
    assert not missing, missing


# --- 5. a damaged database ------------------------------------------------------------------------


@pytest.fixture
def damaged(db_path):
    from netcompanion.store import backup as backups
    from tests.safety.helpers import damage, demo_database

    demo_database(db_path, 200)
    made = backups.backup_now(db_path)
    damage(db_path)
    return made


def test_a_damaged_database_is_one_line_that_says_what_to_do(cli, damaged):
    for args in (("contacts",), ("today",), ("log", "1", "--channel", "call", "--outcome", "reached")):
        line = _one_line_error(cli(*args))
        assert "damaged" in line and "*** in database" not in line, line
        assert "more" in line and "netcompanion check" in line and "netcompanion restore" in line, line


def test_check_shows_every_problem_and_what_restoring_would_lose_once(cli, db_path, damaged):
    from netcompanion.store import integrity

    checked = cli("check")
    assert checked.code == 1
    problems = integrity.problem_lines(integrity.check(db_path, full=True).problems)
    assert len(problems) > 1
    for problem in problems:
        assert problem in checked.out
    assert checked.out.count("would lose") == 1, checked.out
    assert "would lose no changes" not in checked.out
    assert str(damaged) in checked.out
