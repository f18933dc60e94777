"""Campaigns of thousands: people are added, the page is read, and a campaign is ended and resumed off
the GUI thread, the window live meanwhile; refusals are shown; more than a campaign holds is refused
before anything is asked."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from netcompanion import operations
from netcompanion.gui import campaign_work
from netcompanion.operations import campaigns as campaign_operations


@pytest.fixture
def large_campaigns(monkeypatch, gui_thread_calls):
    """Campaign work behaves as with thousands of people in campaigns. Returns (gate, calls): while
    `gate` is clear a campaign operation waits where it runs; `calls[name]` says per call of that
    operation whether it ran on the GUI thread."""
    monkeypatch.setattr(campaign_work, "IN_BACKGROUND_FROM", 0)
    gate = threading.Event()
    gate.set()
    calls = {}
    for name in ("add_or_start_campaign", "end_campaign", "resume_campaign", "campaign_status"):
        monkeypatch.setattr(operations, name, _gated(getattr(operations, name), gate))
        calls[name] = gui_thread_calls(name)
    return gate, calls


def _gated(real, gate: threading.Event):
    def gated(*args, **kwargs):
        assert gate.wait(10), "the test never let the operation finish"
        return real(*args, **kwargs)

    return gated


@pytest.fixture
def names_asked(monkeypatch) -> list[str]:
    """The "Add to campaign" box answers "Winter"; the list gets the name each box offered."""
    asked: list[str] = []

    def get_text(*_args, text: str = "", **_kwargs):
        asked.append(text)
        return "Winter", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


def _contacts_all_chosen(window, qtbot):
    view = window.show_view("contacts")
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 30)
    view.form.table.selectAll()
    return view


def _shown_boxes() -> list[str]:
    return [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_the_add_to_campaign_button_asks_for_the_campaign_and_adds_the_people_chosen(
    window, demo_store, qtbot, names_asked
):
    """The button passed Qt's "not checked" on as the campaign's name: "A campaign needs a name."."""
    view = window.show_view("contacts")
    qtbot.waitUntil(lambda: not view.model.loading)
    view.form.table.selectRow(3)
    qtbot.mouseClick(view.form.campaignButton, Qt.MouseButton.LeftButton)
    assert names_asked == [operations.free_campaign_name(demo_store)]  # no campaign yet: a new one
    assert window.ctx.last_error == ""
    assert operations.campaign_status(demo_store, "Winter").members == 1
    assert window.statusBar().currentMessage() == "Added 1 contact to “Winter”."


def test_adding_thousands_runs_on_the_worker_and_the_window_stays_usable(
    window, demo_store, qtbot, large_campaigns, names_asked
):
    gate, calls = large_campaigns
    first = {c.id for c in operations.suggest_campaign_members(demo_store, 10)}
    operations.create_campaign(demo_store, "Winter", quota=5, contact_ids=sorted(first))
    view = _contacts_all_chosen(window, qtbot)
    chosen = view.selected_ids()
    gate.clear()  # the add waits on the worker until the window has been used
    qtbot.mouseClick(view.form.campaignButton, Qt.MouseButton.LeftButton)
    assert names_asked == ["Winter"]  # the running campaign is offered
    qtbot.waitUntil(window.busy.isVisible)
    assert window.statusBar().currentMessage() == f"Adding {len(chosen)} contacts to “Winter”…"
    view.form.filterEdit.setText(operations.get_contact(demo_store, chosen[0]).name)  # typed meanwhile
    qtbot.waitUntil(lambda: 0 < view.model.rowCount() < len(chosen))
    gate.set()
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert window.statusBar().currentMessage() == f"Added {len(chosen)} contacts to “Winter”."
    assert operations.campaign_status(demo_store, "Winter").members == len(set(chosen) | first)
    assert not window.busy.isVisible()
    assert calls["add_or_start_campaign"] == [False]  # on the worker


def test_a_large_campaigns_page_reads_off_the_gui_thread_and_end_and_undo_run_on_the_worker(
    window, demo_store, qtbot, large_campaigns
):
    gate, calls = large_campaigns
    operations.create_campaign(demo_store, "Winter", quota=5, best=20)
    gate.clear()
    view = window.show_view("campaign")
    f = view.form
    assert f.campaignName.text() == "Reading your campaigns…"
    assert not f.endButton.isVisible() and not f.emptyCard.isVisible()  # not "No campaign running"
    gate.set()
    qtbot.waitUntil(lambda: f.campaignName.text() == "Winter")
    assert f.membersValue.text() == "20" and f.endButton.isVisible()

    gate.clear()  # the end waits on the worker
    qtbot.mouseClick(f.endButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.busy.isVisible)
    assert window.statusBar().currentMessage() == "Ending “Winter”…"
    assert not f.endButton.isEnabled() and not f.renameButton.isEnabled()  # one change at a time
    assert window.show_view("today").isVisible()  # the window stays usable meanwhile
    window.show_view("campaign")
    gate.set()
    qtbot.waitUntil(lambda: f.endedPanel.isVisible() and not window.ctx.busy)
    assert not operations.list_campaigns(demo_store)[0].active
    assert "ending “Winter”" in window.undo_action.text() and f.resumeButton.isEnabled()

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: f.endButton.isVisible() and not window.ctx.busy)
    assert f.campaignName.text() == "Winter" and f.endButton.isEnabled()
    assert operations.list_campaigns(demo_store)[0].active
    assert calls["end_campaign"] == [False] and calls["resume_campaign"] == [False]
    assert calls["campaign_status"] and not any(calls["campaign_status"])  # every read on the reader


def test_a_refusal_on_the_worker_is_shown_and_the_page_can_be_used_again(window, demo_store, qtbot, large_campaigns):
    _gate, calls = large_campaigns
    operations.create_campaign(demo_store, "Winter", quota=5, best=20)
    view = window.show_view("campaign")
    qtbot.waitUntil(lambda: view.form.campaignName.text() == "Winter")
    campaign_operations.end_campaign(demo_store, "Winter")  # meanwhile, on the command line
    assert view.end()  # the page still shows it running
    qtbot.waitUntil(lambda: not window.ctx.busy and bool(_shown_boxes()))
    assert _shown_boxes() == ["The campaign 'Winter' is already ended."]
    assert window.statusBar().currentMessage() == "The campaign 'Winter' is already ended."
    assert view.form.endButton.isEnabled() and view.form.createButton.isEnabled() and not view.working
    assert not window.undo_action.isEnabled()  # nothing was ended here to take back
    assert calls["end_campaign"] == [False]


def test_choosing_more_than_a_campaign_holds_is_refused_before_a_name_is_asked_for(
    window, demo_store, qtbot, monkeypatch, names_asked
):
    """Adding 10,757 people froze the window for 3.7 s, after the name was asked for, to be refused."""
    monkeypatch.setattr(campaign_operations, "MAX_MEMBERS", 3)
    view = _contacts_all_chosen(window, qtbot)
    view.add_selected_to_campaign()
    assert names_asked == []
    assert window.ctx.last_error == "A campaign holds at most 3 contacts; pick the ones that matter most."
    assert operations.list_campaigns(demo_store) == []
