"""Working days changed in Settings reach the campaigns already running: the call list, the
campaign's plan and forecast, and the calendar export plan on the same days as the reminders."""

from __future__ import annotations

import datetime as dt

import time_machine

from netcompanion import operations
from tests.conftest import campaign_started_on, store_directly

MONDAY = dt.date(2026, 11, 23)
TUESDAY = MONDAY + dt.timedelta(days=1)


def _campaign_of_forty(store):
    for n in range(40):
        operations.add_contact(store, name=f"Person {n:02d}")
    return campaign_started_on(store, MONDAY, "Q1", contact_ids=[c.id for c in operations.find_contacts(store)])


def test_mondays_only_leaves_tuesday_without_campaign_calls_and_plans_mondays(store):
    _campaign_of_forty(store)
    with time_machine.travel(dt.datetime.combine(TUESDAY, dt.time(9)).astimezone(), tick=False):
        assert operations.call_list(store, TUESDAY), "Mon–Fri: Tuesday has campaign calls"
        operations.update_settings(store, working_days="1")
        assert operations.call_list(store, TUESDAY) == []
        status = operations.campaign_status(store, "Q1", TUESDAY)
    planned = [day.day for day in status.plan if day.planned]
    assert planned and all(day.isoweekday() == 1 for day in planned), planned
    assert status.forecast_done.isoweekday() == 1


def test_a_campaign_holding_the_days_settings_had_when_it_started_calls_on_the_days_settings_have_now(store):
    """A campaign started before Settings' days reached the campaigns still holds Mon–Fri from then: the
    call list, its plan and the reminders all keep to Mondays, the only working day Settings has now."""
    from netcompanion.reminders.facts import load_facts

    campaign = _campaign_of_forty(store)
    operations.update_settings(store, working_days="1")
    store_directly(store, "campaigns", campaign.id, working_days="12345")  # the copy it was started with
    with time_machine.travel(dt.datetime.combine(TUESDAY, dt.time(9)).astimezone(), tick=False):
        assert operations.call_list(store, TUESDAY) == []
        status = operations.campaign_status(store, "Q1", TUESDAY)
    planned = [day.day for day in status.plan if day.planned]
    assert planned and all(day.isoweekday() == 1 for day in planned), planned

    def campaign_reminders(day: dt.date) -> list[dt.date]:
        return [fact.day for fact in load_facts(store, day)[0].reminders if fact.kind == "campaign"]

    assert campaign_reminders(TUESDAY) == []
    assert campaign_reminders(MONDAY + dt.timedelta(days=7)) == [MONDAY + dt.timedelta(days=7)]
