"""Deleting an introduction or opportunity entered by mistake, and Undo putting it back whole."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from netcompanion import operations
from netcompanion.operations import NotFound
from netcompanion.store.models import FollowUp, Introduction
from tests.conftest import table_counts


def links(store, column: str) -> dict[int, tuple[int | None, str]]:
    """Every follow-up: its link through `column`, and its status."""
    with store.read() as session:
        return {f.id: (getattr(f, column), f.status) for f in session.scalars(select(FollowUp))}


@pytest.fixture
def people(store):
    return [operations.add_contact(store, name=n, company="Fabrikam").id for n in ("Ines Coach", "Omar Hire", "Lee Other")]


def test_deleting_an_introduction_takes_its_open_follow_ups_and_undo_brings_all_back(store, people):
    coach, hire, _ = people
    intro = operations.record_introduction(store, coach, hire, company="Fabrikam").record
    made = operations.advance_introduction(store, intro.id, "outcome", outcome="they hired someone else")
    assert len(made.followups_created) >= 2  # thank and inform both
    done = made.followups_created[0]
    operations.complete_followup(store, done.id)
    before, linked_before = table_counts(store), links(store, "introduction_id")

    removed = operations.remove_pursuit(store, "introduction", intro.id)
    assert removed.name == "the introduction of Omar Hire by Ines Coach"
    assert operations.list_introductions(store) == []
    after = links(store, "introduction_id")
    assert after == {done.id: (None, "done")}  # the done one stays, unlinked; the open ones are gone

    assert operations.put_back_pursuit(store, removed) == intro.id
    assert table_counts(store) == before
    assert links(store, "introduction_id") == linked_before
    (back,) = operations.list_introductions(store)
    assert (back.id, back.stage, back.outcome) == (intro.id, "outcome", "they hired someone else")


def test_deleting_an_opportunity_unlinks_introductions_toward_it_and_undo_links_them_again(store, people):
    coach, hire, other = people
    opp = operations.record_opportunity(store, "Fabrikam", "Staff engineer", contact_id=other,
                                        hiring_manager_id=hire).record  # fmt: skip
    intro = operations.record_introduction(store, coach, hire, opportunity_id=opp.id).record
    operations.advance_opportunity(store, opp.id, "turned-down")
    before = table_counts(store)

    removed = operations.remove_pursuit(store, "opportunity", opp.id)
    assert removed.name == "Staff engineer at Fabrikam"
    assert operations.list_opportunities(store) == []
    with store.read() as session:
        assert session.get(Introduction, intro.id).opportunity_id is None
    with pytest.raises(NotFound, match="deleted already"):
        operations.remove_pursuit(store, "opportunity", opp.id)

    operations.put_back_pursuit(store, removed)
    assert table_counts(store) == before
    (back,) = operations.list_opportunities(store)
    assert (back.id, back.title, back.stage, back.hiring_manager_id) == (opp.id, "Staff engineer", "turned-down", hire)
    with store.read() as session:
        assert session.get(Introduction, intro.id).opportunity_id == opp.id


def test_an_introduction_whose_person_was_forgotten_is_not_put_back_and_nothing_is_written(store, people):
    coach, hire, _ = people
    intro = operations.record_introduction(store, coach, hire).record
    removed = operations.remove_pursuit(store, "introduction", intro.id)
    operations.delete_contact(store, coach)
    operations.forget_contact(store, coach)
    before = table_counts(store)
    with pytest.raises(NotFound, match="no longer in your contacts"):
        operations.put_back_pursuit(store, removed)
    assert table_counts(store) == before


def test_an_introduction_whose_company_went_meanwhile_comes_back_without_it(store, people):
    """The company came with an import that was undone since: the put-back failed on its foreign key."""
    coach, hire, _ = people
    intro = operations.record_introduction(store, coach, hire, company="Northwind").record
    removed = operations.remove_pursuit(store, "introduction", intro.id)
    with store.write() as session:
        session.execute(text("DELETE FROM companies WHERE name = 'Northwind'"))
    assert operations.put_back_pursuit(store, removed) == intro.id
    (back,) = operations.list_introductions(store)
    assert (back.introducer_id, back.introduced_id, back.company) == (coach, hire, "")
