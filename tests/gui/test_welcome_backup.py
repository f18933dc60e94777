"""An empty database beside a backup of a full one: the Welcome page offers to restore it."""

from __future__ import annotations

import datetime as dt
import shutil

import time_machine

from netcompanion import operations
from netcompanion.paths import backup_dir_for
from netcompanion.store import backup as backups
from tests.safety.helpers import demo_database


def _backup_of_sixty_contacts_beside(db_path, tmp_path):
    """A backup of another database, filed as one of `db_path`'s: as if its file had been replaced."""
    other = tmp_path / "earlier" / db_path.name
    other.parent.mkdir(mode=0o700)
    with time_machine.travel(dt.datetime(2026, 5, 4, 8, 0, tzinfo=dt.UTC), tick=False):
        demo_database(other, 60)
        made = backups.backup_now(other)
    folder = backup_dir_for(db_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    return shutil.copy2(made, folder / made.name)


def test_the_welcome_page_offers_the_earlier_backup_and_restores_it(make_window, store, qtbot, tmp_path):
    _backup_of_sixty_contacts_beside(store.path, tmp_path)
    window = make_window(store)
    welcome = window.form.pages.currentWidget()
    assert welcome.objectName() == "welcomePage"
    qtbot.waitUntil(lambda: welcome.earlier is not None)  # looked for on the reader
    assert welcome.form.title.text() == "This database is new and empty"
    assert "a backup from Monday 04 May 2026" in welcome.form.intro.text()
    assert "with 60 contacts" in welcome.form.intro.text()
    assert welcome.restore_button.isVisibleTo(window) and welcome.restore_button.isDefault()

    with qtbot.waitSignal(window.data_changed, timeout=30000):
        welcome.restore_button.click()
    qtbot.waitUntil(lambda: window.current_view() == "today")
    assert operations.count_contacts(store) == 60
    assert "Restored a backup from Monday 04 May 2026" in window.statusBar().currentMessage()


def test_a_first_run_without_backups_offers_no_restore(make_window, store, qtbot):
    window = make_window(store)
    welcome = window.form.pages.currentWidget()
    qtbot.waitUntil(lambda: not window.ctx.reader.busy)
    assert welcome.form.title.text() == "Welcome to NetCompanion"
    assert not welcome.restore_button.isVisibleTo(window)
