"""Counts read as words do: "1 week", "2 backups", "1 day" — never "week(s)" or "1 days"."""

from __future__ import annotations

import datetime as dt

from netcompanion import operations


def test_insights_says_a_streak_of_1_week_and_1_conversation(make_window, store, qtbot):
    contact = operations.add_contact(store, name="Ada Byron", company="Fabrikam")
    operations.log_touch(store, contact.id, channel="call", outcome="reached", when=dt.date.today())
    window = make_window(store)
    view = window.show_view("insights")
    qtbot.waitUntil(lambda: view.loaded)
    headline = view.form.headline.text()
    assert "Last four weeks: 1 conversation," in headline
    assert "A streak of 1 week with a conversation." in headline
    assert "(s)" not in headline


def test_settings_counts_the_backups_beside_the_database(window, demo_store, qtbot):
    from netcompanion.store import backup

    backup.backup_now(demo_store)
    dialog = window.open_settings()
    assert dialog.form.backupLabel.text() == "1 backup beside the database."
    dialog.dialog.reject()
    backup.backup_now(demo_store, reason="manual")
    dialog = window.open_settings()
    assert dialog.form.backupLabel.text().endswith(" backups beside the database.")
    assert "(s)" not in dialog.form.backupLabel.text()
    dialog.dialog.reject()


def test_the_contacts_cold_filter_says_1_day(window, qtbot):
    view = window.show_view("contacts")
    days = view.form.coldDays
    days.setValue(1)
    assert days.text() == "1 day"
    days.setValue(30)
    assert days.text() == "30 days"


def test_a_contact_page_counts_1_unanswered_attempt_and_2_attempts(make_window, store):
    kofi = operations.add_contact(store, name="Kofi Mensah")
    today = dt.date.today()  # tries filled in days apart: each counts
    operations.log_touch(store, kofi.id, channel="call", outcome="no-answer", when=today - dt.timedelta(days=20))
    story = make_window(store).show_contact(kofi.id)
    assert "1 unanswered attempt in a row." in story.form.stateLabel.text().splitlines()
    operations.log_touch(store, kofi.id, channel="email", outcome="no-reply", when=today - dt.timedelta(days=2))
    story.load(kofi.id)
    assert "2 unanswered attempts in a row." in story.form.stateLabel.text().splitlines()
    assert "(s)" not in story.form.stateLabel.text()
