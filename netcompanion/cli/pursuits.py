"""`netcompanion introductions|opportunities|favours …`: the pursuits and the give-forward ledger.

The same operations as the Introductions and Opportunities pages and a contact's favours, so that
a script can record them and the rules' nudges and follow-ups follow as in the app.
"""

from __future__ import annotations

import argparse
import dataclasses

from netcompanion import domain, operations
from netcompanion.cli.common import iso_date, print_json, print_nudges, print_table, record_id, store_for
from netcompanion.rules.common import plural, say_count

INTRODUCTION_STAGES = tuple(s.value for s in domain.IntroductionStage)
OPPORTUNITY_STAGES = tuple(s.value for s in domain.OpportunityStage)
FAVOUR_KINDS = tuple(k.value for k in domain.FavourKind)


def register(commands: argparse._SubParsersAction) -> None:
    intro = commands.add_parser("introductions", help="introductions: list, add, move on to a stage")
    intro.add_argument("--contact", type=record_id, metavar="ID", help="only those this contact made or received")
    intro.add_argument("--json", action="store_true", help="print JSON")
    intro.set_defaults(handler=list_introductions)
    sub = intro.add_subparsers(dest="introductions_command", metavar="{add,move}")
    add = sub.add_parser("add", help="someone introduces you to someone else")
    add.add_argument("introducer_id", type=record_id, metavar="INTRODUCER_ID", help="who makes the introduction")
    add.add_argument("introduced_id", type=record_id, metavar="INTRODUCED_ID", help="whom you are introduced to")
    add.add_argument("--company", default="", help="toward this company (default: the introduced person's)")
    _stage_and_note(add, INTRODUCTION_STAGES, "introduction", add_introduction)
    move = _move(sub, "introduction", "introductions", INTRODUCTION_STAGES, move_introduction)
    move.add_argument("--outcome", default="", help="what came of it (a “no” counts too)")

    opp = commands.add_parser("opportunities", help="opportunities: list, add, move on to a stage")
    opp.add_argument("--json", action="store_true", help="print JSON")
    opp.set_defaults(handler=list_opportunities)
    sub = opp.add_subparsers(dest="opportunities_command", metavar="{add,move}")
    add = sub.add_parser("add", help="start pursuing an opening")
    add.add_argument("company", metavar="COMPANY")
    add.add_argument("title", metavar="TITLE", help="the role")
    add.add_argument("--contact", type=record_id, metavar="ID", help="your way in")
    add.add_argument("--manager", type=record_id, metavar="ID", help="the hiring manager")
    _stage_and_note(add, OPPORTUNITY_STAGES, "opportunity", add_opportunity)
    _move(sub, "opportunity", "opportunities", OPPORTUNITY_STAGES, move_opportunity)

    fav = commands.add_parser("favours", help="what you did for others: list a contact's, add one")
    sub = fav.add_subparsers(dest="favours_command", metavar="{list,add}", required=True)
    listing = sub.add_parser("list", help="the favours you did for a contact (or introduced them in)")
    listing.add_argument("contact_id", type=record_id, metavar="CONTACT_ID")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=list_favours)
    add = sub.add_parser("add", help="note something you did for someone")
    add.add_argument("kind", choices=FAVOUR_KINDS, metavar="KIND", help=f"one of {', '.join(FAVOUR_KINDS)}")
    add.add_argument("--contact", type=record_id, metavar="ID", required=True, help="for whom")
    add.add_argument("--to", type=record_id, metavar="ID", dest="other", help="introduced to whom")
    add.add_argument("--note", default="")
    add.add_argument("--date", type=iso_date, help="when (default: today)")
    add.add_argument("--json", action="store_true", help="print JSON (the favour and the nudges)")
    add.set_defaults(handler=add_favour)


def _stage_and_note(add: argparse.ArgumentParser, stages: tuple[str, ...], what: str, handler) -> None:
    add.add_argument("--stage", choices=stages, default=stages[0], help=f"where it stands (default {stages[0]})")
    add.add_argument("--note", default="")
    add.add_argument("--json", action="store_true", help=f"print JSON (the {what} and the nudges)")
    add.set_defaults(handler=handler)


def _move(
    sub: argparse._SubParsersAction, what: str, listing: str, stages: tuple[str, ...], handler
) -> argparse.ArgumentParser:
    move = sub.add_parser("move", help=f"move an {what} on (or back) to a stage")
    move.add_argument(f"{what}_id", type=record_id, metavar="ID", help=f"the ID in `{listing}`")
    move.add_argument("stage", choices=stages, metavar="STAGE", help=f"one of {', '.join(stages)}")
    move.add_argument("--date", type=iso_date, help="when (default: today)")
    move.add_argument(
        "--json", action="store_true", help="print JSON (the nudges, the follow-ups created, withdrawn and done)"
    )
    move.set_defaults(handler=handler)
    return move


def _print_result(args: argparse.Namespace, result: operations.PursuitResult, said: str) -> int:
    if args.json:
        print_json({
            "record": dataclasses.asdict(result.record),
            "nudges": [n.to_json() for n in result.nudges],
            "followups_created": [f.to_json() for f in result.followups_created],
            "followups_withdrawn": [f.to_json() for f in result.followups_withdrawn],
            "followups_done": [f.to_json() for f in result.followups_done],
        })  # fmt: skip
        return 0
    print(said)
    print_nudges(result.nudges)
    for followup in result.followups_created:
        print(f"+ follow-up #{followup.id}: {followup.kind} with {followup.contact_name} due {followup.due}")
    for followup in result.followups_withdrawn:
        print(f"- follow-up #{followup.id}: {followup.kind} with {followup.contact_name} withdrawn")
    for followup in result.followups_done:
        print(f"✓ follow-up #{followup.id}: {followup.kind} with {followup.contact_name} done")
    return 0


def _print_records(args: argparse.Namespace, records: list, headers: tuple[str, ...], cells, empty: str) -> int:
    """Every field of each record as JSON, or the `cells` of each as a table under `headers` — or,
    with none, the line `empty`: that there is nothing yet, and how to note the first."""
    if args.json:
        print_json([dataclasses.asdict(r) for r in records])
    elif not records:
        print(empty)
    else:
        print_table(headers, (cells(r) for r in records))
    return 0


def _print_board(
    args: argparse.Namespace, listed: list, hidden: int, what: tuple[str, str], with_whom: str,
    headers: tuple[str, ...], cells, empty: str, none_to_show: str,
) -> int:
    """`_print_records`, and what it leaves out: `hidden` records (`what`: the noun, one and many)
    with `with_whom` in the trash, out of the table but not lost (restoring the person brings them
    back). With none left to show it says so instead of `empty`, which would read as if they were gone."""
    back = "in the trash, listed again when restored"
    if hidden and not listed:
        some = f"{say_count(hidden, *what)} {plural('has', hidden, 'have')}"
        empty = f"{none_to_show}: {some} {with_whom} {back} (`netcompanion trash` lists them)."
    code = _print_records(args, listed, headers, cells, empty)
    if hidden and listed:
        print(f"({hidden} more with {with_whom} {back}: `netcompanion trash` lists them)")
    return code


def _moved(what: str, result: operations.PursuitResult) -> str:
    """What a move did, in a sentence: a move to the stage it was at changes nothing."""
    record = result.record
    if result.take_back is None:
        return f"{what} #{record.id} was at {record.stage} already: nothing changed."
    return f"{what} #{record.id} is now at {record.stage}."


def list_introductions(args: argparse.Namespace) -> int:
    store = store_for(args)
    empty = ("No introductions yet: when someone introduces you to someone, note it with "
             "`netcompanion introductions add INTRODUCER_ID INTRODUCED_ID`.")  # fmt: skip
    none_to_show = "No introductions to show"
    if args.contact is not None:
        contact = operations.get_contact(store, args.contact)  # "There is no contact #999", not an empty table
        empty = f"No introductions made or received by #{contact.id} {contact.name} yet."
        none_to_show = f"No introductions made or received by #{contact.id} {contact.name} to show"
    listed = operations.list_introductions(store, contact_id=args.contact)
    hidden = 0 if args.json else operations.count_introductions_in_trash(store, contact_id=args.contact)
    return _print_board(
        args, listed, hidden, ("introduction", "introductions"), "someone",
        ("ID", "STAGE", "INTRODUCER", "INTRODUCED", "COMPANY", "OUTCOME"),
        lambda i: (i.id, i.stage, i.introducer_name, i.introduced_name, i.company, i.outcome), empty, none_to_show,
    )  # fmt: skip


def add_introduction(args: argparse.Namespace) -> int:
    result = operations.record_introduction(
        store_for(args), args.introducer_id, args.introduced_id,
        company=args.company, stage=args.stage, notes=args.note,
    )  # fmt: skip
    intro = result.record
    return _print_result(
        args, result, f"Introduction #{intro.id}: {intro.introducer_name} → {intro.introduced_name} ({intro.stage})."
    )


def move_introduction(args: argparse.Namespace) -> int:
    result = operations.advance_introduction(
        store_for(args), args.introduction_id, args.stage, outcome=args.outcome, day=args.date
    )
    return _print_result(args, result, _moved("Introduction", result))


def list_opportunities(args: argparse.Namespace) -> int:
    store = store_for(args)
    listed = operations.list_opportunities(store)
    hidden = 0 if args.json else operations.count_opportunities_in_trash(store)
    return _print_board(
        args, listed, hidden, ("opportunity", "opportunities"), "a contact or hiring manager",
        ("ID", "STAGE", "COMPANY", "TITLE"), lambda o: (o.id, o.stage, o.company, o.title),
        "No opportunities yet: note a lead with `netcompanion opportunities add COMPANY TITLE`.",
        "No opportunities to show",
    )  # fmt: skip


def add_opportunity(args: argparse.Namespace) -> int:
    result = operations.record_opportunity(
        store_for(args), args.company, args.title,
        contact_id=args.contact, hiring_manager_id=args.manager, stage=args.stage, notes=args.note,
    )  # fmt: skip
    opp = result.record
    return _print_result(args, result, f"Opportunity #{opp.id}: {opp.title} at {opp.company} ({opp.stage}).")


def move_opportunity(args: argparse.Namespace) -> int:
    result = operations.advance_opportunity(store_for(args), args.opportunity_id, args.stage, day=args.date)
    return _print_result(args, result, _moved("Opportunity", result))


def list_favours(args: argparse.Namespace) -> int:
    store = store_for(args)
    contact = operations.get_contact(store, args.contact_id)  # "There is no contact #999", not an empty table
    return _print_records(
        args, operations.list_favours(store, args.contact_id), ("ID", "DAY", "KIND", "NOTE"),
        lambda f: (f.id, f.day, f.kind, f.note),
        f"No favours noted for #{contact.id} {contact.name} yet: "
        f"`netcompanion favours add KIND --contact {contact.id}` notes one.",
    )  # fmt: skip


def add_favour(args: argparse.Namespace) -> int:
    result = operations.log_favour(
        store_for(args), args.kind, contact_id=args.contact, other_contact_id=args.other, note=args.note,
        day=args.date,
    )  # fmt: skip
    return _print_result(args, result, f"Noted favour #{result.record.id}: {args.kind}.")
