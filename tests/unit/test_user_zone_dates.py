"""The days the app shows and writes for things gone by are on the user's calendar (the `timezone`
setting), not the computer's: `contacts show`, the export, the import report, past imports, the trash and the demo.

The computer runs on UTC; the user lives in Tokyo. A call at 08:30 on Wednesday 25 Nov 2026 in
Tokyo is stored as 23:30 UTC on Tuesday: to the user it was on Wednesday, everywhere.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
import time_machine
from sqlalchemy import select

from netcompanion import operations
from netcompanion.demo import generate_demo
from netcompanion.store import open_store
from netcompanion.store.models import FollowUp, Interaction
from tests.conftest import in_tokyo

TOKYO = ZoneInfo("Asia/Tokyo")
WEDNESDAY = dt.date(2026, 11, 25)
WEDNESDAY_MORNING = in_tokyo("2026-11-25T08:30")  # 23:30 UTC on Tuesday

pytestmark = pytest.mark.usefixtures("computer_on_utc")


@pytest.fixture
def tokyo(store):
    operations.update_settings(store, timezone="Asia/Tokyo")
    return store


@pytest.fixture
def called_on_wednesday_morning(tokyo):
    with time_machine.travel(WEDNESDAY_MORNING, tick=False):
        dana = operations.add_contact(tokyo, name="Dana Reyes")
        operations.log_touch(tokyo, dana.id, channel="call", outcome="reached", notes="coffee on Friday")
    return dana


def test_a_contacts_last_touch_is_the_day_it_was_in_tokyo(tokyo, called_on_wednesday_morning):
    dana = called_on_wednesday_morning
    assert operations.get_contact(tokyo, dana.id).last_interaction == WEDNESDAY
    assert [c.last_interaction for c in operations.find_contacts(tokyo)] == [WEDNESDAY]


def test_contacts_show_dates_the_touch_and_the_last_touch_on_the_users_day(tokyo, called_on_wednesday_morning,
                                                                          cli):  # fmt: skip
    shown = cli("contacts", "show", str(called_on_wednesday_morning.id))
    assert shown.code == 0, shown.err
    assert "  last touch:     2026-11-25" in shown.out
    assert "  touch:          2026-11-25 call, reached — coffee on Friday" in shown.out
    listed = cli("contacts", "--json").json()
    assert [c["last_interaction"] for c in listed] == ["2026-11-25"]


def test_the_csv_export_writes_the_last_touch_on_the_users_day(tokyo, called_on_wednesday_morning):
    text, _ = operations.export_text(tokyo, "csv")
    (row,) = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    assert row["Last Interaction"] == "2026-11-25"


def test_the_import_report_dates_a_new_last_touch_on_the_users_day(tokyo, tmp_path):
    url = "https://www.linkedin.com/in/maren-oyelaran-4b1c27"
    operations.add_contact(tokyo, name="Maren Oyelaran", linkedin_url=url)
    me = "https://www.linkedin.com/in/avery-quinlan-7c2e19"  # the user: in the most messages
    ben = "https://www.linkedin.com/in/ben-crane"
    messages = tmp_path / "messages.csv"
    messages.write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,"
        "FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
        f"c1,,Maren Oyelaran,{url},Avery Quinlan,{me},2026-11-24 23:30:00 UTC,,See you Friday,INBOX,No,No\n"
        f"c1,,Avery Quinlan,{me},Maren Oyelaran,{url},2026-11-24 23:10:00 UTC,,Coffee on Friday?,INBOX,No,No\n"
        f"c2,,Avery Quinlan,{me},Ben Crane,{ben},2026-11-20 10:00:00 UTC,,Thanks again,INBOX,No,No\n",
        encoding="utf-8",
    )
    report = operations.preview_import(tokyo, "linkedin-messages", messages)
    assert "Maren Oyelaran: last touch now 25 Nov 2026" in report.updates


def test_the_trash_names_the_users_day_a_contact_goes_and_it_goes_that_day(tokyo, cli):
    with time_machine.travel(WEDNESDAY_MORNING, tick=False):
        dana = operations.add_contact(tokyo, name="Dana Reyes")
        entry = operations.delete_contact(tokyo, dana.id)
    assert entry.purge_on == dt.date(2026, 12, 25)
    (listed,) = cli("trash").out.splitlines()[1:]
    assert "2026-11-25" in listed and "2026-12-25" in listed  # deleted on Wednesday, goes on Friday 25 Dec
    assert operations.purge_expired(tokyo, now=in_tokyo("2026-12-24T23:59")) == 0  # Thursday: still there
    assert operations.purge_expired(tokyo, now=in_tokyo("2026-12-25T09:00")) == 1  # Friday, as it said


def _due_days(store) -> list[dt.date]:
    with store.read() as session:
        return list(session.scalars(select(FollowUp.due_date).order_by(FollowUp.id)))


def test_the_demo_network_is_made_for_the_users_day_in_their_working_hours(tokyo, tmp_path):
    with time_machine.travel(WEDNESDAY_MORNING, tick=False):
        generate_demo(tokyo, 300, seed=3)
    on_wednesday = open_store(tmp_path / "wednesday.sqlite3")
    try:
        operations.update_settings(on_wednesday, timezone="Asia/Tokyo")
        generate_demo(on_wednesday, 300, seed=3, today=WEDNESDAY)
        assert _due_days(tokyo) == _due_days(on_wednesday)  # no day given: today is Tokyo's Wednesday
    finally:
        on_wednesday.dispose()
    with tokyo.read() as session:
        hours = {moment.astimezone(TOKYO).hour for moment in session.scalars(select(Interaction.occurred_at))}
    assert hours and hours <= set(range(8, 19)), sorted(hours)  # calls made 8:00–18:59 on a Tokyo clock



@pytest.fixture
def imported_and_undone_on_wednesday_morning(tokyo) -> int:
    """An import at 08:30 on Wednesday in Tokyo (23:30 UTC on Tuesday), undone at once."""
    from tests.conftest import FIXTURES

    with time_machine.travel(WEDNESDAY_MORNING, tick=False):
        batch_id = operations.run_import(tokyo, "google", FIXTURES / "google_contacts.csv").batch_id
        operations.undo_import(tokyo, batch_id)
    return batch_id


def test_import_list_says_when_on_the_users_clock(imported_and_undone_on_wednesday_morning, cli):
    """It said Tuesday 23:30, the computer's time."""
    (listed,) = cli("import", "list").out.splitlines()[1:]
    assert "2026-11-25 08:30" in listed


def test_undoing_an_import_twice_names_the_users_day_it_was_undone(tokyo, imported_and_undone_on_wednesday_morning):
    from netcompanion.operations.results import ValidationError

    with pytest.raises(ValidationError, match="was already undone on 2026-11-25"):  # it said 2026-11-24
        operations.undo_import(tokyo, imported_and_undone_on_wednesday_morning)
