"""The core must run without Qt: only netcompanion.gui may import PySide6."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import netcompanion

PACKAGE = Path(netcompanion.__file__).parent


def test_no_core_module_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    core = [m.name for m in pkgutil.walk_packages([str(PACKAGE)], "netcompanion.")
            if not m.name.startswith("netcompanion.gui") and m.name != "netcompanion.__main__"]  # fmt: skip
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in core)
    code += "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
