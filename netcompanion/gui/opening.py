"""Opening the database without a long, windowless pause.

The start-up check and any migration run on a thread while the event loop goes on; when they
take longer than a glance, a small window says what is happening. At 100,000 contacts the full
check after an unclean stop takes ~1.7 s, and the first start after an update migrates for ~2 s.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from netcompanion import APP_NAME

T = TypeVar("T")
SHOW_AFTER_S = 0.3  # quicker than this, a window flashing up would only distract
POLL_MS = 30


class OpeningWindow(QWidget):
    """'Opening your network…' with a busy bar: no buttons, it goes away by itself."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("openingWindow")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        title = QLabel(f"Opening {APP_NAME}…")
        title.setProperty("role", "heading")
        detail = QLabel(
            "Checking your database and bringing it up to date. With a large network this takes a "
            "few seconds."
        )
        detail.setWordWrap(True)
        detail.setProperty("role", "muted")
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        for widget in (title, detail, bar):
            layout.addWidget(widget)
        self.setFixedWidth(420)


def open_patiently(open_database: Callable[[], T]) -> T:
    """`open_database()` on a thread; its result, or its exception raised here on the GUI thread
    (where the damaged-database and key dialogs are shown)."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = open_database()
        except BaseException as exc:  # handed over to the GUI thread as it is
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="open-database", daemon=True)
    thread.start()
    thread.join(SHOW_AFTER_S)
    if thread.is_alive():
        window = OpeningWindow()
        window.show()
        loop, timer = QEventLoop(), QTimer()
        timer.timeout.connect(lambda: thread.is_alive() or loop.quit())
        timer.start(POLL_MS)
        loop.exec()  # sleeps without holding the interpreter lock, so the opening runs at full speed
        timer.stop()
        window.close()
        window.deleteLater()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
