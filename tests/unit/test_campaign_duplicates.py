"""A possible duplicate still to decide is one person to call, not two: `--best` takes the one more
worth calling and says whom it left out and where the pair is decided; people chosen by hand are
all kept, and the two are said to be maybe one person. Both used to go in, and the call list brought
the same person twice."""

from __future__ import annotations

from sqlalchemy import select

from netcompanion import operations
from netcompanion.store.models import CampaignMember
from tests.unit.test_import_duplicates_later import tobias_left_to_decide

DECIDE = "decide with `netcompanion import duplicates` (in the app: File → Past imports… → Possible duplicates…)"


def _members(store, name: str) -> set[int]:
    (campaign,) = [c for c in operations.list_campaigns(store) if c.name == name]
    with store.read() as session:
        return set(session.scalars(select(CampaignMember.contact_id).where(CampaignMember.campaign_id == campaign.id)))


def test_best_takes_one_of_a_pair_still_to_decide_and_says_whom_it_left_out(store, cli):
    _report, new, old = tobias_left_to_decide(store)

    made = cli("campaign", "create", "Rewarm", "--best", "40")

    assert made.code == 0, made.err
    assert old.id in _members(store, "Rewarm") and new.id not in _members(store, "Rewarm")
    assert (f"  Left out #{new.id} Tobias Brenner: may be the same person as #{old.id} Tobias Brenner, "
            f"who is in it — {DECIDE}.") in made.out.splitlines()  # fmt: skip


def test_best_keeps_the_one_of_the_pair_more_worth_calling(store, cli):
    _report, new, old = tobias_left_to_decide(store)
    assert cli("contacts", "edit", str(new.id), "--closeness", "4", "--value", "5").code == 0

    made = cli("campaign", "create", "Rewarm", "--best", "40")

    assert new.id in _members(store, "Rewarm") and old.id not in _members(store, "Rewarm")
    assert f"Left out #{old.id} Tobias Brenner: may be the same person as #{new.id} Tobias Brenner" in made.out


def test_best_leaves_out_the_other_record_of_someone_in_a_running_campaign(store, cli):
    _report, new, old = tobias_left_to_decide(store)
    cli("campaign", "create", "First", "--contacts", str(old.id))

    made = cli("campaign", "create", "Second", "--best", "40")

    assert new.id not in _members(store, "Second")
    assert f"who is in another running campaign — {DECIDE}" in made.out


def test_contacts_chosen_by_hand_stay_and_are_said_to_be_maybe_one_person(store, cli):
    _report, new, old = tobias_left_to_decide(store)

    made = cli("campaign", "create", "Chosen", "--contacts", str(old.id), str(new.id))

    assert _members(store, "Chosen") == {old.id, new.id}
    assert (f"  #{old.id} Tobias Brenner and #{new.id} Tobias Brenner may be one person, and both are in it — "
            f"{DECIDE}; a merge makes them one member.") in made.out.splitlines()  # fmt: skip


def test_once_they_are_two_people_best_takes_both(store, cli):
    _report, new, old = tobias_left_to_decide(store)
    assert cli("import", "duplicates", "--different", str(new.id), str(old.id)).code == 0

    made = cli("campaign", "create", "Rewarm", "--best", "40")

    assert {old.id, new.id} <= _members(store, "Rewarm")
    assert "Left out" not in made.out and "may be one person" not in made.out
