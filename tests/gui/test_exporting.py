"""File → Export: the app writes what `netcompanion export` writes, from the menu, through a real
file box, on the worker; the status line says how many went out."""

from __future__ import annotations

import datetime as dt

import vobject
from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog

from netcompanion import operations


def _menu_action(window, text: str):
    return next(a for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
                for a in menu.actions() if a.text().replace("&", "") == text)  # fmt: skip


def _choose(qtbot, window, path, name_filter: str | None = None) -> QFileDialog:
    qtbot.waitUntil(lambda: window.exporter.dialog is not None and window.exporter.dialog.isVisible())
    dialog = window.exporter.dialog
    if name_filter:
        dialog.selectNameFilter(name_filter)
        dialog.filterSelected.emit(name_filter)
    dialog.selectFile(str(path))
    dialog.accept()
    return dialog


def test_export_contacts_from_the_file_menu_writes_every_contact_as_a_vcard(window, demo_store, qtbot, tmp_path):
    everyone = len(operations.contact_ids(demo_store, operations.ContactFilter(include_archived=True)))
    action = _menu_action(window, "Export contacts…")
    assert action.shortcut().toString() == "Ctrl+Shift+E"
    action.trigger()
    dialog = window.exporter.dialog
    assert dialog.selectedFiles()[0].endswith(".csv"), "CSV is offered first, with a dated name"
    target = tmp_path / "my network"  # no suffix typed: the chosen kind of file gives it
    _choose(qtbot, window, target, "Address book, vCard 4.0 (*.vcf)")
    written = tmp_path / "my network.vcf"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Exported"), timeout=20000)
    assert window.statusBar().currentMessage() == f"Exported {everyone:,} contacts to {written}."
    cards = list(vobject.readComponents(written.read_text(encoding="utf-8")))
    assert len(cards) == everyone
    assert {c.fn.value for c in cards} == {c.name for c in operations.find_contacts(demo_store, include_archived=True)}


def test_export_contacts_to_a_csv_path_gives_a_spreadsheet(window, demo_store, qtbot, tmp_path):
    target = tmp_path / "contacts.csv"
    window.exporter.contacts(str(target))
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Exported"), timeout=20000)
    assert target.read_text(encoding="utf-8-sig").splitlines()[0].startswith("First Name,")


def test_export_follow_ups_to_a_calendar_and_an_empty_one_is_refused(make_window, store, qtbot, tmp_path):
    window = make_window(store)
    ann = operations.add_contact(store, name="Ann Lee")
    target = tmp_path / "calls.ics"
    window.exporter.calendar(str(target))
    qtbot.waitUntil(lambda: bool(window.ctx.last_error), timeout=20000)
    assert "no open follow-ups and no campaign calls planned" in window.ctx.last_error
    assert not target.exists()

    operations.add_followup(store, ann.id, due=dt.date.today() + dt.timedelta(days=3), note="Send the article")
    _menu_action(window, "Export follow-ups to a calendar…").trigger()
    _choose(qtbot, window, target)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Exported"), timeout=20000)
    assert window.statusBar().currentMessage() == f"Exported 1 calendar entry (follow-ups and planned calls) to {target}."
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert "Ann Lee" in str(event["summary"])

    operations.complete_followup(store, operations.list_followups(store)[0].id)
    operations.add_followup(store, ann.id, due=dt.date.today() + dt.timedelta(days=4), note="Ask about the fair")
    window.statusBar().clearMessage()
    window.exporter.write("ics", str(target))  # as the file box does once a file is chosen
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Replaced"), timeout=20000)
    assert window.statusBar().currentMessage() == (
        f"Replaced {target} with the export: 2 calendar entries (follow-ups and planned calls; 1 of them is a "
        "follow-up no longer on your list (done or dismissed lately, or waiting with a contact archived or in the "
        "trash), marked cancelled so that your calendar app takes it off)."
    )


def test_the_app_refuses_to_export_onto_its_own_database(make_window, store, qtbot):
    """The file box's "replace it?" is easy to click through; the core refuses, and nothing is written."""
    window = make_window(store)
    operations.add_contact(store, name="Ann Lee")
    window.exporter.contacts(str(store.path))
    qtbot.waitUntil(lambda: bool(window.ctx.last_error), timeout=20000)
    assert "is the open database itself" in window.ctx.last_error
    assert store.path.read_bytes()[:16] == b"SQLite format 3\x00"  # still a database, not a CSV
    assert [c.name for c in operations.find_contacts(store)] == ["Ann Lee"]
