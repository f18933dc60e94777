"""`netcompanion gui [--quit-after SECONDS]` (and a bare `netcompanion`): the desktop app."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("gui", help="start the desktop app (the default)")
    parser.add_argument(
        "--quit-after",
        type=float,
        metavar="SECONDS",
        help="show the main window, then quit by itself (for smoke tests and benchmarks)",
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start in the tray without showing the window (start at login)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Qt is imported only here, so every other command starts fast and runs without a display.
    from netcompanion.gui.app import run_app

    return run_app(db=args.db, quit_after=args.quit_after, minimized=args.minimized)
