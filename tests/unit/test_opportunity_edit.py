"""Changing an opportunity's company, opening, people or notes after it was recorded: one
transaction, checked like recording it (rule 5 warns; an empty opening or company is refused)."""

from __future__ import annotations

import datetime as dt

import pytest

from netcompanion import operations as ops
from netcompanion.operations import NotFound, ValidationError
from netcompanion.operations.pursuits import edit_opportunity
from netcompanion.operations.results import OpportunityView
from tests.conftest import table_counts

TODAY = dt.date(2026, 11, 23)


pytestmark = pytest.mark.usefixtures("monday_morning")  # dana and omar: tests/unit/conftest.py


# ---- opportunities --------------------------------------------------------------------------------
def test_a_new_hiring_manager_gets_the_feedback_meeting_after_a_turndown(store, dana, omar):
    first = ops.add_contact(store, name="Hana Sato", company="Fabrikam")
    opp = ops.record_opportunity(store, "Fabrikam", "Staff Engineer", hiring_manager_id=first.id).record
    edited = edit_opportunity(store, opp.id, hiring_manager_id=omar.id, contact_id=dana.id)
    assert (edited.record.hiring_manager_id, edited.record.contact_id) == (omar.id, dana.id)
    assert (edited.record.title, edited.record.company, edited.nudges) == ("Staff Engineer", "Fabrikam", ())
    result = ops.advance_opportunity(store, opp.id, "turned-down")
    kinds = sorted((f.kind, f.contact_id) for f in result.followups_created)
    assert kinds == [("close-the-loop", dana.id), ("feedback-meeting", omar.id)]
    assert ops.list_followups(store, contact_id=first.id) == []


def test_only_what_is_given_changes_and_none_takes_a_person_off(store, dana, omar):
    opp = ops.record_opportunity(
        store, "Fabrikam", "Staff Engineer", contact_id=dana.id, hiring_manager_id=omar.id, notes="via the meetup"
    ).record  # fmt: skip
    edited = edit_opportunity(store, opp.id, contact_id=None).record
    assert edited == OpportunityView(opp.id, "Fabrikam", "Staff Engineer", "exploring", None, omar.id, "via the meetup")
    moved = edit_opportunity(store, opp.id, company="  Northwind  Traders ", title=" Principal   Engineer ",
                             notes="they called back").record  # fmt: skip
    assert (moved.company, moved.title, moved.notes) == ("Northwind Traders", "Principal Engineer", "they called back")
    assert (moved.stage, moved.hiring_manager_id) == ("exploring", omar.id)
    assert [(o.company, o.title) for o in ops.list_opportunities(store)] == [("Northwind Traders", "Principal Engineer")]


def test_moving_onto_an_opening_already_pursued_warns_like_recording_it(store, dana, omar):
    ops.record_opportunity(store, "Fabrikam", "Staff Engineer", contact_id=dana.id)
    other = ops.record_opportunity(store, "Contoso", "Staff Engineer", contact_id=omar.id).record
    assert edit_opportunity(store, other.id, notes="spoke to the recruiter").nudges == ()
    moved = edit_opportunity(store, other.id, company="fabrikam")
    assert [n.rule for n in moved.nudges] == ["avoid-competition"]
    assert moved.nudges[0].message == ops.record_opportunity(store, "Fabrikam", "Staff Engineer").nudges[0].message
    assert moved.record.company == "Fabrikam"  # a warning, never a block
    # Saved again without moving (its people changed), it does not warn a second time.
    assert edit_opportunity(store, other.id, company="Fabrikam", title="Staff Engineer", contact_id=None).nudges == ()


def test_an_opening_no_longer_pursued_competes_with_nobody(store, dana, omar):
    ops.record_opportunity(store, "Fabrikam", "Staff Engineer", contact_id=dana.id)
    old = ops.record_opportunity(store, "Fabrikam", "Architect", contact_id=omar.id).record
    ops.advance_opportunity(store, old.id, "turned-down")
    assert edit_opportunity(store, old.id, title="staff engineer").nudges == ()


def test_an_empty_opening_or_company_is_refused_in_one_sentence_and_nothing_changes(store, dana):
    opp = ops.record_opportunity(store, "Fabrikam", "Staff Engineer", contact_id=dana.id).record
    before = table_counts(store)
    with pytest.raises(ValidationError, match=r'^An opportunity needs a title, e\.g\. "Data engineer"\.$'):
        edit_opportunity(store, opp.id, title="   ", company="Northwind")
    with pytest.raises(ValidationError, match=r"^An opportunity needs a company\.$"):
        edit_opportunity(store, opp.id, company=" ", contact_id=None)
    with pytest.raises(NotFound, match="no contact #999"):
        edit_opportunity(store, opp.id, title="Architect", hiring_manager_id=999)
    with pytest.raises(NotFound, match="no opportunity #999"):
        edit_opportunity(store, 999, title="Architect")
    assert table_counts(store) == before
    assert ops.list_opportunities(store) == [opp]
