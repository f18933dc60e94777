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

