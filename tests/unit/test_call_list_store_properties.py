"""Properties of the call list through a real SQLite file: the SQL prefilter loses nobody, and
a reply always brings a parked contact back."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netcompanion import calllist, clock, operations
from netcompanion.operations.today import active_campaigns, contact_facts, due_followups
from netcompanion.settings import load_settings
from netcompanion.store import open_store
from netcompanion.store.models import Campaign, CampaignMember, Company, Contact, FollowUp, Interaction

DAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """One migrated, empty database; every example starts from a copy of it."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    open_store(path).dispose()
    return path


def _fresh(template: Path):
    folder = Path(tempfile.mkdtemp())
    shutil.copy(template, folder / "db.sqlite3")
    return open_store(folder / "db.sqlite3"), folder


def _moment(day: dt.date, hour: int, zone: dt.tzinfo | None = None) -> dt.datetime:
    return clock.to_utc(dt.datetime.combine(day, dt.time(hour, 30)), zone)


contact_rows = st.fixed_dictionaries(
    {
        "stage": st.sampled_from(("cold", "re-warming", "warm", "engaged")),
        "closeness": st.one_of(st.none(), st.integers(1, 5)),
        "value": st.one_of(st.none(), st.integers(1, 5)),
        "cadence_days": st.one_of(st.none(), st.sampled_from((30, 90, 180))),
        "conv_ago": st.one_of(st.none(), st.integers(0, 800)),
        "note_ago": st.one_of(st.none(), st.none(), st.integers(1, 800)),  # a personal note sent them
        "touch_ago": st.one_of(st.none(), st.integers(0, 5)),
        "cooldown": st.one_of(st.none(), st.integers(-5, 5)),
        "parked": st.integers(0, 5).map(lambda n: n == 0),
        "archived": st.integers(0, 9).map(lambda n: n == 0),
        "deleted": st.integers(0, 14).map(lambda n: n == 0),
        "job_ago": st.one_of(st.none(), st.integers(-3, 60)),
    }
)
followup_rows = st.fixed_dictionaries(
    {
        "who": st.integers(0, 100),
        "due_in": st.integers(-15, 3),
        "status": st.sampled_from(("open", "open", "snoozed", "done")),
        "kind": st.sampled_from(("follow-up", "thank-you", "next-step")),
    }
)


def _fill(store, people, followups, members, quota, zone: dt.tzinfo | None = None):
    with store.write() as session:
        company = Company(name="Fabrikam", name_key="fabrikam")
        session.add(company)
        session.flush()
        ids = []
        for n, p in enumerate(people):
            hour = p.get("hour")  # else the one touch of a kind a day is at its own hour
            conv, touch, note = (
                None if p[ago] is None else _moment(DAY - dt.timedelta(days=p[ago]), default if hour is None else hour, zone)
                for ago, default in (("conv_ago", 9), ("touch_ago", 11), ("note_ago", 10))
            )
            contact = Contact(
                full_name=f"Person {n}",
                company_id=company.id,
                stage=p["stage"],
                closeness=p["closeness"],
                value=p["value"],
                cadence_days=p["cadence_days"],
                last_conversation_at=conv,
                last_interaction_at=max(filter(None, (conv, touch, note)), default=None),
                cooldown_until=DAY + dt.timedelta(days=p["cooldown"]) if p["cooldown"] is not None else None,
                parked_on=DAY - dt.timedelta(days=3) if p["parked"] else None,
                archived=p["archived"],
                deleted_at=_moment(DAY, 8) if p["deleted"] else None,
                job_changed_on=DAY - dt.timedelta(days=p["job_ago"]) if p["job_ago"] is not None else None,
            )
            session.add(contact)
            session.flush()
            ids.append(contact.id)
            if note is not None:
                session.add(
                    Interaction(contact_id=contact.id, occurred_at=note, channel="note", outcome="no-reply")
                )
        for f in followups:
            due = DAY + dt.timedelta(days=f["due_in"])
            session.add(
                FollowUp(
                    contact_id=ids[f["who"] % len(ids)],
                    kind=f["kind"],
                    due_date=due if f["status"] != "snoozed" else due - dt.timedelta(days=5),
                    status=f["status"],
                    snoozed_until=due if f["status"] == "snoozed" else None,
                )
            )
        if members:
            campaign = Campaign(name="Drive", daily_quota=quota, start_date=DAY - dt.timedelta(days=10))
            session.add(campaign)
            session.flush()
            for pos, m in enumerate(sorted({ids[m % len(ids)] for m in members})):
                session.add(CampaignMember(campaign_id=campaign.id, contact_id=m, position=pos))
    return ids


@given(
    people=st.lists(contact_rows, min_size=1, max_size=30),
    followups=st.lists(followup_rows, max_size=12),
    members=st.lists(st.integers(0, 100), max_size=12),
    quota=st.integers(1, 5),
    limit=st.integers(1, 12),
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_database_call_list_equals_ranking_everyone(template, people, followups, members, quota, limit):
    _same_as_ranking_everyone(template, people, followups, members, quota, limit)


# Warm contacts only, nobody set aside: the keep-in-touch part, where notes sent change the order.
warm_rows = st.fixed_dictionaries(
    {
        "stage": st.sampled_from(("re-warming", "warm", "engaged")),
        "closeness": st.none(),
        "value": st.one_of(st.none(), st.integers(1, 5)),
        "cadence_days": st.one_of(st.none(), st.sampled_from((30, 90, 180))),
        "conv_ago": st.one_of(st.none(), st.integers(0, 800)),
        "note_ago": st.one_of(st.none(), st.integers(1, 800)),
        "touch_ago": st.one_of(st.none(), st.integers(1, 5)),
        "cooldown": st.none(),
        "parked": st.just(False),
        "archived": st.just(False),
        "deleted": st.just(False),
        "job_ago": st.none(),
    }
)


@given(people=st.lists(warm_rows, min_size=1, max_size=30), limit=st.integers(1, 8))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_notes_sent_order_the_keep_in_touch_list_as_ranking_everyone_does(template, people, limit):
    _same_as_ranking_everyone(template, people, [], [], 1, limit)


# The same at any hour, wherever the user lives: the SQL counts each touch's day in their zone, across
# its clock changes, as the ranking does — most telling a day either side of a cadence's end.
def _near(cadence: int, least: int = 0) -> st.SearchStrategy[int | None]:
    """Days since a touch: none, any, or a day either side of the cadence's end."""
    return st.one_of(st.none(), st.integers(least, 800), st.sampled_from((cadence - 1, cadence, cadence + 1)))


zoned_rows = st.sampled_from((30, 90, 180)).flatmap(
    lambda cadence: st.builds(
        lambda row, hour, conv_ago, note_ago: {**row, "cadence_days": cadence, "hour": hour, "conv_ago": conv_ago,
                                               "note_ago": note_ago},
        warm_rows, st.integers(0, 23), _near(cadence), _near(cadence, least=1),
    )
)  # fmt: skip


@given(
    people=st.lists(zoned_rows, min_size=1, max_size=30),
    limit=st.integers(1, 8),
    zone=st.sampled_from(("America/Los_Angeles", "Asia/Tokyo", "Europe/Berlin", "Australia/Lord_Howe")),
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_in_the_users_zone_the_database_call_list_equals_ranking_everyone(template, people, limit, zone):
    _same_as_ranking_everyone(template, people, [], [], 1, limit, zone)


def _same_as_ranking_everyone(template, people, followups, members, quota, limit, zone: str = "") -> None:
    store, folder = _fresh(template)
    try:
        if zone:
            operations.update_settings(store, timezone=zone)
        ids = _fill(store, people, followups, members, quota, ZoneInfo(zone) if zone else None)
        listed = operations.call_list(store, DAY, limit)
        with store.read() as session:
            config = load_settings(session)
            everyone = contact_facts(session, ids, config.zone)
            campaigns = active_campaigns(session, DAY, config.working_days)
            expected = calllist.rank(DAY, everyone, due_followups(session, DAY), campaigns, config, limit)
        assert [e.contact_id for e in listed] == [e.contact_id for e in expected]
        assert [(e.kind, e.reasons) for e in listed] == [(e.kind, e.reasons) for e in expected]
        assert operations.call_list(store, DAY, limit) == listed
        for entry in listed:
            assert not calllist.is_excluded(everyone[entry.contact_id], DAY)
    finally:
        store.dispose()
        shutil.rmtree(folder, ignore_errors=True)


touches = st.lists(
    st.tuples(
        st.integers(1, 20),  # days since the previous touch
        st.sampled_from(
            (
                ("call", "no-answer"),
                ("email", "no-reply"),
                ("voicemail", "no-answer"),
                ("call", "reached"),
                ("email", "replied"),
                ("message", "replied"),
            )
        ),  # fmt: skip
    ),
    min_size=1,
    max_size=12,
)


@given(history=touches)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_reply_always_unparks_and_parked_contacts_are_never_listed(template, history):
    store, folder = _fresh(template)
    try:
        contact = operations.add_contact(store, name="Wei-Lin Chen", stage="warm", cadence_days=30)
        with store.read() as session:
            config = load_settings(session)
        day = clock.today() - dt.timedelta(days=sum(gap for gap, _ in history) + 1)
        unanswered, room_until = 0, dt.date.min
        for gap, (channel, outcome) in history:
            day += dt.timedelta(days=gap)
            operations.log_touch(store, contact.id, channel=channel, outcome=outcome, when=day)
            now = operations.get_contact(store, contact.id)
            if outcome in ("reached", "replied"):
                unanswered, room_until = 0, dt.date.min
                assert not now.parked, "an answer brings a parked contact back"
            elif channel == "email" and unanswered == 0:  # keeping a warm contact in touch: no chase
                pass
            elif day > room_until:  # a try within the last one's cooldown is the same chase
                unanswered += 1
                room_until = day + dt.timedelta(days=config.cooldown_for_attempt(unanswered))
            assert now.parked == (unanswered >= config.attempt_limit)
            later = day + dt.timedelta(days=400)
            if now.parked:
                assert contact.id not in {e.contact_id for e in operations.call_list(store, later, 50)}
    finally:
        store.dispose()
        shutil.rmtree(folder, ignore_errors=True)
