"""Column headings for a big table that selects whole rows, drawn as Qt draws them, only quicker.

Qt's header asks the selection, on every repaint, whether each column is wholly selected: row
by row, for every heading, through the model. With 30,000 contacts chosen (Ctrl+A) that froze the
window for a second after each change of the selection. What it draws from the answer is the
heading in bold while anything is chosen (the style draws nothing for "wholly selected"), and
with whole rows chosen, anything chosen touches every column: that needs one question, not
thousands. A test compares these headings with Qt's own pixel for pixel.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView


class RowHeadings(QHeaderView):
    """Put on a table with `table.setHorizontalHeader(RowHeadings(table))`, before its model."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(Qt.Orientation.Horizontal, table)
        self.setSectionsClickable(True)  # as the header a table makes itself
        self.setHighlightSections(True)
        self._chosen: QItemSelectionModel | None = None

    def setSelectionModel(self, selection: QItemSelectionModel) -> None:  # noqa: N802
        """The table hands its selection over: the headings are drawn from it here, while Qt's own
        code gets a selection of its own that stays empty (and so never asks about any row)."""
        if self._chosen is not None:
            self._chosen.selectionChanged.disconnect(self._repaint)
        self._chosen = selection
        selection.selectionChanged.connect(self._repaint)
        super().setSelectionModel(QItemSelectionModel(selection.model(), self))

    def _repaint(self) -> None:
        self.viewport().update()

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:  # noqa: N802
        super().initStyleOptionForIndex(option, logical_index)
        pressed = option.state & QStyle.StateFlag.State_Sunken  # the heading being clicked is drawn so
        chosen = self._chosen is not None and self._chosen.hasSelection()
        if chosen and not pressed and self.sectionsClickable() and self.highlightSections():
            option.state |= QStyle.StateFlag.State_On
