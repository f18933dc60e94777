"""`netcompanion backup [FILE]`, `backup list`, `restore FILE`, `check`, `trash …`.

`check` and `restore` work on the file directly instead of opening it the normal way,
because they must also work when the database is damaged and would be refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netcompanion import operations
from netcompanion.cli.common import db_path_for, print_json, print_table, record_id, store_for
from netcompanion.paths import resolve_db_path
from netcompanion.rules.common import say_count
from netcompanion.store import backup, integrity
from netcompanion.store.file_zone import zone_named_in


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "backup", help="make a checked copy of the database now (`backup list` shows the backups)"
    )
    parser.add_argument(
        "target",
        nargs="?",
        metavar="FILE",
        help="where to write the copy (default: the backup folder); `list` lists the backups",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_backup)

    restore = commands.add_parser(
        "restore", help="replace the database with a backup (the current state is saved first)"
    )
    restore.add_argument("file", metavar="FILE", help="the backup to go back to (`backup list` shows them)")
    restore.add_argument("--json", action="store_true", help="print JSON")
    restore.set_defaults(handler=run_restore)

    check = commands.add_parser(
        "check", help="check the database for damage and offer the newest good backup"
    )
    check.add_argument("--quick", action="store_true", help="only the quick check done at every start")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(handler=run_check)

    trash = commands.add_parser("trash", help="deleted contacts: list, delete, restore, forget for good")
    trash.add_argument("--json", action="store_true")
    trash.set_defaults(handler=list_trash)
    sub = trash.add_subparsers(dest="trash_command", metavar="{delete,restore,forget}")
    for name, handler, text in (
        ("delete", trash_delete, "move a contact and its history to the trash (kept 30 days)"),
        ("restore", trash_restore, "bring a contact back from the trash"),
        ("forget", trash_forget, "remove a contact in the trash for good, now (cannot be undone)"),
    ):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("contact_id", type=record_id, metavar="CONTACT_ID")
        cmd.add_argument("--json", action="store_true")
        cmd.set_defaults(handler=handler)


def run_backup(args: argparse.Namespace) -> int:
    db = resolve_db_path(args.db)
    if args.target == "list":
        found = backup.list_backups(db)
        if args.json:
            print_json([b.to_json() for b in found])
        elif not found:
            print(f"No backups yet for {db}.")
        else:
            zone = zone_named_in(db)  # the user's, read from the file: the store is not opened here
            print_table(
                ("CREATED", "REASON", "SIZE", "FILE"),
                (
                    (
                        f"{b.created_at.astimezone(zone):%Y-%m-%d %H:%M:%S}",
                        b.reason,
                        _size(b.size_bytes),
                        b.path,
                    )
                    for b in found
                ),
                last_whole=True,  # the file name, to copy into `restore`
            )
        return 0
    if _no_database_at(db):
        return 2
    store = store_for(args)  # the usual start-up check runs first: a damaged file is not copied
    try:
        made = backup.backup_now(store, dest=args.target, reason="manual")
    finally:
        store.dispose()
    if args.json:
        print_json({"backup": str(made)})
    else:
        print(f"Backed up to {made} (checked).")
    return 0


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


def run_restore(args: argparse.Namespace) -> int:
    result = backup.restore(db_path_for(args), args.file)
    if args.json:
        print_json(result.to_json())
    else:
        print(result.describe())
    return 0


def run_check(args: argparse.Namespace) -> int:
    db = resolve_db_path(args.db)
    if _no_database_at(db):
        return 2
    result = integrity.check(db, full=not args.quick)
    if args.json:
        print_json(result.to_json())
    else:
        print(result.report())
    return 0 if result.ok else 1


def _no_database_at(db: Path) -> bool:
    """Say so when there is no database at `db`: `backup` and `check` only read one, and setting up a
    new, empty one there (a mistyped --db, say) would look like a safe backup or a healthy check."""
    if db.is_file() and (db.stat().st_size > 0 or integrity.once_held_a_database(db)):
        return False  # a database, or an emptied one: the check says it is damaged
    if db.is_dir():
        return False  # opening it says that it is a folder
    text = f"there is no database at {db}" + (" (the file is empty)" if db.exists() else "")
    found = backup.list_backups(db)
    if found:
        text += (
            f"; its backup folder holds {say_count(len(found), 'backup', 'backups')} "
            f"(`netcompanion backup list` shows {'them' if len(found) > 1 else 'it'}, "
            "`netcompanion restore FILE` brings one back)"
        )
    print(f"netcompanion: error: {text}", file=sys.stderr)
    return True


def list_trash(args: argparse.Namespace) -> int:
    entries = operations.list_trash(store_for(args))
    if args.json:
        print_json([e.to_json() for e in entries])
    elif not entries:
        print("The trash is empty.")
    else:
        print_table(
            ("ID", "NAME", "COMPANY", "DELETED", "GONE FOR GOOD ON"),
            (
                (e.contact_id, e.name, e.company, e.deleted_on, e.purge_on)
                for e in entries
            ),
        )
    return 0


def trash_delete(args: argparse.Namespace) -> int:
    entry = operations.delete_contact(store_for(args), args.contact_id)
    if args.json:
        print_json(entry.to_json())
    else:
        print(
            f"Moved #{entry.contact_id} {entry.name} to the trash; "
            f"`netcompanion trash restore {entry.contact_id}` brings it back until {entry.purge_on}."
        )
    return 0


def trash_restore(args: argparse.Namespace) -> int:
    contact = operations.restore_contact(store_for(args), args.contact_id)
    if args.json:
        print_json(contact.to_json())
    else:
        print(f"Restored #{contact.id} {contact.name} with their history.")
    return 0


def trash_forget(args: argparse.Namespace) -> int:
    result = operations.forget_contact(store_for(args), args.contact_id)
    if args.json:
        print_json(result.to_json())
    else:
        print(result.message)
    return 0
