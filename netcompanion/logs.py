"""The app's log: a rotating file in the user's log folder that never holds personal data.

What may be logged: which command or view, ids, counts, timings, exception types and
where they happened. What never is: names, e-mail addresses, phone numbers, notes, or
exception messages (ours name the contact, file row or value that was wrong). The
formatter enforces the last part, so a careless log call cannot leak a contact.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

from netcompanion import paths
from netcompanion.privacy import PRIVATE_FILE, scrub

LOG_FILENAME = "netcompanion.log"
LOG_ENV = "NETCOMPANION_LOG_DIR"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_configured: Path | None = None


def log_dir() -> Path:
    override = os.environ.get(LOG_ENV)
    return Path(override).expanduser() if override else paths.log_dir()


class PrivateFormatter(logging.Formatter):
    """Exception *types* and frames only — never their messages — and scrubbed text."""

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        exc_type, _exc, tb = ei
        frames = traceback.extract_tb(tb)
        where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames))
        return f"{exc_type.__name__ if exc_type else 'Exception'} at {where}"

    def format(self, record: logging.LogRecord) -> str:
        clean = logging.makeLogRecord(record.__dict__)
        clean.msg, clean.args = scrub(record.getMessage()), None
        return super().format(clean)


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    def _open(self):
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, PRIVATE_FILE)
        os.close(fd)
        return super()._open()


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the `netcompanion` loggers to the rotating file; returns its path (None if unwritable)."""
    global _configured
    if _configured is not None:
        return _configured
    folder = log_dir()
    try:
        paths.ensure_private_dir(folder)
        handler = _PrivateRotatingHandler(
            folder / LOG_FILENAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only home must not stop the app
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"))
    root = logging.getLogger("netcompanion")
    root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False
    _configured = folder / LOG_FILENAME
    return _configured


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(name if name.startswith("netcompanion") else f"netcompanion.{name}")
