"""The desktop app starts, shows its window and quits by itself (offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netcompanion.gui.trash import TrashDialog


def test_gui_quit_after_starts_and_exits_cleanly(cli, db_path):
    result = cli("gui", "--quit-after", "0.5")
    assert result.code == 0, result.err
    assert db_path.exists()  # the app opened (and created) its database


def test_a_slow_opening_shows_a_window_and_the_event_loop_keeps_turning(app, store, db_path, monkeypatch):
    """The full check after a crash (~1.7 s at 100,000 contacts) and a migration used to run
    before any window, the app looking as if it had not started."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from netcompanion.gui import app as gui_app
    from netcompanion.gui import opening

    store.dispose()
    seen: list[bool] = []
    release = threading.Event()

    def look() -> None:  # runs on the GUI thread while the database is being opened
        seen.append(any(w.objectName() == "openingWindow" and w.isVisible() for w in QApplication.topLevelWidgets()))
        release.set()

    real_open = gui_app.open_store

    def slow_open(*args, **kwargs):
        release.wait(10)  # held until the GUI thread has looked at the screen
        return real_open(*args, **kwargs)

    monkeypatch.setattr(opening, "SHOW_AFTER_S", 0.05)
    monkeypatch.setattr(gui_app, "open_store", slow_open)
    QTimer.singleShot(200, look)
    opened = gui_app._open_or_offer_restore(str(db_path))
    try:
        assert seen == [True]
        assert opened.path == db_path
        assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "openingWindow" and w.isVisible()]
    finally:
        opened.dispose()


def test_an_opening_that_fails_raises_on_the_gui_thread(app):
    import pytest

    from netcompanion.gui.opening import open_patiently
    from netcompanion.store import StoreError

    def broken():
        raise StoreError("the disk is gone")

    with pytest.raises(StoreError, match="the disk is gone"):
        open_patiently(broken)


def test_with_everyone_in_the_trash_the_welcome_page_says_so_and_offers_the_trash(make_window, store, qtbot):
    """It looked brand new, and its "Explore a demo network" failed with "already holds 1 contact"."""
    from netcompanion import operations

    real = operations.add_contact(store, name="Real Person")
    operations.delete_contact(store, real.id)
    window = make_window(store)
    welcome = window.form.pages.currentWidget()
    assert welcome.objectName() == "welcomePage"
    assert welcome.form.title.text() == "Your one contact is in the trash"
    assert welcome.form.intro.text().startswith("Nothing is lost yet: open the trash to bring them back")
    assert welcome.trash_button.isVisible() and not welcome.form.demoButton.isVisible()
    assert not window.demo_action.isEnabled()  # the demo fills an empty database only

    qtbot.mouseClick(welcome.trash_button, Qt.MouseButton.LeftButton)
    trash = window.findChild(TrashDialog)
    assert [e.contact_id for e in trash.selected()] == [real.id]
    trash.restore()
    assert window.current_view() == "today" and window.form.viewList.isEnabled()


def test_once_the_trash_is_emptied_the_welcome_page_is_the_first_run_one_again(make_window, store, qtbot):
    from netcompanion import operations

    gone = operations.add_contact(store, name="Gone Person")
    operations.delete_contact(store, gone.id)
    window = make_window(store)
    trash = window.open_trash()
    assert trash.forget(confirmed=True)
    welcome = window.form.pages.currentWidget()
    qtbot.waitUntil(lambda: welcome.form.title.text() == "Welcome to NetCompanion", timeout=10_000)
    assert welcome.form.demoButton.isVisible() and not welcome.trash_button.isVisible()
    assert window.demo_action.isEnabled()
