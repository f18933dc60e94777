"""Ending a campaign from its page, and getting it back (Undo, or Resume on the empty page)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from netcompanion import clock, operations
from netcompanion.rules.common import say_day


def _settle() -> None:
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def _campaign_calls(store) -> int:
    return sum(1 for e in operations.call_list(store) if e.kind == "campaign")


def test_ending_a_campaign_takes_its_people_off_today_and_resume_brings_them_back(window, demo_store, qtbot):
    operations.create_campaign(demo_store, "Autumn re-warm", quota=5, best=20)
    assert _campaign_calls(demo_store) == 5
    view = window.show_view("campaign")
    _settle()
    f = view.form
    assert f.endButton.isVisible() and not f.emptyCard.isVisible()

    qtbot.mouseClick(f.endButton, Qt.MouseButton.LeftButton)
    _settle()
    assert _campaign_calls(demo_store) == 0
    assert f.emptyCard.isVisible() and not f.endButton.isVisible()
    assert f.endedPanel.isVisible()
    assert f.endedLabel.text() == f"You ended “Autumn re-warm” on {say_day(clock.today())} with 20 of 20 still to call."
    assert window.undo_action.isEnabled() and "ending “Autumn re-warm”" in window.undo_action.text()

    qtbot.mouseClick(f.resumeButton, Qt.MouseButton.LeftButton)
    _settle()
    assert _campaign_calls(demo_store) == 5
    assert not window.undo_action.isEnabled()  # resumed already: Undo has nothing left to take back
    assert f.endButton.isVisible() and not f.endedPanel.isVisible()
    assert f.campaignName.text() == "Autumn re-warm"


def test_undo_runs_an_ended_campaign_again(window, demo_store, qtbot):
    operations.create_campaign(demo_store, "Spring", quota=3, best=6)
    view = window.show_view("campaign")
    _settle()
    assert view.end()
    assert not operations.list_campaigns(demo_store)[0].active
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: operations.list_campaigns(demo_store)[0].active, timeout=10_000)
    _settle()
    assert view.form.endButton.isVisible()


def test_a_page_with_no_campaign_ever_offers_nothing_to_resume(window, demo_store):
    view = window.show_view("campaign")
    _settle()
    assert view.form.emptyCard.isVisible() and not view.form.endedPanel.isVisible()


def test_adding_people_to_an_ended_campaign_asks_to_resume_it_first(window, demo_store, monkeypatch):
    from netcompanion.gui.campaign import add_to_campaign

    operations.create_campaign(demo_store, "Spring", quota=3, best=6)
    operations.end_campaign(demo_store, "Spring")
    someone = operations.find_contacts(demo_store)[0]
    assert add_to_campaign(window.ctx, [someone.id], window, name="spring") is False
    assert "has ended; resume it first" in window.ctx.last_error
    assert [c.name for c in operations.list_campaigns(demo_store)] == ["Spring"]  # no second one made
