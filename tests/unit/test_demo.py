"""The demo network: believable, deterministic, and only into an empty database."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select

from netcompanion import operations as ops
from netcompanion.demo import generate_demo
from netcompanion.store import open_store
from netcompanion.store.models import Contact, Interaction

DAY = dt.date(2026, 11, 23)


def _snapshot(store):
    with store.read() as session:
        contacts = session.execute(
            select(Contact.full_name, Contact.company_id, Contact.title, Contact.stage, Contact.closeness,
                   Contact.value, Contact.last_interaction_at).order_by(Contact.id)
        ).all()  # fmt: skip
        touches = session.execute(
            select(Interaction.contact_id, Interaction.occurred_at, Interaction.outcome).order_by(
                Interaction.id
            )
        ).all()
    return contacts, touches


def test_same_seed_and_day_give_the_same_network(tmp_path):
    first, second = open_store(tmp_path / "a.db"), open_store(tmp_path / "b.db")
    generate_demo(first, 300, seed=3, today=DAY)
    generate_demo(second, 300, seed=3, today=DAY)
    assert _snapshot(first) == _snapshot(second)
    other = open_store(tmp_path / "c.db")
    generate_demo(other, 300, seed=4, today=DAY)
    assert _snapshot(other) != _snapshot(first)


def test_mostly_cold_some_warm_with_history_spread_over_years(store):
    summary = generate_demo(store, 1000, today=DAY)
    contacts = ops.find_contacts(store, include_archived=True)
    stages = Counter(c.stage for c in contacts)
    assert len(contacts) == 1000 == summary.contacts
    assert stages["cold"] > 600 and stages["warm"] + stages["engaged"] > 50
    warm_last = [c.last_interaction for c in contacts if c.stage in ("warm", "engaged")]
    cold_last = [c.last_interaction for c in contacts if c.stage == "cold" and c.last_interaction]
    assert all(DAY - d < dt.timedelta(days=400) for d in warm_last)
    assert cold_last and all(DAY - d >= dt.timedelta(days=365) for d in cold_last)
    assert summary.introductions > 0 and summary.opportunities > 0 and summary.followups > 0
    assert len({c.company for c in contacts}) >= 12


def test_demo_contacts_work_with_the_operations(store):
    generate_demo(store, 50, today=DAY)
    someone = ops.find_contacts(store, limit=1)[0]
    assert ops.find_contacts(store, someone.name.split()[-1])
    assert ops.get_contact(store, someone.id).name == someone.name


def test_the_summary_counts_the_companies_the_people_work_at(cli):
    done = cli("demo", "--contacts", "1")
    assert done.out.startswith("Demo network ready: 1 contact at 1 company,"), done.out


def _patience_of(store, contact_id):
    with store.read() as session:
        c = session.get(Contact, contact_id)
        return c.unanswered_attempts, c.cooldown_until, c.parked_on


def test_demo_contacts_count_their_unanswered_calls_as_logging_them_would(store, tmp_path):
    """Someone whose story ends in unanswered calls shows those attempts (it said 0), is parked after
    the limit and has the cooldown the last call began — the same as logging those calls does."""
    generate_demo(store, 2000, today=DAY)
    with store.read() as session:
        touches = session.execute(
            select(Interaction.contact_id, Interaction.occurred_at, Interaction.channel, Interaction.outcome)
            .order_by(Interaction.contact_id, Interaction.occurred_at)
        ).all()
    by_contact: dict[int, list] = {}
    for cid, at, channel, outcome in touches:
        by_contact.setdefault(cid, []).append((at, channel, outcome))
    tried = {cid: history for cid, history in by_contact.items() if history[-1][2] == "no-answer"}
    parked = [cid for cid in tried if _patience_of(store, cid)[2] is not None]
    assert parked and len(tried) > len(parked)
    again = open_store(tmp_path / "logged.db")
    for cid in [*parked[:3], *[c for c in tried if c not in parked][:3]]:
        twin = ops.add_contact(again, name=f"Twin {cid}").id
        for at, channel, outcome in by_contact[cid]:
            ops.log_touch(again, twin, channel=channel, outcome=outcome, when=at)
        assert _patience_of(store, cid) == _patience_of(again, twin)
        assert _patience_of(store, cid)[0] > 0


def test_every_demo_thank_you_follows_a_meeting_the_working_day_before(store):
    """The rules plan a thank-you for the working day after a meeting; the demo had them due next week
    for people last met a year ago, so the first thing a new user saw contradicted the rules."""
    from netcompanion import clock
    from netcompanion.rules.common import working_day_from
    from netcompanion.settings import load_settings
    from netcompanion.store.models import FollowUp

    generate_demo(store, 2000, today=DAY)
    with store.read() as session:
        settings = load_settings(session)
        thanks = session.execute(select(FollowUp.contact_id, FollowUp.due_date).where(FollowUp.kind == "thank-you")).all()
        meetings = session.execute(
            select(Interaction.contact_id, Interaction.occurred_at).where(Interaction.channel == "meeting")
        ).all()
    met: dict[int, set[dt.date]] = {}
    for cid, at in meetings:
        met.setdefault(cid, set()).add(clock.day_of(at, settings.zone))
    after = dt.timedelta(days=settings.thank_you_delay_days)
    assert thanks
    for cid, due in thanks:
        assert any(working_day_from(day + after, settings.working_days) == due for day in met.get(cid, ())), (cid, due)
