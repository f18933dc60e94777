"""Which touches keep a warm contact in touch (rules 12 and 13): a conversation, or a note, e-mail or
message the user wrote them, restarts the keep-in-touch clock and ticks them off the personal round; a
call or voicemail nobody answered does not — it starts a cooldown, and the contact comes back after it."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import domain, operations
from netcompanion.rules.facts import why_impossible
from netcompanion.store.models import Contact

TODAY = dt.date(2026, 11, 24)  # a Tuesday in Q4 2026
REFUSED = {(c, o) for c in domain.CHANNEL_CHOICES for o in domain.OUTCOME_CHOICES if why_impossible(c, o)}


@pytest.fixture(autouse=True)
def tuesday():
    with time_machine.travel(dt.datetime(2026, 11, 24, 10, 0).astimezone(), tick=False):
        yield


def _warm(store, name: str, *, value: int = 3, spoke_days_ago: int = 800) -> int:
    """A warm contact, 90-day cadence, last spoken to long ago: overdue to keep in touch."""
    contact = operations.add_contact(
        store, name=name, stage="warm", cadence_days=90, closeness=4, value=value
    ).id
    _logged(store, contact, "call", "reached", TODAY - dt.timedelta(days=spoke_days_ago))
    return contact


def _logged(store, contact_id: int, channel: str, outcome: str, day: dt.date) -> None:
    """A touch logged as history, without the reminders it plans (a thank-you, "fine to follow up")."""
    logged = operations.log_touch(store, contact_id, channel=channel, outcome=outcome, when=day)
    for followup in logged.followups_created:
        operations.dismiss_followup(store, followup.id)


def _listed(store, day: dt.date = TODAY) -> dict:
    return {e.contact_id: e for e in operations.call_list(store, day, 50)}


def test_a_note_sent_keeps_a_warm_contact_off_tomorrows_list(store):
    """The quarterly round asks for a note to Kim; the next morning Kim was back as overdue."""
    kim = _warm(store, "Kim Park")
    assert _listed(store)[kim].kind == "keep-in-touch"
    _logged(store, kim, "note", "no-reply", TODAY)
    tomorrow = TODAY + dt.timedelta(days=1)
    assert kim not in _listed(store, tomorrow)
    assert kim not in _listed(store, TODAY + dt.timedelta(days=89))
    back = _listed(store, TODAY + dt.timedelta(days=91))[kim]  # the cadence counts from the note
    assert back.reasons[0] == "keep in touch every 90 days: overdue by 1 day"
    assert operations.get_contact(store, kim).unanswered_attempts == 0  # a note expects no answer


@pytest.mark.parametrize(
    ("channel", "outcome"),
    [(c, o) for c in domain.CHANNEL_CHOICES for o in domain.OUTCOME_CHOICES if (c, o) not in REFUSED],
)
def test_only_a_conversation_or_something_written_keeps_them_in_touch_on_the_list_and_in_the_round(
    store, channel, outcome
):
    kim = _warm(store, "Kim Park")
    _logged(store, kim, channel, outcome, TODAY - dt.timedelta(days=10))  # any cooldown it starts is over

    kept = outcome in ("reached", "replied") or channel in ("note", "email", "message")
    entry = _listed(store).get(kim)
    assert (entry is None) == kept, entry
    if entry is not None:
        assert entry.kind == "keep-in-touch" and "overdue by" in entry.reasons[0]
    [ticked] = [i.done_on for i in operations.personal_round(store).items if i.contact_id == kim]
    assert (ticked is not None) == kept


def test_the_reasons_say_when_you_last_wrote(store):
    kim = _warm(store, "Kim Park")
    _logged(store, kim, "note", "no-reply", TODAY - dt.timedelta(days=100))
    assert _listed(store)[kim].reasons == (
        "keep in touch every 90 days: overdue by 10 days",
        "strong tie, good value, last wrote 3 months ago; last spoke 2 years ago",
    )
    never = operations.add_contact(store, name="Ola Lind", stage="warm", closeness=4).id
    _logged(store, never, "note", "no-reply", TODAY - dt.timedelta(days=95))
    assert _listed(store)[never].reasons == (
        "keep in touch every 90 days: overdue by 5 days",
        "strong tie, last wrote 3 months ago; no conversation yet",
    )
    _logged(store, kim, "call", "reached", TODAY - dt.timedelta(days=95))  # spoken to since: no "wrote"
    assert _listed(store)[kim].reasons[1] == "strong tie, good value, last spoke 3 months ago"


def test_a_note_ranks_someone_by_how_overdue_they_are_since_it(store):
    """Of two equally valued contacts last spoken to as long ago, the one written to since is less due."""
    wrote = _warm(store, "Ada Byron", spoke_days_ago=400)
    silent = _warm(store, "Ben Crane", spoke_days_ago=400)
    _logged(store, wrote, "note", "no-reply", TODAY - dt.timedelta(days=100))
    assert [e.contact_id for e in operations.call_list(store, TODAY, 2)] == [silent, wrote]


def test_the_best_overdue_contacts_are_found_behind_many_written_to(store):
    """The list reads the most overdue first and must look past everyone a note keeps in touch."""
    written = [_warm(store, f"Written {n}", value=5) for n in range(15)]
    for contact_id in written:
        _logged(store, contact_id, "note", "no-reply", TODAY - dt.timedelta(days=5))
    due = [_warm(store, f"Due {n}", value=value) for n, value in enumerate((4, 3, 2, 1))]
    assert [e.contact_id for e in operations.call_list(store, TODAY, 3)] == due[:3]


def test_a_congratulations_note_after_a_job_change_is_the_news_acknowledged(store):
    kim = _warm(store, "Kim Park", spoke_days_ago=30)
    with store.write() as session:
        session.get(Contact, kim).job_changed_on = TODAY - dt.timedelta(days=3)
    assert _listed(store)[kim].kind == "job-change"
    _logged(store, kim, "note", "no-reply", TODAY - dt.timedelta(days=2))
    assert kim not in _listed(store)
