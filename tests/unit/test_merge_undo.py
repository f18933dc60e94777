"""Taking back a merge: two different Alex Morgans joined by mistake become two again, each with
their own history, and the kept one's details as they were — on a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from sqlalchemy import select

from netcompanion import operations as ops
from netcompanion.operations import NotFound, ValidationError
from netcompanion.operations.merge import MOVED
from netcompanion.store.models import Base, ContactEvent, ContactMerge, NotificationRecord
from tests.conftest import FIXTURES, campaign_started_on

BEFORE = dt.datetime(2026, 11, 20, 9, 0).astimezone()
MERGED = dt.datetime(2026, 11, 23, 10, 0).astimezone()
TAKEN_BACK = dt.datetime(2026, 11, 24, 16, 0).astimezone()
# Bookkeeping a move stamps on the rows it moves (not the two people's own): compared apart.
STAMPED_WHEN_MOVED = {"introductions": "updated_at", "opportunities": "updated_at"}


def everything(store, people: set[int]) -> dict[str, list[tuple]]:
    """Every row of every table, as comparable tuples; what a move stamps on rows not of `people`
    left out (see above)."""
    found = {}
    with store.read() as session:
        for name, table in Base.metadata.tables.items():
            columns = list(table.c)
            if name in STAMPED_WHEN_MOVED:
                columns = [c for c in columns if c.key != STAMPED_WHEN_MOVED[name]]
            rows = [r._asdict() for r in session.execute(select(*columns))]
            if name == "contacts":
                rows = [r if r["id"] in people else {**r, "updated_at": None} for r in rows]
            found[name] = sorted((tuple(r.items()) for r in rows), key=repr)
    return found


@pytest.fixture
def two_alexes(store):
    """Two different Alex Morgans, each with a history of their own, one of them with much about
    them: tries, a follow-up, a favour, an opportunity, introductions, a referral, a job change,
    campaigns, a notification — and a record merged into them before."""
    with time_machine.travel(BEFORE, tick=False):
        ravi = ops.add_contact(store, name="Ravi Patel", company="Fabrikam").id
        keep = ops.add_contact(store, name="Alex Morgan", company="Contoso", emails=["alex@contoso.com"],
                               phones=["+1 555 0100"], tags=["client"], closeness=3, notes="Runs the Contoso team.").id  # fmt: skip
        other = ops.add_contact(store, name="Alex Morgan", emails=["alex@greenloop.org", "alex@contoso.com"],
                                phones=["+44 20 7946 0018"], tags=["friend"], value=5, title="Founder",
                                linkedin_url="https://www.linkedin.com/in/alexmorgan-gl", referred_by_id=ravi,
                                notes="Met at the climbing gym.").id  # fmt: skip
        older = ops.add_contact(store, name="A. Morgan", emails=["am@greenloop.org"]).id
        referral = ops.add_contact(store, name="Ines Moreau", referred_by_id=other).id
        for days in (9, 18):
            ops.log_touch(store, other, channel="call", outcome="no-answer", when=BEFORE.date() - dt.timedelta(days=days))
        ops.log_touch(store, keep, channel="meeting", outcome="reached", mood="thrilled", when=BEFORE.date())
        ops.add_followup(store, other, due=dt.date(2026, 12, 2), note="Send the route map")
        ops.log_favour(store, "advice", contact_id=other, other_contact_id=keep, day=BEFORE.date())
        ops.record_opportunity(store, "Green Loop", "Head of partnerships", contact_id=other, hiring_manager_id=keep)
        between = ops.record_introduction(store, other, keep, stage="connected").record
        ops.advance_introduction(store, between.id, "message-relayed")
        ops.record_introduction(store, ravi, other, company="Green Loop")
        campaign_started_on(store, BEFORE.date(), "Spring", contact_ids=[keep, other])
        campaign_started_on(store, BEFORE.date(), "Climbers", contact_ids=[other, ravi])
        with store.write() as session:
            session.add(ContactEvent(contact_id=other, kind="job-change", occurred_on=BEFORE.date(),
                                     summary="Alex Morgan is now Founder at Green Loop"))  # fmt: skip
            session.add(NotificationRecord(shown_at=BEFORE, title="Follow up with Alex Morgan", contact_id=other))
        ops.merge_contacts(store, other, older)  # an earlier merge into the record that will be folded in
    return keep, other, older, referral


def test_taking_a_merge_back_puts_both_people_back_exactly_as_they_were(store, two_alexes):
    keep, other, _older, _referral = two_alexes
    before = everything(store, {keep, other})

    with time_machine.travel(MERGED, tick=False):
        merged = ops.merge_contacts(store, keep, other)
        assert merged.emails == ("alex@contoso.com", "alex@greenloop.org", "am@greenloop.org")
        assert everything(store, {keep, other}) != before
    with time_machine.travel(TAKEN_BACK, tick=False):
        kept, back = ops.unmerge_contacts(store, keep, other)

    assert (kept.id, back.id) == (keep, other)
    assert back.linkedin_url == "https://www.linkedin.com/in/alexmorgan-gl" and back.tags == ("friend",)
    assert kept.emails == ("alex@contoso.com",) and kept.company == "Contoso"
    assert everything(store, {keep, other}) == before


def test_the_merge_before_it_can_be_taken_back_next_in_turn(store, two_alexes):
    keep, other, older, _referral = two_alexes
    with time_machine.travel(MERGED, tick=False):
        ops.merge_contacts(store, keep, other)
        with pytest.raises(ValidationError, match=f"#{other} was merged into #{keep} since: take that merge back"):
            ops.unmerge_contacts(store, other, older)
        ops.unmerge_contacts(store, keep, other)
        _, again = ops.unmerge_contacts(store, other, older)
    assert again.emails == ("am@greenloop.org",)
    assert ops.get_contact(store, other).emails == ("alex@greenloop.org", "alex@contoso.com")


def test_what_happened_since_the_merge_stays_with_the_kept_contact(store, two_alexes):
    """A touch logged and a note typed after the merge are the kept contact's: taking the merge
    back leaves them there, and the other record gets back only what was its own."""
    keep, other, _older, _referral = two_alexes
    other_before = ops.get_contact(store, other)
    with time_machine.travel(MERGED, tick=False):
        ops.merge_contacts(store, keep, other)
        since = ops.log_touch(store, keep, channel="email", outcome="replied", when=MERGED.date())
        ops.edit_contact(store, keep, notes="Both Alexes: the Contoso one.")
        kept, back = ops.unmerge_contacts(store, keep, other)

    assert kept.notes == "Both Alexes: the Contoso one."
    assert since.interaction.id in {i.id for i in ops.list_interactions(store, keep)}
    assert [i.channel for i in ops.list_interactions(store, other)] == ["call", "call"]
    assert back == other_before


def test_a_merge_that_is_not_there_is_refused_and_changes_nothing(store, two_alexes):
    keep, other, older, _referral = two_alexes
    with pytest.raises(NotFound, match=f"no merge of #{keep} into #{other}"):
        ops.unmerge_contacts(store, other, keep)
    with time_machine.travel(MERGED, tick=False):
        ops.merge_contacts(store, keep, other)
        ops.delete_contacts(store, [keep])
        with pytest.raises(NotFound, match="in the trash: restore them from the trash first"):
            ops.unmerge_contacts(store, keep, other)
        ops.restore_contacts(store, [keep])
        ops.unmerge_contacts(store, keep, other)
        with pytest.raises(NotFound, match="to take back"):
            ops.unmerge_contacts(store, keep, other)  # once


def test_forgetting_the_kept_contact_forgets_what_the_merge_kept_of_the_other(store, two_alexes):
    keep, other, _older, _referral = two_alexes
    ops.merge_contacts(store, keep, other)
    ops.delete_contacts(store, [keep])
    ops.forget_contact(store, keep)
    with store.read() as session:
        assert session.scalars(select(ContactMerge)).all() == []


def test_the_command_line_takes_a_merge_back(store, cli, two_alexes):
    keep, other, _older, _referral = two_alexes
    merged = cli("contacts", "merge", str(keep), str(other))
    assert merged.code == 0
    assert f"`netcompanion contacts unmerge {keep} {other}` takes it back" in merged.out

    done = cli("contacts", "unmerge", str(keep), str(other))

    assert done.code == 0, done.err
    assert done.out == (f"Took the merge back: #{other} Alex Morgan is a contact of their own again, with their"
                        f" own history, beside #{keep} Alex Morgan.\n")  # fmt: skip
    assert cli("contacts", "show", str(other), "--json").json()["title"] == "Founder"
    again = cli("contacts", "unmerge", str(keep), str(other))
    assert again.code != 0 and "There is no merge" in again.err


def test_after_a_merge_taken_back_the_import_is_undone_as_if_there_had_been_no_merge(store):
    ops.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    report = ops.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    (offered,) = [d for d in report.possible_duplicates if d.incoming_name.startswith("Tobias")]
    (new,) = [c.id for c in ops.find_contacts(store, "Tobias Brenner") if c.id != offered.contact_id]
    before = everything(store, {offered.contact_id, new})
    with time_machine.travel(MERGED, tick=False):
        ops.merge_contacts(store, new, offered.contact_id)  # "Keep the new one"
        ops.unmerge_contacts(store, new, offered.contact_id)
    assert everything(store, {offered.contact_id, new}) == before

    ops.undo_import(store, report.batch_id)

    assert [c.id for c in ops.find_contacts(store, "Tobias Brenner")] == [offered.contact_id]


def test_everything_that_refers_to_a_contact_is_moved_by_a_merge_or_kept_to_put_back():
    """A reference to a contact added to the schema later must be dealt with by merges (and their
    undo) too, or a merge would lose it: the database would cascade or clear it."""
    references = {
        (table.name, key.parent.name)
        for table in Base.metadata.tables.values()
        for key in table.foreign_keys
        if key.column.table.name == "contacts"
    }
    apart = {("contact_emails", "contact_id"), ("contact_phones", "contact_id"), ("contact_tags", "contact_id"),
             ("campaign_members", "contact_id"), ("contact_merges", "contact_id")}  # fmt: skip
    assert references == {(model.__tablename__, column.key) for model, column in MOVED} | apart
