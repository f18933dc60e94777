"""A campaign's reach rate counts the tries the patience rules count: three calls to Kofi in one
afternoon are one chase, as the rules say when the second and third are logged, not three tries."""

from __future__ import annotations

import datetime as dt

import time_machine

from netcompanion import operations
from netcompanion.rules.facts import ContactState, TouchFacts
from netcompanion.settings import Settings
from tests.conftest import campaign_started_on

MONDAY = dt.date(2026, 11, 23)


def _on(day: dt.date, fn, *args, **kwargs):
    with time_machine.travel(dt.datetime.combine(day, dt.time(10)).astimezone(), tick=False):
        return fn(*args, **kwargs)


def test_calls_within_the_cooldown_are_one_try_and_the_reach_rate_says_so(store):
    """Kofi: three unanswered calls on Monday, reached on the Wednesday after the week's room; Ama
    reached on Monday. The rate said 2 of 5 tries (40%): it is 2 of 3."""
    kofi, ama = (operations.add_contact(store, name=name).id for name in ("Kofi Mensah", "Ama Owusu"))
    campaign_started_on(store, MONDAY, "Autumn", contact_ids=[kofi, ama])
    for _ in range(3):
        _on(MONDAY, operations.log_touch, store, kofi, channel="call", outcome="no-answer")
    _on(MONDAY, operations.log_touch, store, ama, channel="call", outcome="reached")
    wednesday = MONDAY + dt.timedelta(days=9)
    _on(wednesday, operations.log_touch, store, kofi, channel="call", outcome="reached")

    status = _on(wednesday, operations.campaign_status, store, "Autumn")
    assert (status.reached, status.tries, round(status.reach_rate, 3)) == (2, 3, 0.667)
    assert status.calls == 5  # every touch is still a call made


def test_a_try_after_the_room_has_passed_counts_again():
    """The rules' own count, touch by touch: a call within the room is none, one after it is attempt 2."""
    from netcompanion.rules.chase import tries_to_reach

    day = MONDAY
    unanswered = TouchFacts("call", "no-answer", day)
    touches = [unanswered, unanswered, TouchFacts("call", "no-answer", day + dt.timedelta(days=8)),
               TouchFacts("call", "reached", day + dt.timedelta(days=9))]  # fmt: skip
    cold = ContactState(id=1, name="Kofi Mensah", stage="cold")
    assert tries_to_reach(cold, touches, Settings()) == (3, 3)
    assert tries_to_reach(cold, touches[:3], Settings()) == (2, None)
