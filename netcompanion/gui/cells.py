"""Painting a big table's cells quickly: one line of plain text each, laid out once.

Qt's own cell painting asks the model for seven roles per cell and lays every text out again
on every paint. Typing a search repaints all visible cells, and that was half of what a
keystroke cost in the contacts list. Here a cell asks the model once, for its text, and the
laid-out text (a QStaticText) is kept for the next paint: the same names come back as the
user types. The cell with the keyboard focus is left to Qt, so its focus frame is the usual one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

SELECTED = QStyle.StateFlag.State_Selected
HAS_FOCUS = QStyle.StateFlag.State_HasFocus
ACTIVE = QStyle.StateFlag.State_Active
ENABLED = QStyle.StateFlag.State_Enabled
MAX_KEPT = 4_000  # laid-out texts kept (~1.5 KB each): enough for several screens of typing


class PlainTextCells(QStyledItemDelegate):
    """`text_of(row, column)` gives a cell's text ("" for none); `centered` columns are centred."""

    def __init__(
        self,
        view: QAbstractItemView,
        text_of: Callable[[int, int], str],
        centered: Collection[int] = (),
    ) -> None:
        super().__init__(view)
        self._text_of = text_of
        self._centered = frozenset(centered)
        self._laid_out: dict[tuple[str, int], tuple[QStaticText, float]] = {}
        self._margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._laid_out.clear()  # laid out for the old font
        return False

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        state = option.state
        if state & HAS_FOCUS:
            super().paint(painter, option, index)
            return
        rect = option.rect
        palette = option.palette
        if not state & ENABLED:
            group = QPalette.ColorGroup.Disabled
        elif state & ACTIVE:
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        if state & SELECTED:
            painter.fillRect(rect, palette.brush(group, QPalette.ColorRole.Highlight))
        column = index.column()
        text = self._text_of(index.row(), column)
        if not text:
            return
        width = rect.width() - 2 * self._margin
        laid_out = self._laid_out.get((text, width))
        if laid_out is None:
            laid_out = self._lay_out(text, width, option)
        static, text_width = laid_out
        role = QPalette.ColorRole.HighlightedText if state & SELECTED else QPalette.ColorRole.Text
        painter.setPen(palette.color(group, role))
        if column in self._centered:
            x = rect.x() + (rect.width() - text_width) / 2
        else:
            x = rect.x() + self._margin
        y = rect.y() + (rect.height() - option.fontMetrics.height()) / 2
        painter.drawStaticText(QPointF(x, y), static)

    def _lay_out(self, text: str, width: int, option: QStyleOptionViewItem) -> tuple[QStaticText, float]:
        if len(self._laid_out) >= MAX_KEPT:
            self._laid_out.clear()
        shown = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0))
        static = QStaticText(shown)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(QTransform(), option.font)
        laid_out = (static, static.size().width())
        self._laid_out[(text, width)] = laid_out
        return laid_out
