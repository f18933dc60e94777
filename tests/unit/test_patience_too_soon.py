"""Rules 2 and 3 with tries close together: a try made while the last one's cooldown still runs
is warned about and is the same chase — no further attempt toward parking. Tries filled in later
are judged by the day they were made: dated within that cooldown they are the same chase too, and
dated after it they count (see test_touch_history)."""

from __future__ import annotations

import datetime as dt

import pytest

from netcompanion import clock, operations
from netcompanion.rules.common import say_day
from netcompanion.store.models import Introduction
from tests.conftest import live_on

TODAY = dt.date(2026, 11, 24)  # a Tuesday: the first try's 7 days of room run until Tue 1 Dec
TOO_SOON = ("Too soon to chase: Kofi's cooldown after your last try runs until Tue 1 Dec. This try is the "
            "same chase, not attempt 2 of 3: give Kofi room until then.")  # fmt: skip


@pytest.fixture
def tuesday():
    with live_on(TODAY, dt.time(10, 0)):
        yield


def _said(result, rule=None):
    return [(n.level, n.message) for n in result.nudges if rule is None or n.rule == rule]


def test_three_emails_within_a_minute_warn_and_do_not_park(store, tuesday):
    kofi = operations.add_contact(store, name="Kofi Mensah").id
    first = operations.log_touch(store, kofi, channel="email", outcome="no-reply")
    assert any("attempt 1 of 3" in m for _, m in _said(first, "cooldown"))
    [reminder] = first.followups_created

    for _ in range(2):
        again = operations.log_touch(store, kofi, channel="email", outcome="no-reply")
        assert _said(again, "cooldown") == [("warning", TOO_SOON)]
        assert not any("parked" in m for _, m in _said(again))
        assert again.followups_created == ()

    after = operations.get_contact(store, kofi)
    assert (after.parked, after.unanswered_attempts, after.cooldown_until) == (False, 1, dt.date(2026, 12, 1))
    assert [(f.id, f.due) for f in operations.list_followups(store, contact_id=kofi)] == [
        (reminder.id, dt.date(2026, 12, 2))  # the first try's reminder still stands
    ]
    assert len(operations.list_interactions(store, kofi)) == 3  # every try is on their timeline


def test_the_log_dialog_warns_before_the_try_is_saved(store, tuesday):
    kofi = operations.add_contact(store, name="Kofi Mensah").id
    operations.log_touch(store, kofi, channel="call", outcome="no-answer")
    preview = operations.preview_touch(store, kofi, channel="voicemail", outcome="no-answer")
    assert ("warning", TOO_SOON) in [(n.level, n.message) for n in preview]


def test_the_first_try_after_the_cooldown_counts_and_the_third_parks(store, tuesday):
    kofi = operations.add_contact(store, name="Kofi Mensah").id
    operations.log_touch(store, kofi, channel="email", outcome="no-reply")
    operations.log_touch(store, kofi, channel="call", outcome="no-answer")  # too soon: not counted
    with live_on(dt.date(2026, 12, 2)):
        second = operations.log_touch(store, kofi, channel="call", outcome="no-answer")
        until = operations.get_contact(store, kofi).cooldown_until
    assert any("attempt 2 of 3" in m for _, m in _said(second, "cooldown"))
    assert not any("Too soon" in m for _, m in _said(second))
    with live_on(until + dt.timedelta(days=1)):
        third = operations.log_touch(store, kofi, channel="email", outcome="no-reply")
    assert any("3 tries without an answer: Kofi is parked" in m for _, m in _said(third))


def test_calls_filled_in_later_on_one_day_are_one_chase_and_do_not_park(store, tuesday):
    """Three unanswered calls dated Tue 10 Nov, logged two weeks on: each counted, and they parked Kofi."""
    kofi = operations.add_contact(store, name="Kofi Mensah").id
    tenth = TODAY - dt.timedelta(days=14)
    first = operations.log_touch(store, kofi, channel="call", outcome="no-answer", when=tenth)
    assert any("attempt 1 of 3" in m for _, m in _said(first, "cooldown"))
    [reminder] = first.followups_created

    for _ in range(2):
        again = operations.log_touch(store, kofi, channel="call", outcome="no-answer", when=tenth)
        assert _said(again, "cooldown") == [("info", "The same chase: this try came within the room your try "
                                             "before gave Kofi (until Tue 17 Nov), so it is not attempt 2 of 3. "
                                             "That room has passed: it's fine to follow up now.")]  # fmt: skip
        assert again.followups_created == ()

    after = operations.get_contact(store, kofi)
    assert (after.parked, after.unanswered_attempts, after.cooldown_until) == (False, 1, dt.date(2026, 11, 17))
    assert [f.id for f in operations.list_followups(store, contact_id=kofi)] == [reminder.id]


def test_a_try_filled_in_within_the_cooldown_of_one_before_it_is_the_same_chase(store, tuesday):
    kofi = operations.add_contact(store, name="Kofi Mensah").id
    operations.log_touch(store, kofi, channel="email", outcome="no-reply", when=TODAY - dt.timedelta(days=6))
    late = operations.log_touch(store, kofi, channel="call", outcome="no-answer", when=TODAY - dt.timedelta(days=2))
    assert [level for level, _ in _said(late, "cooldown")] == ["warning"]  # the room runs until Wed 25 Nov
    assert operations.get_contact(store, kofi).unanswered_attempts == 1


def test_a_try_filled_in_after_the_cooldown_of_one_before_it_counts(store, tuesday):
    kofi = operations.add_contact(store, name="Kofi Mensah").id
    operations.log_touch(store, kofi, channel="email", outcome="no-reply", when=TODAY - dt.timedelta(days=12))
    late = operations.log_touch(store, kofi, channel="call", outcome="no-answer", when=TODAY - dt.timedelta(days=4))
    assert any("attempt 2 of 3" in m for _, m in _said(late, "cooldown"))
    assert not any("Too soon" in m or "same chase" in m for _, m in _said(late))
    assert operations.get_contact(store, kofi).unanswered_attempts == 2


def test_a_try_today_is_too_soon_after_one_filled_in_whose_cooldown_still_runs(store, tuesday):
    kofi = operations.add_contact(store, name="Kofi Mensah").id
    operations.log_touch(store, kofi, channel="email", outcome="no-reply", when=TODAY - dt.timedelta(days=3))
    now = operations.log_touch(store, kofi, channel="call", outcome="no-answer")
    [(level, message)] = _said(now, "cooldown")
    assert level == "warning" and message.startswith("Too soon to chase: Kofi's cooldown after your last try "
                                                     "runs until Sat 28 Nov.")  # fmt: skip
    assert operations.get_contact(store, kofi).unanswered_attempts == 1


def test_a_try_too_soon_is_no_further_follow_up_on_an_introduction(store, tuesday):
    coach = operations.add_contact(store, name="Sofia Rossi").id
    kofi = operations.add_contact(store, name="Kofi Mensah").id
    intro = operations.record_introduction(store, coach, kofi, stage="made").record
    operations.log_touch(store, kofi, channel="email", outcome="no-reply")
    again = operations.log_touch(store, kofi, channel="email", outcome="no-reply")
    assert _said(again, "respect-the-introduction") == []
    with store.read() as session:
        assert session.get(Introduction, intro.id).unanswered_attempts == 1


def test_the_command_line_says_too_soon_instead_of_parking(store, cli):
    kofi = operations.add_contact(store, name="Kofi Mensah").id
    outs = [cli("log", str(kofi), "--channel", "email", "--outcome", "no-reply") for _ in range(3)]
    assert all(done.code == 0 for done in outs), [done.err for done in outs]
    assert "attempt 1 of 3" in outs[0].out
    until = say_day(clock.today() + dt.timedelta(days=7))
    for done in outs[1:]:
        assert f"! Too soon to chase: Kofi's cooldown after your last try runs until {until}." in done.out
        assert "parked" not in done.out
    contact = cli("contacts", "show", str(kofi), "--json").json()
    assert (contact["parked"], contact["unanswered_attempts"]) == (False, 1)


def test_the_command_line_counts_calls_filled_in_for_one_day_as_one_chase(store, cli):
    grace = operations.add_contact(store, name="Grace Hopper").id
    day = (clock.today() - dt.timedelta(days=10)).isoformat()
    outs = [cli("log", str(grace), "--channel", "call", "--outcome", "no-answer", "--date", day) for _ in range(3)]
    assert all(done.code == 0 for done in outs), [done.err for done in outs]
    assert "attempt 1 of 3" in outs[0].out
    for done in outs[1:]:
        assert "The same chase: this try came within the room your try before gave Grace" in done.out
        assert "parked" not in done.out
    contact = cli("contacts", "show", str(grace), "--json").json()
    assert (contact["parked"], contact["unanswered_attempts"]) == (False, 1)
