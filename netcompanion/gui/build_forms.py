"""Build netcompanion/gui/forms/*_ui.py from ui/*.ui with pyside6-uic (`make forms`).

Built forms only make start-up faster; a missing or stale one is never used
(see `assets.load_form`), and a test fails while any is out of date.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from netcompanion.gui.assets import asset_root

FORMS_DIR = Path(__file__).parent / "forms"


def form_hash(ui_file: Path) -> str:
    return hashlib.sha256(ui_file.read_bytes()).hexdigest()


def uic_command() -> list[str]:
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic was not found; install PySide6-Essentials.")
    return [found]


def build(ui_file: Path) -> Path:
    target = FORMS_DIR / f"{ui_file.stem}_ui.py"
    generated = subprocess.run(
        [*uic_command(), "-g", "python", str(ui_file)],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    generated = prune_imports(generated)
    root = ElementTree.parse(ui_file).getroot().find("widget").get("class")
    header = (
        f"# Built from ui/{ui_file.name} by `make forms`; do not edit.\n"
        f'UI_SHA256 = "{form_hash(ui_file)}"\n'
        f'ROOT_CLASS = "{root}"\n'
    )
    target.write_text(header + generated, encoding="utf-8")
    return target


def prune_imports(code: str) -> str:
    """Keep only the Qt names a form uses: importing every name uic lists costs start-up time."""
    pattern = re.compile(r"^from (PySide6\.\w+) import \(?([^)]*?)\)?\n(?=\S|\n)", re.MULTILINE | re.DOTALL)
    body = pattern.sub("", code)
    lines = []
    for module, names in pattern.findall(code):
        used = [
            n
            for n in (x.strip() for x in names.replace("\n", " ").split(","))
            if n and re.search(rf"\b{n}\b", body)
        ]
        if used:
            lines.append(f"from {module} import {', '.join(used)}\n")
    return "".join(lines) + body


def stale_forms() -> list[str]:
    """Names of forms whose built module is missing or older than the .ui file."""
    from netcompanion.gui.assets import compiled_form

    return [ui.stem for ui in sorted((asset_root() / "ui").glob("*.ui")) if compiled_form(ui.stem) is None]


def main() -> int:
    FORMS_DIR.mkdir(exist_ok=True)
    for ui_file in sorted((asset_root() / "ui").glob("*.ui")):
        print(build(ui_file).relative_to(FORMS_DIR.parents[2]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
