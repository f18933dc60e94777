"""The tray companion: a badge with what is due, and a menu for the things one does from there.

Closing the window keeps the app here (said once, the first time). Where the desktop has
no tray, the app says so once and simply works as a window.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from netcompanion import APP_NAME, clock
from netcompanion.calllist_words import say_due_today
from netcompanion.reminders import log as reminder_log
from netcompanion.reminders.facts import due_counts, snoozed_all_until
from netcompanion.reminders.notifier import ICON
from netcompanion.settings import load_settings, save_settings, user_today, user_zone, with_changes
from netcompanion.store.engine import Store
from netcompanion.store.models import Setting

log = logging.getLogger(__name__)
TOLD_CLOSE_KEY = "told_close_to_tray"


def badge_icon(count: int, size: int = 64) -> QIcon:
    """The app icon with the number of things due (calls, and follow-ups besides them) in a red badge."""
    pixmap = QPixmap(str(ICON)).scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)  # fmt: skip
    if count > 0:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = str(count) if count < 100 else "99+"
        diameter = size * 0.58
        rect = QRectF(size - diameter, 0, diameter, diameter)
        painter.setBrush(QColor("#d93025"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(rect)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(diameter * (0.62 if len(text) == 1 else 0.45)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
    return QIcon(pixmap)


def flag_is_set(store: Store, key: str) -> bool:
    with store.read() as session:
        return session.get(Setting, key) is not None


def set_flag(store: Store, key: str) -> None:
    with store.write() as session:
        if session.get(Setting, key) is None:
            session.add(Setting(key=key, value="true"))


class TrayCompanion(QObject):
    open_contact = Signal(object)  # contact id, or None for the window as it is
    open_view = Signal(str)
    log_touch = Signal()
    quit_requested = Signal()
    history_requested = Signal()
    settings_changed = Signal()

    def __init__(self, store: Store, window: QWidget, tell: Callable[[str, str], None]) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.tell = tell  # shows a one-off message (tray balloon or banner)
        self.quitting = False
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon = QSystemTrayIcon(badge_icon(0), self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu()
        self.calls_action = self._add("Today's calls", lambda: self.open_view.emit("today"))
        self._add("Log a touch…", self.log_touch.emit)
        snooze = self.menu.addMenu("Snooze reminders")
        self.snooze_hour = snooze.addAction("For 1 hour")
        self.snooze_hour.triggered.connect(lambda: self.snooze(dt.timedelta(hours=1)))
        self.snooze_tomorrow = snooze.addAction("Until tomorrow")
        self.snooze_tomorrow.triggered.connect(self.snooze_until_tomorrow)
        self.resume_action = snooze.addAction("Resume now")
        self.resume_action.triggered.connect(lambda: self._snooze_all(None))
        self.pause_action = self._add("Pause notifications", self.toggle_pause)
        self.pause_action.setCheckable(True)
        self._add("Notification history…", self.history_requested.emit)
        self.menu.addSeparator()
        self._add(f"Open {APP_NAME}", lambda: self.open_contact.emit(None))
        self._add("Quit", self.quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        window.installEventFilter(self)
        if self.available:
            self.icon.show()
        log.info("system tray available: %s", self.available)
        self.refresh()

    def _add(self, text: str, slot) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(slot)
        return action

    def become_available(self) -> bool:
        """Check again for a tray (it may appear after us at login); show the icon when there is one."""
        if not self.available and QSystemTrayIcon.isSystemTrayAvailable():
            self.available = True
            self.icon.show()
            log.info("system tray available: True")
        return self.available

    # -- what the icon shows ------------------------------------------------------------
    def refresh(self) -> None:
        """The count is of the user's today, as the Today page and the reminders have it (user_today)."""
        with self.store.read() as session:
            settings = load_settings(session)
            due = due_counts(session, self.store, user_today(session))
            held = snoozed_all_until(session)
        self.calls_action.setText(f"Today's calls ({due.calls})")
        self.pause_action.setChecked(not settings.notifications_enabled)
        snoozed = held is not None and held > clock.now_utc()
        self.resume_action.setEnabled(snoozed)
        self.icon.setIcon(badge_icon(due.to_do))  # the things the tip names, each once
        tip = f"{APP_NAME} — {say_due_today(due)}"
        if snoozed:
            tip += f"\nReminders snoozed until {held.astimezone(settings.zone):%a %H:%M}"
        elif not settings.notifications_enabled:
            tip += "\nNotifications paused"
        self.icon.setToolTip(tip)
        self.counts = due

    # -- menu actions ----------------------------------------------------------------------
    def snooze(self, length: dt.timedelta) -> None:
        self._snooze_all(clock.now_utc() + length)

    def snooze_until_tomorrow(self) -> None:
        with self.store.read() as session:
            zone, tomorrow = user_zone(session), user_today(session) + dt.timedelta(days=1)
        # Midnight; quiet hours then hold reminders until the morning.
        self._snooze_all(dt.datetime.combine(tomorrow, dt.time(0, 0), tzinfo=zone).astimezone(dt.UTC))

    def _snooze_all(self, until: dt.datetime | None) -> None:
        reminder_log.snooze_all(self.store, until)
        self.settings_changed.emit()
        self.refresh()

    def toggle_pause(self) -> None:
        with self.store.write() as session:
            settings = load_settings(session)
            save_settings(
                session, with_changes(settings, notifications_enabled=not settings.notifications_enabled)
            )
        self.settings_changed.emit()
        self.refresh()

    def quit(self) -> None:
        self.quitting = True
        self.quit_requested.emit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            if (
                self.window.isVisible()
                and not self.window.isMinimized()
                and reason == QSystemTrayIcon.ActivationReason.Trigger
            ):
                self.window.hide()
            else:
                self.open_contact.emit(None)

    # -- closing the window keeps the app in the tray -------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only the user's close (window manager, title bar): an app-wide quit must still close the window.
        if (
            watched is self.window
            and event.type() == QEvent.Type.Close
            and event.spontaneous()
            and self.available
            and self.icon.isVisible()
            and not self.quitting
        ):
            event.ignore()
            self.window.hide()
            if not flag_is_set(self.store, TOLD_CLOSE_KEY):
                set_flag(self.store, TOLD_CLOSE_KEY)
                self.tell(
                    f"{APP_NAME} is still here",
                    "It keeps running in the tray so your reminders arrive on time. Use Quit in its menu to stop it.",
                )
            return True
        return super().eventFilter(watched, event)
