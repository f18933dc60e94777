"""Start at login belongs to one database: opening another leaves it alone, and Settings sets it at once."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from netcompanion import operations
from netcompanion.reminders import autostart
from netcompanion.settings import load_settings, save_settings, with_changes
from netcompanion.store import open_store
from tests.gui.conftest import companion_for


@pytest.fixture
def trial(tmp_path, migrated_template):
    """A second database, the kind one opens to try something out."""
    path = tmp_path / "trial" / "trial.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(migrated_template, path)
    opened = open_store(path)
    yield opened
    opened.dispose()


def entry_exec(tmp_path) -> str:
    text = (tmp_path / "config" / "autostart" / "netcompanion.desktop").read_text()
    return next(line for line in text.splitlines() if line.startswith("Exec="))


def start_app(store, make_window):
    """What `netcompanion gui` does after opening a database: the window, then the companion."""
    companion = companion_for(store, make_window(store))
    companion.start(minimized=False)
    companion.stop()


def test_opening_a_trial_database_leaves_the_main_databases_start_at_login_alone(
    cli, store, db_path, trial, make_window, tmp_path
):
    assert cli("reminders", "autostart", "on").code == 0  # for the main database
    start_app(trial, make_window)  # its own setting is off: the entry used to be deleted
    assert f"--db {db_path.resolve()} gui --minimized" in entry_exec(tmp_path)
    with trial.write() as session:
        save_settings(session, with_changes(load_settings(session), start_at_login=True))
    start_app(trial, make_window)  # on as well: the entry used to point at the trial from now on
    assert f"--db {db_path.resolve()} gui --minimized" in entry_exec(tmp_path)


def test_an_app_start_refreshes_its_own_entry_after_the_program_moved(store, db_path, make_window, tmp_path):
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), start_at_login=True))
    entry = autostart.set_start_at_login(True, str(db_path))
    entry.write_text(entry.read_text().replace(entry_exec(tmp_path), f"Exec=/old/bin/netcompanion --db {db_path} gui"))
    start_app(store, make_window)
    assert entry.read_text() == autostart.entry_text(autostart.launch_command(str(db_path)))


def test_ticking_start_at_login_in_settings_writes_the_entry_on_save(window, demo_store, qtbot, tmp_path):
    entry = tmp_path / "config" / "autostart" / "netcompanion.desktop"
    for ticked in (True, False):
        dialog = window.open_settings()
        dialog.form.loginCheck.setChecked(ticked)
        qtbot.mouseClick(dialog.form.buttonBox.button(dialog.form.buttonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)  # fmt: skip
        assert operations.get_settings(demo_store).start_at_login is ticked
        assert entry.exists() is ticked  # not only at the next start of the app
        if ticked:
            assert f"--db {demo_store.path.resolve()} gui --minimized" in entry_exec(tmp_path)


def test_saving_settings_of_a_trial_database_leaves_the_main_databases_entry(
    cli, store, db_path, trial, make_window, qtbot, tmp_path
):
    assert cli("reminders", "autostart", "on").code == 0
    window = make_window(trial)
    dialog = window.open_settings()
    dialog.form.quotaSpin.setValue(5)  # start at login stays unticked
    dialog.save()
    assert f"--db {db_path.resolve()} gui --minimized" in entry_exec(tmp_path)
    dialog = window.open_settings()
    dialog.form.loginCheck.setChecked(True)  # chosen here: the trial starts at login now
    dialog.save()
    assert f"--db {trial.path.resolve()} gui --minimized" in entry_exec(tmp_path)
