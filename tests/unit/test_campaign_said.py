"""What creating or filling a campaign tells beyond its status: fewer members than asked for, and
people already in another running campaign."""

from __future__ import annotations

from netcompanion import operations


def test_asking_for_more_cold_contacts_than_are_free_says_how_many_it_took(store, cli):
    for n in range(3):
        operations.add_contact(store, name=f"Cold {n}")

    status = operations.create_campaign(store, "Spring", best=500)

    assert status.members == 3
    assert status.notes[0] == (
        "Only 3 cold contacts were free to add (not parked, archived or in another running campaign), "
        "so it has 3, not 500."
    )
    again = cli("campaign", "create", "Summer", "--best", "10")
    assert "No cold contact was free to add (the best 10 were asked for)" in again.out


def test_adding_someone_from_another_running_campaign_says_so(store, cli):
    ana = operations.add_contact(store, name="Ana Silva").id
    bo = operations.add_contact(store, name="Bo Chen").id
    operations.create_campaign(store, "Alpha", contact_ids=[ana])

    status = operations.add_or_start_campaign(store, "Beta", [ana, bo])

    assert status.members == 2
    assert status.notes[0] == (
        "Ana Silva (“Alpha”) is in another running campaign too: the call list still has each person once a "
        "day, with both campaigns among the reasons."
    )
    shown = cli("campaign", "add", "Alpha", str(bo)).out
    assert "Bo Chen (“Beta”) is in another running campaign too" in shown
    # A status read later is only the status.
    assert not any("another running campaign" in n for n in operations.campaign_status(store, "Alpha").notes)


def test_two_records_of_one_name_in_another_campaign_are_told_apart(store):
    """Two records both named Tobias Brenner in "Alpha" read as one person in three campaigns:
    "Tobias Brenner (“Alpha”, “Alpha”)"."""
    one = operations.add_contact(store, name="Tobias Brenner", company="Contoso").id
    two = operations.add_contact(store, name="Tobias Brenner", company="Fabrikam").id
    operations.create_campaign(store, "Alpha", contact_ids=[one, two])

    status = operations.create_campaign(store, "Beta", contact_ids=[one, two])

    said = [n for n in status.notes if "another running campaign too" in n]
    assert [n.split(" are in")[0] for n in said] == [f"#{one} Tobias Brenner (“Alpha”), #{two} Tobias Brenner (“Alpha”)"]


def test_status_without_a_name_says_which_other_campaigns_run(store, cli):
    for name in ("First", "Second", "Third"):
        operations.create_campaign(store, name, contact_ids=[operations.add_contact(store, name=f"{name} Person").id])

    shown = cli("campaign", "status").out

    assert shown.startswith("Campaign “Third”")
    assert "Also running: “First”, “Second” — `netcompanion campaign status NAME` shows one of them." in shown
    assert "Also running" not in cli("campaign", "status", "First").out
