"""Wiring the reminders, the tray and the single instance into the running app.

`run_app` calls `claim_instance()` before building the window and `start_companion()`
after; everything else here talks to the window only through `show_contact`, `show_view`,
`raise_and_activate` and its `data_changed` signal, each used only when present.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from netcompanion import APP_NAME, clock
from netcompanion.gui.notify import Banner, BannerBackend, DesktopBackend, TrayBackend, build_chain
from netcompanion.gui.scheduler import ReminderScheduler
from netcompanion.gui.single_instance import SingleInstance
from netcompanion.gui.tray import TrayCompanion, flag_is_set, set_flag
from netcompanion.reminders import autostart
from netcompanion.reminders import log as reminder_log
from netcompanion.reminders.model import Notification
from netcompanion.settings import load_settings
from netcompanion.store.engine import Store

log = logging.getLogger("netcompanion.companion")
TOLD_NO_TRAY_KEY = "told_no_tray"
SNOOZE_FROM_NOTIFICATION = dt.timedelta(hours=1)
FIRST_ROUND_MS = 1500  # the catch-up round after start: well within a minute, after the window is up
TRAY_GRACE_MS = 20_000  # at login the panel may start after us


def setup_logging() -> None:
    """App messages go to the private log file and to stderr (for a terminal, and the desktop tests).

    Both use the same privacy filter, so neither ever shows a name, an e-mail or a phone number.
    """
    from netcompanion.logs import PrivateFormatter
    from netcompanion.logs import setup_logging as log_to_file

    log_to_file()
    root = logging.getLogger("netcompanion")
    if not any(getattr(h, "netcompanion_stderr", False) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.netcompanion_stderr = True  # type: ignore[attr-defined]
        handler.setFormatter(PrivateFormatter("%(asctime)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)


def claim_instance(db_path: Path | None) -> SingleInstance | None:
    """The instance guard when we are the only app on this database; None after raising the other one."""
    setup_logging()
    instance = SingleInstance(db_path)
    return instance if instance.claim() else None


class Companion(QObject):
    def __init__(
        self,
        app: QApplication,
        store: Store,
        window: QWidget,
        instance: SingleInstance | None,
        quits_by_itself: bool = False,
    ) -> None:
        super().__init__(window)
        self.app, self.store, self.window, self.instance = app, store, window, instance
        self.quits_by_itself = quits_by_itself  # see reminder_round
        self.banner = Banner(window)
        self.tray = TrayCompanion(store, window, self.tell)
        self.desktop = DesktopBackend(self)
        self.tray_backend = TrayBackend(lambda: self.tray.icon if self.tray.available else None)
        self.chain = build_chain(self.desktop, self.tray_backend, BannerBackend(self.banner))
        self.scheduler = ReminderScheduler(store, self.deliver, self)
        self.first_round = QTimer(self)
        self.first_round.setSingleShot(True)
        self.first_round.timeout.connect(self.reminder_round)
        self.tray_grace_ms = TRAY_GRACE_MS
        self.tray_waited = 0
        self.tray_wait = QTimer(self)
        self.tray_wait.setInterval(500)
        self.tray_wait.timeout.connect(self._wait_for_tray)

        self.desktop.activated.connect(self.open_contact)
        self.desktop.snoozed.connect(self.snooze_reminders)
        self.desktop.dismissed.connect(self.dismiss_reminders)
        self.banner.dismissed.connect(self.dismiss_reminders)
        self.tray.icon.messageClicked.connect(lambda: self.open_contact(self.tray_backend.last_contact_id))
        self.banner.open_requested.connect(self.open_contact)
        self.tray.open_contact.connect(self.open_contact)
        self.tray.open_view.connect(self.open_view)
        self.tray.log_touch.connect(self.log_touch)
        self.tray.quit_requested.connect(app.quit)
        self.tray.history_requested.connect(self.show_history)
        self.tray.settings_changed.connect(self.reminder_round)
        self.scheduler.ticked.connect(lambda _result: self.tray.refresh())
        data_changed = getattr(window, "data_changed", None)
        if data_changed is not None:
            data_changed.connect(self.data_changed)
        if instance is not None:
            instance.raise_requested.connect(lambda: self.open_contact(None))
        app.aboutToQuit.connect(self.stop)

    def deliver(self, notification: Notification, record_id: int) -> str | None:
        return self.chain.deliver(notification)

    def tell(self, title: str, body: str) -> None:
        """A one-off message (not a reminder): tray balloon if there is a tray, else the banner."""
        log.info("telling the user: %s", title)
        if not self.tray_backend.send(Notification(title, body, ())):
            self.banner.show_notification(Notification(title, body, ()))

    def snooze_reminders(self, keys: tuple[str, ...]) -> None:
        """Snoozed from the notification: back in an hour (quiet hours permitting), even after a restart."""
        if keys:
            reminder_log.snooze(self.store, keys, clock.now_utc() + SNOOZE_FROM_NOTIFICATION)
            self.reminder_round()

    def reminder_round(self) -> None:
        """Show what is due now, unless this start quits by itself (`gui --quit-after`, for smoke
        tests and benchmarks): nobody is there to see it, and a reminder shown is marked seen — the
        morning's digest went to an empty screen and the next real start skipped it."""
        if not self.quits_by_itself:
            self.scheduler.tick()

    def dismiss_reminders(self, keys: tuple[str, ...]) -> None:
        if keys:
            reminder_log.dismiss(self.store, keys)

    def start(self, minimized: bool) -> None:
        self.app.setQuitOnLastWindowClosed(not self.tray.available)
        if minimized and not self.tray.available and self.tray_grace_ms > 0:
            # Started at login, the panel may come up after us: give the tray a moment to appear.
            log.info("no system tray yet; waiting for one")
            self.tray_wait.start()
        elif minimized and self.tray.available:
            log.info("started minimised to the tray")
        else:
            self.window.show()
            if not self.tray.available:
                self._no_tray()
        self.sync_autostart()
        if not self.quits_by_itself:
            self.scheduler.start()
            self.first_round.start(FIRST_ROUND_MS)

    def _wait_for_tray(self) -> None:
        self.tray_waited += self.tray_wait.interval()
        if self.tray.become_available():
            self.tray_wait.stop()
            self.app.setQuitOnLastWindowClosed(False)
            log.info("started minimised to the tray")
        elif self.tray_waited >= self.tray_grace_ms:
            self.tray_wait.stop()
            self.window.show()
            self._no_tray()

    def _no_tray(self) -> None:
        """Say once, ever, that there is no tray; the app keeps working as a window (not to a start that
        quits by itself: the one time would be spent on nobody)."""
        if self.quits_by_itself or flag_is_set(self.store, TOLD_NO_TRAY_KEY):
            return
        set_flag(self.store, TOLD_NO_TRAY_KEY)
        self.banner.show_notification(
            Notification(
                "Your desktop has no system tray",
                f"{APP_NAME} works as a normal window: keep it open (minimised is fine) to get reminders.",
                (),
            )
        )

    def stop(self) -> None:
        self.first_round.stop()
        self.tray_wait.stop()
        self.scheduler.stop()
        self.tray.icon.hide()
        if self.instance is not None:
            self.instance.release()

    def sync_autostart(self) -> None:
        """Keep this database's start-at-login entry current; another database's is not ours to move."""
        with self.store.read() as session:
            wanted = load_settings(session).start_at_login
        autostart.follow_setting(wanted, self.store.path, chosen=False)

    # -- talking to the window (only through what it offers) -------------------------------
    def bring_forward(self) -> None:
        raise_and_activate = getattr(self.window, "raise_and_activate", None)
        if raise_and_activate is not None:
            raise_and_activate()
            return
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        log.info("window brought forward")

    def open_contact(self, contact_id: int | None) -> None:
        show_contact = getattr(self.window, "show_contact", None)
        if contact_id is not None:
            log.info("opening the app at contact %s", contact_id)
            if show_contact is not None:
                show_contact(contact_id)
        self.bring_forward()

    def open_view(self, name: str) -> None:
        show_view = getattr(self.window, "show_view", None)
        if show_view is not None:
            show_view(name)
        self.bring_forward()

    def log_touch(self) -> None:
        opener = getattr(self.window, "open_log_touch", None)
        if opener is not None:
            self.bring_forward()
            opener()
        else:
            self.open_view("today")

    def show_history(self) -> None:
        from netcompanion.gui.notification_history import HistoryDialog

        HistoryDialog(self.store, self.window).exec()

    def data_changed(self, *_args) -> None:
        self.reminder_round()
        self.tray.refresh()


def start_companion(
    app: QApplication,
    store: Store,
    window: QWidget,
    instance: SingleInstance | None = None,
    minimized: bool = False,
    quits_by_itself: bool = False,
) -> Companion:
    """Reminders, tray and notifications for a running app; shows the window unless started minimised."""
    setup_logging()
    companion = Companion(app, store, window, instance, quits_by_itself)
    companion.start(minimized)
    return companion
