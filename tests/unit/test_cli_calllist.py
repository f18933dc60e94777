"""The command-line contract for today, log, campaign and progress (the real console script)."""

from __future__ import annotations

import datetime as dt

from netcompanion import operations
from netcompanion.store import open_store
from netcompanion.working_days import next_working_day
from tests.conftest import table_counts

WEEKDAYS = "12345"  # the working days a new database has


def _seed(db_path):
    store = open_store(db_path)
    try:
        ids = [
            operations.add_contact(store, name=name, company="Fabrikam", closeness=c, value=v).id
            for name, c, v in (("Dana Whitfield", 5, 4), ("Priya Raghunathan", 3, 3), ("Marcus Dahl", 2, 5))
        ]
        warm = operations.add_contact(store, name="Wei-Lin Chen", stage="warm", cadence_days=30, value=5).id
    finally:
        store.dispose()
    return ids, warm


def test_today_json_lists_whom_to_call_and_why(cli, db_path):
    ids, warm = _seed(db_path)
    # The real clock (the commands run as processes of their own): a working day, as campaigns call on
    # those only — today, or Monday when the tests run at a weekend.
    day = next_working_day(dt.date.today(), WEEKDAYS)
    assert cli("campaign", "create", "Re-warm", "--best", "2", "--quota", "5").code == 0
    listed = cli("today", "--date", day.isoformat(), "--json").json()
    assert [e["contact_id"] for e in listed] == [ids[0], ids[2], warm]
    for entry in listed:
        assert {"contact_id", "name", "company", "kind", "reasons", "opener"} <= set(entry)
        assert isinstance(entry["reasons"], list) and entry["reasons"]
    assert listed[0]["kind"] == "campaign" and listed[0]["company"] == "Fabrikam"
    assert listed[2]["kind"] == "keep-in-touch"
    assert len(cli("today", "--date", day.isoformat(), "--limit", "1", "--json").json()) == 1
    text = cli("today", "--date", next_working_day(day + dt.timedelta(days=1), WEEKDAYS).isoformat()).out
    assert "Dana Whitfield" in text and "→ " in text


def test_log_prints_nudges_and_campaign_status_follows(cli, db_path):
    ids, _ = _seed(db_path)
    cli("campaign", "create", "Re-warm", "--contacts", str(ids[0]), str(ids[1]), "--quota", "10")
    logged = cli("log", str(ids[0]), "--channel", "call", "--outcome", "no-answer", "--json").json()
    assert [n["rule"] for n in logged["nudges"]] == ["cooldown"]
    assert logged["followups_created"] == []  # the campaign brings Dana back, no extra follow-up
    text = cli("log", str(ids[1]), "--channel", "meeting", "--outcome", "reached", "--asked-job").out
    assert "Ask for advice" in text and "+ follow-up" in text
    status = cli("campaign", "status", "--json").json()
    assert (status["members"], status["reached"], status["attempted"], status["remaining"]) == (2, 1, 2, 1)
    assert dt.date.fromisoformat(status["forecast_done"]) > dt.date.today()
    assert cli("campaign", "add", "Re-warm", str(ids[2]), "--json").json()["members"] == 3
    assert "3 members" in cli("campaign", "status", "Re-warm", "--plan").out


def test_progress_json_counts_the_week(cli, db_path):
    ids, _ = _seed(db_path)
    cli("log", str(ids[0]), "--channel", "meeting", "--outcome", "reached")
    progress = cli("progress", "--weeks", "4", "--json").json()
    assert len(progress["weeks"]) == 4
    assert progress["weeks"][-1]["meetings"] == 1 and progress["weeks"][-1]["conversations"] == 1


def test_bad_input_is_one_line_and_writes_nothing(cli, db_path):
    ids, _ = _seed(db_path)
    store = open_store(db_path)
    before = table_counts(store)
    store.dispose()
    future = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    for args, words in (
        (
            ("log", str(ids[0]), "--channel", "call", "--outcome", "reached", "--date", future),
            "in the future",
        ),
        (("campaign", "create", "X", "--contacts", "999"), "no contact #999"),
        (("campaign", "status"), "no running campaign"),
        (("campaign", "status", "Nope"), "no campaign named"),
    ):
        result = cli(*args)
        assert result.code == 1 and words in result.err and result.err.count("\n") == 1, (args, result.err)
    store = open_store(db_path)
    assert table_counts(store) == before
    store.dispose()


def test_a_contact_with_several_follow_ups_names_each_with_its_time_and_the_opener_fits(store):
    import datetime as dt

    from netcompanion import clock, operations

    today = clock.today()
    pat = operations.add_contact(store, name="Pat Lee").id
    operations.add_followup(store, pat, due=today, at=dt.time(14, 30), kind="send-promised", note="the deck")
    operations.add_followup(store, pat, due=today, kind="close-the-loop")

    [entry] = operations.call_list(store, today)

    assert entry.reasons == ("promise to keep due today at 14:30: the deck", "close-the-loop note due today")
    assert entry.opener.startswith("Send Pat what you promised first")


def test_a_note_from_the_round_keeps_them_off_tomorrows_list_and_an_unanswered_call_does_not_tick(cli):
    today = dt.date.today()
    kim = cli("contacts", "add", "Kim Park", "--stage", "warm", "--cadence", "90", "--json").json()["id"]
    ben = cli("contacts", "add", "Ben Crane", "--stage", "warm", "--cadence", "90", "--json").json()["id"]
    long_ago = (today - dt.timedelta(days=800)).isoformat()
    for contact in (kim, ben):
        assert cli("log", str(contact), "--channel", "call", "--outcome", "reached", "--date", long_ago).code == 0
    assert {e["contact_id"]: e["kind"] for e in cli("today", "--json").json()} == {
        kim: "keep-in-touch", ben: "keep-in-touch"}  # fmt: skip

    assert cli("log", str(kim), "--channel", "note", "--outcome", "no-reply").code == 0
    assert cli("log", str(ben), "--channel", "call", "--outcome", "no-answer").code == 0
    done = {i["contact_id"]: i["done"] for i in cli("round", "--json").json()["items"]}
    assert done == {kim: True, ben: False}
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    assert kim not in {e["contact_id"] for e in cli("today", "--date", tomorrow, "--json").json()}
