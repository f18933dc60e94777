"""Today after a personal note: someone just written to stays off the list, and someone written to
long ago reads when you last wrote, not only when you last spoke."""

from __future__ import annotations

import datetime as dt
import html

from netcompanion import operations


def _warm(store, name: str, spoke_days_ago: int, wrote_days_ago: int) -> int:
    today = dt.date.today()
    contact = operations.add_contact(store, name=name, stage="warm", cadence_days=90, closeness=4).id
    operations.log_touch(
        store, contact, channel="call", outcome="reached", when=today - dt.timedelta(days=spoke_days_ago)
    )
    operations.log_touch(
        store, contact, channel="note", outcome="no-reply", when=today - dt.timedelta(days=wrote_days_ago)
    )
    return contact


def test_todays_card_says_when_you_last_wrote(make_window, store, qtbot):
    kim = _warm(store, "Kim Park", spoke_days_ago=800, wrote_days_ago=100)
    _warm(store, "Lena Ortiz", spoke_days_ago=800, wrote_days_ago=5)  # the note keeps her in touch
    window = make_window(store)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)

    assert [e.contact_id for e in view.entries] == [kim]
    view.form.callList.setCurrentRow(0)
    assert html.unescape(view.form.reasonsLabel.text()) == (
        "• Keep in touch every 90 days: overdue by 10 days\n"
        "• Strong tie, last wrote 3 months ago; last spoke 2 years ago"
    )
