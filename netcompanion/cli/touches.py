"""`netcompanion log …` and `netcompanion followups …`."""

from __future__ import annotations

import argparse
import datetime as dt

from netcompanion import domain, operations
from netcompanion.cli.common import (
    clock_time,
    followup_marks,
    iso_date,
    one_line,
    print_json,
    print_nudges,
    print_table,
    record_id,
    store_for,
)


def register(commands: argparse._SubParsersAction) -> None:
    log = commands.add_parser("log", help="record a touch (call, e-mail, meeting …) and see what follows")
    log.add_argument("contact_id", type=record_id, metavar="CONTACT_ID", help="whom (the # in `contacts`)")
    log.add_argument("--channel", required=True, choices=domain.CHANNEL_CHOICES, help="how you were in touch")
    log.add_argument("--outcome", required=True, choices=domain.OUTCOME_CHOICES, help="how it went")
    log.add_argument("--mood", choices=domain.MOOD_CHOICES, help="how they took it")
    log.add_argument("--asked-job", action="store_true", help="you asked about jobs or openings")
    log.add_argument("--asked-advice", action="store_true", help="you asked for advice")
    log.add_argument("--sent-resume", action="store_true", help="you sent your résumé")
    log.add_argument("--referral", action="append", default=[], metavar="NAME",
                     help="a name they gave you (repeatable); added as a contact referred by them")  # fmt: skip
    log.add_argument("--date", type=iso_date, help="when (default: now)")
    log.add_argument("--note", default="", help="what was said")
    log.add_argument("--json", action="store_true", help="print JSON (the nudges and the follow-ups created)")
    log.set_defaults(handler=log_touch)

    fu = commands.add_parser("followups", help="list, add, complete and snooze follow-ups")
    fu.add_argument("--date", type=iso_date, help="list those due by this day (default: all open)")
    fu.add_argument("--json", action="store_true", help="print JSON")
    fu.set_defaults(handler=list_followups)
    sub = fu.add_subparsers(dest="followups_command", metavar="{add,edit,done,snooze,dismiss}")

    add = sub.add_parser("add", help="add a follow-up")
    add.add_argument("contact_id", type=record_id, metavar="CONTACT_ID", help="with whom")
    add.add_argument("--due", type=iso_date, required=True, help="the day, YYYY-MM-DD")
    add.add_argument("--at", type=clock_time, help="a time of day, HH:MM")
    add.add_argument("--kind", choices=domain.FOLLOWUP_KIND_CHOICES, default=domain.FollowUpKind.FOLLOW_UP.value,
                     help=f"what kind (default {domain.FollowUpKind.FOLLOW_UP.value})")  # fmt: skip
    add.add_argument("--note", default="", help="what to do")
    add.add_argument("--json", action="store_true", help="print JSON")
    add.set_defaults(handler=add_followup)

    edit = sub.add_parser("edit", help="change a follow-up's day, time, kind or note")
    edit.add_argument("followup_id", type=record_id, metavar="ID", help="the follow-up (the ID in `followups`)")
    edit.add_argument("--due", type=iso_date, help="the new day, YYYY-MM-DD (on a snoozed one, instead of the snooze)")
    time = edit.add_mutually_exclusive_group()
    time.add_argument("--at", type=clock_time, help="a time of day, HH:MM")
    time.add_argument("--no-time", action="store_true", help="take the time off (it comes with the morning digest)")
    edit.add_argument("--kind", choices=domain.FOLLOWUP_KIND_CHOICES, help="what kind")
    edit.add_argument("--note", help="what to do ('' takes the note off)")
    edit.add_argument("--json", action="store_true", help="print JSON")
    edit.set_defaults(handler=edit_followup, refuse=edit.error)  # refuse: a usage mistake, exit 2

    for name, handler in (("done", complete_followup), ("dismiss", dismiss_followup)):
        cmd = sub.add_parser(name, help=f"mark a follow-up {name if name == 'done' else 'dismissed'}")
        cmd.add_argument(
            "followup_id", type=record_id, metavar="ID", help="the follow-up (the ID in `followups`)"
        )
        cmd.add_argument("--json", action="store_true", help="print JSON")
        cmd.set_defaults(handler=handler)

    snooze = sub.add_parser("snooze", help="move a follow-up to a later day")
    snooze.add_argument(
        "followup_id", type=record_id, metavar="ID", help="the follow-up (the ID in `followups`)"
    )
    snooze.add_argument("--until", type=iso_date, required=True, help="the new day, YYYY-MM-DD")
    snooze.add_argument("--json", action="store_true", help="print JSON")
    snooze.set_defaults(handler=snooze_followup)


def log_touch(args: argparse.Namespace) -> int:
    result = operations.log_touch(
        store_for(args),
        args.contact_id,
        channel=args.channel,
        outcome=args.outcome,
        mood=args.mood,
        asked_job=args.asked_job,
        asked_advice=args.asked_advice,
        sent_resume=args.sent_resume,
        referrals=args.referral,
        notes=args.note,
        when=args.date,
    )
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"Logged: {args.channel}, {args.outcome}.")
    print_nudges(result.nudges)
    for followup in result.followups_created:
        print(f"+ follow-up #{followup.id}: {followup.kind} with {followup.contact_name} due {followup.due}")
    return 0


NO_FOLLOWUPS = (
    "No open follow-ups: add one with `netcompanion followups add CONTACT_ID --due YYYY-MM-DD`; "
    "logging a touch (`netcompanion log CONTACT_ID …`) plans them as well."
)


def _print_followups(followups, as_json: bool, today: dt.date, due_by=None) -> None:
    """The follow-ups as a table; one due before `today` (the user's) says it is overdue, a snoozed one
    the day it was due before the snooze."""
    if as_json:
        print_json([f.to_json() for f in followups])
        return
    if not followups:
        print(f"No follow-ups due by {due_by}; `netcompanion followups` lists every open one." if due_by else NO_FOLLOWUPS)
        return
    print_table(
        ("ID", "DUE", "KIND", "CONTACT", "NOTE"),
        ((f.id, f"{f.effective_due()}{f.at.strftime(' %H:%M') if f.at else ''}{followup_marks(f, today)}", f.kind,
          f.contact_name, f.note) for f in followups),
        whole=(1,),  # the day it comes up, and what moved it there: the note gives way instead
    )  # fmt: skip


def list_followups(args: argparse.Namespace) -> int:
    store = store_for(args)
    _print_followups(operations.list_followups(store, due_by=args.date), args.json, operations.today_for(store),
                     args.date)  # fmt: skip
    return 0


def add_followup(args: argparse.Namespace) -> int:
    followup = operations.add_followup(
        store_for(args), args.contact_id, due=args.due, at=args.at, kind=args.kind, note=args.note
    )
    if args.json:
        print_json(followup.to_json())
    else:
        at = f" at {followup.at:%H:%M}" if followup.at else ""
        print(f"Added follow-up #{followup.id} with {followup.contact_name}, due {followup.due}{at}.")
    return 0


def _report(args: argparse.Namespace, followup, verb: str) -> int:
    if args.json:
        print_json(followup.to_json())
    else:
        print(f"Follow-up #{followup.id} with {followup.contact_name} {verb}.")
    return 0


def complete_followup(args: argparse.Namespace) -> int:
    return _report(args, operations.complete_followup(store_for(args), args.followup_id), "done")


def dismiss_followup(args: argparse.Namespace) -> int:
    return _report(args, operations.dismiss_followup(store_for(args), args.followup_id), "dismissed")


def snooze_followup(args: argparse.Namespace) -> int:
    followup = operations.snooze_followup(store_for(args), args.followup_id, args.until)
    at = f" at {followup.at:%H:%M}" if followup.at else ""  # a snooze moves the day and keeps the time
    return _report(args, followup, f"snoozed until {args.until}{at}")


def edit_followup(args: argparse.Namespace) -> int:
    given = {name: getattr(args, name) for name in ("due", "at", "kind", "note") if getattr(args, name) is not None}
    if args.no_time:
        given["at"] = None
    if not given:
        args.refuse("say what to change: --due, --at or --no-time, --kind or --note")
    edit = operations.edit_followup(store_for(args), args.followup_id, **given)
    if args.json:
        print_json(edit.to_json())
        return 0
    fu = edit.after
    if not edit.changed:
        print(f"Follow-up #{fu.id} with {fu.contact_name}: nothing to change, it is already so.")
        return 0
    print(f"Follow-up #{fu.id} with {fu.contact_name} changed: {'; '.join(say_changes(edit))}.")
    return 0


def say_changes(edit: operations.FollowUpEdit) -> list[str]:
    """Each change with what it was: "due 2026-12-03 (was 2026-12-01)", "no time (was 09:30)"."""
    b, a = edit.before, edit.after
    said = []
    if "due" in edit.changed:
        was = f"snoozed until {b.effective_due()}: the new day replaces the snooze" if b.status == "snoozed" \
            else f"was {b.due}"  # fmt: skip
        said.append(f"due {a.effective_due()} ({was})")
    if "at" in edit.changed:
        was = f"was {b.at:%H:%M}" if b.at else "had no time"
        said.append(f"at {a.at:%H:%M} ({was})" if a.at else f"no time ({was}; it comes with the morning digest)")
    if "kind" in edit.changed:
        said.append(f"kind {a.kind} (was {b.kind})")
    if "note" in edit.changed:
        was = f"was “{one_line(b.note)}”" if b.note else "had none"
        said.append(f"note “{one_line(a.note)}” ({was})" if a.note else f"note taken off ({was})")
    return said
