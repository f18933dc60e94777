"""Dialogs whose layout is a Designer form: the form's QDialog is the dialog itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from netcompanion.gui.assets import Form, load_form


def form_dialog(name: str, parent: QWidget | None) -> tuple[QDialog, Form]:
    dialog = load_form(name, parent)
    assert isinstance(dialog, QDialog), f"{name}.ui must be a dialog"
    return dialog, Form(dialog)


def refresh_while_open(changed, dialog: QDialog, refresh: Callable[[], None], owner: QObject) -> None:
    """A window onto data (past imports, the trash) follows every change while it is open, its own
    and the app's, and its owner goes with it when it closes."""
    changed.connect(refresh)
    dialog.finished.connect(lambda _result: changed.disconnect(refresh))
    dialog.finished.connect(owner.deleteLater)


def on_delete_key(widget: QWidget, slot: Callable[[], object]) -> QShortcut:
    """The Delete key acts on what `widget` (a list or table with the focus) has selected."""
    return QShortcut(
        QKeySequence(QKeySequence.StandardKey.Delete), widget, slot, context=Qt.ShortcutContext.WidgetShortcut
    )
