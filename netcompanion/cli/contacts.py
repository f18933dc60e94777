"""`netcompanion contacts …`: list, search, show, add, edit."""

from __future__ import annotations

import argparse
import datetime as dt

from netcompanion import clock, domain, operations
from netcompanion.birthdays import birthday_words
from netcompanion.calllist_words import FOLLOW_UP_LABELS
from netcompanion.cli.common import (
    earlier_backup_words,
    followup_marks,
    one_line,
    positive_int,
    print_json,
    print_nudges,
    print_table,
    rating,
    record_id,
    store_for,
    yes_no_option,
)
from netcompanion.operations.results import AddedContact
from netcompanion.operations.shared_emails import RULE as SAME_EMAIL
from netcompanion.rules.common import say_count
from netcompanion.store import Store


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("contacts", help="list, search, show and add contacts")
    parser.add_argument(
        "--search", metavar="TEXT", help="only contacts whose name, company, title, e-mail or phone number match"
    )
    parser.add_argument("--archived", action="store_true", help="include archived contacts")
    parser.add_argument("--limit", type=positive_int, help="at most this many")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=list_contacts)
    sub = parser.add_subparsers(dest="contacts_command", metavar="{show,add,edit,merge,unmerge}")

    show = sub.add_parser("show", help="one contact in full")
    show.add_argument("contact_id", type=record_id, metavar="CONTACT_ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_contact)

    merge = sub.add_parser("merge", help="two records of one person: fold OTHER_ID into KEEP_ID")
    merge.add_argument("keep_id", type=record_id, metavar="KEEP_ID")
    merge.add_argument("other_id", type=record_id, metavar="OTHER_ID")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(handler=merge_contacts)

    unmerge = sub.add_parser("unmerge", help="take a merge back: OTHER_ID is a contact of their own again")
    unmerge.add_argument("keep_id", type=record_id, metavar="KEEP_ID")
    unmerge.add_argument("other_id", type=record_id, metavar="OTHER_ID")
    unmerge.add_argument("--json", action="store_true")
    unmerge.set_defaults(handler=unmerge_contacts)

    for name, handler in (("add", add_contact), ("edit", edit_contact)):
        cmd = sub.add_parser(name, help=f"{name} a contact")
        if name == "add":
            cmd.add_argument("name", metavar="NAME", help='full name, e.g. "Dana Whitfield"')
        else:
            cmd.add_argument("contact_id", type=record_id, metavar="CONTACT_ID")
            cmd.add_argument("--first-name")
            cmd.add_argument("--last-name")
        cmd.add_argument("--company")
        cmd.add_argument("--title")
        cmd.add_argument("--email", action="append", dest="emails", metavar="EMAIL", help=_list_help(name, "address"))
        cmd.add_argument("--phone", action="append", dest="phones", metavar="PHONE", help=_list_help(name, "number"))
        cmd.add_argument("--linkedin", dest="linkedin_url", metavar="URL")
        cmd.add_argument("--birthday", metavar="YYYY-MM-DD|MM-DD",
                         help="MM-DD when you don't know the year" + ("" if name == "add" else "; '' removes it"))  # fmt: skip
        cmd.add_argument("--closeness", type=rating, help="1–5: how glad they'd be to hear from you")
        cmd.add_argument("--value", type=rating, help="1–5: how good a long-term contact")
        cmd.add_argument("--stage", choices=domain.STAGE_CHOICES)
        cmd.add_argument("--cadence", dest="cadence_days", type=positive_int, metavar="DAYS")
        cmd.add_argument("--tag", action="append", dest="tags", metavar="TAG", help=_list_help(name, "tag"))
        cmd.add_argument("--notes")
        cmd.add_argument("--challenge", dest="biggest_challenge", metavar="TEXT",
                         help="their biggest challenge just now, which you might help with")  # fmt: skip
        cmd.add_argument("--referred-by", dest="referred_by_id", type=record_id, metavar="CONTACT_ID")
        yes_no_option(cmd, "do-not-introduce", dest="do_not_introduce",
                      help="never suggest introducing them to anyone", off="you may introduce them again")  # fmt: skip
        if name == "edit":
            yes_no_option(cmd, "archived", dest="archived",
                          help="off the call list and out of `contacts`", off="bring them back")  # fmt: skip
        cmd.add_argument("--json", action="store_true")
        cmd.set_defaults(handler=handler)


def _list_help(command: str, one: str) -> str:
    """--email, --phone, --tag: on `edit` they replace the contact's whole list, which "repeatable"
    alone did not tell (an edit to add one address removed the others)."""
    if command == "add":
        return "repeatable"
    flag = {"address": "--email", "number": "--phone", "tag": "--tag"}[one]
    return f"replaces the list: give every {one} to keep (repeatable); {flag} '' removes them all"


# The list fields `contacts edit` replaces whole: (option's dest, what the output calls it)
LISTS = (("emails", "E-mails"), ("phones", "Phone numbers"), ("tags", "Tags"))


FIELDS = (
    "first_name", "last_name", "company", "title", "emails", "phones", "linkedin_url", "closeness", "value",
    "stage", "cadence_days", "tags", "notes", "biggest_challenge", "referred_by_id", "do_not_introduce", "archived",
    "birthday",
)  # fmt: skip


def _fields(args: argparse.Namespace) -> dict[str, object]:
    return {k: getattr(args, k) for k in FIELDS if getattr(args, k, None) is not None}


def list_contacts(args: argparse.Namespace) -> int:
    store = store_for(args)
    found = operations.find_contacts(store, args.search, include_archived=args.archived, limit=args.limit)
    if args.json:
        print_json([c.to_json() for c in found])
        return 0
    if not found:
        print(_no_contacts_words(args, store))
        return 0
    print_table(
        ("ID", "NAME", "COMPANY", "TITLE", "STAGE", "LAST TOUCH"),
        ((c.id, c.name, c.company, c.title, c.stage, c.last_interaction) for c in found),
    )
    return 0


NO_CONTACTS = (
    "No contacts yet: import your LinkedIn connections (`netcompanion import linkedin Connections.csv`) "
    "or add one (`netcompanion contacts add NAME`)."
)


def _no_contacts_words(args: argparse.Namespace, store: Store) -> str:
    """Why `contacts` found nobody, and what to do: a bare header row said neither."""
    if not operations.has_contacts(store):
        trashed = operations.count_trash(store)
        if trashed:  # "no contacts yet" read as if everything was gone
            every = "your one contact is" if trashed == 1 else f"all {trashed:,} of your contacts are"
            return (f"No contacts to show: {every} in the trash (`netcompanion trash` lists them; "
                    "`netcompanion trash restore ID` brings one back with its history).")  # fmt: skip
        earlier = earlier_backup_words(store)
        if earlier:  # the database file was deleted, or replaced by an empty one
            return f"No contacts yet, but {earlier}."
        return NO_CONTACTS
    also = "" if args.archived else "; `--archived` looks among archived contacts too"
    if args.search:
        return f"No contacts match “{args.search}”{also}."
    return "No contacts to show: every one is archived (`netcompanion contacts --archived` lists them)."


def _print_contact(contact, as_json: bool, today: dt.date, store: Store) -> None:
    """One contact's details; `today` is the user's (a cooldown until yesterday is no news)."""
    if as_json:
        print_json(contact.to_json())
        return
    referrer = None
    if contact.referred_by_id:
        name = operations.contact_names(store, [contact.referred_by_id]).get(contact.referred_by_id)
        referrer = f"{name} (#{contact.referred_by_id})" if name else None
    print(f"#{contact.id} {contact.name}")
    for label, value in (
        ("company", contact.company),
        ("title", contact.title),
        ("e-mail", ", ".join(contact.emails)),
        ("phone", ", ".join(contact.phones)),
        ("LinkedIn", contact.linkedin_url),
        ("birthday", birthday_words(contact.birthday)),
        ("stage", contact.stage),
        ("closeness", contact.closeness),
        ("value", contact.value),
        ("cadence", f"every {say_count(contact.cadence_days, 'day')}" if contact.cadence_days else None),
        ("last touch", contact.last_interaction),
        ("cooldown until", contact.cooldown_until if _ahead(contact.cooldown_until, today) else None),
        ("no job talk", f"until {contact.no_ask_until}" if _ahead(contact.no_ask_until, today) else None),
        ("tags", ", ".join(contact.tags)),
        ("challenge", _notes_shown(contact.biggest_challenge)),
        ("referred by", referrer),
        ("notes", _notes_shown(contact.notes)),
    ):
        if value:
            print(f"  {label + ':':<15} {value}")
    flags = [f for f, on in (("parked", contact.parked), ("archived", contact.archived),
                             ("do-not-introduce", contact.do_not_introduce)) if on]  # fmt: skip
    if flags:
        print(f"  {'flags:':<15} {', '.join(flags)}")


NOTES_LINES = 6
NOTES_WIDTH = 100


def _notes_shown(notes: str) -> str:
    """The start of long notes, lined up under the first line: years of notes about someone
    would push the follow-ups and touches off the screen (`--json` has them whole)."""
    lines = [line.rstrip() for line in notes.strip().splitlines()]
    shown = [line if len(line) <= NOTES_WIDTH else line[: NOTES_WIDTH - 1] + "…" for line in lines[:NOTES_LINES]]
    if len(lines) > NOTES_LINES:
        more = len(lines) - NOTES_LINES
        shown.append(f"… {say_count(more, 'more line')} (--json shows the notes whole)")
    elif any(len(line) > NOTES_WIDTH for line in lines):
        shown.append("(--json shows the notes whole)")
    return f"\n  {'':<15} ".join(shown)


def _ahead(day: dt.date | None, today: dt.date) -> bool:
    """Whether a "until" day still lies ahead: a cooldown that ended is no news."""
    return day is not None and day >= today


SHOWN_TOUCHES = 5


def show_contact(args: argparse.Namespace) -> int:
    """One contact in full: the details, then what is open and the latest touches."""
    store = store_for(args)
    contact = operations.get_contact(store, args.contact_id)
    today = operations.today_for(store)
    _print_contact(contact, args.json, today, store)
    if args.json:
        return 0
    zone = operations.get_settings(store).zone  # a touch's day is the user's, as "last touch" says it
    followups = operations.list_followups(store, contact_id=contact.id)
    touches = operations.list_interactions(store, contact.id)
    for followup in followups:
        when = followup.effective_due().isoformat() + (f" {followup.at:%H:%M}" if followup.at else "")
        when += followup_marks(followup, today)
        what = FOLLOW_UP_LABELS.get(followup.kind, followup.kind)
        print(f"  {'follow-up:':<15} {when} {what}" + (f" — {one_line(followup.note)}" if followup.note else ""))
    for touch in touches[:SHOWN_TOUCHES]:
        day = clock.day_of(touch.occurred_at, zone).isoformat()
        print(f"  {'touch:':<15} {day} {touch.channel}, {touch.outcome}" + (f" — {one_line(touch.notes)}" if touch.notes else ""))
    if len(touches) > SHOWN_TOUCHES:
        print(f"  {'':<15} and {say_count(len(touches) - SHOWN_TOUCHES, 'earlier touch', 'earlier touches')}")
    return 0


def add_contact(args: argparse.Namespace) -> int:
    contact = operations.add_contact(store_for(args), name=args.name, **_fields(args))
    if args.json:
        print_json(contact.to_json())  # with its `nudges`
        return 0
    print(f"Added #{contact.id} {contact.name}.")
    _say_shared_emails(contact)
    return 0


def _say_shared_emails(contact: AddedContact) -> None:
    """An e-mail another contact has, named with the merge that would join the two (on add and edit)."""
    print_nudges(contact.nudges)
    for other in dict.fromkeys(n.contact_id for n in contact.nudges if n.rule == SAME_EMAIL):
        print(f"  same person? `netcompanion contacts merge {other} {contact.id}`")


def edit_contact(args: argparse.Namespace) -> int:
    store = store_for(args)
    replaced = [(field, words) for field, words in LISTS if getattr(args, field) is not None]
    before = operations.get_contact(store, args.contact_id) if replaced and not args.json else None
    contact = operations.edit_contact(store, args.contact_id, **_fields(args))
    _print_contact(contact, args.json, operations.today_for(store), store)  # with --json, its `nudges`
    if before is not None:
        for field, words in replaced:
            print(_list_now(words, getattr(before, field), getattr(contact, field)))
    if not args.json:
        _say_shared_emails(contact)
    return 0


def _list_now(words: str, was: tuple[str, ...], now: tuple[str, ...]) -> str:
    """What a list the edit replaced holds now, and what it held: "E-mails now: a@x.org (was: b@y.org)"."""
    if was == now:
        return f"{words} unchanged: {', '.join(now) or 'none'}."
    return f"{words} now: {', '.join(now) or 'none'} (was: {', '.join(was) or 'none'})."


def merge_contacts(args: argparse.Namespace) -> int:
    merged = operations.merge_contacts(store_for(args), args.keep_id, args.other_id)
    if args.json:
        print_json(merged.to_json())
    else:
        print(f"Merged #{args.other_id} into #{merged.id} {merged.name}"
              f" (`netcompanion contacts unmerge {merged.id} {args.other_id}` takes it back).")  # fmt: skip
    return 0


def unmerge_contacts(args: argparse.Namespace) -> int:
    kept, back = operations.unmerge_contacts(store_for(args), args.keep_id, args.other_id)
    if args.json:
        print_json({"kept": kept.to_json(), "other": back.to_json()})
    else:
        print(f"Took the merge back: #{back.id} {back.name} is a contact of their own again, with their"
              f" own history, beside #{kept.id} {kept.name}.")  # fmt: skip
    return 0
