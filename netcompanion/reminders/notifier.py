"""Delivering a notification: a chain of ways to reach the user, first that works wins.

plyer is the portable path (macOS, Windows, Linux), but on Linux it cannot tell us whether
anything was shown: its notify-send path ignores the exit status, and its Flatpak path
pastes our text into a D-Bus command line, so a quote in a name breaks it. So on Linux we
first talk to the notification server ourselves, with properly passed and escaped text,
and check the answer; plyer is used only when a server is known to be there. The GUI adds
its own links (D-Bus through Qt, the tray's message, an in-app banner) around these.
"""

from __future__ import annotations

import html
import logging
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from netcompanion import APP_NAME
from netcompanion.assets import resource
from netcompanion.reminders.model import Notification

log = logging.getLogger(__name__)
ICON = resource("app/png/256x256/netcompanion.png")  # a PNG: every notification server can show it


def escape_markup(text: str) -> str:
    """Notification servers may render body text as markup: `<b>Bob</b>` must show as typed."""
    return html.escape(text, quote=False)


class Backend(Protocol):
    name: str

    def send(self, notification: Notification) -> bool:
        """True only when the notification is known (or, for the last resorts, sure) to be shown."""


class NotifySendBackend:
    """`notify-send` run directly: arguments passed as a list (no quoting issues), exit status checked."""

    name = "notify-send"

    def __init__(self, app_name: str = APP_NAME, icon: Path = ICON, timeout: float = 10) -> None:
        self.app_name, self.icon, self.timeout = app_name, icon, timeout

    def send(self, notification: Notification) -> bool:
        program = shutil.which("notify-send")
        if program is None:
            return False
        command = [program, f"--app-name={self.app_name}", "--print-id"]
        if self.icon.exists():
            command.append(f"--icon={self.icon}")
        command += ["--", notification.title, escape_markup(notification.body)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=self.timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.info("notify-send failed: %s", exc)
            return False
        if done.returncode != 0:
            log.info("notify-send failed (%s): %s", done.returncode, done.stderr.strip())
        return done.returncode == 0


class PlyerBackend:
    """plyer's notification facade, with the app's name and icon.

    `verify` answers "is anyone there to show it?" before trusting plyer, which on Linux
    reports success whether or not a notification appeared.
    """

    name = "plyer"

    def __init__(
        self, app_name: str = APP_NAME, icon: Path = ICON, verify: Callable[[], bool] | None = None
    ) -> None:
        self.app_name, self.icon, self.verify = app_name, icon, verify

    def send(self, notification: Notification) -> bool:
        if self.verify is not None and not self.verify():
            return False
        try:
            from plyer import notification as facade

            facade.notify(
                title=notification.title,
                message=escape_markup(notification.body)
                if sys.platform.startswith("linux")
                else notification.body,
                app_name=self.app_name,
                app_icon=str(self.icon) if self.icon.exists() else "",
                timeout=10,
            )
        except Exception as exc:  # plyer raises whatever its platform backend raises
            log.info("plyer failed: %s", exc)
            return False
        return True


def notification_server_present() -> bool:
    """Whether a desktop notification server owns its D-Bus name (Linux), asked via dbus-send."""
    program = shutil.which("dbus-send")
    if program is None:
        return False
    command = [
        program, "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.Notifications",
    ]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and "boolean true" in done.stdout


def default_backends() -> list[Backend]:
    """The Qt-free links of the chain, best first, for this platform."""
    if sys.platform.startswith("linux"):
        return [NotifySendBackend(), PlyerBackend(verify=notification_server_present)]
    return [PlyerBackend()]


class NotifierChain:
    """Tries each backend in turn; remembers none of them failing for good (a daemon can come back)."""

    def __init__(self, backends: Sequence[Backend]) -> None:
        self.backends = list(backends)

    def deliver(self, notification: Notification) -> str | None:
        """The name of the backend that showed it, or None if none could."""
        for backend in self.backends:
            try:
                if backend.send(notification):
                    return backend.name
            except Exception:  # a broken link must not stop the chain
                log.exception("notifier %s crashed", backend.name)
        return None
