"""Keyboard focus the user can always see.

`keep_focus_in_view(app)`: every scroll area brings the widget inside it that takes the keyboard
focus into view. Qt's own do that only for Tab pressed inside them: Shift+Tab into Today's card from
the buttons under it, or into a contact's notes from the tabs below, left the focus out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


def keep_focus_in_view(app: QApplication) -> None:
    """Once per app: whichever widget the keyboard moves the focus to is scrolled into view, in every
    scroll area around it (the innermost first)."""
    if not app.property("keepsFocusInView"):
        app.setProperty("keepsFocusInView", True)
        app.focusChanged.connect(_bring_into_view)


def _bring_into_view(old: QWidget | None, new: QWidget | None) -> None:
    # The window given back the focus (old is None) stays where the user scrolled to, and a click is
    # on something in view already: only the keyboard's moves scroll.
    if old is None or new is None or QApplication.mouseButtons() != Qt.MouseButton.NoButton:
        return
    around = new.parentWidget()
    while around is not None and not around.isWindow():
        if isinstance(around, QScrollArea) and around.widget() is not None and around.widget().isAncestorOf(new):
            around.ensureWidgetVisible(new)
        around = around.parentWidget()
