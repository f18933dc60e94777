"""Start at login: an XDG autostart entry on Linux that starts the app minimised to the tray.

There is one entry, and it starts one database. Each database's own setting says whether it wants
to start at login, so opening a second database (a trial, the demo) must not take the entry from
the first: only turning the setting on or off for a database moves or removes the entry
(`follow_setting(..., chosen=True)`), while an app start only keeps its own entry up to date.

Other systems have their own mechanism, not written by this module yet:
- macOS: a LaunchAgent plist in ~/Library/LaunchAgents (RunAtLoad) or, for a signed app
  bundle, SMAppService's login items;
- Windows: a value under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run (or a shortcut
  in the Startup folder) running `netcompanion-gui --minimized`.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from netcompanion import APP_ID, APP_NAME, DESKTOP_ID
from netcompanion.paths import default_db_path

ENTRY_NAME = f"{APP_ID}.desktop"


def autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def launch_command(db: str | None = None) -> list[str]:
    program = shutil.which("netcompanion") or str(Path(sys.executable).with_name("netcompanion"))
    return [program, *(["--db", str(Path(db).resolve())] if db else []), "gui", "--minimized"]


def _desktop_quote(arg: str) -> str:
    """Quote one Exec argument the way the Desktop Entry spec wants (double quotes, not shell's)."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`%"):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg).replace("%", "%%")
    return f'"{escaped}"'


def entry_text(command: list[str]) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=Your networking companion: reminders for today's calls and follow-ups",
            f"Exec={' '.join(_desktop_quote(a) for a in command)}",
            f"Icon={DESKTOP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def set_start_at_login(enabled: bool, db: str | None = None) -> Path | None:
    """Write or remove the autostart entry (Linux and other XDG desktops); returns its path when written."""
    path = autostart_dir() / ENTRY_NAME
    if not enabled:
        path.unlink(missing_ok=True)
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(entry_text(launch_command(db)), encoding="utf-8")
    return path


def starts_at_login() -> bool:
    return (autostart_dir() / ENTRY_NAME).exists()


def _same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    return Path(a).expanduser().resolve() == Path(b).expanduser().resolve()


def entry_database() -> Path | None:
    """The database the entry starts (the data folder's when it names none); None with no entry, or one
    that cannot be read (edited by hand, say)."""
    try:
        text = (autostart_dir() / ENTRY_NAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    exec_value = next((line[5:] for line in text.splitlines() if line.startswith("Exec=")), None)
    if exec_value is None:
        return None
    try:
        args = [arg.replace("%%", "%") for arg in shlex.split(exec_value)]
    except ValueError:
        return None
    if "--db" not in args:
        return default_db_path().resolve()
    at = args.index("--db") + 1
    return Path(args[at]).expanduser().resolve() if at < len(args) else None


def follow_setting(enabled: bool, db: Path | None, *, chosen: bool) -> None:
    """Bring the entry in line with one database's start-at-login setting.

    `chosen`: the user just turned the setting on or off for this database. On takes the entry over,
    even from another database; off removes this database's entry, never another's. Otherwise (an app
    start) an entry that starts another database, or one that cannot be read, is left alone; this
    database's own entry is rewritten when it differs (the program may have moved) or removed when
    the setting is off, and a missing one is written when the setting is on.
    """
    if not sys.platform.startswith("linux"):
        return  # the other systems' mechanisms are not written yet (see above)
    path = autostart_dir() / ENTRY_NAME
    db = db if db is not None else default_db_path()
    if path.exists():
        current = entry_database()
        ours = current is not None and _same_file(current, db)
        # Turned on, it takes the entry; turned off, it removes only its own (or one nobody can read).
        if not (ours or (chosen and (enabled or current is None))):
            return
    if not enabled:
        path.unlink(missing_ok=True)
        return
    named = None if _same_file(db, default_db_path()) else str(db)
    wanted = entry_text(launch_command(named))
    if not path.exists() or path.read_text(encoding="utf-8", errors="replace") != wanted:
        set_start_at_login(True, named)
