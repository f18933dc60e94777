"""Start at login: an XDG autostart entry on Linux that starts the app minimised to the tray.

Other systems have their own mechanism, not written by this module yet:
- macOS: a LaunchAgent plist in ~/Library/LaunchAgents (RunAtLoad) or, for a signed app
  bundle, SMAppService's login items;
- Windows: a value under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run (or a shortcut
  in the Startup folder) running `netcompanion-gui --minimized`.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from netcompanion import APP_ID, APP_NAME, DESKTOP_ID

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
