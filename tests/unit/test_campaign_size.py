"""Large campaigns: more people than a campaign holds is refused first; adding many checks each of them."""

from __future__ import annotations

import pytest

from netcompanion import operations
from netcompanion.operations import NotFound, ValidationError
from netcompanion.operations import campaigns as campaign_operations


def _people(store, *names: str) -> list[int]:
    return [operations.add_contact(store, name=name).id for name in names]


def test_more_people_than_a_campaign_holds_is_refused_before_anything_else(store, monkeypatch):
    """Asking for too many used to go through everyone first: an archived one among them was named,
    and only once that was dealt with came the limit (after seconds, at 10,000 people)."""
    monkeypatch.setattr(campaign_operations, "MAX_MEMBERS", 3)
    ann, ben, cy, di = _people(store, "Ann Ash", "Ben Birch", "Cy Cedar", "Di Dune")
    operations.archive_contacts(store, [ann])
    operations.create_campaign(store, "Spring", contact_ids=[ben, cy])

    for ask in (
        lambda: operations.add_or_start_campaign(store, "Spring", [ann, ben, cy, di]),
        lambda: operations.add_or_start_campaign(store, "Summer", [ann, ben, cy, di]),
    ):
        with pytest.raises(ValidationError, match="A campaign holds at most 3 contacts; pick the ones that matter"):
            ask()
    assert [(c.name, c.members) for c in operations.list_campaigns(store)] == [("Spring", 2)]
    # Those already in it count once: two more fit, the archived one is then named.
    with pytest.raises(ValidationError, match=rf"Contact #{ann} \(Ann Ash\) is archived; restore them first"):
        operations.add_or_start_campaign(store, "Spring", [ben, ann])


def test_adding_many_refuses_anyone_archived_in_the_trash_or_unknown_and_adds_nobody(store):
    ann, ben, cy, di = _people(store, "Ann Ash", "Ben Birch", "Cy Cedar", "Di Dune")
    operations.create_campaign(store, "Spring", contact_ids=[ann])
    operations.archive_contacts(store, [ben])
    operations.delete_contacts(store, [cy])
    for ids, refusal in (
        ([di, ben], rf"Contact #{ben} \(Ben Birch\) is archived"),
        ([di, cy], rf"Contact #{cy} \(Cy Cedar\) is in the trash: restore them from the trash first"),
        ([di, 99_999], "There is no contact #99999"),
    ):
        with pytest.raises((ValidationError, NotFound), match=refusal):
            operations.add_to_campaign(store, "Spring", ids)
    assert operations.campaign_status(store, "Spring").members == 1

    # Again and in any order: each one once, after those already in it.
    assert operations.add_to_campaign(store, "Spring", [di, ann, di]).members == 2
