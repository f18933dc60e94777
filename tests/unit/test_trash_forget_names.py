"""Forgetting someone for good takes their name out of what the app wrote about others too: the
follow-ups it planned on the person who introduced them, and the notification history."""

from __future__ import annotations

import datetime as dt

import time_machine
from sqlalchemy import select

from netcompanion import operations
from netcompanion.reminders import log as reminder_log
from netcompanion.reminders.engine import ReminderEngine
from netcompanion.settings import load_settings, save_settings, with_changes
from netcompanion.store.models import FollowUp

UTC = dt.UTC


def at(day: str, time: str = "09:05") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=UTC)


def raw_file(db_path) -> bytes:
    """The database file and its WAL as bytes on disk: what someone with the file could read."""
    wal = db_path.with_name(db_path.name + "-wal")
    return db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def show_due_reminders(store, moment: dt.datetime) -> list:
    with time_machine.travel(moment, tick=False):
        return list(ReminderEngine(store, lambda _notification, _id: "test").tick().shown)


def test_forgetting_someone_leaves_their_name_nowhere_in_the_file(store, db_path):
    with time_machine.travel(at("2026-11-01", "12:00"), tick=False):
        with store.write() as session:  # every day a working day, no quiet hours, no digests
            settings = load_settings(session)
            save_settings(session, with_changes(settings, timezone="UTC", working_days="1234567",
                                                quiet_hours=("00:00", "00:00")))  # fmt: skip
        reminder_log.dismiss(store, [f"digest:2026-11-{day:02}" for day in range(1, 31)])
        irene = operations.add_contact(store, name="Irene Introducer")
        sam = operations.add_contact(store, name="Secret Sam")
        paula = operations.add_contact(store, name="Private Paula")
        intro = operations.record_introduction(store, irene.id, sam.id).record.id
        operations.advance_introduction(store, intro, "message-relayed")  # an update to Irene, due 15 Nov
        operations.advance_introduction(store, intro, "outcome", outcome="ok")  # close the loop, due 2 Nov
        operations.add_followup(store, paula.id, due=dt.date(2026, 11, 3), at=dt.time(11, 0))

    (summary,) = show_due_reminders(store, at("2026-11-02"))  # Irene's and Sam's, in one
    assert "• Close the loop with Secret Sam" in summary.body
    (irene_thanks,) = [f for f in operations.list_followups(store, contact_id=irene.id) if f.kind == "close-the-loop"]
    operations.complete_followup(store, irene_thanks.id)  # done: history that stays
    assert show_due_reminders(store, at("2026-11-03", "11:00"))[0].title == "Follow up with Private Paula"
    (update,) = show_due_reminders(store, at("2026-11-15"))
    assert "Secret Sam" in update.body  # the note on Irene's update names Sam

    operations.delete_contacts(store, [sam.id, paula.id])
    operations.forget_contacts(store, [sam.id, paula.id])

    with store.read() as session:
        irene_followups = session.scalars(select(FollowUp).where(FollowUp.contact_id == irene.id)).all()
        assert [(f.kind, f.status, f.note) for f in irene_followups] == [
            ("close-the-loop", "done",
             "Thank Irene Introducer and tell them how their introduction to someone you removed turned out."),
        ]  # fmt: skip  (the open update about an introduction that is gone went with it)
    history = [(e.title, e.body) for e in reminder_log.history(store)]
    assert len(history) == 2  # Paula's own notification went; the summary and Irene's update stay
    assert all("Sam" not in text and "Paula" not in text for entry in history for text in entry), history
    assert any("how it went with someone you removed" in body for _, body in history)
    raw = raw_file(db_path)
    for name in ("Secret Sam", "Private Paula"):
        assert name.encode() not in raw, f"{name} is still in the file"
