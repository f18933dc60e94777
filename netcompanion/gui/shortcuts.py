"""Keyboard shortcuts that act only where they are meant to.

PySide6 (6.11) drops the context given to QShortcut's constructor together with a slot and makes
every such shortcut window-wide: the Delete key meant for the Contacts table moved the selected
people to the trash while a check box or a combo box had the focus. Here the context is given to
the constructor without a slot, and the slot is connected after.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

WIDGET = Qt.ShortcutContext.WidgetShortcut  # only while this widget has the focus
WITH_CHILDREN = Qt.ShortcutContext.WidgetWithChildrenShortcut  # while it or a widget inside it has the focus


def shortcut(
    keys: QKeySequence | QKeySequence.StandardKey | str,
    widget: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = WIDGET,
) -> QShortcut:
    made = QShortcut(QKeySequence(keys), widget, context=context)
    made.activated.connect(slot)
    return made
