"""Counts in what the command line says: "1 contact", never "1 contacts" or "contact(s)"."""

from __future__ import annotations

import re

from netcompanion import operations
from netcompanion.store import open_store

ONE_OF_MANY = re.compile(r"(?<![\d,.])1 (?:past )?[a-z-]+s\b|\(s\)")  # "1 contacts", "1 past touches", "(s)"


def test_exporting_one_contact_says_one_contact(cli, tmp_path):
    cli("contacts", "add", "Solo Person")
    done = cli("export", "csv", str(tmp_path / "out.csv"))
    assert done.code == 0, done.err
    assert done.out.strip() == f"Exported 1 contact to {tmp_path / 'out.csv'}."


def test_exporting_one_calendar_entry_says_one_entry(cli, tmp_path):
    cid = cli("contacts", "add", "Solo Person", "--json").json()["id"]
    assert cli("followups", "add", str(cid), "--due", "2199-01-02").code == 0
    done = cli("export", "ics", str(tmp_path / "out.ics"))
    assert done.code == 0, done.err
    assert done.out.startswith("Exported 1 calendar entry (follow-ups and planned calls) to ")


def test_a_demo_of_one_contact_counts_in_the_singular(cli):
    done = cli("demo", "--contacts", "1")
    assert done.code == 0, done.err
    assert done.out.startswith("Demo network ready: 1 contact at 1 company, ")
    assert ONE_OF_MANY.search(done.out) is None, done.out


def test_the_demo_refusing_a_database_with_one_contact_says_one_contact(cli):
    cli("contacts", "add", "Solo Person")
    done = cli("demo")
    assert done.code == 1
    assert "already holds 1 contact;" in done.err


def test_campaign_status_after_one_call_says_one_call(cli, db_path):
    store = open_store(db_path)
    try:
        ids = [operations.add_contact(store, name=f"Person {n}", closeness=3, value=3).id for n in range(3)]
    finally:
        store.dispose()
    assert cli("campaign", "create", "Spring", "--best", "3").code == 0
    assert cli("log", str(ids[0]), "--channel", "call", "--outcome", "reached").code == 0
    done = cli("campaign", "status")
    assert done.code == 0, done.err
    assert "  1 of 1 try to reach someone got through (100%)" in done.out
    assert ONE_OF_MANY.search(done.out) is None, done.out


def test_a_cadence_of_one_day_is_every_1_day(cli):
    cid = cli("contacts", "add", "Solo Person", "--cadence", "1", "--json").json()["id"]
    shown = cli("contacts", "show", str(cid)).out
    assert "every 1 day\n" in shown
