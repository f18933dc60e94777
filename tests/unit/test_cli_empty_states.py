"""An empty list says so in one line, with what to do next, instead of a bare header row;
--json stays an empty list."""

from __future__ import annotations

import pytest

EMPTY = {
    ("contacts",): "No contacts yet: import your LinkedIn connections (`netcompanion import linkedin "
    "Connections.csv`) or add one (`netcompanion contacts add NAME`).",
    ("followups",): "No open follow-ups: add one with `netcompanion followups add CONTACT_ID --due YYYY-MM-DD`; "
    "logging a touch (`netcompanion log CONTACT_ID …`) plans them as well.",
    ("introductions",): "No introductions yet: when someone introduces you to someone, note it with "
    "`netcompanion introductions add INTRODUCER_ID INTRODUCED_ID`.",
    ("opportunities",): "No opportunities yet: note a lead with `netcompanion opportunities add COMPANY TITLE`.",
    ("campaign", "list"): "No campaigns yet: start one with `netcompanion campaign create NAME --best N` "
    "(your N best cold contacts, 10 calls a working day).",
    ("import", "list"): "No imports yet: bring in your LinkedIn connections with `netcompanion import linkedin "
    "Connections.csv` (or an address book: google, outlook or vcard).",
    ("reminders", "planned"): "Nothing planned for the next 14 days: reminders come from follow-ups, the end of a cooldown and "
    "campaign days; add a follow-up with `netcompanion followups add CONTACT_ID --due YYYY-MM-DD`.",
    ("reminders", "history"): "No notifications shown yet; `netcompanion reminders planned` says what is coming.",
}


@pytest.mark.parametrize("command", list(EMPTY), ids=" ".join)
def test_an_empty_list_says_there_is_nothing_yet_and_what_to_do(cli, command):
    done = cli(*command)
    assert (done.code, done.err) == (0, "")
    assert done.out == EMPTY[command] + "\n"
    as_json = cli(*command, "--json")
    assert as_json.code == 0 and as_json.json() == []


def test_contacts_say_why_none_are_shown_when_there_are_some(cli):
    cid = str(cli("contacts", "add", "Dana Whitfield", "--json").json()["id"])
    missed = cli("contacts", "--search", "zed")
    assert missed.out == "No contacts match “zed”; `--archived` looks among archived contacts too.\n"
    assert cli("contacts", "--search", "zed", "--archived").out == "No contacts match “zed”.\n"
    assert cli("contacts", "edit", cid, "--archived").code == 0
    assert cli("contacts").out == (
        "No contacts to show: every one is archived (`netcompanion contacts --archived` lists them).\n"
    )
    assert cli("favours", "list", cid).out == (
        f"No favours noted for #{cid} Dana Whitfield yet: `netcompanion favours add KIND --contact {cid}` notes one.\n"
    )
    assert cli("introductions", "--contact", cid).out == f"No introductions made or received by #{cid} Dana Whitfield yet.\n"
    assert cli("followups", "--date", "2026-12-01").out == (
        "No follow-ups due by 2026-12-01; `netcompanion followups` lists every open one.\n"
    )


def test_exporting_an_empty_network_says_what_the_file_holds_or_why_none_was_written(cli, tmp_path):
    csv_done = cli("export", "csv", str(tmp_path / "contacts.csv"))
    assert csv_done.code == 0 and csv_done.out == (
        f"Exported 0 contacts to {tmp_path / 'contacts.csv'}. There are no contacts yet, so it holds only the "
        "column names.\n"
    )
    assert (tmp_path / "contacts.csv").read_text(encoding="utf-8-sig").count("\n") == 1
    ics_done = cli("export", "ics", str(tmp_path / "calls.ics"))
    assert ics_done.code == 1 and ics_done.out == "" and ics_done.err.count("\n") == 1
    assert "no open follow-ups and no campaign calls planned" in ics_done.err
    assert "calendar apps refuse a calendar file without entries, so nothing was written" in ics_done.err
    assert not (tmp_path / "calls.ics").exists()


def test_a_round_with_nobody_warm_says_so_and_how_people_get_there(cli):
    cli("contacts", "add", "Dana Whitfield")  # cold: not in the round
    done = cli("round", "--date", "2026-11-20")
    assert (done.code, done.err) == (0, "")
    assert done.out == (
        "Personal round Q4 2026 (2026-10-01 – 2026-12-31): nobody to write to yet: the round is for your warm "
        "and engaged contacts (not archived or parked), and you have none. Someone becomes warm after a meeting, "
        "or a call they were thrilled about, once you are back in touch (`netcompanion log ID …`), or when you say "
        "so (`netcompanion contacts edit ID --stage warm`).\n"
    )
    assert cli("round", "--date", "2026-11-20", "--json").json()["items"] == []


def test_campaign_status_with_no_contacts_points_to_importing_them_first(cli):
    done = cli("campaign", "status")
    assert done.code == 1 and done.out == ""
    assert done.err == (
        "netcompanion: error: There is no campaign, and no contacts to run one with yet: import your LinkedIn "
        "connections (`netcompanion import linkedin FILE`) or try the demo network (`netcompanion demo`) first.\n"
    )
    cli("contacts", "add", "Dana Whitfield")
    assert 'start one with "campaign create NAME --best 250"' in cli("campaign", "status").err
