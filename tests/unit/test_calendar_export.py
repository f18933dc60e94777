"""The .ics export as a calendar app reads it: a running campaign's planned calls, and any stored date."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from icalendar import Calendar

from netcompanion import operations
from tests.conftest import store_directly

THURSDAY = dt.date(2026, 1, 8)


def _events(path) -> list:
    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_planned_campaign_calls_are_all_day_entries_on_the_working_days_ahead(store, tmp_path):
    """25 members at 10 a day from a Thursday: 10 on Thursday, 9 on Friday (a thank-you due then comes
    first on the call list and takes a place), 6 on Monday — not the weekend."""
    with time_machine.travel(dt.datetime.combine(THURSDAY, dt.time(10, 0)).astimezone(), tick=False):
        ids = [operations.add_contact(store, name=f"Person {n}", closeness=3, value=3).id for n in range(25)]
        operations.create_campaign(store, "Re-warm", quota=10, contact_ids=ids)
        operations.add_followup(store, ids[0], due=THURSDAY + dt.timedelta(days=1), kind="thank-you")
        path = tmp_path / "calls.ics"
        assert operations.export_contacts(store, "ics", path) == 4

        events = _events(path)
        calls = sorted(
            (e.decoded("dtstart"), str(e["summary"])) for e in events if "Re-warm" in str(e["summary"])
        )
        assert calls == [
            (THURSDAY, "Campaign “Re-warm”: 10 calls planned"),
            (dt.date(2026, 1, 9), "Campaign “Re-warm”: 9 calls planned"),
            (dt.date(2026, 1, 12), "Campaign “Re-warm”: 6 calls planned"),
        ]
        for event in events:  # all-day entries with a stable identity, so a newer export updates them
            assert type(event.decoded("dtstart")) is dt.date
            assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(days=1)
            assert str(event["uid"]).endswith("@netcompanion")
        assert len({str(e["uid"]) for e in events}) == 4

        # A call made today comes off today's entry; nothing is planned for days already gone.
        operations.log_touch(store, ids[0], channel="call", outcome="reached")
        operations.export_contacts(store, "ics", path)
        today = [str(e["summary"]) for e in _events(path) if e.decoded("dtstart") == THURSDAY]
        assert today == ["Campaign “Re-warm”: 9 calls planned"]
    with time_machine.travel(dt.datetime(2026, 1, 12, 10, 0).astimezone(), tick=False):
        operations.export_contacts(store, "ics", path)
        calls = [e.decoded("dtstart") for e in _events(path) if "Re-warm" in str(e["summary"])]
        assert min(calls) == dt.date(2026, 1, 12)


def _wall_time(event, zone: str) -> dt.datetime:
    """When the entry starts on the user's clock: UTC instants converted, floating times as they are."""
    start = event.decoded("dtstart")
    return start if start.tzinfo is None else start.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def _length(event) -> dt.timedelta:
    return (
        event.decoded("duration")
        if "duration" in event
        else event.decoded("dtend") - event.decoded("dtstart")
    )


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Tokyo", "UTC"])
def test_any_stored_date_exports_even_at_the_ends_of_the_calendar(store, cli, tmp_path, zone):
    """9999-12-31 23:59 in New York is in the year 10000 in UTC; 0001-01-01 00:00 in Tokyo is in year 0."""
    contact = operations.add_contact(store, name="Dana Whitfield").id
    timed = {
        dt.datetime(9999, 12, 31, 23, 59),
        dt.datetime(1, 1, 1, 0, 0),
        dt.datetime(2026, 3, 2, 9, 30),
    }
    for when in timed:  # the app refuses such days now; older files or other tools may hold them
        made = operations.add_followup(store, contact, due=dt.date.today())  # any day it takes, then replaced
        store_directly(store, "followups", made.id, due_date=when.date(), due_time=when.time())
    for day in (dt.date.max, dt.date.min):
        made = operations.add_followup(store, contact, due=dt.date.today())
        store_directly(store, "followups", made.id, due_date=day)
    campaign = operations.create_campaign(store, "Year's end", quota=1, contact_ids=[contact])
    store_directly(store, "campaigns", campaign.id, start_date=dt.date(9999, 12, 30))

    done = cli("export", "ics", str(tmp_path / "all.ics"), env={"TZ": zone})
    assert done.code == 0, done.err

    events = _events(tmp_path / "all.ics")
    follow_ups = [e for e in events if "Dana Whitfield" in str(e["summary"])]
    all_day = [e for e in follow_ups if e["dtstart"].params.get("VALUE") == "DATE"]
    at_a_time = [e for e in follow_ups if e not in all_day]
    assert {e.decoded("dtstart") for e in all_day} == {dt.date.max, dt.date.min}
    assert {_wall_time(e, zone) for e in at_a_time} == timed
    assert {_length(e) for e in all_day} == {dt.timedelta(days=1)}
    assert {_length(e) for e in at_a_time} == {dt.timedelta(minutes=15)}
    assert not any("TZID" in e["dtstart"].params for e in follow_ups)  # no zone name without its definition
    ordinary = next(e for e in at_a_time if _wall_time(e, zone) == dt.datetime(2026, 3, 2, 9, 30))
    assert ordinary.decoded("dtstart").tzinfo is not None  # an instant, the same in every calendar app
    campaign = [
        (e.decoded("dtstart"), str(e["summary"])) for e in events if "Year's end" in str(e["summary"])
    ]
    assert campaign == [(dt.date(9999, 12, 30), "Campaign “Year's end”: 1 call planned")]


def test_every_running_campaign_has_its_own_entries(store, tmp_path):
    """Two campaigns side by side (a re-warming round and a short one for a target company)."""
    with time_machine.travel(dt.datetime.combine(THURSDAY, dt.time(10, 0)).astimezone(), tick=False):
        ids = [operations.add_contact(store, name=f"Person {n}", closeness=3, value=3).id for n in range(6)]
        operations.create_campaign(store, "Re-warm", quota=2, contact_ids=ids[:4])
        operations.create_campaign(store, "Fabrikam", quota=5, contact_ids=ids[4:])
        path = tmp_path / "calls.ics"
        assert operations.export_contacts(store, "ics", path) == 3
        calls = sorted((e.decoded("dtstart"), str(e["summary"])) for e in _events(path))
        assert calls == [
            (THURSDAY, "Campaign “Fabrikam”: 2 calls planned"),
            (THURSDAY, "Campaign “Re-warm”: 2 calls planned"),
            (dt.date(2026, 1, 9), "Campaign “Re-warm”: 2 calls planned"),
        ]


def test_a_calendar_with_nothing_in_it_is_refused_and_no_file_is_written(store, tmp_path, cli):
    """A calendar file must hold an entry; an empty one is refused by some calendar apps."""
    operations.add_contact(store, name="Ann Lee")
    path = tmp_path / "calls.ics"
    with pytest.raises(operations.ValidationError, match="nothing to put in a calendar"):
        operations.export_contacts(store, "ics", path)
    assert not path.exists()
    done = cli("export", "ics", str(path))
    assert done.code == 1 and "no open follow-ups and no campaign calls planned" in done.err
    assert not path.exists()


def _planned_due(cli, env) -> dict[str, str]:
    return {p["key"].split(":")[1]: p["due"] for p in cli("reminders", "planned", "--json", env=env).json()}


def _ics_starts(cli, env) -> dict[str, dt.datetime]:
    done = cli("export", "ics", "-", env=env)
    assert done.code == 0, done.err
    return {
        str(e["uid"]).removeprefix("followup-").removesuffix("@netcompanion"): e.decoded("dtstart")
        for e in Calendar.from_ical(done.out.encode()).walk("VEVENT")
    }


def test_a_follow_ups_time_is_the_same_moment_in_the_calendar_and_its_reminder(store, cli):
    """With the `timezone` setting on Tokyo and the system on UTC, a 10:00 follow-up reminded at 10:00
    Tokyo time while the .ics said 10:00 UTC: nine hours apart."""
    from netcompanion.settings import load_settings, save_settings, with_changes

    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), timezone="Asia/Tokyo", working_days="1234567"))
    tokyo = ZoneInfo("Asia/Tokyo")
    day = dt.datetime.now(tokyo).date() + dt.timedelta(days=3)
    contact = operations.add_contact(store, name="Tokyo Test")
    made = operations.add_followup(store, contact.id, due=day, at=dt.time(10, 0))
    env = {"TZ": "UTC"}
    at_ten = dt.datetime.combine(day, dt.time(10, 0), tzinfo=tokyo)
    assert _ics_starts(cli, env)[str(made.id)] == at_ten
    assert dt.datetime.fromisoformat(_planned_due(cli, env)[str(made.id)]) == at_ten


def test_a_snoozed_follow_up_keeps_its_time_in_the_list_the_calendar_and_its_reminder(store, cli):
    """Snoozed to another day, a follow-up at 10:00 was listed at 10:00 and exported at 10:00 but
    reminded at 9:00, with the morning digest."""
    from netcompanion.settings import load_settings, save_settings, with_changes

    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), timezone="Europe/Berlin", working_days="1234567"))
    berlin = ZoneInfo("Europe/Berlin")
    today = dt.datetime.now(berlin).date()
    contact = operations.add_contact(store, name="Dana Reyes")
    made = operations.add_followup(store, contact.id, due=today + dt.timedelta(days=1), at=dt.time(10, 0))
    later = today + dt.timedelta(days=4)
    env = {"TZ": "Europe/Berlin"}
    snoozed = cli("followups", "snooze", str(made.id), "--until", later.isoformat(), env=env)
    assert snoozed.out.strip() == f"Follow-up #{made.id} with Dana Reyes snoozed until {later} at 10:00."
    listed = cli("followups", env=env).out.splitlines()[1]
    assert f"{later} 10:00" in listed
    at_ten = dt.datetime.combine(later, dt.time(10, 0), tzinfo=berlin)
    assert _ics_starts(cli, env)[str(made.id)] == at_ten
    assert dt.datetime.fromisoformat(_planned_due(cli, env)[str(made.id)]) == at_ten


def test_a_follow_up_done_or_dismissed_since_an_export_comes_again_as_cancelled(store, tmp_path):
    """Exported on Thursday, Dana's thank-you done and Omar's follow-up dismissed on Friday: the next
    export left both out, so the calendar app kept them for good. They come again, with the same
    UIDs, cancelled — and two months on they are left out."""
    with time_machine.travel(dt.datetime.combine(THURSDAY, dt.time(10, 0)).astimezone(), tick=False):
        dana, omar, kim = (operations.add_contact(store, name=name).id for name in ("Dana Whitfield", "Omar Okafor", "Kim Lee"))
        thanks = operations.add_followup(store, dana, due=THURSDAY + dt.timedelta(days=1), kind="thank-you")
        chase = operations.add_followup(store, omar, due=THURSDAY + dt.timedelta(days=4), at=dt.time(9, 30))
        operations.add_followup(store, kim, due=THURSDAY + dt.timedelta(days=5))
        path = tmp_path / "follow-ups.ics"
        operations.export_contacts(store, "ics", path)
        before = {str(e["uid"]): e for e in _events(path)}
    assert all(e.get("status") is None for e in before.values())

    with time_machine.travel(dt.datetime.combine(THURSDAY + dt.timedelta(days=1), dt.time(10, 0)).astimezone(), tick=False):
        operations.complete_followup(store, thanks.id)
        operations.dismiss_followup(store, chase.id)
        done = operations.export_to_file(store, "ics", path)
        after = {str(e["uid"]): e for e in _events(path)}
    assert set(after) == set(before)  # the same UIDs: the app updates its entries instead of adding new ones
    assert (done.count, getattr(done, "cancelled", None)) == (3, 2)
    cancelled = {uid: str(e["summary"]) for uid, e in after.items() if str(e.get("status")) == "CANCELLED"}
    assert cancelled == {f"followup-{thanks.id}@netcompanion": "Thank you: Dana Whitfield (done)",
                         f"followup-{chase.id}@netcompanion": "Follow up: Omar Okafor (dismissed)"}  # fmt: skip
    assert all(int(after[uid]["sequence"]) > int(before[uid].get("sequence", 0)) for uid in cancelled)

    with time_machine.travel(dt.datetime.combine(THURSDAY + dt.timedelta(days=70), dt.time(10, 0)).astimezone(), tick=False):
        operations.export_contacts(store, "ics", path)
        assert [str(e["uid"]) for e in _events(path)] == [uid for uid in before if uid not in cancelled]


def test_the_command_line_says_which_entries_take_follow_ups_off_the_calendar(store, cli, tmp_path):
    dana = operations.add_contact(store, name="Dana Whitfield").id
    for kind in ("thank-you", "follow-up"):
        operations.add_followup(store, dana, due=dt.date.today() + dt.timedelta(days=3), kind=kind)
    operations.complete_followup(store, operations.list_followups(store)[0].id)
    done = cli("export", "ics", str(tmp_path / "follow-ups.ics"))
    assert done.code == 0, done.err
    assert done.out == (f"Exported 2 calendar entries (follow-ups and planned calls; 1 of them is a follow-up no longer "
                        "on your list (done or dismissed lately, or waiting with a contact archived or in the trash), "
                        f"marked cancelled so that your calendar app takes it off) to {tmp_path / 'follow-ups.ics'}.\n")  # fmt: skip


def test_each_export_is_newer_news_for_every_entry_so_a_follow_up_open_again_is_not_left_cancelled(store, tmp_path):
    """Done by mistake and exported (cancelled), then open again: with SEQUENCE 1 for cancelled and 0 for
    open, the later export looked older than the cancellation and the calendar app kept it cancelled."""
    path = tmp_path / "follow-ups.ics"
    with time_machine.travel(dt.datetime.combine(THURSDAY, dt.time(8, 0)).astimezone(), tick=False):
        dana = operations.add_contact(store, name="Dana Whitfield").id
        made = operations.add_followup(store, dana, due=THURSDAY + dt.timedelta(days=1))
    sequences = []
    def open_again(store, followup_id):  # as taking back the touch that settled it does
        store_directly(store, "followups", followup_id, status="open", closed_at=None)

    for hours, change in ((0, None), (1, operations.complete_followup), (2, open_again)):
        with time_machine.travel(dt.datetime.combine(THURSDAY, dt.time(9 + hours, 0)).astimezone(), tick=False):
            if change:
                change(store, made.id)
            operations.export_contacts(store, "ics", path)
            (event,) = [e for e in _events(path) if str(e["uid"]) == f"followup-{made.id}@netcompanion"]
            sequences.append((str(event.get("status", "")), int(event["sequence"])))
    assert [status for status, _ in sequences] == ["", "CANCELLED", ""]
    assert sequences[0][1] < sequences[1][1] < sequences[2][1]



def test_a_follow_up_set_aside_with_its_contact_is_cancelled_in_the_calendar_and_comes_back_with_them(store, tmp_path):
    """Archiving Dana or putting Omar in the trash takes their follow-ups off every list; the next export left
    them out, so the calendar app kept reminding of people the user had put away. They come cancelled, saying
    why — also Kim's, done after Kim went to the trash — and open again once the contact is back."""
    path = tmp_path / "follow-ups.ics"
    with time_machine.travel(dt.datetime.combine(THURSDAY, dt.time(10, 0)).astimezone(), tick=False):
        dana, omar, kim, lee = (operations.add_contact(store, name=n).id
                                for n in ("Dana Whitfield", "Omar Okafor", "Kim Lee", "Lee Park"))  # fmt: skip
        made = {who: operations.add_followup(store, who, due=THURSDAY + dt.timedelta(days=4)).id
                for who in (dana, omar, kim, lee)}  # fmt: skip
        operations.export_contacts(store, "ics", path)
        before = {str(e["uid"]) for e in _events(path)}

        operations.archive_contact(store, dana)
        operations.delete_contact(store, omar)
        operations.complete_followup(store, made[kim])
        operations.delete_contact(store, kim)
        done = operations.export_to_file(store, "ics", path)
        after = {str(e["uid"]): e for e in _events(path)}
    assert set(after) == before
    assert (done.count, done.cancelled) == (4, 3)
    states = {str(e["summary"]): str(e.get("status", "")) for e in after.values()}
    assert states == {
        "Follow up: Dana Whitfield (contact archived)": "CANCELLED",
        "Follow up: Omar Okafor (contact in the trash)": "CANCELLED",
        "Follow up: Kim Lee (done)": "CANCELLED",
        "Follow up: Lee Park": "",
    }

    with time_machine.travel(dt.datetime.combine(THURSDAY, dt.time(11, 0)).astimezone(), tick=False):
        operations.archive_contact(store, dana, archived=False)
        operations.restore_contact(store, omar)
        operations.export_contacts(store, "ics", path)
        states = {str(e["summary"]): str(e.get("status", "")) for e in _events(path)}
    assert states["Follow up: Dana Whitfield"] == states["Follow up: Omar Okafor"] == ""
