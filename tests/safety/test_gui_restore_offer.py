"""At start the app notices a damaged database and offers the newest good backup, with its date."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion.store import backup as backups
from tests.safety.helpers import content, damage, demo_database

pytest.importorskip("PySide6")


@pytest.fixture
def damaged(db_path):
    with time_machine.travel(dt.datetime(2026, 5, 4, 8, 0, tzinfo=dt.UTC), tick=False):
        demo_database(db_path, 600)
        made = backups.backup_now(db_path)
    damage(db_path)
    return db_path, made


@pytest.mark.parametrize("accept", [True, False])
def test_the_app_offers_the_backup_and_restores_only_when_the_user_agrees(qapp, monkeypatch, damaged, accept):
    from PySide6.QtWidgets import QMessageBox

    from netcompanion.gui import app

    db_path, made = damaged
    damaged_bytes = db_path.read_bytes()
    shown: list[str] = []

    def answer(_parent, _title, text, *_buttons):  # the user reads the offer and clicks
        shown.append(text)
        return QMessageBox.StandardButton.Yes if accept else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", answer)
    store = app._open_or_offer_restore(str(db_path))
    assert len(shown) == 1
    assert "damaged" in shown[0] and "2026" in shown[0] and "would lose" in shown[0]
    if accept:
        assert store is not None
        store.dispose()
        assert content(db_path) == content(made)
        aside = [
            p
            for p in db_path.parent.iterdir()
            if p.name.startswith(db_path.name + ".damaged-") and not p.name.endswith(("-wal", "-shm"))
        ]
        assert [p.read_bytes() for p in aside] == [damaged_bytes]
    else:
        assert store is None
        assert db_path.read_bytes() == damaged_bytes


def test_an_emptied_database_at_start_offers_the_backup_instead_of_the_welcome_page(qapp, qtbot, monkeypatch, db_path):
    """A 0-byte file where a database with backups used to be: the app used to set up an empty
    one there and show the first-run Welcome page."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from netcompanion.gui import app
    from netcompanion.gui.main_window import MainWindow

    with time_machine.travel(dt.datetime(2026, 5, 4, 8, 0, tzinfo=dt.UTC), tick=False):
        demo_database(db_path, 60)
        made = backups.backup_now(db_path)
    db_path.write_bytes(b"")
    shown: list[str] = []

    def answer(_parent, _title, text, *_buttons):
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", answer)
    store = app._open_or_offer_restore(str(db_path))
    assert len(shown) == 1 and "damaged" in shown[0] and "2026" in shown[0]
    assert content(db_path) == content(made)
    window = MainWindow(store, QSettings(str(db_path.with_name("gui.ini")), QSettings.Format.IniFormat))
    try:
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.started)
        assert window.form.pages.currentWidget().objectName() != "welcomePage"
    finally:
        window.shutdown()
        store.dispose()
