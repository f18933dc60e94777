"""With no campaign yet, the Campaign page says what one is and offers to start one, right there."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from netcompanion import operations

STAT_CARDS = ("membersCard", "reachedCard", "attemptedCard", "remainingCard", "forecastCard")


def _settle() -> None:
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def test_the_empty_campaign_page_explains_and_starts_a_campaign(window, demo_store, qtbot, monkeypatch):
    window.resize(1280, 800)
    view = window.show_view("campaign")
    _settle()
    f = view.form
    assert f.emptyCard.isVisible()
    assert "re-warming drive" in f.emptyText.text() and "every working day" in f.emptyText.text()
    assert not any(getattr(f, card).isVisible() for card in STAT_CARDS)  # no rows of "–"
    assert not f.chartHost.isVisible()  # no empty chart
    assert f.createButton.isVisible() and f.emptyCard.isAncestorOf(f.createButton)
    under_words = f.createButton.mapTo(view, QPoint(0, 0)).y()
    assert f.emptyText.mapTo(view, QPoint(0, 0)).y() < under_words < view.height() / 2  # not lost at the bottom

    f.bestSpin.setValue(30)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("Autumn re-warm", True))
    qtbot.mouseClick(f.createButton, Qt.MouseButton.LeftButton)
    assert operations.campaign_status(demo_store).members == 30
    _settle()
    assert not f.emptyCard.isVisible()
    assert all(getattr(f, card).isVisible() for card in STAT_CARDS) and f.chartHost.isVisible()
    assert f.membersValue.text() == "30"
    assert f.createButton.isVisible() and not f.emptyCard.isAncestorOf(f.createButton)  # another can start
    assert f.createButton.mapTo(view, QPoint(0, 0)).y() > f.chartHost.mapTo(view, QPoint(0, 0)).y()
