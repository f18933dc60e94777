"""Rule 3, give up gracefully: once a contact is parked, the app stops telling the user to chase them.

What the user sees is checked: the follow-ups list (`followups`), the planned reminders
(`reminders planned`) and the call list — on a real SQLite file.
"""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from icalendar import Calendar

from netcompanion import clock, operations
from netcompanion.reminders.facts import due_counts, load_facts
from netcompanion.reminders.planner import plan

TRY_AGAIN = "it's fine to follow up now"


@pytest.fixture
def today():
    return clock.today()


def _open(store, contact_id):
    return operations.list_followups(store, contact_id=contact_id)


def _planned_titles(store, today):
    facts, settings = load_facts(store, today)
    return [r.title for r in plan(facts, clock.now_utc(), settings)]


# Three unanswered tries filled in later, each after the cooldown of the one before (7, then 14 days):
# the third parks them. (Tries within a cooldown are the same chase: see test_patience_too_soon.)
TRIES = (("email", "no-reply", 30), ("email", "no-reply", 22), ("call", "no-answer", 7))


def _three_tries(store, contact_id, today):
    for channel, outcome, days_ago in TRIES:
        result = operations.log_touch(
            store, contact_id, channel=channel, outcome=outcome, when=today - dt.timedelta(days=days_ago)
        )
    return result


def test_parking_closes_the_try_again_follow_ups_and_keeps_the_users_own(store, today):
    aisha = operations.add_contact(store, name="Aisha Mensah").id
    mine = operations.add_followup(store, aisha, due=today + dt.timedelta(days=20), note="Send the article")
    operations.log_touch(store, aisha, channel="email", outcome="no-reply", when=today - dt.timedelta(days=30))
    second = operations.log_touch(
        store, aisha, channel="email", outcome="no-reply", when=today - dt.timedelta(days=22)
    )
    # A snoozed "try again" is still a nudge to chase them. The second try's replaced the first's.
    operations.snooze_followup(store, second.followups_created[0].id, today + dt.timedelta(days=30))
    assert sum(TRY_AGAIN in f.note for f in _open(store, aisha)) == 1

    parked = operations.log_touch(
        store, aisha, channel="call", outcome="no-answer", when=today - dt.timedelta(days=7)
    )

    assert operations.get_contact(store, aisha).parked
    assert [f.id for f in _open(store, aisha)] == [mine.id], "only the user's own follow-up is left"
    assert [f.id for f in operations.list_followups(store) if f.contact_id == aisha] == [mine.id]
    [closed] = [n.message for n in parked.nudges if n.rule == "follow-up-closed"]
    assert "No more reminders to chase Aisha" in closed and "the 1 follow-up the app had planned" in closed
    assert set(parked.changed.followups) >= {f.id for f in second.followups_created}


def test_a_parked_contact_gets_no_reminder_that_it_is_fine_to_follow_up(monday_morning, store, today):
    aisha = operations.add_contact(store, name="Aisha Mensah").id
    operations.log_touch(store, aisha, channel="email", outcome="no-reply", when=today - dt.timedelta(days=6))
    # The first try's follow-up comes up the day after tomorrow (a Wednesday, a working day): within the
    # reminders planned now.
    assert "It's fine to follow up with Aisha now" in _planned_titles(store, today)

    for days_on, channel, outcome in ((2, "email", "no-reply"), (17, "call", "no-answer")):
        with time_machine.travel(clock.now_utc() + dt.timedelta(days=days_on), tick=False):  # each cooldown over
            operations.log_touch(store, aisha, channel=channel, outcome=outcome)
    assert operations.get_contact(store, aisha).parked
    assert not any("Aisha" in title for title in _planned_titles(store, today))


def test_a_reply_after_parking_brings_them_back_without_the_old_try_again_nudges(store, today):
    aisha = operations.add_contact(store, name="Aisha Mensah").id
    mine = operations.add_followup(store, aisha, due=today + dt.timedelta(days=20), note="Send the article")
    _three_tries(store, aisha, today)

    reply = operations.log_touch(store, aisha, channel="email", outcome="replied")

    assert not operations.get_contact(store, aisha).parked
    assert "answered — no longer parked" in " ".join(n.message for n in reply.nudges)
    # The closed "no answer yet" follow-ups stay closed — they have their answer now.
    assert [f.id for f in _open(store, aisha)] == [mine.id]
    # Back in the call list: their own follow-up brings them up when it is due.
    assert aisha in {e.contact_id for e in operations.call_list(store, today + dt.timedelta(days=20), 20)}


def test_a_reply_before_parking_settles_the_try_again_follow_up_still_ahead(store, today):
    aisha = operations.add_contact(store, name="Aisha Mensah").id
    first = operations.log_touch(store, aisha, channel="email", outcome="no-reply", when=today - dt.timedelta(days=2))
    [planned] = first.followups_created
    assert planned.due > today

    operations.log_touch(store, aisha, channel="email", outcome="replied")

    assert _open(store, aisha) == []
    assert not any("Aisha" in title for title in _planned_titles(store, today))


def test_parking_leaves_other_contacts_and_non_chasing_follow_ups_alone(store, today):
    aisha = operations.add_contact(store, name="Aisha Mensah").id
    bo = operations.add_contact(store, name="Bo Larsen").id
    bo_try = operations.log_touch(store, bo, channel="call", outcome="no-answer").followups_created[0]
    thanks = operations.add_followup(store, aisha, due=today + dt.timedelta(days=3), kind="thank-you")
    _three_tries(store, aisha, today)
    assert [f.id for f in _open(store, aisha)] == [thanks.id]
    assert [f.id for f in _open(store, bo)] == [bo_try.id]


def test_the_command_line_no_longer_lists_follow_ups_for_a_parked_contact(store, cli, today):
    aisha = operations.add_contact(store, name="Aisha Mensah").id
    for channel, outcome, days_ago in TRIES:
        on = (today - dt.timedelta(days=days_ago)).isoformat()  # filled in later, days apart: each try counts
        done = cli("log", str(aisha), "--channel", channel, "--outcome", outcome, "--date", on)
        assert done.code == 0, done.err
    assert "Aisha is parked" in done.out and "No more reminders to chase Aisha" in done.out
    listed = cli("followups", "--json")
    assert [f for f in listed.json() if f["contact_id"] == aisha] == []
    assert "Aisha" not in cli("followups").out


def test_an_archived_contacts_follow_ups_leave_the_list_and_the_calendar_until_they_come_back(
    store, cli, tmp_path, today
):
    due = today + dt.timedelta(days=9)  # not a fixed day: one ends up over a year back, which the app refuses
    arch = operations.add_contact(store, name="Arch Ived").id
    operations.add_followup(store, arch, due=due, kind="close-the-loop")
    operations.edit_contact(store, arch, archived=True)

    assert cli("followups", "--json").json() == []
    assert cli("export", "ics", str(tmp_path / "a.ics")).code == 0  # in the calendar only to be taken off it
    (entry,) = Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk("VEVENT")
    assert (str(entry["summary"]), str(entry["status"])) == ("Close the loop: Arch Ived (contact archived)", "CANCELLED")
    with store.read() as session:
        assert due_counts(session, store, due).to_do == 0  # the tray and the digest agree
    assert [f.kind for f in operations.list_followups(store, contact_id=arch)] == ["close-the-loop"]  # their own page
    operations.edit_contact(store, arch, archived=False)
    assert [f["contact_id"] for f in cli("followups", "--json").json()] == [arch]
