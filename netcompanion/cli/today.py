"""`netcompanion today …` (whom to call, and why) and `netcompanion progress` (the weekly view)."""

from __future__ import annotations

import argparse

from netcompanion import operations
from netcompanion.cli.common import (
    earlier_backup_words,
    iso_date,
    one_line,
    positive_int,
    print_json,
    print_table,
    store_for,
    weeks,
)
from netcompanion.operations import QuietDay
from netcompanion.rules.common import say_count


def register(commands: argparse._SubParsersAction) -> None:
    today = commands.add_parser("today", help="the call list for a day: whom to call, and why")
    today.add_argument("--date", type=iso_date, help="the day (default: today)")
    today.add_argument("--limit", type=positive_int, help="at most this many (default: your daily quota)")
    today.add_argument("--json", action="store_true", help="print JSON")
    today.set_defaults(handler=show_today)

    progress = commands.add_parser("progress", help="conversations and meetings per week, streak, re-warmed")
    progress.add_argument(
        "--weeks", type=weeks, default=12, help="how many weeks back (default 12, at most 520)"
    )
    progress.add_argument("--date", type=iso_date, help="the last day counted (default: today)")
    progress.add_argument("--json", action="store_true", help="print JSON")
    progress.set_defaults(handler=show_progress)

    rounds = commands.add_parser(
        "round", help="this period's personal round: one individual note per warm contact"
    )
    rounds.add_argument("--date", type=iso_date, help="the day (default: today)")
    rounds.add_argument("--json", action="store_true", help="print JSON")
    rounds.set_defaults(handler=show_round)


def show_today(args: argparse.Namespace) -> int:
    store = store_for(args)
    entries = operations.call_list(store, day=args.date, limit=args.limit)
    if args.json:
        print_json([e.to_json() for e in entries])
        return 0
    if not entries and not operations.has_contacts(store) and (earlier := earlier_backup_words(store)):
        print(f"Nobody to call yet: your network is empty, but {earlier}.")
    elif not entries and not operations.has_contacts(store):
        print("Nobody to call yet: your network is empty. Bring it in with `netcompanion import linkedin "
              "Connections.csv` (from LinkedIn's data export), or try `netcompanion demo` first.")  # fmt: skip
    elif not entries:
        print(quiet_day_words(operations.quiet_day(store, args.date or operations.today_for(store))))
    for n, entry in enumerate(entries, 1):
        where = ", ".join(filter(None, (entry.title, entry.company)))
        print(
            f"{n:>2}. #{entry.contact_id} {entry.name}"
            + (f" — {where}" if where else "")
            + f"  [{entry.kind}]"
        )
        for reason in entry.reasons:  # a follow-up's note of several lines stays on its line
            print(f"      · {one_line(reason)}")
        reach = "  ".join(filter(None, (entry.phone and f"☎ {entry.phone}", entry.email and f"✉ {entry.email}")))
        if reach:
            print(f"      {reach}")
        print(f"      → {one_line(entry.opener)}")
    helps = operations.help_suggestions(store, limit=2, day=args.date)
    if helps:
        print("\nSomeone you could help:")
        for suggestion in helps:
            print(f"  ♥ #{suggestion.contact_id} {suggestion.message}")
    return 0


def quiet_day_words(quiet: QuietDay) -> str:
    """Why nobody is left to call (the core works that out and words it), with the command for what
    Today's empty page offers as a button."""
    if quiet.quota_called:
        return f"{quiet.title}\n{quiet.explanation}"
    if quiet.offer_end:
        ends = " and ".join(f"`netcompanion campaign end {name!r}`" for name in quiet.complete)
        add = f"{quiet.complete[0]!r}" if len(quiet.complete) == 1 else "NAME"
        return (
            f"{quiet.title}\n{quiet.explanation}\n"
            f"End {'it' if len(quiet.complete) == 1 else 'them'} with {ends}, or add people with "
            f"`netcompanion campaign add {add} ID…`."
        )
    if quiet.empty and not quiet.complete:
        add = f"{quiet.empty[0]!r}" if len(quiet.empty) == 1 else "NAME"
        return f"{quiet.title}\n{quiet.explanation}\nAdd people with `netcompanion campaign add {add} ID…`."
    if not quiet.offer_campaign:
        return f"{quiet.title}\n{quiet.explanation} — or rate a few people you'd like to hear from again."
    return (
        f"{quiet.title}\n{quiet.explanation}\n"
        f"Start one with {quiet.campaign_offer}: "
        f"`netcompanion campaign create NAME --best {quiet.cold} --quota {quiet.quota}`.\n"
        "Haven't rated anyone yet? Rate them first — `netcompanion contacts edit ID --closeness 1-5 --value 1-5`, "
        "how glad they'd be to hear from you and how valuable they are — so the campaign starts with the people "
        "who matter most."
    )


def show_progress(args: argparse.Namespace) -> int:
    progress = operations.weekly_progress(store_for(args), weeks=args.weeks, day=args.date)
    if args.json:
        print_json(progress.to_json())
        return 0
    print_table(
        ("WEEK OF", "CONVERSATIONS", "MEETINGS", "PEOPLE", "BACK FROM COLD"),
        ((w.week_start, w.conversations, w.meetings, w.people, w.rewarmed) for w in progress.weeks),
    )
    print(f"Streak: {say_count(progress.streak, 'week')} in a row with a real conversation.")
    print(f"Back from cold: {say_count(progress.rewarmed, 'contact')} in this period.")
    return 0


NOBODY_WARM = (
    "the round is for your warm and engaged contacts (not archived or parked), and you have none. Someone "
    "becomes warm after a meeting, or a call they were thrilled about, once you are back in touch "
    "(`netcompanion log ID …`), or when you say so (`netcompanion contacts edit ID --stage warm`)."
)


def show_round(args: argparse.Namespace) -> int:
    checklist = operations.personal_round(store_for(args), day=args.date)
    if args.json:
        print_json(checklist.to_json())
        return 0
    head = f"Personal round {checklist.label} ({checklist.start} – {checklist.end})"
    if not checklist.items:  # "0 of 0 written" and a tip on writing said neither why nor what next
        print(f"{head}: nobody to write to yet: {NOBODY_WARM}")
        return 0
    print(f"{head}: {checklist.done} of {len(checklist.items)} written.")
    for item in checklist.items:
        mark = f"[x] {item.done_on}" if item.done_on else "[ ]"
        print(f"  {mark} #{item.contact_id} {item.name}" + (f" — {item.company}" if item.company else ""))
    print(checklist.tip)
    return 0
