"""`today` with nobody left to call says why, as Today's empty page does (operations.quiet_day)."""

from __future__ import annotations

from netcompanion import operations
from netcompanion.store import open_store
from tests.conftest import FIXTURES


def test_a_day_whose_quota_is_called_says_well_done(cli, db_path):
    store = open_store(db_path)
    try:
        ids = [operations.add_contact(store, name=f"Person {n}", closeness=4, value=4).id for n in range(14)]
        quota = operations.get_settings(store).daily_quota
        for contact_id in ids[:quota]:
            operations.log_touch(store, contact_id, channel="call", outcome="reached")
    finally:
        store.dispose()
    done = cli("today")
    assert done.code == 0, done.err
    assert done.out.startswith(f"That's today's {quota} calls — well done.\nYou're done for today.")
    assert "breathing room" not in done.out


def test_a_fresh_cold_network_without_a_campaign_says_how_to_start_one(cli):
    assert cli("import", "linkedin", str(FIXTURES / "linkedin_connections_2024.csv")).code == 0
    done = cli("today")
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[0] == "Nobody is due today."
    assert "no campaign is running" in lines[1]
    assert lines[2] == "Start one with your 23 cold contacts: `netcompanion campaign create NAME --best 23 --quota 10`."
    assert "contacts edit ID --closeness" in lines[3]
    assert "breathing room" not in done.out



def test_a_complete_campaign_is_named_with_how_to_end_it_not_called_no_campaign(cli):
    """Everyone in "Spring" reached: the campaign page said Complete, while `today` said no campaign was
    running and offered to start one."""
    ids = [str(cli("contacts", "add", name, "--json").json()["id"]) for name in ("Ada Byron", "Ben Crane", "Cy Dorn")]
    assert cli("campaign", "create", "Spring", "--contacts", *ids[:2]).code == 0
    for contact_id in ids[:2]:
        assert cli("log", contact_id, "--channel", "call", "--outcome", "reached").code == 0
    for followup in cli("followups", "--json").json():  # the thank-yous those calls planned: done
        assert cli("followups", "done", str(followup["id"])).code == 0
    done = cli("today")
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert "no campaign is running" not in done.out
    assert lines[1].startswith("Your campaign “Spring” is complete: everyone in it was reached or let go")
    assert lines[2] == ("End it with `netcompanion campaign end 'Spring'`, or add people with "
                        "`netcompanion campaign add 'Spring' ID…`.")  # fmt: skip

    assert cli("campaign", "end", "Spring").code == 0  # ended: now a new one is offered, with Cy
    assert "Start one with your 1 cold contact" in cli("today").out


def test_a_campaign_with_nobody_in_it_yet_is_named_not_called_no_campaign(cli):
    """"Spring" created by name only (or with --best when nobody cold was free): `today` said no campaign
    was running and offered to start another."""
    cli("contacts", "add", "Ada Byron")
    assert cli("campaign", "create", "Spring").code == 0

    said = cli("today")

    assert said.code == 0, said.err
    assert "no campaign is running" not in said.out and "Start one" not in said.out
    lines = said.out.splitlines()
    assert lines[1] == ("Your campaign “Spring” has nobody in it yet, so it puts no one on this list. Add people "
                        "to it and they come up here, a few each working day.")  # fmt: skip
    assert lines[2] == "Add people with `netcompanion campaign add 'Spring' ID…`."
