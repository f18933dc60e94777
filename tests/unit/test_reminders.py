"""Reminders travel through time: due while closed or asleep, handled, across DST, in quiet hours."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine

from netcompanion import operations
from netcompanion.reminders import log as reminder_log
from netcompanion.reminders.engine import ReminderEngine
from netcompanion.reminders.facts import load_facts
from netcompanion.reminders.model import Facts, LogState, ReminderFact
from netcompanion.reminders.planner import plan
from netcompanion.settings import Settings, load_settings, save_settings, with_changes
from tests.conftest import campaign_started_on

BERLIN = ZoneInfo("Europe/Berlin")


def at(text: str, zone=BERLIN) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=zone)


def configure(store, **changes) -> None:
    with store.write() as session:
        settings = with_changes(load_settings(session), timezone="Europe/Berlin", **changes)
        save_settings(session, settings)


class Recorder:
    """Stands in for the desktop: remembers what would have popped up."""

    def __init__(self) -> None:
        self.shown = []

    def __call__(self, notification, record_id):
        self.shown.append(notification)
        return "test"


def run_until(store, start: dt.datetime, end: dt.datetime, step=dt.timedelta(minutes=1), recorder=None):
    """Live the app from start to end, ticking every `step` (like a running scheduler would)."""
    recorder = recorder or Recorder()
    engine = ReminderEngine(store, recorder)
    moment = start
    fired = []
    while moment <= end:
        with time_machine.travel(moment, tick=False):
            for n in engine.tick().shown:
                fired.append((moment.astimezone(BERLIN), n))
        moment += step
    return fired


@pytest.fixture(autouse=True)
def set_up_in_advance():
    """Data is entered on New Year's Day 2026, before every moment these tests live through.

    (A follow-up entered after its own moment is deliberately not announced; the tests must
    not depend on the real date they run on.)
    """
    with time_machine.travel(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), tick=False):
        yield


@pytest.fixture
def dana(store):
    """Dana, in a week whose daily digests the user already dismissed (so only the reminder under test shows)."""
    configure(store)
    reminder_log.dismiss(store, [f"digest:2026-11-{day}" for day in range(20, 31)])
    return operations.add_contact(store, name="Dana Reyes")


def test_a_follow_up_due_while_the_app_was_closed_shows_once_at_start(store, dana):
    # Monday 23 Nov 2026, a follow-up at 14:30; the app is closed until 17:00.
    operations.add_followup(
        store, dana.id, due=dt.date(2026, 11, 23), at=dt.time(14, 30), note="Ask about the offsite"
    )
    recorder = Recorder()
    fired = run_until(store, at("2026-11-23T17:00"), at("2026-11-23T17:10"), recorder=recorder)
    assert [n.title for _, n in fired] == ["Follow up with Dana Reyes"]
    assert fired[0][1].body == "Ask about the offsite"
    assert fired[0][1].contact_id == dana.id
    # A restart (a new engine on the same database) does not show it again.
    assert run_until(store, at("2026-11-23T17:15"), at("2026-11-23T17:20")) == []


def test_several_missed_reminders_arrive_as_one_summary(store, dana):
    others = [operations.add_contact(store, name=n) for n in ("Bo Lind", "Cy Park", "Di Ojo")]
    for who in (dana, *others):
        operations.add_followup(store, who.id, due=dt.date(2026, 11, 23), at=dt.time(10, 0))
    fired = run_until(store, at("2026-11-23T18:00"), at("2026-11-23T18:05"))
    assert len(fired) == 1
    summary = fired[0][1]
    assert summary.title == "4 follow-ups came due while you were away"
    assert "• Follow up with Dana Reyes" in summary.body
    assert len(summary.keys) == 4


def test_two_missed_follow_ups_with_one_person_are_told_apart_by_their_notes(store, dana):
    """The summary read "• Follow up with Dana Reyes" twice, with nothing to tell which was which."""
    operations.add_followup(store, dana.id, due=dt.date(2026, 11, 23), at=dt.time(10, 0), note="Send the deck")
    operations.add_followup(store, dana.id, due=dt.date(2026, 11, 23), at=dt.time(11, 0), note="Ask about Q1 budget")
    fired = run_until(store, at("2026-11-23T18:00"), at("2026-11-23T18:05"))
    assert len(fired) == 1
    lines = fired[0][1].body.splitlines()
    assert "• Follow up with Dana Reyes — Send the deck" in lines
    assert "• Follow up with Dana Reyes — Ask about Q1 budget" in lines


def test_a_follow_up_due_during_sleep_fires_once_after_wake(store, dana):
    operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(11, 0))
    # Running on Tuesday morning, then asleep 10:30-13:00 (no ticks), then awake again.
    before = run_until(store, at("2026-11-24T10:00"), at("2026-11-24T10:30"))
    after = run_until(store, at("2026-11-24T13:00"), at("2026-11-24T13:30"))
    assert before == []
    assert [(when.strftime("%H:%M"), n.title) for when, n in after] == [
        ("13:00", "Follow up with Dana Reyes")
    ]


def test_a_running_app_shows_a_timed_follow_up_on_the_minute(store, dana):
    operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(11, 0))
    fired = run_until(store, at("2026-11-24T10:55"), at("2026-11-24T11:05"))
    assert [when.strftime("%H:%M") for when, _ in fired] == ["11:00"]


def test_dismissed_and_snoozed_reminders_do_not_return_after_a_restart(store, dana):
    bo = operations.add_contact(store, name="Bo Lind")
    operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(11, 0))
    operations.add_followup(store, bo.id, due=dt.date(2026, 11, 24), at=dt.time(11, 0))
    with time_machine.travel(at("2026-11-24T10:00"), tick=False):
        facts, _ = load_facts(store, dt.date(2026, 11, 24))
    dana_key, bo_key = sorted((r.key for r in facts.reminders if r.kind == "follow-up"), key=lambda k: k)
    reminder_log.dismiss(store, [dana_key])
    reminder_log.snooze(store, [bo_key], at("2026-11-24T15:00").astimezone(dt.UTC))
    # Restart at 12:00: nothing (Dana dismissed, Bo snoozed until 15:00); Bo comes back at 15:00 once.
    fired = run_until(store, at("2026-11-24T12:00"), at("2026-11-24T16:00"), step=dt.timedelta(minutes=5))
    assert [(when.strftime("%H:%M"), n.keys) for when, n in fired] == [("15:00", (bo_key,))]
    assert run_until(store, at("2026-11-24T16:05"), at("2026-11-24T16:30")) == []


@pytest.mark.parametrize(
    ("zone", "spring", "autumn"),
    [
        ("Europe/Berlin", dt.date(2026, 3, 29), dt.date(2026, 10, 25)),
        ("America/New_York", dt.date(2026, 3, 8), dt.date(2026, 11, 1)),
    ],
)
def test_a_9_oclock_digest_fires_once_at_9_local_across_both_dst_changes(store, zone, spring, autumn):
    configure(store, working_days="1234567")
    zoneinfo = ZoneInfo(zone)
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), timezone=zone))
    dana = operations.add_contact(store, name="Dana Reyes")
    for change in (spring, autumn):
        # Something is due every day, so every day has a digest worth sending.
        for offset in range(-1, 3):
            operations.add_followup(store, dana.id, due=change + dt.timedelta(days=offset))
        start = dt.datetime.combine(change - dt.timedelta(days=1), dt.time(0, 0), tzinfo=zoneinfo)
        end = dt.datetime.combine(change + dt.timedelta(days=1), dt.time(23, 59), tzinfo=zoneinfo)
        engine = ReminderEngine(store, Recorder())
        digests = []
        moment = start.astimezone(dt.UTC)
        while moment <= end:  # every 15 minutes of real (UTC) time, across the jump
            with time_machine.travel(moment, tick=False):
                for n in engine.tick(moment).shown:
                    if any(k.startswith("digest:") for k in n.keys):
                        digests.append(moment.astimezone(zoneinfo))
            moment += dt.timedelta(minutes=15)
        assert [(d.date(), d.strftime("%H:%M")) for d in digests] == [
            (change + dt.timedelta(days=i), "09:00") for i in (-1, 0, 1)
        ]


def test_quiet_hours_hold_a_reminder_until_they_end(store, dana):
    configure(store, quiet_hours=("21:00", "08:00"))
    operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(22, 15))
    fired = run_until(store, at("2026-11-24T22:00"), at("2026-11-25T08:30"), step=dt.timedelta(minutes=15))
    assert [when.strftime("%a %H:%M") for when, _ in fired] == ["Wed 08:00"]


def test_a_reminder_held_back_says_what_holds_it():
    settings = Settings(timezone="Europe/Berlin", working_days="12345", quiet_hours=("21:00", "08:00"))
    facts = [
        ReminderFact("on time", "follow-up", dt.date(2026, 11, 26), dt.time(11, 0), "Follow up"),
        ReminderFact("saturday", "follow-up", dt.date(2026, 11, 28), dt.time(10, 0), "Follow up"),
        ReminderFact("friday night", "follow-up", dt.date(2026, 11, 27), dt.time(23, 30), "Follow up"),
        ReminderFact("snoozed", "follow-up", dt.date(2026, 11, 26), dt.time(11, 0), "Follow up"),
        ReminderFact("snoozed late", "follow-up", dt.date(2026, 11, 26), dt.time(12, 0), "Follow up"),
    ]
    log = {
        "snoozed": LogState("snoozed", at("2026-11-26T15:00").astimezone(dt.UTC)),
        "snoozed late": LogState("snoozed", at("2026-11-26T22:00").astimezone(dt.UTC)),
    }
    planned = plan(Facts(tuple(facts), log), at("2026-11-23T12:00"), settings)
    assert {p.key: (p.at.astimezone(BERLIN).strftime("%a %H:%M"), p.held) for p in planned} == {
        "on time": ("Thu 11:00", None),
        "snoozed": ("Thu 15:00", "snoozed"),
        "snoozed late": ("Fri 08:00", "snoozed, then after quiet hours"),
        "saturday": ("Mon 08:00", "after days off and quiet hours"),
        "friday night": ("Mon 08:00", "after quiet hours and days off"),
    }


def test_non_working_days_hold_reminders_until_monday_morning(store, dana):
    operations.add_followup(store, dana.id, due=dt.date(2026, 11, 28), at=dt.time(10, 0))  # a Saturday
    fired = run_until(store, at("2026-11-28T09:00"), at("2026-11-30T09:00"), step=dt.timedelta(minutes=30))
    assert [when.strftime("%a %H:%M") for when, _ in fired] == ["Mon 08:00"]


def said_on_the_morning_after_the_cooldown(store, dana) -> str:
    """Everything the notifications said around 9:00 on the first working morning after Dana's cooldown."""
    from netcompanion.store.models import Contact

    with store.read() as session:
        until = session.get(Contact, dana.id).cooldown_until
    morning = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(8, 55), tzinfo=BERLIN)
    while morning.isoweekday() > 5:
        morning += dt.timedelta(days=1)
    fired = run_until(store, morning, morning + dt.timedelta(minutes=10))
    return "\n".join(f"{n.title}\n{n.body}" for _, n in fired)


def test_a_cooldown_end_says_it_is_fine_to_follow_up(store, dana):
    with time_machine.travel(at("2026-11-23T15:00"), tick=False):
        operations.log_touch(store, dana.id, channel="call", outcome="no-answer", when=dt.date(2026, 11, 23))
    said = said_on_the_morning_after_the_cooldown(store, dana)
    assert said.count("It's fine to follow up with Dana now") == 1, said


def test_a_campaign_members_cooldown_end_is_its_own_reminder(store, dana):
    """Campaign members get no "try again" follow-up (the campaign brings them back), yet hear the cooldown end."""
    with time_machine.travel(at("2026-11-23T15:00"), tick=False):
        operations.create_campaign(store, "Winter", contact_ids=[dana.id], start=dt.date(2026, 11, 23))
        operations.log_touch(store, dana.id, channel="call", outcome="no-answer", when=dt.date(2026, 11, 23))
    assert operations.list_followups(store, contact_id=dana.id) == []
    said = said_on_the_morning_after_the_cooldown(store, dana)
    assert said.count("It's fine to follow up with Dana now") == 1, said


@pytest.mark.parametrize("close", [operations.dismiss_followup, operations.complete_followup])
def test_closing_the_try_again_follow_up_also_quiets_the_cooldown_end(store, dana, close):
    """Dismissing (or marking done) the "try again" follow-up a no-answer planned settles chasing Dana:
    the same "it's fine to follow up" must not come back as the cooldown's own reminder."""
    with time_machine.travel(at("2026-11-23T15:00"), tick=False):
        made = operations.log_touch(store, dana.id, channel="call", outcome="no-answer", when=dt.date(2026, 11, 23))
        (try_again,) = made.followups_created
        close(store, try_again.id)
    assert "It's fine to follow up" not in said_on_the_morning_after_the_cooldown(store, dana)


def test_a_closed_try_again_from_an_earlier_cooldown_does_not_quiet_a_later_one(store, dana):
    """Dana joins a campaign after the first try's follow-up was done: the next cooldown has no follow-up
    of its own, so its end is still announced."""
    with time_machine.travel(at("2026-11-02T15:00"), tick=False):
        made = operations.log_touch(store, dana.id, channel="call", outcome="no-answer", when=dt.date(2026, 11, 2))
        operations.complete_followup(store, made.followups_created[0].id)
    with time_machine.travel(at("2026-11-16T15:00"), tick=False):
        operations.create_campaign(store, "Winter", contact_ids=[dana.id], start=dt.date(2026, 11, 16))
        again = operations.log_touch(store, dana.id, channel="call", outcome="no-answer", when=dt.date(2026, 11, 16))
    assert again.followups_created == ()
    assert said_on_the_morning_after_the_cooldown(store, dana).count("It's fine to follow up with Dana now") == 1


def test_paused_notifications_show_nothing_and_lose_nothing(store, dana):
    operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(11, 0))
    configure(store, notifications_enabled=False)
    assert run_until(store, at("2026-11-24T10:55"), at("2026-11-24T11:05")) == []
    configure(store, notifications_enabled=True)
    fired = run_until(store, at("2026-11-24T11:30"), at("2026-11-24T11:35"))
    assert [n.title for _, n in fired] == ["Follow up with Dana Reyes"]


def test_snoozing_everything_holds_reminders_until_then(store, dana):
    operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(11, 0))
    reminder_log.snooze_all(store, at("2026-11-24T12:00").astimezone(dt.UTC))
    fired = run_until(store, at("2026-11-24T10:55"), at("2026-11-24T12:10"), step=dt.timedelta(minutes=5))
    assert [when.strftime("%H:%M") for when, _ in fired] == ["12:00"]


def test_every_notification_is_kept_in_the_history(store, dana):
    operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(11, 0))
    run_until(store, at("2026-11-24T11:00"), at("2026-11-24T11:00"))
    (entry,) = reminder_log.history(store)
    assert (entry.title, entry.contact_id, entry.delivered_by) == (
        "Follow up with Dana Reyes",
        dana.id,
        "test",
    )


def test_a_reminder_nothing_could_show_stays_due_and_keeps_its_snooze(store, dana):
    """No notifier answered at 12:00: not in the history, not marked shown; shown once one answers."""
    operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(11, 0))
    with time_machine.travel(at("2026-11-24T10:00"), tick=False):
        (fact,) = [r for r in load_facts(store, dt.date(2026, 11, 24))[0].reminders if r.kind == "follow-up"]
    reminder_log.snooze(store, [fact.key], at("2026-11-24T12:00").astimezone(dt.UTC))
    with time_machine.travel(at("2026-11-24T12:00"), tick=False):
        result = ReminderEngine(store, lambda notification, record_id: None).tick()
        assert [n.title for n in result.undelivered] == ["Follow up with Dana Reyes"] and result.shown == ()
        assert reminder_log.history(store) == []
        facts, _ = load_facts(store, dt.date(2026, 11, 24))
    assert facts.log[fact.key] == LogState("snoozed", at("2026-11-24T12:00").astimezone(dt.UTC))
    fired = run_until(store, at("2026-11-24T12:05"), at("2026-11-24T12:10"))
    assert [(when.strftime("%H:%M"), n.title) for when, n in fired] == [("12:05", "Follow up with Dana Reyes")]
    assert [e.delivered_by for e in reminder_log.history(store)] == ["test"]


def test_a_snoozed_follow_up_reminds_at_its_time_on_the_new_day(store, dana):
    operations.add_followup(store, dana.id, due=dt.date(2026, 11, 23), at=dt.time(14, 30))
    (made,) = operations.list_followups(store)
    operations.snooze_followup(store, made.id, dt.date(2026, 11, 25))
    fired = run_until(store, at("2026-11-25T08:55"), at("2026-11-25T14:35"), step=dt.timedelta(minutes=5))
    assert [(when.strftime("%a %H:%M"), n.body) for when, n in fired] == [("Wed 14:30", "Due at 14:30.")]


def test_the_planner_is_pure_and_skips_a_dst_gap_forward():
    settings = Settings(timezone="Europe/Berlin", working_days="1234567", quiet_hours=("00:00", "00:00"))
    fact = ReminderFact("x", "follow-up", dt.date(2026, 3, 29), dt.time(2, 30), "Follow up")
    (due,) = plan(Facts((fact,)), at("2026-03-28T12:00"), settings)
    assert due.at.astimezone(BERLIN).strftime("%H:%M %Z") == "03:30 CEST"


def test_the_morning_digest_carries_what_comes_due_with_it(store):
    configure(store)
    for name in ("Dana Reyes", "Bo Lind"):
        contact = operations.add_contact(store, name=name)
        operations.add_followup(store, contact.id, due=dt.date(2026, 11, 24))  # no time: due at the digest
    fired = run_until(store, at("2026-11-24T08:58"), at("2026-11-24T09:03"))
    assert [(when.strftime("%H:%M"), n.title) for when, n in fired] == [
        ("09:00", "Today: 2 calls (both with a follow-up due)")
    ]
    assert fired[0][1].body == "• Follow up with Dana Reyes\n• Follow up with Bo Lind"


def test_a_campaign_day_is_announced_on_its_working_days_only(store, dana):
    """The working days are Settings': a campaign has none of its own."""
    from netcompanion.store.models import Campaign, CampaignMember

    configure(store, working_days="135")
    with store.write() as session:
        campaign = Campaign(name="Re-warm 2026", daily_quota=10, start_date=dt.date(2026, 11, 23))
        session.add(campaign)
        session.flush()
        session.add(CampaignMember(campaign_id=campaign.id, contact_id=dana.id))
    fired = run_until(store, at("2026-11-23T08:00"), at("2026-11-26T10:00"), step=dt.timedelta(minutes=30))
    assert [(when.strftime("%a %H:%M"), n.title) for when, n in fired] == [
        ("Mon 09:00", "Campaign “Re-warm 2026”: 1 call planned today"),
        ("Wed 09:00", "Campaign “Re-warm 2026”: 1 call planned today"),
    ]


def test_an_empty_zone_setting_means_the_systems_zone_with_its_dst_rules(monkeypatch):
    from netcompanion.reminders.planner import local_zone

    monkeypatch.setenv("TZ", "America/New_York")
    assert local_zone("") == ZoneInfo("America/New_York")
    assert local_zone("Europe/Berlin") == BERLIN


def test_a_time_that_happens_twice_in_autumn_fires_at_its_first_occurrence():
    settings = Settings(timezone="Europe/Berlin", working_days="1234567", quiet_hours=("00:00", "00:00"))
    fact = ReminderFact("x", "follow-up", dt.date(2026, 10, 25), dt.time(2, 30), "Follow up")
    (due,) = plan(Facts((fact,)), at("2026-10-24T12:00"), settings)
    assert due.at == dt.datetime(
        2026, 10, 25, 0, 30, tzinfo=dt.UTC
    )  # 02:30 CEST, not 02:30 CET an hour later


@pytest.mark.parametrize(
    ("quiet", "due", "shown"),
    [
        (("12:00", "13:30"), "12:15", "13:30"),  # a lunch break, within one day
        (("12:00", "13:30"), "11:59", "11:59"),
        (("00:00", "00:00"), "03:00", "03:00"),  # no quiet hours at all
        (("22:00", "07:00"), "06:59", "07:00"),  # the early-morning part of a night
    ],
)
def test_quiet_hours_of_any_shape(quiet, due, shown):
    settings = Settings(timezone="Europe/Berlin", working_days="1234567", quiet_hours=quiet)
    fact = ReminderFact("x", "follow-up", dt.date(2026, 11, 24), dt.time.fromisoformat(due), "Follow up")
    (planned,) = plan(Facts((fact,)), at("2026-11-23T12:00"), settings)
    assert planned.at.astimezone(BERLIN).strftime("%H:%M") == shown
    assert planned.held == (None if shown == due else "after quiet hours")  # `reminders planned` says why


def test_a_follow_up_entered_after_its_moment_is_not_announced(store, dana):
    with time_machine.travel(at("2026-11-24T15:00"), tick=False):  # the user adds "today, 11:00" at 15:00
        operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(11, 0))
        operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(16, 0))
    fired = run_until(store, at("2026-11-24T15:00"), at("2026-11-24T16:05"), step=dt.timedelta(minutes=5))
    assert [(when.strftime("%H:%M"), n.body) for when, n in fired] == [("16:00", "Due at 16:00.")]


def test_the_reminder_log_lines_never_name_the_contact(store, dana):
    import logging

    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    engine_log = logging.getLogger("netcompanion.reminders.engine")
    handler = Keep(level=logging.DEBUG)
    engine_log.addHandler(handler)
    previous = engine_log.level
    engine_log.setLevel(logging.DEBUG)
    try:
        operations.add_followup(
            store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(11, 0), note="Bring the deck"
        )
        fired = run_until(store, at("2026-11-24T10:55"), at("2026-11-24T11:05"))
    finally:
        engine_log.removeHandler(handler)
        engine_log.setLevel(previous)
    assert [n.title for _, n in fired] == ["Follow up with Dana Reyes"]
    assert lines and all("Dana" not in line and "deck" not in line for line in lines), lines


def test_a_campaign_day_announces_the_calls_its_plan_holds_not_its_quota(store):
    """Five calls a day in the settings, a campaign started at ten: the reminder said ten."""
    configure(store, daily_quota=5)
    people = [operations.add_contact(store, name=f"P{n} Q").id for n in range(12)]
    campaign_started_on(store, dt.date(2026, 11, 23), "Winter", quota=10, contact_ids=people)
    fired = run_until(store, at("2026-11-23T08:00"), at("2026-11-23T10:00"), step=dt.timedelta(minutes=30))
    assert [(n.title, n.body) for _, n in fired] == [
        ("Today: 5 calls", "• Campaign “Winter”: 5 calls planned today")
    ]
