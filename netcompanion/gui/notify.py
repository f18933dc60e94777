"""The GUI's notification chain: the desktop's notification server, plyer, the tray, a banner.

On Linux we talk to the notification server ourselves: Qt's D-Bus asks whether one is
running and whether it renders markup, and `notify-send --wait` (arguments passed as a
list, so no quoting accidents) shows the notification with a default action and tells us
when the user clicked it — which opens the app at that contact. A failure there falls to
plyer, then to the tray's balloon, then to a banner inside the window, which always works.
"""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QProcess, Qt, QTimer, Signal
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QSystemTrayIcon, QWidget

from netcompanion import APP_NAME
from netcompanion.gui.shortcuts import WINDOW, shortcut
from netcompanion.reminders.model import Notification
from netcompanion.reminders.notifier import ICON, NotifierChain, PlyerBackend, escape_markup

log = logging.getLogger(__name__)
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
EARLY_FAILURE_MS = 250  # notify-send fails fast when no server answers; a shown one keeps waiting


def server_capabilities() -> list[str] | None:
    """The notification server's capabilities, or None when no server is on the session bus."""
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    call = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "GetCapabilities")
    reply = bus.call(call, timeout=2000)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return None
    return [str(c) for c in reply.arguments()[0]]


class DesktopBackend(QObject):
    """The freedesktop notification server, checked: no server or a failed call means False."""

    name = "desktop"
    activated = Signal(object)  # the contact id (or None) of a clicked notification
    snoozed = Signal(object)  # the reminder keys the user snoozed from the notification
    dismissed = Signal(object)  # the reminder keys the user dismissed from it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.waiting: list[QProcess] = []

    def send(self, notification: Notification) -> bool:
        capabilities = server_capabilities()
        program = shutil.which("notify-send")
        if capabilities is None or program is None:
            return False
        body = escape_markup(notification.body) if "body-markup" in capabilities else notification.body
        args = [f"--app-name={APP_NAME}", f"--icon={ICON}", "--category=reminder"]
        if "actions" in capabilities:
            args += [
                "--wait",
                "--action=default=Open",
                "--action=snooze=Snooze 1 hour",
                "--action=dismiss=Dismiss",
            ]
        args += ["--", notification.title, body]
        process = QProcess(self)
        process.start(program, args)
        if not process.waitForStarted(2000):
            return False
        if process.waitForFinished(EARLY_FAILURE_MS):
            ok = process.exitStatus() == QProcess.ExitStatus.NormalExit and process.exitCode() == 0
            if not ok:
                log.info(
                    "notify-send failed: %s", bytes(process.readAllStandardError()).decode(errors="replace")
                )
            self._finished(process, notification)
            return ok
        process.finished.connect(lambda *_: self._finished(process, notification))
        self.waiting.append(process)
        return True

    def _finished(self, process: QProcess, notification: Notification) -> None:
        """notify-send --wait prints the name of the action the user chose, if any."""
        chosen = bytes(process.readAllStandardOutput()).decode(errors="replace").split()
        if "default" in chosen:
            self.activated.emit(notification.contact_id)
        elif "snooze" in chosen:
            self.snoozed.emit(notification.keys)
        elif "dismiss" in chosen:
            self.dismissed.emit(notification.keys)
        if process in self.waiting:
            self.waiting.remove(process)
        process.deleteLater()


class TrayBackend:
    """The tray icon's balloon: no confirmation possible, so it comes after the checked paths."""

    name = "tray"

    def __init__(self, tray: Callable[[], QSystemTrayIcon | None]) -> None:
        self.tray = tray
        self.last_contact_id: int | None = None

    def send(self, notification: Notification) -> bool:
        tray = self.tray()
        if tray is None or not tray.isVisible() or not QSystemTrayIcon.supportsMessages():
            return False
        self.last_contact_id = notification.contact_id
        tray.showMessage(notification.title, notification.body, tray.icon(), 10_000)
        return True


class Banner(QFrame):
    """A strip across the top of the window: the reminder nobody else could show."""

    open_requested = Signal(object)
    dismissed = Signal(object)  # the reminder keys of the notification shown

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("reminderBanner")
        self.setStyleSheet("#reminderBanner { background: #fff4c2; border-bottom: 1px solid #d8c77a; }")
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # names show as typed, never as markup
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.open_button = QPushButton("Open")
        self.close_button = QPushButton("Dismiss")
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self.open_button.clicked.connect(lambda: (self.open_requested.emit(self.contact_id), self._next()))
        self.close_button.clicked.connect(lambda: (self.dismissed.emit(self.keys), self._next()))
        self.contact_id: int | None = None
        self.keys: tuple[str, ...] = ()
        # What came while one shows waits its turn: a reminder 2 s after "no system tray" replaced it
        # before anyone could read it.
        self.shown: Notification | None = None
        self.waiting: list[Notification] = []
        self._content_top: int | None = None
        window.installEventFilter(self)
        # The banner never has the focus, so Escape is the window's, for as long as the banner shows.
        self.escape = shortcut("dismiss_reminder", window, self.close_button.click, WINDOW)
        self.hide()

    def show_notification(self, notification: Notification) -> None:
        """Show it now, or after the one showing (and those waiting before it) is dismissed or opened."""
        if self.shown is not None:
            if notification != self.shown and notification not in self.waiting:
                self.waiting.append(notification)
                self._say_waiting()
            return
        self._show(notification)

    def _next(self) -> None:
        self.shown = None
        if self.waiting:
            self._show(self.waiting.pop(0))
        else:
            self.hide()

    def _say_waiting(self) -> None:
        more = len(self.waiting)
        self.close_button.setText(f"Dismiss ({more} more)" if more else "Dismiss")

    def _show(self, notification: Notification) -> None:
        self.shown = notification
        self._say_waiting()
        self.contact_id = notification.contact_id
        self.keys = notification.keys
        self.label.setText(f"{notification.title}\n{notification.body}".strip())
        self.open_button.setVisible(notification.contact_id is not None)  # nobody to open: no Open
        self._place()
        self.raise_()
        self.show()

    def _place(self) -> None:
        """Across the window below its menu bar (never over the menus), as wide as the window is now."""
        window = self.parentWidget()
        bar = window.menuBar() if isinstance(window, QMainWindow) else None
        top = bar.geometry().bottom() + 1 if bar is not None and bar.isVisible() else 0
        width = window.width()
        layout = self.layout()
        high = layout.heightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        self.setGeometry(0, top, width, max(high, 48))
        self._make_room(self.height())

    def _make_room(self, height: int) -> None:
        """Push the window's content down by the banner's height (0: back up), so the banner covers
        nothing: the search box and the first views in the sidebar sat under it."""
        window = self.parentWidget()
        content = window.centralWidget() if isinstance(window, QMainWindow) else None
        if content is not None:
            margins = content.contentsMargins()
            if self._content_top is None:
                self._content_top = margins.top()  # the content's own margin, given back when hidden
            top = self._content_top + height
            content.setContentsMargins(margins.left(), top, margins.right(), margins.bottom())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()  # follows the window: shrunk, its buttons stayed out of reach
        return False

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        self.escape.setEnabled(visible)  # Escape in the window dismisses it only while it shows
        if not visible:
            self.shown = None
            self._make_room(0)


class BannerBackend:
    name = "banner"

    def __init__(self, banner: Banner) -> None:
        self.banner = banner

    def send(self, notification: Notification) -> bool:
        QTimer.singleShot(0, lambda: self.banner.show_notification(notification))
        return True


def build_chain(desktop: DesktopBackend, tray: TrayBackend, banner: BannerBackend) -> NotifierChain:
    """Best first: checked desktop notification (Linux), plyer, the tray's balloon, the banner."""
    if sys.platform.startswith("linux"):
        plyer = PlyerBackend(verify=lambda: server_capabilities() is not None)
        return NotifierChain([desktop, plyer, tray, banner])
    return NotifierChain([PlyerBackend(), tray, banner])
