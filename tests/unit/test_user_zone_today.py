""""Today" is the day in the user's `timezone` setting, not on the computer's clock.

The computer runs on UTC; the user lives in Tokyo. At 23:30 UTC on Tuesday 24 Nov 2026 it is
08:30 on Wednesday 25 Nov in Tokyo: the user's Wednesday has begun, and that is what they see.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine

from netcompanion import operations
from tests.conftest import in_tokyo

TOKYO = ZoneInfo("Asia/Tokyo")
TUESDAY, WEDNESDAY, THURSDAY = dt.date(2026, 11, 24), dt.date(2026, 11, 25), dt.date(2026, 11, 26)


WEDNESDAY_MORNING = in_tokyo("2026-11-25T08:30")  # 23:30 UTC on Tuesday


pytestmark = pytest.mark.usefixtures("computer_on_utc")


@pytest.fixture
def tokyo(store):
    operations.update_settings(store, timezone="Asia/Tokyo")
    return store


def test_on_wednesday_morning_in_tokyo_the_call_list_is_wednesdays(tokyo):
    with time_machine.travel(WEDNESDAY_MORNING, tick=False):
        dana = operations.add_contact(tokyo, name="Dana Reyes")
        operations.add_followup(tokyo, dana.id, due=WEDNESDAY, note="send the deck")
        listed = operations.call_list(tokyo)
    assert [(e.name, e.reasons[0]) for e in listed] == [("Dana Reyes", "follow-up due today: send the deck")]


def test_a_follow_up_due_yesterday_in_tokyo_is_overdue_on_the_list(tokyo):
    with time_machine.travel(WEDNESDAY_MORNING, tick=False):
        dana = operations.add_contact(tokyo, name="Dana Reyes")
        operations.add_followup(tokyo, dana.id, due=TUESDAY)
        (entry,) = operations.call_list(tokyo)
    assert entry.reasons[0] == "follow-up due since yesterday"


def test_with_no_zone_set_today_is_the_computers(store):
    with time_machine.travel(WEDNESDAY_MORNING, tick=False):
        dana = operations.add_contact(store, name="Dana Reyes")
        operations.add_followup(store, dana.id, due=WEDNESDAY)
        assert operations.call_list(store) == []  # Wednesday's follow-up is not due yet on a Tuesday in UTC


def test_a_call_at_8_30_in_tokyo_is_one_of_the_days_calls_all_day(tokyo):
    """Logged at 08:30 (still Tuesday in UTC), it counts as Wednesday's in the Tokyo evening too."""
    with time_machine.travel(WEDNESDAY_MORNING, tick=False):
        dana = operations.add_contact(tokyo, name="Dana Reyes")
        operations.add_followup(tokyo, dana.id, due=WEDNESDAY)
        operations.log_touch(tokyo, dana.id, channel="call", outcome="reached")
    with time_machine.travel(in_tokyo("2026-11-25T19:00"), tick=False):  # 10:00 UTC, Wednesday for both
        assert operations.touched_today(tokyo) == 1
        assert [d.entry.name for d in operations.done_today(tokyo, WEDNESDAY)] == ["Dana Reyes"]


def test_a_meeting_logged_on_wednesday_morning_plans_thursdays_thank_you(tokyo):
    with time_machine.travel(WEDNESDAY_MORNING, tick=False):
        dana = operations.add_contact(tokyo, name="Dana Reyes")
        made = operations.log_touch(tokyo, dana.id, channel="meeting", outcome="reached", mood="neutral")
    assert [(f.kind, f.due) for f in made.followups_created] == [("thank-you", THURSDAY)]


def test_a_conversation_on_monday_morning_in_tokyo_counts_in_the_new_week(tokyo):
    monday_morning = in_tokyo("2026-11-30T08:30")  # still Sunday in UTC
    with time_machine.travel(monday_morning, tick=False):
        dana = operations.add_contact(tokyo, name="Dana Reyes")
        operations.log_touch(tokyo, dana.id, channel="call", outcome="reached")
        weeks = operations.weekly_progress(tokyo, weeks=2).weeks
    assert [(w.week_start, w.conversations) for w in weeks] == [(dt.date(2026, 11, 23), 0), (dt.date(2026, 11, 30), 1)]


def test_snoozing_until_tokyos_today_is_refused(tokyo):
    """A snooze is until a day after today: Wednesday is today already in Tokyo."""
    with time_machine.travel(WEDNESDAY_MORNING, tick=False):
        dana = operations.add_contact(tokyo, name="Dana Reyes")
        followup = operations.add_followup(tokyo, dana.id, due=TUESDAY)
        with pytest.raises(operations.ValidationError, match="a day after today"):
            operations.snooze_followup(tokyo, followup.id, WEDNESDAY)


def test_the_command_line_lists_and_marks_follow_ups_by_the_users_day(store, cli):
    """With the real clock: the computer 12 hours behind UTC, the user 14 hours ahead — on any day the
    user's date is one or two days past the computer's. (Were midnight to pass meanwhile, both still hold.)"""
    operations.update_settings(store, timezone="Pacific/Kiritimati")
    users_today = dt.datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
    dana = operations.add_contact(store, name="Dana Reyes")
    ben = operations.add_contact(store, name="Ben Crane")
    operations.add_followup(store, dana.id, due=users_today, note="send the deck")
    operations.add_followup(store, ben.id, due=users_today - dt.timedelta(days=1))
    computer = {"TZ": "Etc/GMT+12"}

    listed = cli("today", "--json", env=computer).json()
    assert "Dana Reyes" in [entry["name"] for entry in listed]
    rows = cli("followups", env=computer).out.splitlines()
    assert [row for row in rows if "Ben Crane" in row and "(overdue)" in row], rows


def test_without_a_zone_database_the_computers_offset_is_used_not_utc(monkeypatch, tmp_path):
    """Windows has no /etc/localtime and no TZ: the user's day must still be the computer's."""
    import time

    from netcompanion import clock

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        monkeypatch.delenv("TZ")  # the process keeps Tokyo's offset, as Windows keeps its own
        monkeypatch.setattr(clock, "_LOCALTIME", tmp_path / "localtime")  # no such file
        zone = clock.local_zone("")
        with time_machine.travel(WEDNESDAY_MORNING, tick=False):
            assert clock.today(zone) == WEDNESDAY
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_computers_zone_changed_while_the_app_runs_is_seen_at_once(monkeypatch, tmp_path):
    """The system's zone is looked up once per what names it (TZ, the /etc/localtime link), not once
    for good: setting the computer to another zone moves "today" without a restart."""
    from netcompanion import clock

    zoneinfo = tmp_path / "usr" / "share" / "zoneinfo"  # the zone is named by the link's target
    link = tmp_path / "localtime"
    link.symlink_to(zoneinfo / "Asia" / "Tokyo")
    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setattr(clock, "_LOCALTIME", link)
    assert str(clock.local_zone("")) == "Asia/Tokyo"
    replaced = tmp_path / "localtime.new"  # as the system sets a zone: a new link moved over the old
    replaced.symlink_to(zoneinfo / "Europe" / "Berlin")
    replaced.replace(link)
    assert str(clock.local_zone("")) == "Europe/Berlin"
    monkeypatch.setenv("TZ", "America/New_York")
    assert str(clock.local_zone("")) == "America/New_York"
