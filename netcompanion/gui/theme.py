"""Light or dark, as the system says: the Fusion style with a palette that follows the colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from netcompanion.gui.assets import icon_path, style_path

ACCENT = QColor("#2f6fde")
DARK_TICK_BOXES = """
QCheckBox::indicator { width: 13px; height: 13px; border: 1px solid #8f959e; border-radius: 3px; background: #1d1f22; }
QCheckBox::indicator:checked { background: #3d7be6; border-color: #3d7be6; image: url(CHECK_IMAGE); }
QCheckBox::indicator:disabled { border-color: #4a4e55; }
QCheckBox::indicator:checked:disabled { background: #4a4e55; }
"""


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#25272b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1d1f22",
        QPalette.ColorRole.AlternateBase: "#2a2d31",
        QPalette.ColorRole.ToolTipBase: "#2f3237",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#8f959e",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#303338",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Light: "#3a3d42",
        QPalette.ColorRole.Midlight: "#34373c",
        QPalette.ColorRole.Mid: "#4a4e55",
        QPalette.ColorRole.Dark: "#16171a",
        QPalette.ColorRole.Shadow: "#0b0c0d",
        QPalette.ColorRole.Highlight: "#3d7be6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7fb0ff",
        QPalette.ColorRole.LinkVisited: "#b79cff",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7b8088"))
    _inactive_selection(p, "#36465f", "#e6e6e6")
    return p


def _inactive_selection(p: QPalette, background: str, text: str) -> None:
    """A selection stays readable when its list does not have the focus."""
    p.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor(background))
    p.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText, QColor(text))


def light_palette() -> QPalette:
    p = QStyleFactory.create("Fusion").standardPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#f4f5f7"))
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f5f8"))
    p.setColor(QPalette.ColorRole.Highlight, ACCENT)
    p.setColor(QPalette.ColorRole.Link, QColor("#1f5bc4"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b7280"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    _inactive_selection(p, "#d6e2f8", "#111827")
    return p


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, scheme: str = "system") -> None:
    """Apply the palette for `scheme` ("system", "light" or "dark") and the app's style sheet."""
    dark = system_is_dark() if scheme == "system" else scheme == "dark"
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else light_palette())
    app.setProperty("darkTheme", dark)
    sheet = style_path("app").read_text(encoding="utf-8")
    if dark:  # Fusion draws a tick box's edge darker than the window: on a dark one it disappears
        sheet += DARK_TICK_BOXES.replace("CHECK_IMAGE", icon_path("check-white").as_posix())
    app.setStyleSheet(sheet)


def follow_system(app: QApplication) -> None:
    """Re-apply the palette whenever the desktop switches between light and dark."""
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))


def is_dark(app: QApplication | None = None) -> bool:
    app = app or QApplication.instance()
    return bool(app and app.property("darkTheme"))
