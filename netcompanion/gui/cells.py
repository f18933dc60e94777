"""Painting a big table's cells quickly: one line of plain text each, laid out once.

Qt's own cell painting asks the model for seven roles per cell and lays every text out again
on every paint. Typing a search repaints all visible cells, and that was half of what a
keystroke cost in the contacts list. Here a cell asks the model once, for its text, and the
laid-out text (a QStaticText) is kept for the next paint: the same names come back as the
user types. What it draws matches Qt's item painting under the app's style (a test compares
them pixel for pixel) as long as no style sheet styles the table's `::item`. The cell with the
keyboard focus, and any right-to-left layout, are left to Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QPainter, QPalette, QStaticText, QTextOption, QTransform
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
        self._view = view
        self._text_of = text_of
        self._centered = frozenset(centered)
        self._laid_out: dict[tuple[str, int], tuple[QStaticText, float, int]] = {}
        self._margin = 0
        self._watch = _LookWatch(view, self._look_changed)
        self._look_changed()

    def _look_changed(self) -> None:
        """Font, style or screen changed: what was laid out no longer fits."""
        self._laid_out.clear()
        view = self._view
        self._margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        state = option.state
        if state & HAS_FOCUS or option.direction == Qt.LayoutDirection.RightToLeft:
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
        static, text_width, text_height = laid_out
        role = QPalette.ColorRole.HighlightedText if state & SELECTED else QPalette.ColorRole.Text
        painter.setPen(palette.color(group, role))
        painter.setFont(option.font)  # drawStaticText lays out again in any other font
        if column in self._centered:
            x = rect.x() + (rect.width() - text_width) / 2
        else:
            x = rect.x() + self._margin
        # As Qt places a line: the laid-out height rounded up, centred in whole pixels.
        y = rect.y() + (rect.height() - text_height) // 2
        painter.drawStaticText(QPointF(x, y), static)

    def _lay_out(self, text: str, width: int, option: QStyleOptionViewItem) -> tuple[QStaticText, float, int]:
        if len(self._laid_out) >= MAX_KEPT:
            self._laid_out.clear()
        shown = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0))
        static = QStaticText(shown)
        static.setTextFormat(Qt.TextFormat.PlainText)
        text_option = QTextOption()
        text_option.setTextDirection(Qt.LayoutDirection.LeftToRight)  # as Qt does: the view's direction
        static.setTextOption(text_option)
        static.prepare(QTransform(), option.font)
        size = static.size()
        laid_out = (static, size.width(), math.ceil(size.height()))
        self._laid_out[(text, width)] = laid_out
        return laid_out


class _LookWatch(QObject):
    """Tells the cells when the table's font, style or screen changed."""

    WATCHED = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.DevicePixelRatioChange)

    def __init__(self, view: QAbstractItemView, changed: Callable[[], None]) -> None:
        super().__init__(view)
        self._changed = changed
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self.WATCHED:
            self._changed()
        return False
