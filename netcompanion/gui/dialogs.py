"""Dialogs whose layout is a Designer form: the form's QDialog is the dialog itself."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from netcompanion.gui.assets import Form, load_form


def form_dialog(name: str, parent: QWidget | None) -> tuple[QDialog, Form]:
    dialog = load_form(name, parent)
    assert isinstance(dialog, QDialog), f"{name}.ui must be a dialog"
    return dialog, Form(dialog)
