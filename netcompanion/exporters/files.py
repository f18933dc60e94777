"""Writing an export file safely: to a temporary file beside it, then renamed into place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

EXPORT_FORMATS = ("csv", "vcard", "ics")


def write_export(path: Path, text: str, *, bom: bool = False) -> None:
    """Replace `path` atomically, so a failed export never leaves half a file."""
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=".export-", dir=path.parent if str(path.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
