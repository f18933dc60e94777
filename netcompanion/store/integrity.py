"""Is the database file healthy? Checked cheaply at every open, thoroughly after a crash.

A quick check (`PRAGMA quick_check`) runs at every open; a full `integrity_check` runs
when the previous session ended without closing cleanly. Each open leaves a small
session marker beside the database and removes it on a clean close; a marker whose
process is gone means that process was killed or crashed.

A damaged database is never repaired in place, overwritten or deleted: it is renamed
aside together with its WAL and SHM files, and the newest good backup is offered along
with the date it was made and what restoring it would lose.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from netcompanion import clock
from netcompanion.paths import ensure_private_dir
from netcompanion.rules.common import say_count

SIDE_FILES = ("-wal", "-shm", "-journal")


def _failures() -> tuple[type[BaseException], ...]:
    """What reading a damaged file can raise: SQLite's (and SQLCipher's) errors, text that isn't UTF-8."""
    found: list[type[BaseException]] = [sqlite3.Error, UnicodeDecodeError]
    with contextlib.suppress(ImportError):
        from sqlcipher3 import dbapi2

        found.append(dbapi2.Error)
    return tuple(found)


SQLITE_FAILURES = _failures()


@dataclass(frozen=True)
class RestoreOffer:
    """The newest backup that passed a full check, and what going back to it would cost."""

    backup_path: Path
    created_at: dt.datetime
    reason: str
    would_lose: tuple[str, ...]
    created_local: dt.datetime  # `created_at` on the user's clock (see file_zone): the time said

    def describe(self) -> str:
        when = f"{self.created_local:%Y-%m-%d %H:%M}"
        lost = "; ".join(self.would_lose) if self.would_lose else "nothing that could be counted"
        return f"newest good backup: {when} ({self.backup_path}); restoring it would lose {lost}"

    def to_json(self) -> dict[str, object]:
        return {
            "backup": str(self.backup_path),
            "created_at": self.created_at.isoformat(),
            "reason": self.reason,
            "would_lose": list(self.would_lose),
        }


@dataclass(frozen=True)
class CheckResult:
    """What a check found. `offer` is only filled in when the database is damaged."""

    db_path: Path
    ok: bool
    full: bool
    problems: tuple[str, ...] = ()
    unclean_shutdown: bool = False
    offer: RestoreOffer | None = None

    def describe(self) -> str:
        """One line: the first problem and how many more, and what to do (the error every command prints)."""
        kind = "full integrity check" if self.full else "quick check"
        if self.ok:
            note = " after an unclean shutdown" if self.unclean_shutdown else ""
            return f"{self.db_path}: {kind}{note} passed"
        text = f"{self._damaged()} ({kind}: {summarize(self.problems)}); the file was left untouched"
        text += self._key_hint()
        if self.offer is not None:
            text += f"; {self.offer.describe()} — run `netcompanion restore {self.offer.backup_path}`"
        else:
            text += "; no good backup was found"
        if len(problem_lines(self.problems)) > 1:
            text += " (`netcompanion check` lists every problem)"
        return text

    def report(self) -> str:
        """Several lines for `netcompanion check`: every problem, then the backup and what going back costs."""
        if self.ok:
            return self.describe()
        kind = "full integrity check" if self.full else "quick check"
        found = problem_lines(self.problems) or ["unknown problem"]
        count = f"{len(found)}{'+' if len(found) >= CHECK_LIMIT else ''}"
        lines = [f"{self._damaged()}; the file was left untouched{self._key_hint()}.",
                 f"The {kind} found {count} problem{'' if len(found) == 1 else 's'}:",
                 *(f"  {line}" for line in found)]  # fmt: skip
        if self.offer is None:
            lines.append("No good backup was found.")
            return "\n".join(lines)
        offer = self.offer
        when = f"{offer.created_local:%Y-%m-%d %H:%M}"
        lines.append(f"Newest good backup: {when} ({offer.backup_path}).")
        lines.append("Restoring it would lose:")
        lines += [f"  {item}" for item in offer.would_lose or ("nothing that could be counted",)]
        lines.append(f"To go back to it: netcompanion restore {offer.backup_path}")
        return "\n".join(lines)

    def _damaged(self) -> str:
        return f"{self.db_path} is damaged or is not a NetCompanion database"

    def _key_hint(self) -> str:
        from netcompanion.store import encryption

        if not encryption.is_encrypted(self.db_path):
            return ""
        return (
            f"; if it is an encrypted database, give its key (${encryption.KEY_ENV} or the system keyring; "
            "SQLCipher must be installed) instead of restoring"
        )

    def to_json(self) -> dict[str, object]:
        return {
            "db": str(self.db_path),
            "ok": self.ok,
            "full": self.full,
            "problems": list(self.problems),
            "unclean_shutdown": self.unclean_shutdown,
            "offer": self.offer.to_json() if self.offer else None,
        }


# SQLite stops reporting after this many problems.
CHECK_LIMIT = 20


def problem_lines(problems: tuple[str, ...] | list[str]) -> list[str]:
    """SQLite's report one problem a line, without its "*** in database main ***" headings."""
    return [
        line.strip()
        for problem in problems
        for line in str(problem).splitlines()
        if line.strip() and not line.strip().startswith("*** in database")
    ]


def summarize(problems: tuple[str, ...] | list[str]) -> str:
    """The first problem, and how many more there are: fits in one line of an error."""
    lines = problem_lines(problems)
    if not lines:
        return "unknown problem"
    if len(lines) == 1:
        return lines[0]
    more = len(lines) - 1
    at_least = "at least " if len(lines) >= CHECK_LIMIT else ""
    return f"{lines[0]}, and {at_least}{more} more problem{'' if more == 1 else 's'}"


def connect_existing(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A DB-API connection that never creates the file; keyed through SQLCipher when it is encrypted."""
    from netcompanion.store import encryption

    if encryption.is_encrypted(path) and encryption.available():
        key = encryption.key_for(path)
        if key is None:
            raise sqlite3.DatabaseError("the file is encrypted and no key was given")
        connection = encryption.connect(path, key, readonly=readonly)
        connection.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
        connection.execute("PRAGMA busy_timeout = 10000")
        return connection
    mode = "ro" if readonly else "rw"
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=10)
    # A damaged file can hand back text that is not UTF-8; report it instead of crashing on it.
    connection.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
    connection.execute("PRAGMA busy_timeout = 10000")
    return connection


def run_check(path: Path, *, full: bool = False) -> tuple[str, ...]:
    """Problems SQLite reports for the file at `path`; empty means healthy."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        # Read-only: checking must never change the file, nor fold or drop its WAL on close.
        connection = connect_existing(path, readonly=True)
    except SQLITE_FAILURES as exc:
        return (f"cannot be opened: {exc}",)
    try:
        rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}({CHECK_LIMIT})")]
    except SQLITE_FAILURES as exc:
        return (str(exc),)
    finally:
        connection.close()
    return () if rows == ["ok"] else tuple(str(r) for r in rows)


def check(db_path: str | os.PathLike[str], full: bool = False, *, unclean: bool = False) -> CheckResult:
    """Check the database; when damaged, find the newest good backup to offer."""
    from netcompanion.store import encryption

    path = Path(db_path)
    if not path.exists():
        return CheckResult(path, False, full, ("the file does not exist",), unclean, _offer_for(path))
    if path.stat().st_size == 0 and (sign := once_held_a_database(path)):
        problem = f"the file is empty (0 bytes), yet {sign}"
        return CheckResult(path, False, full, (problem,), unclean, _offer_for(path))
    if encryption.is_encrypted(path) and encryption.key_for(path) is None:
        # Without its key an encrypted file looks exactly like one whose header is damaged.
        problem = "it is encrypted and no key was given, or its header is damaged"
        return CheckResult(path, False, full, (problem,), unclean, _offer_for(path))
    problems = run_check(path, full=full)
    if not problems:
        return CheckResult(path, True, full, (), unclean)
    return CheckResult(path, False, full, problems, unclean, _offer_for(path))


def once_held_a_database(path: Path) -> str | None:
    """Why an empty file at `path` was a database before, or None for a file never used (a new one).

    A sync client, a failed copy or a full disk can leave the database at 0 bytes; setting up a new
    one there would show an empty network while the backups of the real one age out.
    """
    from netcompanion.store.backup import list_backups

    for suffix in ("-wal", "-journal"):
        if Path(f"{path}{suffix}").exists():
            return f"its {suffix[1:]} file {path.name}{suffix} is still there"
    found = list_backups(path)
    if found:
        return f"its backup folder {found[0].path.parent} holds {say_count(len(found), 'backup', 'backups')} of it"
    return None


def _offer_for(path: Path) -> RestoreOffer | None:
    from netcompanion.store.backup import list_backups
    from netcompanion.store.file_zone import zone_named_in
    from netcompanion.store.losses import would_lose
    from netcompanion.store.restorable import restorable

    for info in list_backups(path):
        if restorable(info.path):  # only one `restore` takes: checked in full, not from a newer version
            made = info.created_at.astimezone(zone_named_in(path, info.path))
            return RestoreOffer(info.path, info.created_at, info.reason, would_lose(path, info.path, made), made)
    return None


def set_aside(db_path: str | os.PathLike[str]) -> Path:
    """Rename a damaged database and its WAL/SHM files out of the way; nothing is deleted."""
    path = Path(db_path)
    stamp = clock.now_utc().strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    if path.exists():
        os.replace(path, target)
    return target


# --- clean and unclean shutdowns -------------------------------------------------------------


def sessions_dir(db_path: Path) -> Path:
    return db_path.parent / f".{db_path.name}.sessions"


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def begin_session(db_path: str | os.PathLike[str]) -> Path:
    """Leave a marker that this process has the database open; `end_session` removes it."""
    folder = ensure_private_dir(sessions_dir(Path(db_path)))
    marker = folder / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
    fd = os.open(marker, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(f"{os.getpid()}\n{_boot_id()}\n")
    return marker


def end_session(marker: Path | None) -> None:
    """A clean close: the marker goes, so the next start skips the full check."""
    if marker is not None:
        with contextlib.suppress(FileNotFoundError):
            marker.unlink()


def stale_sessions(db_path: str | os.PathLike[str]) -> list[Path]:
    """Markers left by processes that are gone: each one is an unclean shutdown."""
    folder = sessions_dir(Path(db_path))
    if not folder.is_dir():
        return []
    boot = _boot_id()
    stale = []
    for marker in folder.iterdir():
        try:
            pid_text, marker_boot = (marker.read_text().split("\n") + ["", ""])[:2]
            pid = int(pid_text)
        except (OSError, ValueError):
            stale.append(marker)
            continue
        if (boot and marker_boot and marker_boot != boot) or not _alive(pid):
            stale.append(marker)
    return stale


def check_at_open(db_path: str | os.PathLike[str]) -> CheckResult:
    """The start-up check: quick normally, full when the last session did not end cleanly."""
    path = Path(db_path)
    stale = stale_sessions(path)
    result = check(path, full=bool(stale), unclean=bool(stale))
    if result.ok:
        for marker in stale:
            end_session(marker)
    return result
