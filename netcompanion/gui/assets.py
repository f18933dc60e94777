"""Where the Designer forms, icons and styles are, and how a form becomes a widget.

The forms live in the top-level `ui/` folder and the icons and styles in `resources/`;
`netcompanion.assets` finds them beside the package in a source tree and inside it in a
wheel or bundle (netcompanion/ui, netcompanion/resources — see setup.py). Each `.ui` file
is the single source of its layout (see `load_form`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QIcon
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from netcompanion import assets


def asset_root() -> Path:
    """The folder that holds `ui/` and `resources/` (the source tree, or the package in a wheel)."""
    return assets.ui_dir().parent


def form_path(name: str) -> Path:
    return assets.ui_file(f"{name}.ui")


def icon_path(name: str) -> Path:
    return assets.resource(f"icons/{name}.svg")


def style_path(name: str) -> Path:
    return assets.resource(f"styles/{name}.qss")


ICON_STROKE = "#5b7cc4"
# The white variant is drawn ahead for these pixel sizes: the sidebar's 20-px icons at every usual
# display scale (100–300 %). At a size without its own picture Qt tints the blue one, blue on blue.
SELECTED_ICON_PIXELS = (16, 20, 24, 25, 30, 32, 35, 40, 48, 50, 60)


@cache
def icon(name: str, selected_variant: bool = False) -> QIcon:
    """An SVG icon, crisp at any scale; with `selected_variant`, white on selected (accent) rows."""
    path = icon_path(name)
    result = QIcon(str(path))
    source = path.read_text(encoding="utf-8") if selected_variant else ""
    if ICON_STROKE in source:
        from PySide6.QtCore import QByteArray, Qt
        from PySide6.QtGui import QPainter, QPixmap
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(QByteArray(source.replace(ICON_STROKE, "#ffffff").encode()))
        for size in SELECTED_ICON_PIXELS:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            result.addPixmap(pixmap, QIcon.Mode.Selected)
    return result


_loader: QUiLoader | None = None


def compiled_form(name: str):
    """The module pyside6-uic built from ui/<name>.ui, if it exists and matches the file exactly."""
    import hashlib
    import importlib

    try:
        module = importlib.import_module(f"netcompanion.gui.forms.{name}_ui")
    except ImportError:
        return None
    current = hashlib.sha256(form_path(name).read_bytes()).hexdigest()
    return module if getattr(module, "UI_SHA256", None) == current else None


def _build_compiled(module, parent: QWidget | None) -> QWidget | None:
    from PySide6 import QtWidgets

    ui_class = next((v for k, v in vars(module).items() if k.startswith("Ui_") and isinstance(v, type)), None)
    root_class = getattr(QtWidgets, getattr(module, "ROOT_CLASS", ""), None)
    if ui_class is None or root_class is None:
        return None
    widget = root_class(parent)
    ui = ui_class()
    ui.setupUi(widget)
    widget._ui = ui  # keep the Python object alive with the widget
    return widget


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of `ui/<name>.ui`; children are found by their Designer object names.

    A module built from exactly this .ui file (`make forms`) is used when present because it
    is faster; otherwise the .ui file is read by QUiLoader. Either way the .ui file decides.
    """
    module = compiled_form(name)
    if module is not None:
        widget = _build_compiled(module, parent)
        if widget is not None:
            return widget
    global _loader
    if _loader is None:
        from netcompanion.gui.fit_text import FitCombo, FitLabel

        _loader = QUiLoader()
        _loader.clearPluginPaths()  # no Designer plugins: stock widgets and our own, registered here
        _loader.registerCustomWidget(FitLabel)
        _loader.registerCustomWidget(FitCombo)
    file = QFile(str(form_path(name)))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Cannot open the form {file.fileName()}.")
    try:
        widget = _loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"The form {name}.ui could not be loaded: {_loader.errorString()}")
    return widget


class Form:
    """Named access to a loaded form's widgets: `form.searchBox` instead of findChild calls."""

    def __init__(self, root: QWidget) -> None:
        self.root = root

    def __getattr__(self, name: str):
        found = self.root.findChild(QWidget, name)
        if found is None:
            from PySide6.QtCore import QObject

            found = self.root.findChild(QObject, name)
        if found is None:
            raise AttributeError(f"The form has no widget named {name!r}.")
        setattr(self, name, found)
        return found


def embed_form(host: QWidget, name: str) -> Form:
    """Load a form and make it fill `host` (a view class that owns the form's widgets)."""
    from PySide6.QtWidgets import QVBoxLayout

    root = load_form(name, host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(root)
    return Form(root)
