"""`netcompanion import KIND FILE [--dry-run] [--json]`, `import undo BATCH_ID`, `import list`,
`import duplicates [BATCH_ID]`, and `netcompanion export {csv,vcard,ics} FILE`."""

from __future__ import annotations

import argparse
import sys

from netcompanion import operations
from netcompanion.cli.common import print_json, print_table, record_id, store_for
from netcompanion.exporters.words import export_words
from netcompanion.importers import KINDS, RowsInError
from netcompanion.importers.base import TOUCH_KINDS
from netcompanion.importers.report import KeptContact, undo_touches_words
from netcompanion.operations.results import ValidationError
from netcompanion.rules.common import plural, say_count

EXPORT_KINDS = ("csv", "vcard", "ics")


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import",
        help="import contacts or messages from LinkedIn, Google, Outlook or vCard; undo an import",
        description="Import a file: KIND is one of " + ", ".join(KINDS) + ". "
        "`import undo BATCH_ID` takes an import back; `import list` shows past imports; "
        "`import duplicates [BATCH_ID]` lists the possible duplicates still to decide.",
    )
    parser.add_argument("kind", choices=(*KINDS, "undo", "list", "duplicates"), metavar="KIND",
                        help="{" + ",".join(KINDS) + "}, or undo, list or duplicates")  # fmt: skip
    parser.add_argument("target", nargs="?", metavar="FILE|BATCH_ID")
    parser.add_argument("--dry-run", action="store_true", help="report what would happen and write nothing")
    parser.add_argument("--same", action="append", default=[], metavar="ROW=ID",
                        help="a possible duplicate the preview offered is one person: row ROW of the file "
                             "updates contact ID instead of adding someone new (repeatable)")  # fmt: skip
    parser.add_argument("--skip-bad-rows", action="store_true",
                        help="import the other rows when some cannot be read (without it, such a file "
                             "imports nothing and the first problem is named)")  # fmt: skip
    parser.add_argument("--different", nargs=2, type=record_id, metavar=("ID", "OTHER_ID"),
                        help="with `duplicates`: these two possible duplicates are different people; "
                             "they are not listed again")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_import)

    export = commands.add_parser(
        "export", help="export contacts (csv, vcard), or follow-ups and planned campaign calls as a calendar (ics)"
    )
    export.add_argument("format", choices=EXPORT_KINDS)
    export.add_argument("file", metavar="FILE", help="where to write; - writes to standard output")
    export.add_argument("--json", action="store_true", help="print JSON")
    export.set_defaults(handler=run_export)


SHOWN = 20  # lines per section in the text report; --json always has everything


def _limited(lines: list[str]) -> list[str]:
    if len(lines) <= SHOWN:
        return lines
    return [*lines[:SHOWN], f"  … and {len(lines) - SHOWN} more (use --json for all)"]


def _rows(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:8])
    return f"row {shown}" if len(rows) == 1 else f"rows {shown}" + (", …" if len(rows) > 8 else "")


def _print_report(report, as_json: bool) -> None:
    if as_json:
        print_json(report.to_json())
        return
    head = "Would import" if report.dry_run else f"Import #{report.batch_id}" if report.batch_id else "Nothing new"
    counts = ", ".join(f"{count} {words}" for count, words in report.counts())
    errors = len(report.errors)
    print(f"{head} ({report.kind}, {report.file}): {counts}, {len(report.skipped)} skipped, "
          f"{errors} {plural('error', errors)}.")  # fmt: skip
    for notice in report.notices:
        print(f"  i {notice}")
    for line in _limited([f"  → {update}" for update in report.updates]):
        print(line)
    dups = [
        f"  ? row {d.row}: {d.incoming_name}"
        + (f" (now #{d.new_contact_id})" if d.new_contact_id and not report.dry_run else "")
        + f" may be #{d.contact_id} {d.contact_name}"
        + (f" ({d.contact_company})" if d.contact_company else "")
        + (
            f" — same person? --same {d.row}={d.contact_id}"
            if report.dry_run
            else f" — same person? `netcompanion contacts merge {d.contact_id} {d.new_contact_id}`"
            if d.new_contact_id
            else ""
        )
        for d in report.possible_duplicates
    ]
    for line in _limited(dups):
        print(line)
    skipped = report.skipped_by_reason().items()
    for line in _limited([f"  - skipped {_rows(rows)}: {reason}" for reason, rows in skipped]):
        print(line)
    for line in _limited([f"  ! row {row}: {message}" for row, message in report.errors]):
        print(line)
    for line in _limited([f"  ~ row {row}: {message}" for row, message in report.left_out]):
        print(line)
    for line in _limited([
        f"  ? row {s.row}: {s.line()} (`netcompanion contacts merge {s.contact_id} {s.other_id}`)"
        for s in report.shared_emails
    ]):  # fmt: skip
        print(line)


def _kept_line(entry: tuple[int, str]) -> str:
    """"#12 Ada Lovelace: changed or used since the import": whom an undo left in place, and why."""
    if isinstance(entry, KeptContact):
        return entry.line()
    contact_id, reason = entry
    return f"#{contact_id}: {reason.removeprefix('kept: ')}"


def run_import(args: argparse.Namespace) -> int:
    store = store_for(args)
    if args.kind == "list":
        batches = operations.list_import_batches(store)
        if args.json:
            print_json([b.to_json() for b in batches])
        elif not batches:
            print("No imports yet: bring in your LinkedIn connections with `netcompanion import linkedin "
                  "Connections.csv` (or an address book: google, outlook or vcard).")  # fmt: skip
        else:
            print_table(("ID", "KIND", "FILE", "WHEN", "NEW", "UPDATED", "UNDONE"),
                        ((b.id, b.kind, b.file, f"{b.imported_local:%Y-%m-%d %H:%M}", b.created,
                          b.updated, "yes" if b.undone_at else "") for b in batches))  # fmt: skip
        return 0
    if args.kind == "duplicates":
        return _duplicates(store, args)
    if args.different:
        raise ValidationError("--different goes with `import duplicates`, like `import duplicates --different 14 1`.")
    if not args.target:
        raise ValidationError("Give the file to import (or the import number to undo).")
    if args.kind == "undo":
        try:
            batch_id = record_id(args.target)
        except argparse.ArgumentTypeError:
            raise ValidationError(f"{args.target!r} is not an import number; `import list` shows them.") from None
        # A file of touches: its messages go with it. The undo's report does not count them; the
        # import's own record says how many it brought in (as File → Past imports… says).
        brought_in = next((b.created for b in operations.list_import_batches(store) if b.id == batch_id), 0)
        report = operations.undo_import(store, batch_id, dry_run=args.dry_run)
        touches = report.kind in TOUCH_KINDS
        if args.json:
            print_json({**report.to_json(), **({"touches_removed": brought_in} if touches else {})})
            return 0
        done = "Would undo" if args.dry_run else "Undid"
        kept = len(report.skipped)
        if touches:
            said = undo_touches_words(report.kind, brought_in, report.updated, "would" if args.dry_run else "did")
            also = f" {say_count(kept, 'contact')} kept because they changed since." if kept else ""
            print(f"{done} import #{report.batch_id} ({report.file}): {'it ' if args.dry_run else ''}{said}.{also}")
        else:
            print(f"{done} import #{report.batch_id} ({report.file}): {say_count(report.removed, 'contact')} "
                  f"removed, {say_count(report.updated, 'contact')} reverted, {kept} kept because "
                  f"{'it' if kept == 1 else 'they'} changed since.")  # fmt: skip
        for line in _limited([f"  = kept {_kept_line(entry)}" for entry in report.skipped]):
            print(line)
        for line in _limited([f"  - {merge.line()}" for merge in report.merges_withdrawn]):
            print(line)
        return 0
    same = _accepted_duplicates(store, args) if args.same else []
    if args.dry_run:
        report = operations.preview_import(store, args.kind, args.target, same)
        _print_report(report, args.json)
        if report.errors and not args.skip_bad_rows:
            # The report above lists every problem; the exit status tells a script there are some.
            count = len(report.errors)
            print(f"netcompanion: error: {report.file}: {count} {plural('row', count)} cannot be read "
                  f"(first: row {min(report.errors)[0]}); a real import would write nothing. Fix "
                  f"{'them' if count != 1 else 'it'}, or add --skip-bad-rows.", file=sys.stderr)  # fmt: skip
            return 1
        return 0
    try:
        report = operations.run_import(store, args.kind, args.target, same_person=same,
                                       skip_bad_rows=args.skip_bad_rows)  # fmt: skip
    except RowsInError as exc:
        raise ValidationError(f"{exc} `--dry-run` lists every problem; --skip-bad-rows imports the other rows.") from None
    _print_report(report, args.json)
    return 0


def _duplicates(store, args: argparse.Namespace) -> int:
    """`import duplicates [BATCH_ID]`: the pairs imports left to decide, each with the command that
    merges them and the one that keeps them apart; `--different ID OTHER_ID` records the latter."""
    if args.different:
        operations.keep_apart(store, *args.different)
        first, second = args.different
        print(f"#{first} and #{second} are kept as two people; they are not listed as possible duplicates again.")
        return 0
    batch_id = None
    if args.target:
        try:
            batch_id = record_id(args.target)
        except argparse.ArgumentTypeError:
            raise ValidationError(f"{args.target!r} is not an import number; `import list` shows them.") from None
    pairs = operations.open_duplicates(store, batch_id)  # an import that is not there: refused
    if args.json:
        print_json([pair.to_json() for pair in pairs])
        return 0
    hidden = operations.duplicates_in_trash(store, batch_id)  # out of the list, as on the other lists
    back = "in the trash, listed again when restored"
    if not pairs:
        whose = f"Import #{batch_id} has no" if batch_id else "No"
        if hidden:
            some = f"{say_count(hidden, 'possible duplicate')} {plural('has', hidden, 'have')} a contact"
            print(f"{whose} possible duplicates to show: {some} {back} (`netcompanion trash` lists them).")
        else:
            print(f"{whose} possible duplicates left to decide.")
        return 0
    for pair in pairs:
        print(f"{pair.source}: {pair.line()}")
        print(f"  same person? `netcompanion contacts merge {pair.earlier_id} {pair.later_id}`; different people? "
              f"`netcompanion import duplicates --different {pair.contact_id} {pair.other_id}`")  # fmt: skip
    if hidden:
        print(f"({hidden} more with a contact {back}: `netcompanion trash` lists them)")
    return 0


def _accepted_duplicates(store, args: argparse.Namespace) -> list:
    """The preview's suggestions named by --same ROW=ID (the core refuses any it did not offer)."""
    wanted: list[tuple[int, int]] = []
    for text in args.same:
        row, _, contact = text.partition("=")
        try:
            wanted.append((record_id(row.strip()), record_id(contact.strip().lstrip("#"))))
        except argparse.ArgumentTypeError:
            raise ValidationError(f"--same takes ROW=ID, like --same 9=8 (got {text!r}).") from None
    return operations.offered_duplicates(store, args.kind, args.target, wanted)


def run_export(args: argparse.Namespace) -> int:
    if args.file == "-":  # the export itself is the output: for a pipe, or a look at it
        if args.json:
            raise ValidationError("Use either --json or FILE -, not both: each writes to standard output.")
        text, _ = operations.export_text(store_for(args), args.format)
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))  # as the file would hold it, whatever the console's encoding
        sys.stdout.buffer.flush()
        return 0
    result = operations.export_to_file(store_for(args), args.format, args.file)
    if args.json:
        print_json({"format": args.format, "file": args.file, "count": result.count, "replaced": result.replaced})
    else:
        print(export_words(args.format, args.file, result.count, result.replaced, result.cancelled))
    return 0

