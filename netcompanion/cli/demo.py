"""`netcompanion demo [--contacts N]`: fill an empty database with a demo network."""

from __future__ import annotations

import argparse
import time

from netcompanion.cli.common import positive_int, print_json, store_for
from netcompanion.demo import generate_demo
from netcompanion.rules.common import say_count

MOST_DEMO_CONTACTS = 200_000  # twice the largest network the app is built for; ~20 s to make


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("demo", help="fill an empty database with a believable demo network")
    parser.add_argument(
        "--contacts", type=lambda text: positive_int(text, MOST_DEMO_CONTACTS), default=400, metavar="N",
        help=f"how many people (400; at most {MOST_DEMO_CONTACTS:,})",
    )
    parser.add_argument("--seed", type=int, default=7, help="another seed gives another network")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    summary = generate_demo(store_for(args), args.contacts, seed=args.seed)
    if args.json:
        print_json(summary.to_json())
    else:
        print(
            f"Demo network ready: {say_count(summary.contacts, 'contact')} at "
            f"{say_count(summary.companies, 'company', 'companies')}, "
            f"{say_count(summary.interactions, 'past touch', 'past touches')}, "
            f"{say_count(summary.followups, 'follow-up')} "
            f"({time.perf_counter() - started:.1f} s)."
        )
    return 0
