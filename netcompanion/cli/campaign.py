"""`netcompanion campaign create|add|status|list|rename|end|resume`: re-warming campaigns."""

from __future__ import annotations

import argparse

from netcompanion import operations
from netcompanion.campaign_words import say_ended_run, say_forecast_basis
from netcompanion.cli.common import iso_date, positive_int, print_json, print_table, record_id, store_for
from netcompanion.rules.common import plural, say_count


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "campaign", help="re-warming campaigns: create, add, status, list, rename, end, resume"
    )
    sub = parser.add_subparsers(
        dest="campaign_command", metavar="{create,add,status,list,rename,end,resume}", required=True
    )

    create = sub.add_parser("create", help="start a campaign")
    create.add_argument("name", metavar="NAME")
    create.add_argument("--quota", type=positive_int, default=10, help="calls per working day (default 10)")
    chosen = create.add_mutually_exclusive_group()
    chosen.add_argument(
        "--best", type=positive_int, metavar="N", help="the best N cold contacts (closeness × value)"
    )
    chosen.add_argument("--contacts", type=record_id, nargs="+", metavar="ID", help="these contacts")
    create.add_argument("--start", type=iso_date, help="first day (default: today)")
    create.add_argument("--json", action="store_true")
    create.set_defaults(handler=create_campaign)

    add = sub.add_parser("add", help="add contacts to a campaign")
    add.add_argument("name", metavar="NAME")
    add.add_argument("contact_ids", type=record_id, nargs="+", metavar="ID")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=add_to_campaign)

    status = sub.add_parser(
        "status", help="progress, forecast and plan (default: the latest running campaign, else the one ended last)"
    )
    status.add_argument("name", nargs="?", metavar="NAME")
    status.add_argument("--date", type=iso_date, help="as of this day (default: today)")
    status.add_argument("--plan", action="store_true", help="also print the day-by-day plan")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=campaign_status)

    listing = sub.add_parser("list", help="all campaigns")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_campaigns)

    rename = sub.add_parser("rename", help="call a campaign something else")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW_NAME")
    rename.add_argument("--json", action="store_true")
    rename.set_defaults(handler=rename_campaign)

    for command, words, handler in (
        ("end", "end a campaign: its members leave the call list (their history stays)", end_campaign),
        ("resume", "run an ended campaign again", resume_campaign),
    ):
        one = sub.add_parser(command, help=words)
        one.add_argument("name", metavar="NAME")
        one.add_argument("--json", action="store_true")
        one.set_defaults(handler=handler)


def _print_status(status, with_plan: bool = False) -> None:
    ended = "" if status.active else f" (ended {status.ended_on})" if status.ended_on else " (ended)"
    print(f"Campaign “{status.name}”{ended} — {status.quota} a day from {status.start}")
    print(
        f"  {status.members} {plural('member', status.members)}: {status.reached} reached, "
        f"{status.attempted} attempted, "
        f"{status.remaining} remaining" + (f", {status.let_go} let go" if status.let_go else "")
        + (f" ({status.in_trash} more in the trash, counted again if restored)" if status.in_trash else "")
    )
    if status.tries:
        # The tries to reach someone not reached yet, not every touch: a thank-you or a call about what
        # was promised to someone reached weeks ago says nothing about how the campaign goes.
        tries = say_count(status.tries, "try", "tries")
        print(f"  {status.reached} of {tries} to reach someone got through "
              f"({round(status.reach_rate * 100)}%)")  # fmt: skip
    if not status.active:
        print(f"  Ended: no one from it is on the call list; `netcompanion campaign resume {status.name!r}` runs it again.")
    elif status.members == 0:
        print(f"  No one in it yet: `netcompanion campaign add {status.name!r} ID …` adds people.")
    elif status.complete:
        print(f"  Complete: everyone in it was reached or let go, the last on {status.forecast_done}.")
    elif status.forecast_done:
        basis = say_forecast_basis(status)  # before the first call: what it counts on, and why it may move
        pace = "If every call gets through" if basis else "At this pace"
        print(f"  {pace} you'll be through on {status.forecast_done}.")
        if basis:
            print(f"  {basis}")
    else:
        print("  No end in sight at this pace — add working days or raise the quota.")
    for note in status.notes:  # what holds the pace back: the daily call limit, campaigns that go first
        print(f"  {note}")
    if with_plan and not status.active:  # the days it ran, as they went: nothing is planned any more
        if status.plan:
            print_table(("DAY", "CALLS MADE", "REACHED OR LET GO", "STILL TO CALL"),
                        ((p.day, p.called, p.done, p.left) for p in status.plan))  # fmt: skip
        print(say_ended_run(status))
    elif with_plan:
        # Calls and people apart: retries make more calls than people, and a thank-you is a call but no
        # progress. Calls made up to the day shown, planned from it on; people still to call: as it
        # went up to the day shown, as planned after it.
        print_table(("DAY", "CALLS MADE", "CALLS PLANNED", "REACHED OR LET GO", "STILL TO CALL"),
                    ((p.day, p.called if p.day <= status.day else "", "" if p.planned is None else p.planned,
                      "" if p.left is None else p.done, p.left_planned if p.left is None else p.left)
                     for p in status.plan))  # fmt: skip


def _show(args: argparse.Namespace, status, with_plan: bool = False) -> int:
    if args.json:
        print_json(status.to_json())
    else:
        _print_status(status, with_plan)
    return 0


def create_campaign(args: argparse.Namespace) -> int:
    status = operations.create_campaign(
        store_for(args),
        args.name,
        quota=args.quota,
        best=args.best,
        contact_ids=args.contacts,
        start=args.start,
    )
    return _show(args, status)


def add_to_campaign(args: argparse.Namespace) -> int:
    return _show(args, operations.add_to_campaign(store_for(args), args.name, args.contact_ids))


def campaign_status(args: argparse.Namespace) -> int:
    store = store_for(args)
    status = operations.campaign_status(store, args.name, day=args.date, ended_too=True)
    _show(args, status, args.plan)
    if args.name is None and not args.json:  # the latest was shown: say which others run
        others = [s.name for s in operations.list_campaigns(store) if s.active and s.id != status.id]
        if others:
            names = ", ".join(f"“{name}”" for name in others)
            print(f"Also running: {names} — `netcompanion campaign status NAME` shows one of them.")
    return 0


def list_campaigns(args: argparse.Namespace) -> int:
    statuses = operations.list_campaigns(store_for(args))
    if args.json:
        print_json([s.to_json() for s in statuses])
        return 0
    if not statuses:
        print("No campaigns yet: start one with `netcompanion campaign create NAME --best N` "
              "(your N best cold contacts, 10 calls a working day).")  # fmt: skip
        return 0
    print_table(  # LET GO: why REACHED and REMAINING fall short of MEMBERS (parked or archived)
        ("NAME", "START", "QUOTA", "MEMBERS", "REACHED", "REMAINING", "LET GO", "DONE BY"),
        ((s.name, s.start, s.quota, s.members, s.reached, s.remaining, s.let_go,
          "ended" if not s.active else "complete" if s.complete else s.forecast_done) for s in statuses),
    )  # fmt: skip
    return 0


def rename_campaign(args: argparse.Namespace) -> int:
    return _show(args, operations.rename_campaign(store_for(args), args.name, args.new_name))


def end_campaign(args: argparse.Namespace) -> int:
    return _show(args, operations.end_campaign(store_for(args), args.name))


def resume_campaign(args: argparse.Namespace) -> int:
    return _show(args, operations.resume_campaign(store_for(args), args.name))
