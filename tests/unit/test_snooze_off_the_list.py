""""Snooze a day" on Today, for someone listed without a follow-up (a campaign member, a warm contact to
keep in touch with): kept, so they stay off that day's list wherever it is read — the app after a
restart, `netcompanion today` — and the next person due takes the place, as for a snoozed follow-up."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import operations
from tests.conftest import campaign_started_on

MONDAY = dt.date(2026, 11, 23)
TUESDAY = MONDAY + dt.timedelta(days=1)


@pytest.fixture
def monday():
    with time_machine.travel(dt.datetime.combine(MONDAY, dt.time(10)).astimezone(), tick=False):
        yield


def _listed(store, day: dt.date = MONDAY) -> list[str]:
    return [e.name for e in operations.call_list(store, day)]


def _warm(store, name: str) -> int:
    """A warm contact last spoken to long ago: due to keep in touch."""
    contact = operations.add_contact(store, name=name, stage="warm", cadence_days=90).id
    long_ago = operations.today_for(store) - dt.timedelta(days=800)
    logged = operations.log_touch(store, contact, channel="call", outcome="reached", when=long_ago)
    for followup in logged.followups_created:
        operations.dismiss_followup(store, followup.id)
    return contact


@pytest.fixture
def campaign(store, monday):
    """A campaign calling two a day from three members."""
    ids = [operations.add_contact(store, name=name).id for name in ("Kenji Sato", "Aiko Mori", "Ren Ito")]
    campaign_started_on(store, MONDAY, "Tokyo", contact_ids=ids, quota=2)
    return ids


def test_a_campaign_member_snoozed_a_day_is_off_the_days_list_and_the_next_member_takes_the_place(store, campaign):
    kenji = campaign[0]
    assert _listed(store) == ["Kenji Sato", "Aiko Mori"]

    snoozed = operations.snooze_for_a_day(store, kenji, MONDAY)

    assert snoozed.back_on == TUESDAY
    assert _listed(store) == ["Aiko Mori", "Ren Ito"]
    assert "Kenji Sato" in _listed(store, TUESDAY)


def test_the_command_line_leaves_the_snoozed_off_todays_list_too(store, cli):
    today = operations.today_for(store)  # the real clock: `today` runs as a process of its own
    kim, lena = _warm(store, "Kim Park"), _warm(store, "Lena Ortiz")
    operations.snooze_for_a_day(store, kim, today)

    listed = cli("today", "--json").json()

    assert [entry["contact_id"] for entry in listed] == [lena]


def test_a_warm_contact_snoozed_a_day_leaves_the_list_and_the_next_one_due_comes_in(store, monday):
    kim, lena, omar = (_warm(store, name) for name in ("Kim Park", "Lena Ortiz", "Omar Haddad"))
    operations.update_settings(store, daily_quota=2)
    assert _listed(store) == ["Kim Park", "Lena Ortiz"]

    operations.snooze_for_a_day(store, kim, MONDAY)

    assert _listed(store) == ["Lena Ortiz", "Omar Haddad"]
    assert _listed(store, TUESDAY) == ["Kim Park", "Lena Ortiz"]


def test_taking_the_snooze_back_puts_them_on_the_days_list_again(store, campaign):
    snoozed = operations.snooze_for_a_day(store, campaign[0], MONDAY)
    assert operations.take_back_snooze(store, snoozed) == campaign[0]
    assert _listed(store) == ["Kenji Sato", "Aiko Mori"]
    with pytest.raises(operations.NotFound, match="no longer there"):
        operations.take_back_snooze(store, snoozed)


def test_snoozing_someone_listed_for_a_follow_up_snoozes_it_and_taking_it_back_reopens_it(store, monday):
    dana = operations.add_contact(store, name="Dana Reyes").id
    followup = operations.add_followup(store, dana, due=MONDAY - dt.timedelta(days=2))

    snoozed = operations.snooze_for_a_day(store, dana, MONDAY, followup.id)

    assert _listed(store) == []
    (shown,) = operations.list_followups(store)
    assert (shown.status, shown.effective_due()) == ("snoozed", TUESDAY)
    operations.take_back_snooze(store, snoozed)
    (shown,) = operations.list_followups(store)
    assert (shown.status, shown.effective_due()) == ("open", followup.due)
    assert _listed(store) == ["Dana Reyes"]


def test_two_records_merged_into_one_person_keep_the_snooze_and_unmerging_gives_it_back(store, campaign):
    kenji, aiko, _ren = campaign
    operations.snooze_for_a_day(store, kenji, MONDAY)

    operations.merge_contacts(store, aiko, kenji)  # the same person twice, snoozed as Kenji
    assert "Aiko Mori" not in _listed(store)

    operations.unmerge_contacts(store, aiko, kenji)
    assert _listed(store) == ["Aiko Mori", "Ren Ito"]


def test_a_campaign_member_listed_for_a_follow_up_stays_off_the_day_when_snoozed(store, campaign):
    """Only the follow-up was snoozed, so the campaign listed the member again the same day (as did a
    second follow-up due, or keep-in-touch); Undo puts both back."""
    kenji = campaign[0]
    first = operations.add_followup(store, kenji, due=MONDAY, note="send the deck")
    operations.add_followup(store, kenji, due=MONDAY, note="ask about the offsite")
    assert _listed(store)[0] == "Kenji Sato"

    snoozed = operations.snooze_for_a_day(store, kenji, MONDAY, first.id)

    assert "Kenji Sato" not in _listed(store)
    assert "Kenji Sato" in _listed(store, TUESDAY)
    operations.take_back_snooze(store, snoozed)
    assert _listed(store)[0] == "Kenji Sato"
    assert {f.id: f.effective_due() for f in operations.list_followups(store)}[first.id] == MONDAY
