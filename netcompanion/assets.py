"""Where the Designer forms (ui/) and resources (icons, desktop entry, styles) are at run time.

In the source tree they sit beside the package; in a wheel or a frozen bundle they ship inside it
(netcompanion/ui, netcompanion/resources — see setup.py). One lookup serves all three.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _folder(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name}/ folder is missing from this installation of NetCompanion")


def ui_dir() -> Path:
    return _folder("ui")


def resources_dir() -> Path:
    return _folder("resources")


def ui_file(name: str) -> Path:
    """A Designer form by name, e.g. ui_file("main_window.ui")."""
    return ui_dir() / name


def resource(relative: str) -> Path:
    """A file under resources/, e.g. resource("app/netcompanion.svg")."""
    return resources_dir() / relative


def app_icon_svg() -> Path:
    return resource("app/netcompanion.svg")
