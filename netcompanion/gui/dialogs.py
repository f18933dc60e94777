"""Dialogs whose layout is a Designer form: the form's QDialog is the dialog itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from netcompanion.gui.assets import Form, load_form


def form_dialog(name: str, parent: QWidget | None) -> tuple[QDialog, Form]:
    dialog = load_form(name, parent)
    assert isinstance(dialog, QDialog), f"{name}.ui must be a dialog"
    return dialog, Form(dialog)


class AskBeforeDiscarding(QObject):
    """Esc, Cancel or the window's close button on a dialog with something typed in it asks first
    (they threw away a touch's notes and the names just written down). `cancel` is for Cancel."""

    def __init__(self, dialog: QDialog, has_edits: Callable[[], bool], what: str) -> None:
        super().__init__(dialog)
        self.dialog, self.has_edits, self.what = dialog, has_edits, what
        dialog.installEventFilter(self)

    def may_close(self) -> bool:
        if not self.has_edits():
            return True
        answer = QMessageBox.question(
            self.dialog, self.dialog.windowTitle(), f"Discard {self.what}?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Discard

    def cancel(self) -> None:
        if self.may_close():
            self.dialog.reject()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.dialog:
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and not event.modifiers():
                self.cancel()
                return True
            if event.type() == QEvent.Type.Close and self.dialog.isVisible() and not self.may_close():
                event.ignore()
                return True
        return super().eventFilter(watched, event)


def refresh_while_open(changed, dialog: QDialog, refresh: Callable[[], None], owner: QObject) -> None:
    """A window onto data (past imports, the trash) follows every change while it is open, its own
    and the app's, and its owner goes with it when it closes."""
    changed.connect(refresh)
    dialog.finished.connect(lambda _result: changed.disconnect(refresh))
    dialog.finished.connect(owner.deleteLater)


class TableWindow(QObject):
    """A dialog around one table of records (past imports, the trash): an intro line, the table
    with one column taking the spare room, Close, and a fresh read after every change while open.
    Subclasses fill it in `refresh` (with `fill_row`) and call `refresh()` at the end of `__init__`."""

    def __init__(self, ctx, form_name: str, table_name: str, stretch_column: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog, self.form = form_dialog(form_name, parent)
        self.form.introLabel.setProperty("role", "muted")
        table: QTableWidget = getattr(self.form, table_name)
        self.table = table
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._selection_changed)
        self.form.closeButton.clicked.connect(self.dialog.accept)
        refresh_while_open(ctx.changed, self.dialog, self.refresh, self)

    def open(self) -> None:
        self.dialog.open()

    def refresh(self) -> None:
        raise NotImplementedError

    def _selection_changed(self) -> None:
        raise NotImplementedError

    def fill_row(self, row: int, cells: tuple[str, ...], right_aligned: tuple[int, ...] = ()) -> None:
        """One record's cells, each with its whole text as a tooltip (a narrow column cuts it)."""
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column in right_aligned:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
