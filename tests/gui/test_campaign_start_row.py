"""The Campaign page's start row offers as many cold contacts as there are, up to the best 250:
with one cold contact it said "the best 250", while Today offered "your 1 cold contact"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from netcompanion import operations


def _settle() -> None:
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def _row(view) -> str:
    f = view.form
    return f"{f.bestLabel.text().replace('&', '')} {f.bestSpin.text()} {f.bestTail.text()}"


def test_one_cold_contact_is_offered_as_one_and_the_campaign_starts_with_them(make_window, store, qtbot, monkeypatch):
    operations.add_contact(store, name="Ada Lovelace")
    operations.add_contact(store, name="Zoë Berg", stage="warm")  # not cold: not counted
    window = make_window(store)
    view = window.show_view("campaign")
    _settle()
    assert _row(view) == "Start a campaign with the best 1 cold contact, calling"
    assert view.form.bestSpin.maximum() == 1

    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("Re-warm", True))
    qtbot.mouseClick(view.form.createButton, Qt.MouseButton.LeftButton)
    assert operations.campaign_status(store).members == 1
    assert window.statusBar().currentMessage() == "Campaign “Re-warm” started with 1 person."
    _settle()
    assert _row(view) == "Start a campaign with the best 0 cold contacts, calling"  # Ada is in it now


def test_a_large_network_is_offered_the_best_250_and_a_number_chosen_stays(make_window, store):
    for n in range(260):
        operations.add_contact(store, name=f"Cold Contact{n}")
    window = make_window(store)
    view = window.show_view("campaign")
    _settle()
    assert _row(view) == "Start a campaign with the best 250 cold contacts, calling"
    view.form.bestSpin.setValue(40)
    operations.add_contact(store, name="One More")
    window.ctx.changed.emit()
    _settle()
    assert _row(view) == "Start a campaign with the best 40 cold contacts, calling"  # not put back to 250
    assert operations.cold_available(store) == 250 and operations.cold_available(store, cap=1000) == 261


def test_starting_from_the_page_says_whom_it_left_out_as_a_possible_duplicate(make_window, store, qtbot, monkeypatch):
    """The command line said a record of someone still to decide on was left out; the page said only
    "started with 11 people", so one of the two Tobias Brenners seemed lost."""
    from tests.unit.test_import_duplicates_later import tobias_left_to_decide

    _report, new, old = tobias_left_to_decide(store)
    window = make_window(store)
    view = window.show_view("campaign")
    _settle()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("Re-warm", True))
    qtbot.mouseClick(view.form.createButton, Qt.MouseButton.LeftButton)

    assert f"Left out #{new.id} Tobias Brenner: may be the same person as #{old.id} Tobias Brenner" in (
        window.statusBar().currentMessage())  # fmt: skip
