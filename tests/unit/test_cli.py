"""The command line through its real entry point (`netcompanion` as a separate process)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from netcompanion import __version__


def _rows(db_path, table: str) -> int:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_version(cli):
    result = cli("--version", db=None)
    assert result.code == 0 and result.out.strip() == f"netcompanion {__version__}"


def test_python_dash_m_is_the_same_program(tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "netcompanion", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == f"netcompanion {__version__}"


def test_add_show_search_contacts_as_json(cli):
    added = cli("contacts", "add", "Dana Whitfield", "--company", "Contoso", "--title", "CTO",
                "--email", "dana@example.com", "--linkedin", "https://linkedin.com/in/dana/", "--json").json()  # fmt: skip
    cli("contacts", "add", "Sam Ortiz", "--company", "Fabrikam")
    listed = cli("contacts", "--search", "contoso", "--json").json()
    assert [c["id"] for c in listed] == [added["id"]]
    entry = listed[0]
    for key in ("id", "name", "company", "title", "linkedin_url", "emails", "stage", "last_interaction"):
        assert key in entry
    assert entry["name"] == "Dana Whitfield" and entry["emails"] == ["dana@example.com"]
    assert entry["linkedin_url"] == "https://www.linkedin.com/in/dana" and entry["last_interaction"] is None
    shown = cli("contacts", "show", str(added["id"]))
    assert "Dana Whitfield" in shown.out and "Contoso" in shown.out
    assert len(cli("contacts", "--json").json()) == 2


def test_log_prints_nudges_and_created_followups(cli):
    cid = cli("contacts", "add", "Dana Whitfield", "--json").json()["id"]
    text = cli("log", str(cid), "--channel", "call", "--outcome", "no-answer")
    assert text.code == 0 and "Give Dana some room" in text.out
    logged = cli("log", str(cid), "--channel", "meeting", "--outcome", "reached", "--asked-advice",
                 "--mood", "thrilled", "--note", "Coffee at the station", "--json").json()  # fmt: skip
    assert {"nudges", "followups_created"} <= set(logged)
    assert {f["kind"] for f in logged["followups_created"]} == {"thank-you", "next-step"}
    assert all(n["message"] for n in logged["nudges"])
    contact = cli("contacts", "--json").json()[0]
    assert contact["last_interaction"] is not None


def test_followups_add_list_done_snooze(cli):
    cid = cli("contacts", "add", "Dana Whitfield", "--json").json()["id"]
    overdue = dt.date.today() - dt.timedelta(days=30)  # a new follow-up can be due up to a year back
    first = cli(
        "followups", "add", str(cid), "--due", overdue.isoformat(), "--at", "09:30", "--note", "Send deck", "--json"
    ).json()
    second = cli(
        "followups", "add", str(cid), "--due", "2099-01-01", "--kind", "keep-in-touch", "--json"
    ).json()
    listed = cli("followups", "--json").json()
    assert [f["id"] for f in listed] == [first["id"], second["id"]]
    for key in ("id", "contact_id", "kind", "due"):
        assert key in listed[0]
    by = (overdue + dt.timedelta(days=3)).isoformat()
    assert [f["id"] for f in cli("followups", "--date", by, "--json").json()] == [first["id"]]
    assert cli("followups", "snooze", str(second["id"]), "--until", "2099-02-01").code == 0
    assert cli("followups", "done", str(first["id"])).code == 0
    remaining = cli("followups", "--json").json()
    assert [(f["id"], f["status"]) for f in remaining] == [(second["id"], "snoozed")]
    # The day the list shows is in the JSON too: the end of the snooze, next to the day it was due.
    assert (remaining[0]["due"], remaining[0]["comes_up"]) == ("2099-01-01", "2099-02-01")
    assert cli("followups").out.count("2099-02-01") == 1


def test_errors_are_one_line_on_stderr_nonzero_and_write_nothing(cli, db_path):
    cid = cli("contacts", "add", "Dana Whitfield", "--json").json()["id"]
    before = (_rows(db_path, "contacts"), _rows(db_path, "interactions"), _rows(db_path, "followups"))
    for args in (
        ("log", "999", "--channel", "call", "--outcome", "reached"),
        ("log", str(cid), "--channel", "call", "--outcome", "no-answer", "--mood", "thrilled"),
        ("contacts", "add", "Dana Twin", "--email", "not-an-email"),
        ("followups", "done", "12345"),
    ):
        result = cli(*args)
        assert result.code != 0, args
        assert result.out == ""
        lines = result.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("netcompanion: error:"), result.err
        assert "Traceback" not in result.err
    assert (_rows(db_path, "contacts"), _rows(db_path, "interactions"), _rows(db_path, "followups")) == before


def test_bad_arguments_are_refused_before_anything_opens(cli, db_path):
    result = cli("followups", "add", "1", "--due", "next tuesday")
    assert result.code == 2 and "is not a date like 2026-11-23" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not db_path.exists()


def test_db_location_from_the_environment(cli, tmp_path):
    target = tmp_path / "elsewhere.sqlite3"
    assert cli("contacts", "add", "Env Person", db=None, env={"NETCOMPANION_DB": str(target)}).code == 0
    assert _rows(target, "contacts") == 1


def test_demo_fills_an_empty_database_once(cli, db_path):
    result = cli("demo", "--contacts", "150", "--json")
    assert result.code == 0 and result.json()["contacts"] == 150
    assert _rows(db_path, "contacts") == 150
    again = cli("demo", "--contacts", "10")
    assert again.code == 1 and "already holds 150 contacts" in again.err
    assert _rows(db_path, "contacts") == 150


def test_newer_database_is_refused_with_a_clear_message(cli, db_path):
    cli("contacts", "add", "Dana Whitfield")
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    result = cli("contacts")
    assert result.code == 1 and "newer version of NetCompanion" in result.err


def test_contacts_show_tells_what_is_open_and_the_latest_touches_not_a_cooldown_that_ended(cli, store):
    import datetime as dt

    from netcompanion import clock, operations

    today = clock.today()
    kim = operations.add_contact(store, name="Kim Park", stage="cold").id
    operations.log_touch(store, kim, channel="call", outcome="no-answer", when=today - dt.timedelta(days=30))
    operations.log_touch(store, kim, channel="email", outcome="replied", notes="Said yes to coffee")
    operations.add_followup(store, kim, due=today + dt.timedelta(days=3), kind="send-promised", note="the deck")

    shown = cli("contacts", "show", str(kim)).out

    assert "cooldown" not in shown  # the one after the call in October ended long ago
    assert f"no job talk:    until {operations.get_contact(store, kim).no_ask_until}" in shown
    assert "promise to keep — the deck" in shown
    assert f"touch:          {today.isoformat()} email, replied — Said yes to coffee" in shown


def test_contacts_show_gives_the_start_of_long_notes_and_keeps_what_follows_in_view(cli, store):
    from netcompanion import clock, operations

    notes = "\n".join(f"{n}: met at the meetup, talked about the data team" for n in range(1, 41))
    kim = operations.add_contact(store, name="Kim Park", notes=notes).id
    operations.add_followup(store, kim, due=clock.today(), note="send the deck")

    shown = cli("contacts", "show", str(kim)).out.splitlines()

    at = shown.index("  notes:          1: met at the meetup, talked about the data team")
    assert shown[at + 1 : at + 7] == [
        *(f"                  {n}: met at the meetup, talked about the data team" for n in range(2, 7)),
        "                  … 34 more lines (--json shows the notes whole)",
    ]
    assert any("send the deck" in line for line in shown[at + 7 :])
    assert cli("contacts", "show", str(kim), "--json").json()["notes"] == notes
