"""Starting the desktop app: the QApplication, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from netcompanion import APP_ID, APP_NAME, __version__
from netcompanion.store import StoreError, open_store


def run_app(db: str | None = None, quit_after: float | None = None, minimized: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    try:
        store = open_store(db)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1

    # Reminders, tray and single instance: a second launch raises this one and exits.
    from netcompanion.gui.companion import claim_instance, start_companion

    instance = claim_instance(store.path)
    if instance is None:
        store.dispose()
        return 0

    from netcompanion.gui.main_window import MainWindow

    window = MainWindow(store)
    companion = start_companion(app, store, window, instance, minimized=minimized)  # shows the window
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    try:
        return app.exec()
    finally:
        companion.stop()
        store.dispose()
