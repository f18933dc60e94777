"""Taking back a favour logged by mistake, and putting it back (Undo): one transaction each, on a
real SQLite file; the people it was for and "Someone you could help" follow."""

from __future__ import annotations

import datetime as dt

import pytest

from netcompanion import operations as ops
from netcompanion.operations import NotFound
from netcompanion.operations.pursuits import put_back_favour, remove_favour
from tests.conftest import table_counts

TODAY = dt.date(2026, 11, 23)


pytestmark = pytest.mark.usefixtures("monday_morning")  # dana and omar: tests/unit/conftest.py


# ---- favours ----------------------------------------------------------------------------------------
def test_a_removed_favour_is_gone_for_both_people_and_comes_back_as_it_was(store, dana, omar):
    kept = ops.log_favour(store, "advice", contact_id=dana.id, note="CV review", day=TODAY - dt.timedelta(days=9))
    intro = ops.log_favour(
        store, "introduction", contact_id=dana.id, other_contact_id=omar.id, note="at the fair",
        day=TODAY - dt.timedelta(days=2),
    ).record  # fmt: skip
    removed = remove_favour(store, intro.id)
    assert removed.favour == intro
    assert [f.id for f in ops.list_favours(store, dana.id)] == [kept.record.id]
    assert ops.list_favours(store, omar.id) == []

    back = put_back_favour(store, removed)
    assert back == intro  # the same number, people, kind, day and note
    assert ops.list_favours(store, dana.id) == [intro, kept.record]
    assert ops.list_favours(store, omar.id) == [intro]


def test_removing_a_favour_that_is_gone_says_so_and_changes_nothing(store, dana):
    favour = ops.log_favour(store, "help", contact_id=dana.id).record
    remove_favour(store, favour.id)
    before = table_counts(store)
    with pytest.raises(NotFound, match=f"no favour #{favour.id}"):
        remove_favour(store, favour.id)
    assert table_counts(store) == before


def test_a_favour_put_back_after_another_took_its_number_gets_a_new_one(store, dana):
    mistake = ops.log_favour(store, "help", contact_id=dana.id, note="wrong person").record
    removed = remove_favour(store, mistake.id)
    newer = ops.log_favour(store, "advice", contact_id=dana.id, note="the right one").record
    back = put_back_favour(store, removed)
    assert back.id != newer.id
    assert sorted(f.note for f in ops.list_favours(store, dana.id)) == ["the right one", "wrong person"]


def test_a_favour_for_someone_forgotten_since_cannot_be_put_back(store, dana, omar):
    favour = ops.log_favour(store, "introduction", contact_id=dana.id, other_contact_id=omar.id).record
    removed = remove_favour(store, favour.id)
    ops.delete_contact(store, omar.id)
    ops.forget_contact(store, omar.id)
    before = table_counts(store)
    with pytest.raises(NotFound, match="no longer in your contacts"):
        put_back_favour(store, removed)
    assert table_counts(store) == before


def test_removing_the_favour_that_helped_them_brings_them_back_among_those_you_could_help(store, dana):
    """Rule 14: a favour logged in the last 90 days takes someone off "Someone you could help"."""
    ops.edit_contact(store, dana.id, biggest_challenge="hiring data engineers")
    assert [s.contact_id for s in ops.help_suggestions(store)] == [dana.id]
    favour = ops.log_favour(store, "help", contact_id=dana.id, note="sent two CVs").record
    assert ops.help_suggestions(store) == []
    removed = remove_favour(store, favour.id)
    [suggestion] = ops.help_suggestions(store)
    assert (suggestion.contact_id, suggestion.last_helped) == (dana.id, None)
    put_back_favour(store, removed)
    assert ops.help_suggestions(store) == []


def test_removing_one_of_two_favours_leaves_the_older_one_counting(store, dana):
    ops.edit_contact(store, dana.id, biggest_challenge="a new job")
    ops.log_favour(store, "advice", contact_id=dana.id, day=TODAY - dt.timedelta(days=200))
    recent = ops.log_favour(store, "help", contact_id=dana.id, day=TODAY - dt.timedelta(days=3)).record
    assert ops.help_suggestions(store) == []
    remove_favour(store, recent.id)
    [suggestion] = ops.help_suggestions(store)
    assert suggestion.last_helped == TODAY - dt.timedelta(days=200)  # helped, but not lately
