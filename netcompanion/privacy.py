"""Keeping a user's network private on a shared machine: owner-only files, scrubbed text.

SQLite creates its files 0644 unless they exist already, so the database is created
0600 before SQLite sees it (its WAL and SHM files then inherit that mode), and files
from older versions are tightened when opened. `scrub` is the last line of defence for
log lines: code logs ids and counts, never names, but anything that looks like an
e-mail address or a phone number is blanked anyway.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700

_EMAIL = re.compile(r"[^\s@<>\"']+@[^\s@<>\"']+")
_PHONE = re.compile(r"\+?\d[\d\s().\-/]{6,}\d")


def secure_file(path: Path) -> None:
    """Make a file we own owner-only (read/write); files of other users are left alone."""
    with contextlib.suppress(FileNotFoundError, PermissionError):
        if path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o077:
            path.chmod(PRIVATE_FILE)


def secure_database_files(db_path: Path) -> None:
    """The database and its side files (WAL, SHM) are owner-only."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        secure_file(Path(f"{db_path}{suffix}"))


def scrub(text: str) -> str:
    """Blank e-mail addresses and phone numbers in a free-text string."""
    return _PHONE.sub("[phone]", _EMAIL.sub("[e-mail]", text))
