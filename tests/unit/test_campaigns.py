"""Campaigns: choosing members, the pace, and a forecast that unanswered calls push out honestly."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine

from netcompanion import operations
from netcompanion.campaigns import MemberState, build_status, walk
from netcompanion.operations import ValidationError
from netcompanion.settings import Settings
from netcompanion.working_days import nth_working_day
from tests.conftest import campaign_started_on, store_directly

MONDAY = dt.date(2026, 1, 5)


def project(*args):
    """(the day the last member is settled, calls planned per day, calls given up to follow-ups)."""
    walked = walk(*args)
    return walked.done, walked.planned, walked.given_up


def _members(n: int, **state) -> list[MemberState]:
    base = {"reached": False, "attempted": False, "gone": False}
    return [MemberState(contact_id=i, position=i, priority=1, **{**base, **state}) for i in range(n)]


def test_250_at_10_a_day_take_25_working_days_when_every_call_is_made():
    done, plan, _ = project(_members(250), MONDAY, 10, "12345", 1.0, Settings())
    assert done == nth_working_day(MONDAY, 25, "12345") == dt.date(2026, 2, 6)
    assert sum(plan.values()) == 250 and set(plan.values()) == {10}
    assert all(day.isoweekday() <= 5 for day in plan)


def test_unanswered_calls_and_cooldowns_push_the_date_out():
    settings = Settings()
    all_reached, _, _ = project(_members(250), MONDAY, 10, "12345", 1.0, settings)
    half, plan, _ = project(_members(250), MONDAY, 10, "12345", 0.5, settings)
    assert half > all_reached
    # Every member is tried once before anyone is tried again, and nobody beyond the attempt limit.
    assert sum(plan.values()) <= 250 * settings.attempt_limit
    nobody_answers, _, _ = project(_members(5), MONDAY, 10, "12345", 0.0, settings)
    # 3 tries each: day 1, after a 7-day cooldown, after a 14-day one.
    assert nobody_answers == MONDAY + dt.timedelta(days=1 + 7 + 1 + 14)


def test_a_member_in_cooldown_is_planned_after_it_ends():
    waiting = [MemberState(1, 0, 1, False, True, False, 1, MONDAY + dt.timedelta(days=6))]
    done, plan, _ = project(waiting, MONDAY, 10, "12345", 1.0, Settings())
    assert done == MONDAY + dt.timedelta(days=7) and list(plan) == [done]


def test_status_counts_reached_attempted_remaining():
    members = [
        MemberState(1, 0, 1, reached=True, attempted=True, gone=False, called_on=(MONDAY,)),
        MemberState(2, 1, 1, reached=False, attempted=True, gone=False, unanswered_attempts=1,
                    cooldown_until=MONDAY + dt.timedelta(days=7), called_on=(MONDAY,)),
        MemberState(3, 2, 1, reached=False, attempted=False, gone=False),
        MemberState(4, 3, 1, reached=False, attempted=True, gone=True, unanswered_attempts=3),
    ]  # fmt: skip
    status = build_status(
        campaign_id=1, name="Drive", quota=2, start=MONDAY, working_days="12345", day=MONDAY,
        members=members, calls=2, conversations=1, settings=Settings(),
    )  # fmt: skip
    assert (status.members, status.reached, status.attempted, status.remaining, status.let_go) == (
        4,
        1,
        3,
        2,
        1,
    )
    assert status.reach_rate == 0.5
    assert status.plan[0].day == MONDAY and status.plan[0].done == 2
    assert status.to_json()["forecast_done"] == status.forecast_done.isoformat()


def _cold(store, name, closeness, value):
    return operations.add_contact(store, name=name, closeness=closeness, value=value).id


def test_create_from_the_best_cold_contacts_and_follow_progress(store):
    with time_machine.travel(dt.datetime(2026, 1, 5, 10, 0).astimezone(), tick=False):
        best = _cold(store, "Dana Whitfield", 5, 5)
        good = _cold(store, "Priya Raghunathan", 4, 3)
        _cold(store, "Marcus Dahl", 1, 1)
        warm = operations.add_contact(store, name="Zoë Berg", closeness=5, value=5, stage="warm").id
        suggested = [c.id for c in operations.suggest_campaign_members(store, 2)]
        assert suggested == [best, good] and warm not in suggested
        status = operations.create_campaign(store, "Re-warm", quota=1, best=2)
        assert (status.members, status.reached, status.remaining) == (2, 0, 2)
        assert status.forecast_done == dt.date(2026, 1, 6)
        [entry] = [e for e in operations.call_list(store) if e.kind == "campaign"]
        assert entry.contact_id == best and entry.kind == "campaign"
        assert entry.reasons[0] == "campaign “Re-warm”: not reached yet"
        assert entry.reasons[1] == "very close, very high value, no conversation logged yet"
        operations.log_touch(store, best, channel="call", outcome="no-answer")
        # The day's campaign quota is used up.
        assert [e for e in operations.call_list(store) if e.kind == "campaign"] == []
        status = operations.campaign_status(store)
        assert (status.attempted, status.reached, status.remaining, status.calls) == (1, 0, 2, 1)
        assert status.reach_rate == 0.0
    with time_machine.travel(dt.datetime(2026, 1, 6, 10, 0).astimezone(), tick=False):
        [entry] = [e for e in operations.call_list(store) if e.kind == "campaign"]
        assert entry.contact_id == good  # Dana is in her cooldown
        operations.log_touch(store, good, channel="call", outcome="reached")
        status = operations.campaign_status(store, "re-warm")
        assert (status.attempted, status.reached, status.remaining) == (2, 1, 1)
        assert status.forecast_done > dt.date(
            2026, 1, 12
        )  # Dana can't be tried again before her cooldown ends
    added = operations.add_to_campaign(store, "Re-warm", [warm])
    assert added.members == 3


def test_campaign_input_errors_are_one_clear_sentence(store):
    contact = _cold(store, "Noah Richter", 3, 3)
    operations.create_campaign(store, "Drive", contact_ids=[contact])
    with pytest.raises(ValidationError, match="already a campaign named 'Drive'"):
        operations.create_campaign(store, "drive", contact_ids=[contact])
    with pytest.raises(ValidationError, match="not both"):
        operations.create_campaign(store, "Other", best=3, contact_ids=[contact])
    with pytest.raises(operations.NotFound, match="no contact #999"):
        operations.create_campaign(store, "Other", contact_ids=[999])
    with pytest.raises(operations.NotFound, match="no campaign named 'Nope'"):
        operations.campaign_status(store, "Nope")
    assert [c.name for c in operations.list_campaigns(store)] == ["Drive"]


def test_after_a_member_is_reached_their_campaign_no_longer_holds_them(store):
    with time_machine.travel(dt.datetime(2026, 1, 5, 10, 0).astimezone(), tick=False):
        dana = _cold(store, "Dana Whitfield", 5, 5)
        operations.create_campaign(store, "Re-warm", contact_ids=[dana])
        waiting = operations.log_touch(store, dana, channel="call", outcome="no-answer")
        assert waiting.followups_created == ()  # the campaign brings her back after the cooldown
    with time_machine.travel(dt.datetime(2026, 1, 20, 10, 0).astimezone(), tick=False):
        operations.log_touch(store, dana, channel="call", outcome="reached")
    with time_machine.travel(dt.datetime(2026, 2, 10, 10, 0).astimezone(), tick=False):  # weeks after that talk
        later = operations.log_touch(store, dana, channel="email", outcome="no-reply")
        assert [f.kind for f in later.followups_created] == ["follow-up"]  # now an ordinary follow-up


def test_a_campaign_starting_next_week_is_planned_from_its_first_day(store):
    with time_machine.travel(dt.datetime(2026, 1, 7, 10, 0).astimezone(), tick=False):
        ids = [_cold(store, f"Person {n}", 3, 3) for n in range(12)]
        operations.create_campaign(store, "Later", quota=10, contact_ids=ids, start=dt.date(2026, 1, 12))
        status = operations.campaign_status(store)
        assert status.name == "Later" and status.forecast_done == dt.date(2026, 1, 13)
        assert [e for e in operations.call_list(store) if e.kind == "campaign"] == []


def test_a_late_look_at_a_small_campaign_never_plans_more_calls_than_members(store):
    """3 members at 10 a day, looked at two weeks on with no call made: the plan holds 3 calls a day at most,
    and the days gone by show what was done — nothing — not 10 planned on every one of them."""
    with time_machine.travel(dt.datetime(2026, 1, 5, 10, 0).astimezone(), tick=False):
        ids = [_cold(store, f"Person {n}", 3, 3) for n in range(3)]
        operations.create_campaign(store, "Small", quota=10, contact_ids=ids)
    later = dt.date(2026, 1, 20)
    status = operations.campaign_status(store, "Small", day=later)
    assert [(p.day, p.planned) for p in status.plan] == [(later, 3)]
    assert [p["planned"] for p in status.to_json()["plan"]] == [3]


def test_the_plan_reaches_the_last_day_of_the_calendar_without_crashing(store):
    """A campaign stored to start on 9999-12-30 plans what fits before 10000 and admits no end in sight."""
    ids = [_cold(store, f"Person {n}", 3, 3) for n in range(3)]
    far = operations.create_campaign(store, "Far", quota=1, contact_ids=ids)  # the app refuses such a day now
    store_directly(store, "campaigns", far.id, start_date=dt.date(9999, 12, 30))
    status = operations.campaign_status(store, "Far", day=dt.date.max)
    assert [(p.day, p.planned) for p in status.plan] == [(dt.date.max, 1)]  # 30 Dec went by without a call
    assert status.forecast_done is None


def test_an_ended_campaign_leaves_the_call_list_and_calendar_until_it_is_resumed(store, tmp_path):
    with time_machine.travel(dt.datetime(2026, 1, 5, 10, 0).astimezone(), tick=False):
        members = [_cold(store, f"Member {n}", 3, 3) for n in range(3)]
        operations.create_campaign(store, "Re-warm", quota=3, contact_ids=members)

        def campaign_calls() -> set[int]:
            return {e.contact_id for e in operations.call_list(store) if e.kind == "campaign"}

        assert campaign_calls() == set(members)
        ended = operations.end_campaign(store, "re-warm")
        assert ended.active is False and ended.to_json()["active"] is False
        assert ended.ended_on == dt.date(2026, 1, 5) and ended.to_json()["ended_on"] == "2026-01-05"
        assert ended.forecast_done is None and all(day.day <= dt.date(2026, 1, 5) for day in ended.plan)
        assert campaign_calls() == set()
        with pytest.raises(ValidationError, match="nothing to put in a calendar"):
            operations.export_contacts(store, "ics", tmp_path / "calls.ics")
        with pytest.raises(ValidationError, match="already ended"):
            operations.end_campaign(store, "Re-warm")
        with pytest.raises(ValidationError, match="has ended; resume it first"):
            operations.add_to_campaign(store, "Re-warm", [members[0]])
        assert [s.active for s in operations.list_campaigns(store)] == [False]

        assert operations.resume_campaign(store, "Re-warm").active is True
        assert campaign_calls() == set(members)
        with pytest.raises(ValidationError, match="is already running"):
            operations.resume_campaign(store, "Re-warm")
        assert operations.last_ended_campaign(store) is None


def test_the_campaign_ended_last_is_offered_not_the_one_started_last(store):
    with time_machine.travel(dt.datetime(2026, 1, 5, 10, 0).astimezone(), tick=False):
        people = [_cold(store, f"Member {n}", 3, 3) for n in range(2)]
        operations.create_campaign(store, "Older", contact_ids=[people[0]])
        operations.create_campaign(store, "Newer", contact_ids=[people[1]], start=dt.date(2026, 1, 12))
        operations.end_campaign(store, "Newer")
    with time_machine.travel(dt.datetime(2026, 2, 2, 10, 0).astimezone(), tick=False):
        operations.end_campaign(store, "Older")
        last = operations.last_ended_campaign(store)
        assert (last.name, last.ended_on) == ("Older", dt.date(2026, 2, 2))


def test_campaign_end_and_resume_on_the_command_line(cli):
    assert cli("campaign", "create", "Spring").code == 0
    done = cli("campaign", "end", "Spring")
    assert done.code == 0, done.err
    assert f"Campaign “Spring” (ended {dt.date.today().isoformat()})" in done.out
    assert "campaign resume 'Spring'" in done.out
    assert "ended" in cli("campaign", "list").out.splitlines()[1]
    assert cli("campaign", "list", "--json").json()[0]["active"] is False
    again = cli("campaign", "end", "Spring")
    assert again.code != 0 and "already ended" in again.err
    assert cli("campaign", "resume", "Spring", "--json").json()["active"] is True


def test_campaign_list_shows_the_members_let_go(cli):
    """MEMBERS 3, REACHED 0, REMAINING 2: the list now says where the third went, as `status` does."""
    ids = [str(cli("contacts", "add", name, "--json").json()["id"]) for name in ("Ann Ash", "Ben Birch", "Cy Cedar")]
    assert cli("campaign", "create", "Winter", "--contacts", *ids).code == 0
    assert cli("contacts", "edit", ids[1], "--archived").code == 0

    header, row = (re.split(r"\s{2,}", line) for line in cli("campaign", "list").out.splitlines())
    assert header[3:] == ["MEMBERS", "REACHED", "REMAINING", "LET GO", "DONE BY"]
    columns = dict(zip(header, row, strict=True))
    assert (columns["MEMBERS"], columns["REMAINING"], columns["LET GO"]) == ("3", "2", "1")
    [listed] = cli("campaign", "list", "--json").json()
    assert (listed["members"], listed["remaining"], listed["let_go"]) == (3, 2, 1)


def test_add_or_start_adds_to_a_campaign_of_that_name_or_starts_it(store):
    with time_machine.travel(dt.datetime(2026, 1, 5, 10, 0).astimezone(), tick=False):
        a, b, c = (_cold(store, f"Person {n}", 3, 3) for n in range(3))
        started = operations.add_or_start_campaign(store, "Spring", [a])
        assert (started.name, started.members) == ("Spring", 1)
        assert operations.add_or_start_campaign(store, " spring ", [b]).members == 2  # the same one, any case
        operations.end_campaign(store, "Spring")
        with pytest.raises(ValidationError, match="has ended; resume it first"):
            operations.add_or_start_campaign(store, "Spring", [c])
        assert [s.name for s in operations.list_campaigns(store)] == ["Spring"]


def test_starting_re_warming_picks_a_free_name_and_the_quota_from_the_settings(store):
    with time_machine.travel(dt.datetime(2026, 1, 5, 10, 0).astimezone(), tick=False):
        for n in range(3):
            _cold(store, f"Person {n}", 3, 3)
        operations.update_settings(store, daily_quota=7)
        operations.create_campaign(store, "re-warming january 2026", contact_ids=[])
        started = operations.start_rewarming(store)
        assert (started.name, started.quota, started.members) == ("Re-warming January 2026 (2)", 7, 3)
        assert operations.free_campaign_name(store) == "Re-warming January 2026 (3)"


def test_a_renamed_campaign_keeps_its_people_progress_and_plan(store, cli):
    with time_machine.travel(dt.datetime(2026, 1, 5, 10, 0).astimezone(), tick=False):
        members = [_cold(store, f"Member {n}", 3, 3) for n in range(4)]
        operations.create_campaign(store, "Autum", quota=2, contact_ids=members)
        operations.create_campaign(store, "Fabrikam", quota=1, contact_ids=members[:1])
        operations.log_touch(store, members[0], channel="call", outcome="reached")
        before = operations.campaign_status(store, "Autum")

        renamed = operations.rename_campaign(store, "autum", "  Autumn   re-warm ")

        assert renamed.name == "Autumn re-warm"
        assert (renamed.id, renamed.members, renamed.reached, renamed.plan) == (
            before.id, before.members, before.reached, before.plan,
        )  # fmt: skip
        assert operations.running_campaign_names(store) == ["Autumn re-warm", "Fabrikam"]
        assert operations.rename_campaign(store, "AUTUMN RE-WARM", "Autumn Re-warm").name == "Autumn Re-warm"
        for refused, message in (("fabrikam", "There is already a campaign named 'Fabrikam'"),
                                 ("   ", "A campaign needs a name")):  # fmt: skip
            with pytest.raises(ValidationError, match=message):
                operations.rename_campaign(store, "Autumn Re-warm", refused)
        assert [c.name for c in operations.list_campaigns(store)] == ["Autumn Re-warm", "Fabrikam"]

        done = cli("campaign", "rename", "fabrikam", "Fabrikam (target)", "--json")
        assert done.code == 0 and done.json()["name"] == "Fabrikam (target)"
        clash = cli("campaign", "rename", "Fabrikam (target)", "autumn re-warm")
        assert clash.code == 1 and clash.err.strip().endswith("There is already a campaign named 'Autumn Re-warm'.")
        missing = cli("campaign", "rename", "Winter", "Spring")
        assert missing.code == 1 and "There is no campaign named 'Winter'" in missing.err


def test_names_beyond_a_to_z_are_found_in_any_case_also_after_a_rename(store):
    """SQLite's lower() changes only A–Z: a campaign renamed "Été 2026" was lost to its own page and to Undo."""
    ids = [_cold(store, f"Person {n}", 3, 3) for n in range(2)]
    operations.create_campaign(store, "Summer", quota=1, contact_ids=ids)
    operations.rename_campaign(store, "summer", "Été 2026")
    assert operations.campaign_status(store, "été 2026").name == "Été 2026"
    operations.create_campaign(store, "Spring", quota=1, contact_ids=ids[:1])
    with pytest.raises(ValidationError, match="There is already a campaign named 'Été 2026'"):
        operations.rename_campaign(store, "Spring", "ÉTÉ 2026")
    assert operations.rename_campaign(store, "ÉTÉ 2026", "Summer").name == "Summer"  # what Undo does


def test_two_running_campaigns_share_the_call_list_and_their_forecasts_say_so(store):
    """Alpha started first: its calls come first each day, and Beta's plan begins when Alpha's
    ends (both promised to be done on day one, and Beta never reached the list)."""
    alpha = [operations.add_contact(store, name=f"A{n} Alpha", closeness=2, value=2).id for n in range(10)]
    beta = [operations.add_contact(store, name=f"B{n} Beta", closeness=5, value=5).id for n in range(10)]
    campaign_started_on(store, MONDAY, "Alpha", contact_ids=alpha)
    campaign_started_on(store, MONDAY, "Beta", contact_ids=beta)

    listed = {e.contact_id for e in operations.call_list(store, MONDAY)}
    first, second = operations.list_campaigns(store, MONDAY)

    assert listed == set(alpha)  # Alpha's turn, though Beta's people are closer
    assert (first.name, first.forecast_done) == ("Alpha", MONDAY)
    assert (second.name, second.forecast_done) == ("Beta", MONDAY + dt.timedelta(days=1))
    assert [(p.day, p.planned) for p in second.plan] == [(MONDAY + dt.timedelta(days=1), 10)]
    assert operations.campaign_status(store, "Beta", day=MONDAY).forecast_done == second.forecast_done


def test_a_quota_above_the_call_list_is_planned_at_the_lists_size():
    settings = Settings(daily_quota=10)
    done, plan, _ = project(_members(40), MONDAY, 20, "12345", 1.0, settings)
    assert set(plan.values()) == {10} and done == nth_working_day(MONDAY, 4, "12345")


def test_calls_after_someone_was_reached_do_not_lower_the_reach_rate(store):
    """Three unanswered calls about a thank-you after a good first call say nothing about how
    hard the others are to reach; counted, they pushed the forecast out."""
    ada, bo = (operations.add_contact(store, name=name).id for name in ("Ada Byron", "Bo Chan"))
    campaign_started_on(store, MONDAY, "Winter", contact_ids=[ada, bo])
    with time_machine.travel(dt.datetime.combine(MONDAY, dt.time(10)).astimezone(), tick=False):
        operations.log_touch(store, ada, channel="call", outcome="reached", mood="neutral")
    for later in (1, 2, 3):
        day = MONDAY + dt.timedelta(days=later)
        with time_machine.travel(dt.datetime.combine(day, dt.time(10)).astimezone(), tick=False):
            operations.log_touch(store, ada, channel="call", outcome="no-answer")

    status = operations.campaign_status(store, "Winter", day=MONDAY + dt.timedelta(days=3))

    assert (status.calls, status.reached, status.reach_rate) == (4, 1, 1.0)
