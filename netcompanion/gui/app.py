"""Starting the desktop app: the QApplication, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from netcompanion import APP_ID, APP_NAME, __version__
from netcompanion.store import StoreError, open_store


def run_app(db: str | None = None, quit_after: float | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    try:
        store = open_store(db)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1

    from netcompanion.gui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    try:
        return app.exec()
    finally:
        store.dispose()
