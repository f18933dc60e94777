"""Keyboard focus the user can always see: on screen, and on something drawn as focused.

`keep_focus_in_view(app)`: every scroll area brings the widget inside it that takes the keyboard
focus into view. Qt's own do that only for Tab pressed inside them: Shift+Tab into Today's card from
the buttons under it, or into a contact's notes from the tabs below, left the focus out of sight.

`links_take_focus(label)`: a label of links is a stop for each link and no more. Qt stopped first on
the label itself, with nothing drawn as focused (on a label with no link, at every Tab), and
Shift+Tab never left its first link: the keyboard was caught there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget


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


TAB_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)


class _LinkStops(QObject):
    def eventFilter(self, label: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(label, QLabel):
            return False
        if event.type() == QEvent.Type.FocusIn and event.reason() in TAB_REASONS:
            forward = event.reason() == Qt.FocusReason.TabFocusReason
            label.event(event)  # Qt's own handling first,
            QLabel.focusNextPrevChild(label, forward)  # then the first (last) link; with none, the next stop
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Backtab:
            before = label.selectionStart()
            QLabel.focusNextPrevChild(label, False)
            if label.hasFocus() and label.selectionStart() == before:  # on the first link: Qt stays there
                QWidget.focusNextPrevChild(label, False)
            return True
        return False


def links_take_focus(*labels: QLabel) -> None:
    """Tab onto a label of links chooses its first link (Shift+Tab its last), Tab and Shift+Tab go
    from link to link, and on past the last (first) one to the next widget."""
    for label in labels:
        label.installEventFilter(_LinkStops(label))
