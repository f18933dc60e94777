"""Starting the desktop app: the QApplication, the palette, the database, the main window,
then the companion (tray, reminders, single instance) and the daily backups."""

from __future__ import annotations

import contextlib
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from netcompanion import APP_NAME, DESKTOP_ID, __version__
from netcompanion.store import StoreError, open_store


def make_app(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtGui import QIcon

    from netcompanion.assets import app_icon_svg
    from netcompanion.gui.focus import keep_focus_in_view
    from netcompanion.gui.theme import apply_theme, follow_system

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)  # matches resources/<DESKTOP_ID>.desktop
    app.setWindowIcon(QIcon(str(app_icon_svg())))
    apply_theme(app)
    follow_system(app)
    keep_focus_in_view(app)
    return app


def run_app(db: str | None = None, quit_after: float | None = None, minimized: bool = False) -> int:
    app = make_app()
    store = _open_or_offer_restore(db)
    if store is None:
        return 1

    # Reminders, tray and single instance: a second launch raises this one and exits.
    from netcompanion.gui.companion import claim_instance, start_companion

    instance = claim_instance(store.path)
    if instance is None:
        store.dispose()
        return 0

    from netcompanion.gui.main_window import MainWindow

    window = MainWindow(store)
    companion = start_companion(  # shows the window
        app, store, window, instance, minimized=minimized, quits_by_itself=quit_after is not None
    )
    _start_daily_backups(app, store)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), window.close)
        QTimer.singleShot(int(quit_after * 1000) + 50, app.quit)
    try:
        return app.exec()
    finally:
        companion.stop()
        window.shutdown()
        store.dispose()


# --- data safety seam: start-up check with a restore offer, daily backups while running ---------


def _open_or_offer_restore(db: str | None):
    """Open the database; if the start-up check finds damage, offer the newest good backup."""
    from netcompanion.gui.opening import open_patiently
    from netcompanion.store import DatabaseDamaged
    from netcompanion.store.backup import recover
    from netcompanion.store.encryption import KeyNeeded

    try:
        return open_patiently(lambda: open_store(db, daily_backup=False))
    except KeyNeeded:
        return _ask_for_the_key(db)
    except DatabaseDamaged as exc:
        offer = exc.result.offer
        if offer is None:
            QMessageBox.critical(None, APP_NAME, f"{exc}\n\nThe file was left untouched.")
            return None
        when = f"{offer.created_local:%A %d %B %Y, %H:%M}"
        lost = "\n".join(f"• {item}" for item in offer.would_lose)
        answer = QMessageBox.warning(
            None,
            APP_NAME,
            f"Your database is damaged, so it was not opened.\n\nThe newest good backup is from {when}. "
            f"Restoring it would lose:\n{lost}\n\nThe damaged file is kept aside, not deleted. Restore now?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            recover(exc.result.db_path, offer.backup_path)
            return open_patiently(lambda: open_store(db, daily_backup=False))
        except StoreError as again:
            QMessageBox.critical(None, APP_NAME, str(again))
            return None
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return None


KEY_TRIES = 5


def _ask_for_the_key(db: str | None):
    """The key of an encrypted database, asked until it opens it or the user cancels: one typo
    should not end the app (five tries, then the reason is shown)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from netcompanion.gui.opening import open_patiently
    from netcompanion.store.encryption import KeyNeeded, WrongKey

    prompt = "Your database is encrypted. Key:"
    for attempt in range(1, KEY_TRIES + 1):
        key, ok = QInputDialog.getText(None, APP_NAME, prompt, QLineEdit.EchoMode.Password)
        if not ok:
            return None
        try:
            return open_patiently(lambda key=key: open_store(db, key=key, daily_backup=False))
        except (WrongKey, KeyNeeded) as exc:  # a typo, or OK on an empty box: ask again
            if attempt == KEY_TRIES:
                QMessageBox.critical(None, APP_NAME, str(exc))
                return None
            prompt = "That key does not open your database (check Caps Lock). Key:"
        except StoreError as exc:
            QMessageBox.critical(None, APP_NAME, str(exc))
            return None
    return None


def _start_daily_backups(app: QApplication, store) -> None:
    """Now and then hourly: the daily backup when the last is a day old, off the GUI thread."""
    import threading

    from netcompanion.store.backup import backup_if_due

    running: list[threading.Thread] = []

    def work() -> None:
        # A failure is retried on the next tick; a manual backup shows the same error.
        with contextlib.suppress(StoreError):
            backup_if_due(store)

    def tick() -> None:
        if running and running[0].is_alive():
            return
        running[:] = [threading.Thread(target=work, name="daily-backup", daemon=True)]
        running[0].start()

    tick()
    timer = QTimer(app)
    timer.setInterval(60 * 60 * 1000)
    timer.timeout.connect(tick)
    timer.start()
