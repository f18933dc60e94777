"""Editing a follow-up: a wrong day, a time wanted on it, a reworded note — without dismissing it and
losing where it came from. A new day on a snoozed one replaces the snooze, in every place it shows."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from icalendar import Calendar

from netcompanion import operations
from netcompanion.reminders.facts import load_facts
from netcompanion.rules.common import say_day
from tests.conftest import daytime_for_reminders, table_counts
from tests.unit.test_reminders import at, configure, run_until

MONDAY = dt.datetime(2026, 11, 23, 10, 0)  # Mon 23 Nov 2026


@pytest.fixture
def monday(store):
    with time_machine.travel(MONDAY.astimezone(), tick=False):
        yield


@pytest.fixture
def kofi(store, monday):
    return operations.add_contact(store, name="Kofi Mensah")


def test_a_rule_planned_follow_up_gets_a_new_day_time_kind_and_note_and_becomes_the_users_own(store, kofi):
    (try_again,) = operations.log_touch(store, kofi.id, channel="call", outcome="no-answer").followups_created
    day = try_again.due + dt.timedelta(days=2)

    edit = operations.edit_followup(store, try_again.id, due=day, at=dt.time(9, 30), kind="keep-in-touch",
                                    note="Ask about the new team")  # fmt: skip

    (listed,) = operations.list_followups(store)
    assert (listed.id, listed.origin, listed.status) == (try_again.id, "manual", "open")  # another kind: yours
    assert (listed.due, listed.at, listed.kind, listed.note) == (day, dt.time(9, 30), "keep-in-touch",
                                                                 "Ask about the new team")  # fmt: skip
    assert edit.changed == ("due", "at", "kind", "note")
    assert (edit.before.due, edit.before.at, edit.before.kind) == (try_again.due, None, try_again.kind)



def test_a_try_again_given_a_new_day_stays_the_rules_but_one_made_another_kind_survives_the_next_try(store, kofi):
    (moved,) = operations.log_touch(store, kofi.id, channel="call", outcome="no-answer").followups_created
    operations.edit_followup(store, moved.id, due=moved.due + dt.timedelta(days=1))
    assert operations.list_followups(store)[0].origin == moved.origin  # still the rule's "try again"

    operations.edit_followup(store, moved.id, kind="keep-in-touch", note="Ask about Q1 plans",
                             due=moved.due + dt.timedelta(days=30))  # for next month, not due at the next try
    later = moved.due + dt.timedelta(days=2)
    with time_machine.travel(dt.datetime.combine(later, dt.time(10, 0)).astimezone(), tick=False):
        operations.log_touch(store, kofi.id, channel="call", outcome="no-answer")  # the next try

    kept = [f for f in operations.list_followups(store) if f.id == moved.id]
    assert [(f.kind, f.note, f.status) for f in kept] == [("keep-in-touch", "Ask about Q1 plans", "open")]


def test_only_what_is_given_changes_and_the_time_can_be_taken_off(store, kofi):
    made = operations.add_followup(store, kofi.id, due=dt.date(2026, 11, 30), at=dt.time(14, 0), note="Coffee?")

    assert operations.edit_followup(store, made.id, note="Coffee at the fair?").changed == ("note",)
    edit = operations.edit_followup(store, made.id, at=None)

    (listed,) = operations.list_followups(store)
    assert (listed.due, listed.at, listed.note) == (dt.date(2026, 11, 30), None, "Coffee at the fair?")
    assert edit.changed == ("at",)
    assert operations.edit_followup(store, made.id, due=dt.date(2026, 11, 30)).changed == ()


def test_a_new_day_on_a_snoozed_follow_up_replaces_the_snooze_in_the_list_reminders_and_calendar(store, kofi, tmp_path):
    made = operations.add_followup(store, kofi.id, due=dt.date(2026, 11, 24), at=dt.time(11, 0))
    operations.snooze_followup(store, made.id, dt.date(2026, 12, 10))

    operations.edit_followup(store, made.id, due=dt.date(2026, 11, 26))  # earlier than the snooze: the user's day

    (listed,) = operations.list_followups(store)
    assert (listed.status, listed.snoozed_until, listed.effective_due(), listed.at) == (
        "open", None, dt.date(2026, 11, 26), dt.time(11, 0))  # fmt: skip
    assert [f.id for f in operations.list_followups(store, due_by=dt.date(2026, 11, 26))] == [made.id]
    facts, _ = load_facts(store, dt.date(2026, 11, 25))
    reminders = [(r.day, r.at) for r in facts.reminders if r.kind == "follow-up"]
    assert reminders == [(dt.date(2026, 11, 26), dt.time(11, 0))]
    operations.export_contacts(store, "ics", tmp_path / "followups.ics")
    (event,) = Calendar.from_ical((tmp_path / "followups.ics").read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart").astimezone().date() == dt.date(2026, 11, 26)


def test_a_new_time_on_a_snoozed_follow_up_keeps_the_snoozes_day(store, kofi):
    made = operations.add_followup(store, kofi.id, due=dt.date(2026, 11, 24))
    operations.snooze_followup(store, made.id, dt.date(2026, 12, 10))

    operations.edit_followup(store, made.id, due=dt.date(2026, 12, 10), at=dt.time(16, 45))

    (listed,) = operations.list_followups(store)
    assert (listed.status, listed.effective_due(), listed.at) == ("snoozed", dt.date(2026, 12, 10), dt.time(16, 45))


@pytest.mark.parametrize(
    ("change", "refusal"),
    [
        ({"due": dt.date(2025, 11, 1)}, "at most a year back (2025-11-23 or later; got 2025-11-01)"),
        ({"kind": "lunch"}, "Kind must be one of "),
    ],
)
def test_a_day_too_far_back_or_an_unknown_kind_is_refused_as_on_adding_and_nothing_changes(
    store, kofi, change, refusal
):
    made = operations.add_followup(store, kofi.id, due=dt.date(2026, 11, 30), note="as typed")
    before = table_counts(store)

    with pytest.raises(operations.ValidationError, match=re.escape(refusal)):
        operations.edit_followup(store, made.id, note="changed too", **change)

    assert operations.list_followups(store) == [made]
    assert table_counts(store) == before


@pytest.mark.parametrize(
    ("close", "word"), [(operations.complete_followup, "done"), (operations.dismiss_followup, "dismissed")]
)
def test_a_done_or_dismissed_follow_up_cannot_be_edited_and_says_so(store, kofi, close, word):
    made = operations.add_followup(store, kofi.id, due=dt.date(2026, 11, 30))
    close(store, made.id)

    with pytest.raises(operations.ValidationError) as refused:
        operations.edit_followup(store, made.id, due=dt.date(2026, 12, 1))

    assert str(refused.value) == (
        f"Follow-up #{made.id} is already {word}: only an open one can be changed (add a new one instead)."
    )


def test_taking_an_edit_back_puts_the_snooze_the_day_and_the_note_back(store, kofi):
    made = operations.add_followup(store, kofi.id, due=dt.date(2026, 11, 24), note="Call")
    snoozed = operations.snooze_followup(store, made.id, dt.date(2026, 12, 10))
    edit = operations.edit_followup(store, made.id, due=dt.date(2026, 11, 27), at=dt.time(8, 15), note="Call back")

    operations.take_back_followup_edit(store, edit)

    assert operations.list_followups(store) == [snoozed]


def test_taking_an_edit_back_keeps_what_was_changed_since(store, kofi):
    made = operations.add_followup(store, kofi.id, due=dt.date(2026, 11, 24), note="Call")
    edit = operations.edit_followup(store, made.id, due=dt.date(2026, 11, 27), note="Call back")
    operations.edit_followup(store, made.id, note="Call back after the fair")

    operations.take_back_followup_edit(store, edit)

    (listed,) = operations.list_followups(store)
    assert (listed.due, listed.note) == (dt.date(2026, 11, 24), "Call back after the fair")


def test_a_running_app_reminds_at_the_new_time_not_the_old_one(store):
    configure(store)
    with time_machine.travel(at("2026-11-20T12:00"), tick=False):
        dana = operations.add_contact(store, name="Dana Reyes")
        made = operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(10, 0))
    run_until(store, at("2026-11-24T08:00"), at("2026-11-24T09:00"), step=dt.timedelta(minutes=30))  # the digest
    with time_machine.travel(at("2026-11-24T09:30"), tick=False):
        operations.edit_followup(store, made.id, at=dt.time(15, 0))

    fired = run_until(store, at("2026-11-24T09:30"), at("2026-11-24T15:30"), step=dt.timedelta(minutes=15))

    assert [(when.strftime("%H:%M"), n.body) for when, n in fired] == [("15:00", "Due at 15:00.")]


def test_a_follow_up_moved_to_a_moment_already_gone_is_not_announced(store):
    """As one added after its moment: the user has it in front of them, and the lists show it."""
    configure(store)
    with time_machine.travel(at("2026-11-20T12:00"), tick=False):
        dana = operations.add_contact(store, name="Dana Reyes")
        earlier = operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(16, 0))
        today = operations.add_followup(store, dana.id, due=dt.date(2026, 11, 30), note="the deck")
    run_until(store, at("2026-11-24T08:00"), at("2026-11-24T09:00"), step=dt.timedelta(minutes=30))  # the digest
    with time_machine.travel(at("2026-11-24T11:00"), tick=False):
        operations.edit_followup(store, earlier.id, at=dt.time(10, 0))
        operations.edit_followup(store, today.id, due=dt.date(2026, 11, 24))  # its digest moment was 09:00

    fired = run_until(store, at("2026-11-24T11:00"), at("2026-11-24T17:00"), step=dt.timedelta(minutes=30))

    assert fired == []
    assert {f.id for f in operations.list_followups(store, due_by=dt.date(2026, 11, 24))} == {earlier.id, today.id}


# ---- the command line ---------------------------------------------------------------------------


def test_the_command_line_changes_a_follow_up_and_says_what_it_was(store, cli):
    today = daytime_for_reminders(store)
    dana = operations.add_contact(store, name="Dana Reyes")
    made = operations.add_followup(store, dana.id, due=today + dt.timedelta(days=3), at=dt.time(9, 30),
                                   note="Send deck")  # fmt: skip
    day = today + dt.timedelta(days=5)

    changed = cli("followups", "edit", str(made.id), "--due", day.isoformat(), "--no-time", "--kind", "thank-you",
                  "--note", "Send the deck")  # fmt: skip

    assert changed.code == 0, changed.err
    assert changed.out.splitlines() == [
        f"Follow-up #{made.id} with Dana Reyes changed: due {day} (was {made.due}); no time (was 09:30; it comes "
        "with the morning digest); kind thank-you (was follow-up); note “Send the deck” (was “Send deck”)."
    ]
    (listed,) = cli("followups", "--json").json()
    assert (listed["comes_up"], listed["at"], listed["kind"], listed["note"]) == (day.isoformat(), None, "thank-you",
                                                                                 "Send the deck")  # fmt: skip
    as_json = cli("followups", "edit", str(made.id), "--at", "7:05", "--json").json()
    assert (as_json["at"], as_json["changed"], as_json["before"]["at"]) == ("07:05", ["at"], None)


def test_the_command_line_says_a_new_day_replaces_the_snooze(store, cli):
    today = daytime_for_reminders(store)
    dana = operations.add_contact(store, name="Dana Reyes")
    made = operations.add_followup(store, dana.id, due=today + dt.timedelta(days=1))
    until = today + dt.timedelta(days=8)
    operations.snooze_followup(store, made.id, until)
    day = today + dt.timedelta(days=4)

    changed = cli("followups", "edit", str(made.id), "--due", day.isoformat())

    assert changed.out.splitlines() == [
        f"Follow-up #{made.id} with Dana Reyes changed: due {day} (snoozed until {until}: the new day replaces "
        "the snooze)."
    ]
    assert [(f["status"], f["comes_up"]) for f in cli("followups", "--json").json()] == [("open", day.isoformat())]


def test_the_command_line_wants_something_to_change_and_refuses_a_done_follow_up_in_one_line(store, cli):
    today = daytime_for_reminders(store)
    dana = operations.add_contact(store, name="Dana Reyes")
    made = operations.add_followup(store, dana.id, due=today + dt.timedelta(days=1))

    nothing = cli("followups", "edit", str(made.id))
    both = cli("followups", "edit", str(made.id), "--at", "10:00", "--no-time")
    operations.complete_followup(store, made.id)
    done = cli("followups", "edit", str(made.id), "--note", "too late")

    assert (nothing.code, nothing.out) == (2, "")
    assert nothing.err.startswith("netcompanion followups edit: error: say what to change: --due, --at or --no-time")
    assert (both.code, both.out, len(both.err.splitlines())) == (2, "", 1)
    assert (done.code, done.out) == (1, "")
    assert done.err.splitlines() == [
        f"netcompanion: error: Follow-up #{made.id} is already done: only an open one can be changed (add a new "
        "one instead)."
    ]


def test_the_follow_up_list_marks_a_snoozed_one_with_the_day_it_was_due(store, cli):
    today = daytime_for_reminders(store)
    dana = operations.add_contact(store, name="Dana Reyes")
    due = today + dt.timedelta(days=1)
    made = operations.add_followup(store, dana.id, due=due)
    operations.add_followup(store, dana.id, due=today + dt.timedelta(days=2), note="not snoozed")
    until = today + dt.timedelta(days=6)
    operations.snooze_followup(store, made.id, until)

    listed = cli("followups").out.splitlines()

    assert [line.split()[:5] for line in listed[1:]] == [
        [str(made.id + 1), (today + dt.timedelta(days=2)).isoformat(), "follow-up", "Dana", "Reyes"],
        [str(made.id), until.isoformat(), "(snoozed", "from", f"{due})"],
    ]


def test_a_contacts_card_marks_a_snoozed_follow_up_and_an_overdue_one_as_the_list_does(store, cli):
    """`contacts show` gave the snooze's end as if it were the day the follow-up was due."""
    today = daytime_for_reminders(store)
    dana = operations.add_contact(store, name="Dana Reyes")
    due = today + dt.timedelta(days=1)
    made = operations.add_followup(store, dana.id, due=due, kind="thank-you")
    until = today + dt.timedelta(days=6)
    operations.snooze_followup(store, made.id, until)
    late = today - dt.timedelta(days=2)
    operations.add_followup(store, dana.id, due=late, note="call back")

    shown = [line.split(None, 1)[1] for line in cli("contacts", "show", str(dana.id)).out.splitlines()
             if line.strip().startswith("follow-up:")]  # fmt: skip

    assert shown == [f"{late} (overdue) follow-up — call back", f"{until} (snoozed from {due}) thank-you note"]


def test_a_try_again_moved_into_the_cooldown_is_not_announced_as_the_cooldown_being_over(store, kofi):
    """Moved to a day the pause still runs, the rules' "try again" kept saying "It's fine to follow up with
    Kofi now" that day; it says what it is, a follow-up, and the untouched one still says the pause is over."""
    (try_again,) = operations.log_touch(store, kofi.id, channel="call", outcome="no-answer").followups_created
    cooldown_until = operations.get_contact(store, kofi.id).cooldown_until
    earlier = cooldown_until - dt.timedelta(days=2)
    facts, _ = load_facts(store, try_again.due)
    assert [r.title for r in facts.reminders if r.kind == "follow-up"] == ["It's fine to follow up with Kofi now"]

    operations.edit_followup(store, try_again.id, due=earlier)

    facts, _ = load_facts(store, earlier)
    assert [r.title for r in facts.reminders if r.kind == "follow-up"] == ["Follow up with Kofi Mensah"]
    # nor in the words under it: the rule's note said the pause was over
    (moved,) = [r for r in facts.reminders if r.kind == "follow-up"]
    assert "fine to follow up" not in moved.body and say_day(cooldown_until) in moved.body
