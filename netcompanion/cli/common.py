"""Shared command-line plumbing: argument types, JSON and table output, the open store."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

from netcompanion.domain import FIRST_DAY, LAST_DAY, FollowUpStatus
from netcompanion.paths import DB_ENV, resolve_db_path
from netcompanion.store import Store, StoreError, open_store

# SQLite's largest integer: an id or a limit beyond it can't be stored or looked up.
LARGEST_NUMBER = 2**63 - 1
# `progress --weeks`: ten years is plenty, and keeps the first week well inside the calendar.
MOST_WEEKS = 520


def iso_date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-23") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            f"{text!r} is out of range: give a day from {FIRST_DAY} to {LAST_DAY}"
        )
    return day


def clock_time(text: str) -> dt.time:
    """A time of day as people write it, hours and minutes: 09:30 or 9:30 (no seconds: the lists, the
    reminders and the calendar all work to the minute)."""
    found = re.fullmatch(r"([01]?[0-9]|2[0-3]):([0-5][0-9])", text.strip())
    if found is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time of day as HH:MM, like 09:30 or 9:30")
    return dt.time(int(found[1]), int(found[2]))


def _at_least_one(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def positive_int(text: str, most: int = LARGEST_NUMBER) -> int:
    """A count or a limit: a whole number from 1 to `most` (by default the largest SQLite can store)."""
    value = _at_least_one(text)
    if value > most:
        raise argparse.ArgumentTypeError(f"{text!r} is too large (at most {most})")
    return value


def record_id(text: str) -> int:
    """The number of a contact, a follow-up …: a whole number from 1 to the largest SQLite can store."""
    value = _at_least_one(text)
    if value > LARGEST_NUMBER:
        raise argparse.ArgumentTypeError(f"{text!r} is too large to be an id")
    return value


def weeks(text: str) -> int:
    return positive_int(text, MOST_WEEKS)


def rating(text: str) -> int:
    value = positive_int(text)
    if value > 5:
        raise argparse.ArgumentTypeError(f"{text!r} must be from 1 to 5")
    return value


def yes_no_option(parser: argparse.ArgumentParser, flag: str, *, dest: str, help: str, off: str) -> None:
    """`--FLAG` and `--no-FLAG` (default None: left as it is) as a pair argparse refuses together
    ("not allowed with"): given both, the last one quietly won."""
    pair = parser.add_mutually_exclusive_group()
    pair.add_argument(f"--{flag}", dest=dest, action="store_true", default=None, help=help)
    pair.add_argument(f"--no-{flag}", dest=dest, action="store_false", default=None, help=off)


def db_path_for(args: argparse.Namespace) -> Path:
    """The database to use. A folder named by --db or $NETCOMPANION_DB must exist: a typo there should
    not quietly start an empty database somewhere new (the default data folder is created as needed)."""
    path = resolve_db_path(args.db)
    if args.db:
        given, instead = "--db", "leave out --db"
    elif os.environ.get(DB_ENV):
        given, instead = f"${DB_ENV}", f"unset ${DB_ENV}"
    else:
        return path
    if not path.parent.is_dir():
        raise StoreError(
            f"{path}: the folder {path.parent} does not exist (named by {given}); "
            f"create it first, or {instead} to use your data folder"
        )
    return path


def store_for(args: argparse.Namespace) -> Store:
    from netcompanion.store.encryption import KeyNeeded

    path = db_path_for(args)
    new = not path.exists()
    try:
        store = open_store(path)
    except KeyNeeded:
        if not sys.stdin.isatty():
            raise
        import getpass

        store = open_store(path, key=getpass.getpass("Database key: "))
    if new:
        _say_earlier_backup(path)
    return store


def _say_earlier_backup(path: Path) -> None:
    """A database set up where backups of a full one lie: say so once, on stderr (the output stays
    what the command prints), with the command that brings the earlier one back."""
    from netcompanion.store.earlier import earlier_backup

    earlier = earlier_backup(path)
    if earlier is not None:
        print(
            f"netcompanion: there was no database at {path}, so a new, empty one was set up; its backup "
            f"folder holds {earlier.describe()} ({earlier.restore_hint()}).",
            file=sys.stderr,
        )


def earlier_backup_words(store: Store) -> str | None:
    """For a database with nobody in it: the backup of a full one beside it, and how to restore it."""
    from netcompanion.store.earlier import earlier_backup

    earlier = earlier_backup(store.path) if store.path else None
    return None if earlier is None else f"the backup folder holds {earlier.describe()}: {earlier.restore_hint()}"


def _default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if hasattr(value, "to_json"):
        return value.to_json()
    raise TypeError(f"cannot encode {type(value).__name__}")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


CELL_WIDTH = 40  # the widest a column other than the last gets, in terminal columns
LAST_CELL_WIDTH = 100  # the last column: room for a note's gist (--json has it whole)
LINE_BREAK = " ⏎ "  # how a line break inside a cell or a one-line note is shown

ZWJ, EMOJI_STYLE = "\u200d", "\ufe0f"


def _is_regional(ch: str) -> bool:  # half of a flag: two of them make one
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def _clusters(text: str) -> list[tuple[str, int]]:
    """`text` as the characters a terminal draws, each with the columns it takes: 2 for East Asian
    wide letters and emoji, 0 for what joins the one before (accents, ZWJ sequences, skin tones)."""
    clusters: list[tuple[str, int]] = []
    joined = False  # the last character was a zero-width joiner: this one is part of the same emoji
    for ch in text:
        category = unicodedata.category(ch)
        joins = (
            joined
            or category in ("Mn", "Me", "Cf")
            or "\U0001f3fb" <= ch <= "\U0001f3ff"  # a skin tone
            or "\u1160" <= ch <= "\u11ff"  # a Hangul vowel or final consonant, spelled out (NFD)
            or (_is_regional(ch) and bool(clusters) and len(clusters[-1][0]) == 1 and _is_regional(clusters[-1][0]))
        )
        joined = ch == ZWJ
        if joins and clusters:
            cluster, width = clusters[-1]
            if ch == EMOJI_STYLE or _is_regional(ch):  # ❤ + U+FE0F, or a flag: drawn two wide
                width = 2
            clusters[-1] = (cluster + ch, width)
        elif category in ("Mn", "Me", "Cf"):
            clusters.append((ch, 0))
        else:
            clusters.append((ch, 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1))
    return clusters


def display_width(text: str) -> int:
    """How many terminal columns `text` takes (not len(): 김민준 takes 6, 👩‍💻 takes 2)."""
    if text.isascii() and text.isprintable():  # most cells: one column a letter (30,000 rows × 5 cells)
        return len(text)
    return sum(width for _, width in _clusters(text))


def _fit(text: str, width: int) -> str:
    """`text` padded to `width` columns, or cut with "…" to fit them."""
    used = display_width(text)
    if used > width and len(text) == used and text.isascii():
        return text[: width - 1] + "…"
    if used > width:
        kept, used = [], 1  # the "…"
        for cluster, columns in _clusters(text):
            if used + columns > width:
                break
            kept.append(cluster)
            used += columns
        text = "".join(kept) + "…"
    return text + " " * (width - used)


def one_line(text: str) -> str:
    """`text` on one line, its line breaks shown as " ⏎ " and tabs as spaces: a two-line note in a
    table or a list printed its second line flush left, outside the columns."""
    if text.isprintable():  # nearly every cell: nothing to do
        return text
    lines = text.replace("\t", " ").splitlines()
    if len(lines) <= 1:
        return lines[0] if lines else ""
    return LINE_BREAK.join(line.strip() for line in lines if line.strip())


def print_table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], *, last_whole: bool = False, whole: Collection[int] = ()
) -> None:
    """A plain aligned table, one line per row (line breaks in a cell show as " ⏎ "). Long cells are
    cut, with "…", so a line fits a terminal; the last column, which nothing follows, gets more room
    — or, with `last_whole`, stays whole (a file name, to copy). The columns numbered in `whole` are
    never cut (a day with what holds it: cut, it named no day). Columns are measured as a terminal
    draws them: a Korean name or an emoji takes two per letter."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        for i, value in enumerate(row):
            widest = max(widths[i], display_width(value))
            widths[i] = widest if i in whole else min(widest, CELL_WIDTH)

    def line(values: Sequence[str]) -> str:
        shown = [_fit(v, w) for v, w in zip(values[:-1], widths, strict=False)]
        last = values[-1]
        if not last_whole and display_width(last) > LAST_CELL_WIDTH:
            last = _fit(last, LAST_CELL_WIDTH)
        return "  ".join([*shown, last]).rstrip()

    print(line(list(headers)))
    for row in cells:
        print(line(row))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return one_line(str(value))


def print_nudges(nudges: Iterable[Any]) -> None:
    marks = {"warning": "!", "suggestion": "→", "info": "·"}
    for nudge in nudges:
        print(f"{marks.get(nudge.level, '·')} {nudge.message}")


def followup_marks(followup, today: dt.date) -> str:
    """" (overdue)", " (snoozed from 2026-12-01)": the day shown is the end of a snooze, and says so."""
    marks = ["overdue"] if followup.effective_due() < today else []
    if followup.status == FollowUpStatus.SNOOZED.value:
        marks.append(f"snoozed from {followup.due}")
    return f" ({', '.join(marks)})" if marks else ""
