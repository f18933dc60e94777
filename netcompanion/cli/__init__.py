"""The command line: parse, call one operation, print text or JSON. No business logic here.

`netcompanion [--db PATH] COMMAND …` — see README.md for the contract.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from netcompanion import __version__
from netcompanion.cli import (
    backup,
    campaign,
    contacts,
    demo,
    encryption,
    gui,
    imports,
    pursuits,
    reminders,
    today,
    touches,
)
from netcompanion.operations import OperationError
from netcompanion.paths import DB_ENV
from netcompanion.store import StoreError

COMMAND_MODULES = [gui, demo, contacts, touches, today, campaign, pursuits, imports, reminders, backup, encryption]


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
    _describe_commands(parser)
    return parser


def _describe_commands(parser: argparse.ArgumentParser) -> None:
    """`netcompanion log --help` opens with what `log` does: a command page without a description of
    its own gets the one-line help it has in the list of commands."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for listed in action._choices_actions:
                command = action.choices[listed.dest]
                if command.description is None:
                    command.description = listed.help
                _describe_commands(command)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
    _refuse_empty_db(parser, args)
    log = _start_log(args)
    try:
        code = args.handler(args)
    except (OperationError, StoreError) as exc:
        log.info("command %s refused: %s", args.command, type(exc).__name__)  # the message may name people
        print(f"netcompanion: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `netcompanion contacts | head`: the reader left; that's not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:
        log.exception("command %s failed", args.command)
        raise
    log.info("command %s finished with exit code %s", args.command, code)
    return code


def _refuse_empty_db(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """`--db ""` (an unset shell variable, say) or an empty $NETCOMPANION_DB named no database; going
    on with the one in the data folder would quietly change the user's real network instead."""
    if args.db == "":
        parser.error("--db was given an empty path; name the database file, or leave out --db to use your data "
                     "folder")  # fmt: skip
    if args.db is None and os.environ.get(DB_ENV) == "":
        parser.error(f"${DB_ENV} is set but empty; name the database file in it, or unset it to use your data "
                     "folder")  # fmt: skip


def _start_log(args: argparse.Namespace):
    from netcompanion.logs import get_logger, setup_logging

    setup_logging()
    log = get_logger("cli")
    log.info("command %s started", args.command)
    return log


def gui_main() -> int:
    """Entry point for desktop launchers: always the GUI."""
    return main([*sys.argv[1:], "gui"])
