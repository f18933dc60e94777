"""Where NetCompanion keeps its data: the user's data folder, unless told otherwise.

The database path comes from, in order: the `--db` option, the `NETCOMPANION_DB`
environment variable, then the platform's per-user data folder. Folders are created
private (0700) because they hold years of someone's working relationships.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from netcompanion import APP_ID

DB_ENV = "NETCOMPANION_DB"
DB_FILENAME = "netcompanion.sqlite3"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database to open: `--db`, then `$NETCOMPANION_DB`, then the data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_db_path()


def backup_dir_for(db_path: Path) -> Path:
    """Backups live beside the database they protect, in a private sub-folder."""
    return db_path.parent / f"{db_path.stem}-backups"


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) if missing; a folder we create is owner-only (0700)."""
    if not path.exists():
        path.mkdir(parents=True, mode=0o700)
        path.chmod(0o700)  # mkdir's mode is filtered by the umask
    return path
