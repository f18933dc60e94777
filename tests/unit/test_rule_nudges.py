"""Each networking rule, shown as the nudge (or the call-list line) a user would see."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import operations
from netcompanion.settings import load_settings
from netcompanion.store.models import Contact
from tests.conftest import live_on


def _add(store, name, **fields):
    return operations.add_contact(store, name=name, **fields).id


def _messages(result, rule=None):
    return [n.message for n in result.nudges if rule is None or n.rule == rule]


def _set(store, contact_id, **fields):
    with store.write() as session:
        contact = session.get(Contact, contact_id)
        for key, value in fields.items():
            setattr(contact, key, value)


def _listed(store, day, limit=20):
    return {e.contact_id: e for e in operations.call_list(store, day, limit)}


@pytest.fixture
def today():
    """A Wednesday, lived in: the days the tests count back from it fall on known weekdays (what the
    rules plan moves off days off, so the real day of the run would change the answers)."""
    day = dt.date(2026, 11, 25)
    with live_on(day):
        yield day


def test_rule_1_asking_for_a_job_warns_and_suggests_advice(store):
    dana = _add(store, "Dana Whitfield")
    result = operations.log_touch(store, dana, channel="call", outcome="reached", asked_job=True)
    [warning] = _messages(result, "advice-not-job")
    assert "Ask for advice, ideas and the names" in warning


def test_rule_1_a_resume_to_someone_not_met_yet_warns(store):
    boss = _add(store, "Claire Dubois")
    result = operations.log_touch(store, boss, channel="email", outcome="no-reply", sent_resume=True)
    assert any("You haven't met Claire yet" in m for m in _messages(result, "advice-not-job"))


def test_rule_2_cooldown_grows_and_a_follow_up_comes_back_when_it_ends(store, today):
    priya = _add(store, "Priya Raghunathan", stage="warm")
    with live_on(today - dt.timedelta(days=30)):
        first = operations.log_touch(store, priya, channel="call", outcome="no-answer")
    [message] = _messages(first, "cooldown")
    assert "attempt 1 of 3" in message and "fine to follow up" in message
    [planned] = first.followups_created
    assert planned.due == today - dt.timedelta(days=30 - 8)
    # Listed only once the cooldown is over.
    assert priya not in _listed(store, today - dt.timedelta(days=25))
    assert "follow-up due" in _listed(store, today - dt.timedelta(days=22))[priya].reasons[0]
    with live_on(today - dt.timedelta(days=20)):
        second = operations.log_touch(store, priya, channel="email", outcome="no-reply")
    assert "attempt 2 of 3" in _messages(second, "cooldown")[0]
    assert operations.get_contact(store, priya).cooldown_until == today - dt.timedelta(days=20 - 14)
    assert [n.message for n in second.nudges if n.rule == "follow-up-done"], "the due follow-up was settled"


def test_rule_3_parking_after_the_limit_suggests_a_colleague_and_a_reply_unparks(store, today):
    marcus = _add(store, "Marcus Lindqvist", company="Fabrikam")
    _add(store, "Aisha Okafor", company="Fabrikam", closeness=4, value=5)
    for days_ago in (40, 30, 10):
        result = operations.log_touch(
            store, marcus, channel="call", outcome="no-answer", when=today - dt.timedelta(days=days_ago)
        )
    [parked] = _messages(result, "give-up-gracefully")
    assert "Marcus is parked" in parked and "At Fabrikam you could try Aisha Okafor" in parked
    assert operations.get_contact(store, marcus).parked
    assert marcus not in _listed(store, today + dt.timedelta(days=60))
    reply = operations.log_touch(store, marcus, channel="email", outcome="replied")
    assert "answered — no longer parked" in _messages(reply, "give-up-gracefully")[0]
    assert not operations.get_contact(store, marcus).parked


def test_rule_4_no_ask_period_after_reconnecting_shapes_the_opener(store, today):
    wei = _add(store, "Wei-Lin Chen", closeness=4, value=4)
    result = operations.log_touch(
        store, wei, channel="call", outcome="reached", when=today - dt.timedelta(days=2)
    )
    [info] = _messages(result, "no-ask-period")
    assert "don't bring up your search" in info
    asked = operations.log_touch(store, wei, channel="call", outcome="reached", asked_job=True)
    assert "You re-connected recently" in _messages(asked, "advice-not-job")[0]
    operations.add_followup(store, wei, due=today + dt.timedelta(days=1), kind="follow-up")
    entry = _listed(store, today + dt.timedelta(days=1))[wei]
    assert "No job talk until" in entry.opener


def test_rule_4_a_call_logged_after_its_no_ask_period_ended_does_not_ask_for_one(store, today):
    """A reconnecting call logged seven weeks late: "Until <a day past>, don't bring up your search"
    asked for something already over."""
    wei = _add(store, "Wei-Lin Chen")
    result = operations.log_touch(store, wei, channel="call", outcome="reached", when=today - dt.timedelta(days=50))
    [info] = _messages(result, "no-ask-period")
    assert info == ("You re-connected with Wei-Lin. The 30 days after it, in which to let Wei-Lin bring up your "
                    "search, have passed already.")  # fmt: skip


def test_rule_5_a_second_pursuit_of_one_opening_warns(store):
    first = _add(store, "Tobias Brenner")
    second = _add(store, "Mateo Fernández")
    operations.record_opportunity(store, "Contoso", "Data engineer", contact_id=first)
    again = operations.record_opportunity(store, "contoso", "data engineer", contact_id=second)
    [warning] = _messages(again, "avoid-competition")
    assert "already pursuing" in warning and "through Tobias Brenner" in warning


def test_rule_6_an_outcome_closes_the_loop_with_both_people(store, today):
    coach = _add(store, "Henrik Dahl")
    manager = _add(store, "Noah Richter")
    intro = operations.record_introduction(store, coach, manager).record
    result = operations.advance_introduction(store, intro.id, "outcome", outcome="no opening", day=today)
    assert "Close the loop" in _messages(result, "close-the-loop")[0]
    assert {(f.contact_id, f.kind) for f in result.followups_created} == {
        (coach, "close-the-loop"),
        (manager, "close-the-loop"),
    }
    due = result.followups_created[0].due  # the next day, or the first working day after it
    assert today < due <= today + dt.timedelta(days=3)
    entry = _listed(store, due)[coach]
    assert entry.kind == "follow-up" and entry.reasons[0].startswith("close-the-loop note due today")


def test_rule_6_each_side_of_an_introduction_is_told_what_fits_them(store, today):
    """The person introduced read "Thank Wei-Lin Chen and tell them how your introduction to Wei-Lin
    Chen turned out."""
    coach = _add(store, "Ana Silva")
    wei_lin = _add(store, "Wei-Lin Chen")
    intro = operations.record_introduction(store, coach, wei_lin, stage="connected").record
    result = operations.advance_introduction(store, intro.id, "outcome", outcome="no opening", day=today)
    assert {f.contact_id: f.note for f in result.followups_created} == {
        coach: "Thank Ana Silva and tell them how their introduction to Wei-Lin Chen turned out.",
        wei_lin: "Thank Wei-Lin Chen for talking with you and tell them how it went.",
    }
    assert [f.note for f in operations.list_followups(store, contact_id=wei_lin)] == [
        "Thank Wei-Lin Chen for talking with you and tell them how it went."
    ]


def test_rule_6_an_opportunity_outcome_tells_each_helper_how_the_opening_turned_out(store, today):
    coach = _add(store, "Ana Silva")
    opp = operations.record_opportunity(store, "Contoso", "Data engineer", contact_id=coach).record
    result = operations.advance_opportunity(store, opp.id, "offer", day=today)
    assert [(f.contact_id, f.note) for f in result.followups_created] == [
        (coach, "Thank Ana Silva and tell them how the Data engineer opening at Contoso turned out.")
    ]


def test_rule_7_relayed_message_makes_the_introducer_dispensable(store, today):
    coach = _add(store, "Amara Mensah")
    target = _add(store, "Kenji Tanaka")
    intro = operations.record_introduction(store, coach, target, stage="made").record
    result = operations.advance_introduction(store, intro.id, "message-relayed", day=today)
    assert "direct way to reach them" in _messages(result, "make-them-dispensable")[0]
    [update] = result.followups_created
    assert update.contact_id == coach and update.kind == "update-introducer"


def test_rule_7_says_so_when_a_direct_way_to_reach_them_is_already_on_file(store, today):
    coach = _add(store, "Amara Mensah")
    target = _add(store, "Kenji Tanaka", emails=["kenji@example.com"], phones=["+44 20 7946 0000"])
    intro = operations.record_introduction(store, coach, target, stage="made").record
    result = operations.advance_introduction(store, intro.id, "message-relayed", day=today)
    [message] = _messages(result, "make-them-dispensable")
    assert message.startswith("Kenji has your message. You have their e-mail and phone number: from now on reach "
                              "Kenji directly, so Amara no longer has to relay — and send Amara a short")  # fmt: skip
    assert "Note a direct way" not in message


def test_introductions_count_unanswered_follow_ups_and_stop_after_the_limit(store, today):
    coach = _add(store, "Sofia Rossi")
    target = _add(store, "Liam O'Brien")
    intro = operations.record_introduction(store, coach, target, stage="made").record
    limit = 3
    for n, days_ago in enumerate((40, 25, 5), 1):
        result = operations.log_touch(
            store, target, channel="email", outcome="no-reply", when=today - dt.timedelta(days=days_ago)
        )
        [message] = _messages(result, "respect-the-introduction")
        if n < limit:
            assert f"Follow-up {n} of at most {limit}" in message
        else:
            assert "stop here" in message and "Thank Sofia Rossi" in message
    with store.read() as session:
        from netcompanion.store.models import Introduction

        assert session.get(Introduction, intro.id).unanswered_attempts == 3


def test_rule_8_a_meeting_creates_a_thank_you_note_for_the_next_day(store, today):
    fatima = _add(store, "Fatima Haddad")
    with live_on(today - dt.timedelta(days=3)):
        result = operations.log_touch(store, fatima, channel="meeting", outcome="reached")
    assert "thank-you note to Fatima is due" in _messages(result, "thank-you")[0]
    [thanks] = [f for f in result.followups_created if f.kind == "thank-you"]
    assert thanks.due == today - dt.timedelta(days=2)
    entry = _listed(store, today)[fatima]
    assert entry.reasons[0].startswith("thank-you note due since")
    assert "Thank Fatima for their time" in entry.opener


def test_rule_9_a_turndown_suggests_a_feedback_meeting(store, today):
    manager = _add(store, "Elena Novak")
    opp = operations.record_opportunity(store, "Litware", "Head of Product", hiring_manager_id=manager).record
    result = operations.advance_opportunity(store, opp.id, "turned-down", day=today)
    assert "Ask for a short feedback meeting" in _messages(result, "turndown-to-meeting")[0]
    assert [(f.contact_id, f.kind) for f in result.followups_created] == [(manager, "feedback-meeting")]


def test_rule_9_without_a_hiring_manager_on_file_it_claims_no_one_knows_you(store, today):
    """It said "the hiring manager now knows you" of a manager the app had never heard of."""
    opp = operations.record_opportunity(store, "Litware", "Head of Product").record
    result = operations.advance_opportunity(store, opp.id, "turned-down", day=today)
    [message] = _messages(result, "turndown-to-meeting")
    assert message == ("Not this time at Litware — but the people you met there now know you. Ask the hiring "
                       "manager for a short feedback meeting: what would have made the difference, and whom else "
                       "should you talk to?")  # fmt: skip
    assert result.followups_created == ()


def test_rule_10_names_from_a_meeting_become_referred_contacts(store):
    omar = _add(store, "Omar Kowalski")
    prompt = operations.log_touch(store, omar, channel="meeting", outcome="reached")
    assert "Did Omar suggest anyone else" in _messages(prompt, "ask-for-names")[0]
    result = operations.log_touch(store, omar, channel="meeting", outcome="reached", referrals=["Ravi Patel"])
    assert "Added 1 referral from Omar Kowalski." in _messages(result, "ask-for-names")
    [ravi] = operations.find_contacts(store, "ravi")
    assert ravi.referred_by_id == omar and ravi.source == "referral"


def test_rule_11_thrilled_schedules_a_next_step_and_indifferent_a_long_cadence(store, today):
    hannah = _add(store, "Hannah Schmidt")
    monday = dt.date(2026, 11, 23)  # three days on is a working day (a day off moves it on)
    with live_on(monday):
        thrilled = operations.log_touch(store, hannah, channel="call", outcome="reached", mood="thrilled")
    assert "thrilled to hear from you" in _messages(thrilled, "grasp-the-thrilled")[0]
    [step] = [f for f in thrilled.followups_created if f.kind == "next-step"]
    assert step.due == monday + dt.timedelta(days=3)
    ingrid = _add(store, "Ingrid Nilsson")
    cool = operations.log_touch(store, ingrid, channel="call", outcome="reached", mood="indifferent")
    assert "long keep-in-touch cadence (365 days)" in _messages(cool, "indifferent")[0]
    assert operations.get_contact(store, ingrid).cadence_days == 365


def test_rule_12_warm_contacts_past_their_cadence_come_back_and_a_conversation_resets_it(store, today):
    diego = _add(store, "Diego Moreau", stage="warm", cadence_days=30, closeness=4, value=4)
    operations.log_touch(store, diego, channel="call", outcome="reached", when=today - dt.timedelta(days=800))
    entry = _listed(store, today)[diego]
    assert entry.kind == "keep-in-touch"
    assert entry.reasons[0] == "keep in touch every 30 days: overdue by 2 years"
    assert entry.reasons[1] == "strong tie, high value, last spoke 2 years ago"
    operations.log_touch(store, diego, channel="call", outcome="reached")
    assert diego not in _listed(store, today + dt.timedelta(days=1))
    assert diego in _listed(store, today + dt.timedelta(days=31))


def test_a_job_change_raises_a_contact_with_a_congratulation(store, today):
    mei = _add(store, "Mei Kim", company="Fabrikam", value=3)
    _set(store, mei, job_changed_on=today - dt.timedelta(days=4))
    entry = _listed(store, today)[mei]
    assert entry.kind == "job-change"
    assert "changed jobs: now at Fabrikam" in entry.reasons
    assert "Congratulate Mei on the new role at Fabrikam" in entry.opener


def test_rule_14_their_biggest_challenge_is_surfaced(store, today):
    julia = _add(
        store, "Julia Weber", stage="warm", cadence_days=30, biggest_challenge="hiring data engineers"
    )
    result = operations.log_touch(
        store, julia, channel="call", outcome="reached", when=today - dt.timedelta(days=60)
    )
    assert "Julia's biggest challenge: hiring data engineers" in _messages(result, "help-someone")[0]
    entry = _listed(store, today)[julia]
    assert "you noted their biggest challenge: hiring data engineers" in entry.reasons
    assert '"hiring data engineers". Ask how it is going' in entry.opener
    [suggestion] = operations.help_suggestions(store)
    assert suggestion.contact_id == julia and "wrestling with hiring data engineers" in suggestion.message
    operations.log_favour(store, "help", contact_id=julia, note="sent two CVs")
    assert operations.help_suggestions(store) == []  # helped recently
    plain = _add(store, "Ben Walsh")
    asked = operations.log_touch(store, plain, channel="call", outcome="reached")
    assert "what their biggest challenge is" in _messages(asked, "help-someone")[0]


def test_rule_15_introducing_someone_on_the_do_not_introduce_list_warns(store):
    risky = _add(store, "Viktor Horvath", do_not_introduce=True)
    friend = _add(store, "Rosa Berg")
    result = operations.log_favour(store, "introduction", contact_id=risky, other_contact_id=friend)
    assert "Viktor Horvath is on your do-not-introduce list" in _messages(result, "do-not-introduce")[0]


def test_rule_16_progress_counts_conversations_and_meetings_not_asks(store, today):
    a = _add(store, "Felix Costa")
    b = _add(store, "Ana Murphy")
    operations.log_touch(store, a, channel="call", outcome="reached", asked_job=True)
    operations.log_touch(store, b, channel="meeting", outcome="reached")
    operations.log_touch(store, b, channel="email", outcome="no-reply", asked_job=True)
    week = operations.weekly_progress(store, weeks=2).weeks[-1]
    assert (week.conversations, week.meetings, week.people, week.rewarmed) == (2, 1, 2, 2)


def test_rule_16_the_streak_is_the_same_however_many_weeks_are_shown(store, today):
    felix = _add(store, "Felix Costa")
    for weeks_ago in (0, 1, 2, 3, 4, 6):  # five weeks in a row, then a gap
        operations.log_touch(store, felix, channel="call", outcome="reached", when=today - dt.timedelta(weeks=weeks_ago))
    assert [operations.weekly_progress(store, weeks=n).streak for n in (1, 2, 4, 5, 12)] == [5, 5, 5, 5, 5]
    next_week = today + dt.timedelta(weeks=1)  # nothing yet in a new week: the streak still stands
    assert [operations.weekly_progress(store, weeks=n, day=next_week).streak for n in (1, 2, 12)] == [5, 5, 5]


def test_rule_16_back_from_cold_looks_at_the_conversation_before_the_weeks_shown(store, today):
    long_ago, last_month = today - dt.timedelta(days=400), today - dt.timedelta(days=30)
    carla, dev, eli = (_add(store, name) for name in ("Carla Nunes", "Dev Patel", "Eli Stone"))
    operations.log_touch(store, carla, channel="call", outcome="reached", when=long_ago)
    operations.log_touch(store, dev, channel="call", outcome="replied", when=last_month)
    operations.log_touch(store, eli, channel="call", outcome="no-answer", when=last_month)  # not a conversation
    for person in (carla, dev, eli):
        operations.log_touch(store, person, channel="call", outcome="reached")
    operations.log_touch(store, dev, channel="meeting", outcome="reached")
    week = operations.weekly_progress(store, weeks=2).weeks[-1]
    # Carla after more than a year and Eli for the first time come in from the cold; Dev talked
    # to you a month ago, before the two weeks shown, and does not. Dev's call and meeting today
    # are one conversation with him, a face-to-face one.
    assert (week.conversations, week.meetings, week.people, week.rewarmed) == (3, 1, 3, 2)


def test_settings_drive_the_rules(store, today):
    from netcompanion.settings import save_settings, with_changes

    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), attempt_limit=2, cooldown_days=3))
    kwame = _add(store, "Kwame Sato")
    first = operations.log_touch(
        store, kwame, channel="call", outcome="no-answer", when=today - dt.timedelta(days=9)
    )
    assert "attempt 1 of 2" in _messages(first, "cooldown")[0]
    operations.log_touch(store, kwame, channel="call", outcome="no-answer", when=today - dt.timedelta(days=2))
    assert operations.get_contact(store, kwame).parked


def test_rule_13_the_personal_round_is_a_checklist_of_individual_notes(store):

    from netcompanion.rules.rounds import round_period

    assert round_period(dt.date(2026, 11, 23), 3).label == "Q4 2026"
    assert round_period(dt.date(2026, 11, 23), 12).end == dt.date(2026, 12, 31)
    with time_machine.travel(dt.datetime(2026, 11, 23, 10, 0).astimezone(), tick=False):
        zoe = _add(store, "Zoë Ångström", stage="warm")
        sam = _add(store, "Samuel Li", stage="engaged")
        _add(store, "Cold Contact")
        operations.log_touch(store, sam, channel="note", outcome="no-reply", when=dt.date(2026, 10, 2))
        checklist = operations.personal_round(store)
    assert checklist.label == "Q4 2026" and "No mass mail" in checklist.tip
    assert [(i.contact_id, i.done_on) for i in checklist.items] == [(zoe, None), (sam, dt.date(2026, 10, 2))]
    # A handwritten note expects no answer: it is not an unanswered attempt.
    assert operations.get_contact(store, sam).unanswered_attempts == 0


def test_a_job_change_event_from_an_import_raises_a_contact_too(store, today):
    from netcompanion.store.models import ContactEvent

    wei = _add(store, "Wei-Lin Chen", company="Fabrikam")
    with store.write() as session:
        session.add(
            ContactEvent(
                contact_id=wei, kind="job-change", occurred_on=today - dt.timedelta(days=2),
                summary="Wei-Lin Chen moved from Litware to Fabrikam",
            )
        )  # fmt: skip
    entry = _listed(store, today)[wei]
    assert entry.kind == "job-change" and "changed jobs: now at Fabrikam" in entry.reasons
    assert wei not in _listed(store, today + dt.timedelta(days=60))  # old news by then


def test_a_new_title_at_the_same_company_is_not_called_a_job_change(store, today):
    from tests.conftest import FIXTURES

    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    by_name = {e.name: e for e in operations.call_list(store, today, 30)}

    marcus = by_name["Marcus Lindqvist"]  # Founder -> Co-Founder & CEO, same company
    assert marcus.reasons[0] == "new title: Co-Founder & CEO at Graphic Design Institute"
    assert marcus.opener.startswith("Congratulate Marcus on becoming Co-Founder & CEO")
    priya = by_name["Priya Raghunathan"]  # a new company
    assert priya.reasons[0].startswith("changed jobs: now at ")
    assert "on the new role at" in priya.opener
