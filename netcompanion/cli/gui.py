"""`netcompanion gui [--quit-after SECONDS]` (and a bare `netcompanion`): the desktop app."""

from __future__ import annotations

import argparse
import os
import sys


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("gui", help="start the desktop app (the default)")
    parser.add_argument(
        "--quit-after",
        type=_seconds,
        metavar="SECONDS",
        help="show the main window, then quit by itself (for smoke tests and benchmarks: no reminders are "
        "shown, so none is marked seen)",
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start in the tray without showing the window (start at login)",
    )
    parser.set_defaults(handler=run)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 <= value <= 86_400:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"{text!r} should be from 0 to 86400 seconds")
    return value


NO_DISPLAY = (
    "netcompanion: no display found (DISPLAY and WAYLAND_DISPLAY are unset): start the app from a desktop "
    "session, or use the command line — `netcompanion --help`."
)


def no_display() -> bool:
    """On Linux without X or Wayland (ssh, a console, cron), Qt would print a page about platform
    plugins and abort (SIGABRT); say it in one line instead. QT_QPA_PLATFORM set (offscreen, vnc …)
    means the caller chose where the app shows."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(args: argparse.Namespace) -> int:
    if no_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    # Qt is imported only here, so every other command starts fast and runs without a display.
    from netcompanion.gui.app import run_app

    return run_app(db=args.db, quit_after=args.quit_after, minimized=args.minimized)
