"""The command line: parse, call one operation, print text or JSON. No business logic here.

`netcompanion [--db PATH] COMMAND …` — see README.md for the contract.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from netcompanion import __version__
from netcompanion.cli import campaign, contacts, demo, gui, today, touches
from netcompanion.operations import OperationError
from netcompanion.store import StoreError

COMMAND_MODULES = [gui, demo, contacts, touches, today, campaign]


class OneLineErrorParser(argparse.ArgumentParser):
    """Usage mistakes are one line on stderr (the contract), with a pointer to --help."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see: {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineErrorParser(
        prog="netcompanion",
        description="Your networking companion: whom to call today, and why.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="the database file (default: $NETCOMPANION_DB, then your data folder)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
    try:
        return args.handler(args)
    except (OperationError, StoreError) as exc:
        print(f"netcompanion: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `netcompanion contacts | head`: the reader left; that's not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def gui_main() -> int:
    """Entry point for desktop launchers: always the GUI."""
    return main([*sys.argv[1:], "gui"])
