"""The core operations: what they do, and that a failure leaves nothing half written."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import operations as ops
from netcompanion.operations import NotFound, ValidationError
from tests.conftest import table_counts

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def monday_morning():
    with time_machine.travel(dt.datetime(2026, 11, 23, 9, 0).astimezone(), tick=False):
        yield


@pytest.fixture
def dana(store):
    return ops.add_contact(
        store, name="Dana Whitfield", company="Contoso", title="VP Engineering",
        emails=["Dana@Example.com"], linkedin_url="linkedin.com/in/dana-whitfield/",
    )  # fmt: skip


def test_add_contact_splits_the_name_and_normalises_keys(store, dana):
    assert (dana.first_name, dana.last_name, dana.name) == ("Dana", "Whitfield", "Dana Whitfield")
    assert dana.company == "Contoso"
    assert dana.emails == ("Dana@Example.com",)
    assert dana.linkedin_url == "https://www.linkedin.com/in/dana-whitfield"
    assert dana.stage == "cold" and dana.last_interaction is None


def test_contacts_at_the_same_company_share_it_whatever_the_spelling(store, dana):
    other = ops.add_contact(store, name="Sam Ortiz", company="  contoso ")
    assert other.company == "Contoso"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": ""}, "needs a name"),
        ({"name": "A B", "closeness": 6}, "Closeness must be a whole number from 1 to 5"),
        ({"name": "A B", "value": 0}, "Value must be a whole number from 1 to 5"),
        ({"name": "A B", "emails": ["not-an-address"]}, "is not an e-mail address"),
        ({"name": "A B", "linkedin_url": "https://example.com/in/ab"}, "is not a LinkedIn profile"),
        ({"name": "A B", "stage": "lukewarm"}, "Stage must be one of"),
        ({"name": "A B", "cadence_days": 0}, "cadence is a number of days"),
        ({"name": "A B", "cadence_days": 10**30}, "cadence is a number of days from 1 to 1,000,000"),
        ({"name": "A B", "referred_by_id": 4242}, "There is no contact #4242"),
    ],
)
def test_invalid_contacts_are_refused_with_a_sentence_and_nothing_is_written(store, fields, message):
    before = table_counts(store)
    with pytest.raises((ValidationError, NotFound), match=message):
        ops.add_contact(store, **fields)
    assert table_counts(store) == before


def test_the_same_linkedin_profile_cannot_belong_to_two_contacts(store, dana):
    before = table_counts(store)
    with pytest.raises(ValidationError, match="already has the LinkedIn profile"):
        ops.add_contact(store, name="Dana Twin", linkedin_url="https://WWW.linkedin.com/in/Dana-Whitfield")
    assert table_counts(store) == before


def test_edit_changes_fields_and_a_failed_edit_changes_nothing(store, dana):
    edited = ops.edit_contact(store, dana.id, title="CTO", tags=["mentor", "berlin"], notes="Loves maps.")
    assert (edited.title, edited.tags, edited.notes) == ("CTO", ("berlin", "mentor"), "Loves maps.")
    with pytest.raises(ValidationError):
        ops.edit_contact(store, dana.id, title="Chief", closeness=11)
    assert ops.get_contact(store, dana.id).title == "CTO"


def test_edit_refuses_unknown_fields(store, dana):
    with pytest.raises(ValidationError, match="'salary' is not a contact field"):
        ops.edit_contact(store, dana.id, salary=1)


def test_rate_and_archive(store, dana):
    assert ops.rate_contact(store, dana.id, closeness=5, value=4).closeness == 5
    with pytest.raises(ValidationError):
        ops.rate_contact(store, dana.id)
    ops.archive_contact(store, dana.id)
    assert ops.find_contacts(store) == []
    assert [c.id for c in ops.find_contacts(store, include_archived=True)] == [dana.id]


def test_find_contacts_matches_every_word_in_name_company_title_or_email(store, dana):
    ops.add_contact(store, name="Sam Ortiz", company="Fabrikam", title="Recruiter")
    assert [c.name for c in ops.find_contacts(store, "whit")] == ["Dana Whitfield"]
    assert [c.name for c in ops.find_contacts(store, "fabrikam recr")] == ["Sam Ortiz"]
    assert [c.name for c in ops.find_contacts(store, "dana@example")] == ["Dana Whitfield"]
    assert ops.find_contacts(store, "100%") == []
    assert len(ops.find_contacts(store)) == 2


def test_unknown_contact_is_not_found(store):
    with pytest.raises(NotFound, match="no contact #99"):
        ops.get_contact(store, 99)


def test_a_contact_in_the_trash_is_said_to_be_there_not_missing(store):
    """Logging a call for someone in the trash said "There is no contact #10": no way to find them."""
    ben = ops.add_contact(store, name="Ben Crane").id
    ops.delete_contact(store, ben)
    message = f"Contact #{ben} (Ben Crane) is in the trash: restore them from the trash first."
    with pytest.raises(NotFound) as refused:
        ops.log_touch(store, ben, channel="call", outcome="reached")
    assert str(refused.value) == message
    ops.restore_contact(store, ben)
    assert ops.list_interactions(store, ben) == []  # the refused touch wrote nothing


def test_a_follow_up_of_someone_in_the_trash_waits_with_them(store):
    """`followups done 7` closed the follow-up of a contact in the trash, whom no list shows."""
    ben = ops.add_contact(store, name="Ben Crane").id
    call_back = ops.add_followup(store, ben, due=TODAY).id
    ops.delete_contact(store, ben)
    for close in (ops.complete_followup, ops.dismiss_followup):
        with pytest.raises(NotFound, match=f"Follow-up #{call_back} is for Ben Crane, who is in the trash"):
            close(store, call_back)
    with pytest.raises(NotFound):
        ops.snooze_followup(store, call_back, TODAY + dt.timedelta(days=3))
    ops.restore_contact(store, ben)
    assert [(f.id, f.status) for f in ops.list_followups(store, contact_id=ben)] == [(call_back, "open")]


def test_log_touch_records_it_and_updates_last_interaction(store, dana):
    result = ops.log_touch(store, dana.id, channel="call", outcome="reached", mood="neutral",
                           when=TODAY - dt.timedelta(days=2))  # fmt: skip
    assert result.interaction.outcome == "reached"
    assert ops.get_contact(store, dana.id).last_interaction == TODAY - dt.timedelta(days=2)
    assert [i.id for i in ops.list_interactions(store, dana.id)] == [result.interaction.id]


def test_unanswered_call_starts_a_cooldown_and_says_so(store, dana):
    result = ops.log_touch(store, dana.id, channel="call", outcome="no-answer")
    assert [n.rule for n in result.nudges] == ["cooldown"]
    contact = ops.get_contact(store, dana.id)
    assert contact.unanswered_attempts == 1
    assert contact.cooldown_until is not None and contact.cooldown_until > TODAY


def test_asking_for_a_job_raises_a_warning_but_is_still_logged(store, dana):
    result = ops.log_touch(store, dana.id, channel="call", outcome="reached", asked_job=True)
    warnings = [n for n in result.nudges if n.level == "warning"]
    assert warnings and "advice" in warnings[0].message
    assert len(ops.list_interactions(store, dana.id)) == 1


def test_a_meeting_creates_a_thank_you_for_tomorrow(store, dana):
    result = ops.log_touch(store, dana.id, channel="meeting", outcome="reached", asked_advice=True)
    thanks = [f for f in result.followups_created if f.kind == "thank-you"]
    assert [f.due for f in thanks] == [TODAY + dt.timedelta(days=1)]
    assert [f.id for f in ops.list_followups(store)] == [thanks[0].id]


def test_referrals_become_contacts_referred_by_the_person(store, dana):
    ops.log_touch(store, dana.id, channel="meeting", outcome="reached", referrals=["Ines Moreau", "Kai"])
    referred = {c.name: c for c in ops.find_contacts(store) if c.referred_by_id == dana.id}
    assert set(referred) == {"Ines Moreau", "Kai"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"channel": "pigeon", "outcome": "reached"}, "Channel must be one of"),
        ({"channel": "call", "outcome": "maybe"}, "Outcome must be one of"),
        (
            {"channel": "call", "outcome": "no-answer", "mood": "thrilled"},
            "only be recorded when you reached",
        ),
        ({"channel": "call", "outcome": "reached", "when": TODAY + dt.timedelta(days=3)}, "in the future"),
        (
            {"channel": "call", "outcome": "reached", "when": dt.date(1, 1, 2)},
            "A touch's day must be a day from 1900-01-01 to 2199-12-31",
        ),
    ],
)
def test_invalid_touches_write_nothing(store, dana, kwargs, message):
    before = table_counts(store)
    with pytest.raises(ValidationError, match=message):
        ops.log_touch(store, dana.id, **kwargs)
    assert table_counts(store) == before
    assert ops.get_contact(store, dana.id).unanswered_attempts == 0


def test_a_touch_for_an_unknown_contact_writes_nothing(store):
    before = table_counts(store)
    with pytest.raises(NotFound):
        ops.log_touch(store, 77, channel="call", outcome="reached")
    assert table_counts(store) == before


def test_preview_touch_shows_the_nudges_without_writing(store, dana):
    before = table_counts(store)
    nudges = ops.preview_touch(store, dana.id, channel="email", outcome="no-reply", sent_resume=True)
    assert {n.rule for n in nudges} == {"advice-not-job", "cooldown"}
    assert table_counts(store) == before


def test_followups_add_list_snooze_complete_dismiss(store, dana):
    first = ops.add_followup(store, dana.id, due=TODAY, at=dt.time(14, 30), note="Send the deck")
    second = ops.add_followup(store, dana.id, due=TODAY + dt.timedelta(days=5), kind="keep-in-touch")
    assert [f.id for f in ops.list_followups(store, due_by=TODAY)] == [first.id]
    snoozed = ops.snooze_followup(store, first.id, TODAY + dt.timedelta(days=2))
    assert snoozed.status == "snoozed"
    assert ops.list_followups(store, due_by=TODAY) == []
    assert [f.id for f in ops.list_followups(store, due_by=TODAY + dt.timedelta(days=2))] == [first.id]
    assert ops.complete_followup(store, first.id).status == "done"
    assert ops.dismiss_followup(store, second.id).status == "dismissed"
    assert ops.list_followups(store) == []


def test_followup_mistakes_are_refused(store, dana):
    with pytest.raises(ValidationError, match="Kind must be one of"):
        ops.add_followup(store, dana.id, due=TODAY, kind="nag")
    done = ops.add_followup(store, dana.id, due=TODAY)
    ops.complete_followup(store, done.id)
    with pytest.raises(ValidationError, match="already done"):
        ops.complete_followup(store, done.id)
    with pytest.raises(ValidationError, match="already done"):
        ops.snooze_followup(store, done.id, TODAY + dt.timedelta(days=1))
    open_ = ops.add_followup(store, dana.id, due=TODAY)
    with pytest.raises(ValidationError, match="after today"):
        ops.snooze_followup(store, open_.id, TODAY)
    with pytest.raises(NotFound, match="no follow-up #999"):
        ops.complete_followup(store, 999)


def test_days_beyond_what_the_app_can_plan_with_are_refused_and_nothing_is_written(store, dana):
    """The app's dialogs stop at these days too; the command line and any other caller meet the same rule."""
    open_ = ops.add_followup(store, dana.id, due=TODAY)
    before = table_counts(store)
    with pytest.raises(ValidationError, match=r"A follow-up's day must be a day from 1900-01-01 to 2199-12-31 \(got 9999-12-31\)"):
        ops.add_followup(store, dana.id, due=dt.date.max)
    with pytest.raises(ValidationError, match="Snoozing must be a day from 1900-01-01 to 2199-12-31"):
        ops.snooze_followup(store, open_.id, dt.date(2200, 1, 1))
    with pytest.raises(ValidationError, match="A campaign's first day must be a day from 1900-01-01"):
        ops.create_campaign(store, "Far away", contact_ids=[dana.id], start=dt.date(9999, 12, 31))
    assert table_counts(store) == before
    assert ops.list_followups(store)[0].status == "open"
    far = ops.add_followup(store, dana.id, due=dt.date(2199, 12, 31))  # the last day is still a day
    assert far.due == dt.date(2199, 12, 31)


def test_opportunity_turndown_plans_a_feedback_meeting_and_closes_the_loop(store, dana):
    manager = ops.add_contact(store, name="Hana Sato", company="Fabrikam")
    opp = ops.record_opportunity(store, "Fabrikam", "Staff Engineer", contact_id=dana.id,
                                 hiring_manager_id=manager.id).record  # fmt: skip
    result = ops.advance_opportunity(store, opp.id, "turned-down")
    kinds = sorted((f.kind, f.contact_id) for f in result.followups_created)
    assert kinds == [("close-the-loop", dana.id), ("feedback-meeting", manager.id)]
    assert {n.rule for n in result.nudges} >= {"turndown-to-meeting", "close-the-loop"}


def test_a_second_pursuit_of_the_same_opening_warns(store, dana):
    other = ops.add_contact(store, name="Sam Ortiz")
    assert ops.record_opportunity(store, "Fabrikam", "Staff Engineer", contact_id=dana.id).nudges == ()
    second = ops.record_opportunity(store, "fabrikam", "staff engineer", contact_id=other.id)
    assert [n.rule for n in second.nudges] == ["avoid-competition"]


def test_introduction_relayed_then_outcome(store, dana):
    hana = ops.add_contact(store, name="Hana Sato", company="Fabrikam")
    intro = ops.record_introduction(store, dana.id, hana.id).record
    assert intro.company == "Fabrikam" and intro.stage == "requested"
    relayed = ops.advance_introduction(store, intro.id, "message-relayed")
    assert [(f.kind, f.contact_id) for f in relayed.followups_created] == [("update-introducer", dana.id)]
    done = ops.advance_introduction(store, intro.id, "outcome", outcome="Coffee next week")
    assert sorted(f.contact_id for f in done.followups_created) == sorted([dana.id, hana.id])
    with pytest.raises(ValidationError, match="two different people"):
        ops.record_introduction(store, dana.id, dana.id)


def test_introducing_someone_on_the_do_not_introduce_list_warns(store, dana):
    risky = ops.add_contact(store, name="Rex Risky", do_not_introduce=True)
    result = ops.log_favour(store, "introduction", contact_id=dana.id, other_contact_id=risky.id)
    assert [(n.rule, n.contact_id) for n in result.nudges] == [("do-not-introduce", risky.id)]
    assert ops.log_favour(store, "advice", contact_id=dana.id).nudges == ()
    with pytest.raises(ValidationError, match="favour is one of"):
        ops.log_favour(store, "bribe", contact_id=dana.id)


def test_whether_anyone_is_there_and_how_big_the_network_roughly_is(store):
    assert not ops.has_contacts(store)
    assert ops.network_size(store) == 0
    ids = [ops.add_contact(store, name=f"Person {n}").id for n in range(3)]
    assert ops.has_contacts(store)
    assert ops.network_size(store) == 3
    ops.delete_contacts(store, ids)  # into the trash: nobody there, the size stays
    assert not ops.has_contacts(store)
    assert ops.count_contacts(store) == 0
    assert ops.network_size(store) == 3
    ops.restore_contacts(store, ids[:1])
    assert ops.has_contacts(store)


def test_found_contacts_carry_their_own_emails_phones_tags_and_company_in_order(store):
    """Listing reads contacts as rows and gathers e-mails, phones and tags apart: each contact must
    get its own, e-mails in the order the user gave them, tags by name, also under a limit."""
    ann = ops.add_contact(store, name="Ann Lee", company="Fabrikam",
                                 emails=["work@fabrikam.example", "ann@home.example"], phones=["+1 555 0100"])  # fmt: skip
    ops.add_contact(store, name="Bob Ray", emails=["bob@example.com"])
    ops.tag_contacts(store, [ann.id], "zeta")
    ops.tag_contacts(store, [ann.id], "alpha")
    first = ops.find_contacts(store, limit=1)
    assert [(c.name, c.company, c.emails, c.phones, c.tags) for c in first] == [
        ("Ann Lee", "Fabrikam", ("work@fabrikam.example", "ann@home.example"), ("+1 555 0100",), ("alpha", "zeta"))
    ]
    assert [(c.name, c.company, c.emails, c.phones, c.tags) for c in ops.find_contacts(store, "bob")] == [
        ("Bob Ray", "", ("bob@example.com",), (), ())
    ]
    assert first[0] == ops.get_contact(store, ann.id)


def test_contacts_sort_by_their_flags_as_the_flags_read_with_unflagged_last(store):
    from netcompanion.store.models import Contact

    ids = {name: ops.add_contact(store, name=name).id for name in ("Ann Plain", "Bo Parked", "Cy Archived", "Di Both")}
    ops.edit_contact(store, ids["Cy Archived"], archived=True)
    ops.edit_contact(store, ids["Di Both"], do_not_introduce=True)
    with store.write() as session:
        for name in ("Bo Parked", "Di Both"):
            session.get(Contact, ids[name]).parked_on = TODAY
    everyone = ops.ContactFilter(include_archived=True)

    def order(descending: bool) -> list[str]:
        index = ops.contact_index(store, everyone, "flags", descending)
        return [ops.get_contact(store, i).name for i in index.ids]

    # archived < parked < parked · do not introduce, as the Flags column spells them
    assert order(False) == ["Cy Archived", "Bo Parked", "Di Both", "Ann Plain"]
    assert order(True) == ["Di Both", "Bo Parked", "Cy Archived", "Ann Plain"]


def test_follow_ups_are_listed_by_the_day_they_come_up(store):
    """One snoozed to next year came first, by the day it was first due."""
    ann = ops.add_contact(store, name="Ann Early").id
    bo = ops.add_contact(store, name="Bo Soon").id
    later = ops.add_followup(store, ann, due=TODAY - dt.timedelta(days=5)).id
    soon = ops.add_followup(store, bo, due=TODAY + dt.timedelta(days=2)).id
    ops.snooze_followup(store, later, TODAY + dt.timedelta(days=300))

    assert [f.id for f in ops.list_followups(store)] == [soon, later]
