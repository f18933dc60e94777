"""Rule 11 on the user's working days (Settings, Mon–Fri by default): a next step planned "by" a
day off comes up on the next working day, and the nudge names that day. A thrilled call on a
Thursday asked for one "by Sun 6 Dec"."""

from __future__ import annotations

import datetime as dt

import time_machine

from netcompanion import operations
from netcompanion.settings import load_settings, save_settings, with_changes

THURSDAY = dt.datetime(2026, 12, 3, 11, 0)


def _thrilled_call(store, name: str):
    contact = operations.add_contact(store, name=name).id
    with time_machine.travel(THURSDAY.astimezone(), tick=False):
        result = operations.log_touch(store, contact, channel="call", outcome="reached", mood="thrilled")
    [step] = [f for f in result.followups_created if f.kind == "next-step"]
    [said] = [n.message for n in result.nudges if n.rule == "grasp-the-thrilled"]
    return step, said


def test_a_next_step_due_on_a_sunday_comes_up_on_monday(store):
    step, said = _thrilled_call(store, "Lena Fischer")
    assert step.due == dt.date(2026, 12, 7)
    assert said.endswith("propose a next step (coffee, a call) by Mon 7 Dec.")


def test_someone_who_works_sundays_keeps_the_sunday(store):
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), working_days="1234567"))
    step, said = _thrilled_call(store, "Lena Fischer")
    assert step.due == dt.date(2026, 12, 6)
    assert said.endswith("by Sun 6 Dec.")
