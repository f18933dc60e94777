"""Starting the desktop app: the QApplication, the palette, the database, the main window.

Other parts hook in here: the tray and the scheduler receive the main window from
`run_app` (see `on_window_ready`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from netcompanion import APP_ID, APP_NAME, __version__
from netcompanion.store import StoreError, open_store

# Callables run with the main window once it is shown (the tray and the reminder scheduler).
on_window_ready: list[Callable[[object], None]] = []


def make_app(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtGui import QIcon

    from netcompanion.assets import app_icon_svg
    from netcompanion.gui.theme import apply_theme, follow_system

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(app_icon_svg())))
    apply_theme(app)
    follow_system(app)
    return app


def run_app(db: str | None = None, quit_after: float | None = None) -> int:
    app = make_app()
    try:
        store = open_store(db)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1

    from netcompanion.gui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    for hook in on_window_ready:
        hook(window)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), window.close)
        QTimer.singleShot(int(quit_after * 1000) + 50, app.quit)
    try:
        return app.exec()
    finally:
        window.shutdown()
        store.dispose()
