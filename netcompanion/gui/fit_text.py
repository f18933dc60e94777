"""Text the user typed, shown so that no length of it can make the window wider.

A plain QLabel with word wrap asks for the width of its longest word: a contact named by an e-mail
address, or a surname of a hundred letters, became the main window's minimum width for the rest
of the session (the pages stay in the window's stack), and Save ended up off-screen. A FitLabel
asks for next to nothing: it wraps between words where it can and inside a word where it must, and
what still does not fit in `maxLines` lines (a dynamic property; one line without word wrap) ends
in "…", with the whole text in the tooltip. A list gets the same from `fit_list`, a choice of names
a FitCombo, and the text of a message box `fit_words`.

Rich text (a few labels get nudges with links) is drawn by QLabel as ever, only never asks for
more width than plain text would.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QToolTip,
)

ELLIPSIS = "…"
FEWEST_CHARACTERS = 4  # the narrowest a label gets: a few letters and "…"
LONGEST_PIECE = 30  # letters of one word a message box shows before it may break the line inside it
MOST_LETTERS = 3 * LONGEST_PIECE  # letters of one word it shows at all; the rest is "…"
_LONG_WORD = re.compile(rf"\S{{{LONGEST_PIECE + 1},}}")
_TRAILING_MARKS = re.compile(r"\W*$")  # "?" or "." after a name stays when the name is cut
ZERO_WIDTH_SPACE = "\u200b"


def fit_words(text: str) -> str:
    """Plain `text` (escape it after, for rich text) whose long words fit a message box: it wraps
    only between words and has no tooltip, so a contact named by a long e-mail address, or a surname
    of hundreds of letters, made it wider than the screen, with the rest of it cut off (in a merge,
    the other record out of sight). Now such a word may break every LONGEST_PIECE letters, and past
    MOST_LETTERS it ends in "…" (a name that long said whole made a box taller than the screen)."""

    def fit(found: re.Match) -> str:
        word, marks = found[0], ""
        if len(word) > MOST_LETTERS:
            marks = ELLIPSIS + _TRAILING_MARKS.search(word)[0]
            word = word[: MOST_LETTERS - 1]
        pieces = (word[i : i + LONGEST_PIECE] for i in range(0, len(word), LONGEST_PIECE))
        return ZERO_WIDTH_SPACE.join(pieces) + marks

    return _LONG_WORD.sub(fit, text)


def _utf16_slice(text: str, start: int, length: int) -> str:
    """Qt counts positions in UTF-16 units; Python in code points (they differ for emoji)."""
    raw = text.encode("utf-16-le")
    return raw[2 * start : 2 * (start + length)].decode("utf-16-le", errors="ignore")


class FitLabel(QLabel):
    """A QLabel for names, titles, companies and notes: see the module's docstring."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup; a form may ask for rich text
        self._own_tip = ""  # the tooltip this label set itself (the full text), not one given to it

    # ---- what the label shows ---------------------------------------------------------------------
    def _plain(self) -> bool:
        if self.textFormat() == Qt.TextFormat.PlainText:
            return True
        return self.textFormat() == Qt.TextFormat.AutoText and not QtGuiNamespace.mightBeRichText(self.text())

    def _max_lines(self) -> int:
        if not self.wordWrap():
            return 1
        value = self.property("maxLines")
        return int(value) if value else 0

    def _around(self) -> QSize:
        """The room the label's margins take around its text."""
        margins, margin = self.contentsMargins(), 2 * max(self.margin(), 0)
        return QSize(margins.left() + margins.right() + margin, margins.top() + margins.bottom() + margin)

    def _text_width(self, width: int) -> int:
        return max(1, width - self._around().width())

    def lines_at(self, width: int) -> list[str]:
        """The lines as drawn in a label this wide (see `_layout`)."""
        return self._layout(width)[0]

    def _layout(self, width: int) -> tuple[list[str], bool]:
        """The lines at this width, wrapped between words where possible and inside a word where not;
        past the last line allowed, the rest ends in "…". And whether some of the text is left out."""
        text_width = self._text_width(width)
        option = QTextOption()
        option.setWrapMode(
            QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if self.wordWrap() else QTextOption.WrapMode.NoWrap
        )
        paragraphs = self.text().split("\n") if self.wordWrap() else [self.text().replace("\n", " ")]
        lines: list[str] = []
        for paragraph in paragraphs:
            layout = QTextLayout(paragraph, self.font())
            layout.setTextOption(option)
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(text_width)
                lines.append(_utf16_slice(paragraph, line.textStart(), line.textLength()).rstrip())
            layout.endLayout()
        most = self._max_lines()
        cut = bool(most) and len(lines) > most
        if cut:
            lines = [*lines[: most - 1], " ".join(lines[most - 1 :])]
        metrics = self.fontMetrics()
        shown = []
        for number, line in enumerate(lines):
            if metrics.horizontalAdvance(line) > text_width or (cut and number == len(lines) - 1):
                cut = True
                line = metrics.elidedText(line + ELLIPSIS, Qt.TextElideMode.ElideRight, text_width)
            shown.append(line)
        return shown, cut

    def _update_tip(self) -> None:
        """The whole text in the tooltip while some of it is left out; a tooltip given to the label stays."""
        if self.toolTip() not in ("", self._own_tip):
            return
        self._own_tip = self.text() if self._plain() and self._layout(self.width())[1] else ""
        self.setToolTip(self._own_tip)

    # ---- QLabel ---------------------------------------------------------------------------------
    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.updateGeometry()
        self._update_tip()

    def clear(self) -> None:
        self.setText("")

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_tip()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance("W" * (FEWEST_CHARACTERS - 1) + ELLIPSIS) + self._around().width()
        if not self._plain():
            return QSize(width, super().minimumSizeHint().height())
        return QSize(width, metrics.lineSpacing() + self._around().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        if not self._plain():
            hint = super().sizeHint()
            return QSize(min(hint.width(), self._natural_width()), hint.height())
        width = self._natural_width()
        return QSize(width, self.heightForWidth(width) if self.wordWrap() else self.minimumSizeHint().height())

    def _natural_width(self) -> int:
        """The width the text asks for: its longest line, up to about 60 letters."""
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(p) for p in self.text().split("\n")), default=0)
        cap = 60 * metrics.averageCharWidth() if self.wordWrap() else longest
        return min(longest, cap) + self._around().width() + 1

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if not self._plain():
            return super().heightForWidth(width)
        return max(1, len(self.lines_at(width))) * self.fontMetrics().lineSpacing() + self._around().height()

    def paintEvent(self, event) -> None:  # noqa: N802
        if not self._plain():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.drawFrame(painter)
        area = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        lines = self.lines_at(self.width())
        step = self.fontMetrics().lineSpacing()
        align = self.alignment()
        top = area.top()
        if align & Qt.AlignmentFlag.AlignVCenter:
            top += max(0, (area.height() - step * len(lines)) // 2)
        elif align & Qt.AlignmentFlag.AlignBottom:
            top += max(0, area.height() - step * len(lines))
        group = QPalette.ColorGroup.Normal if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, self.foregroundRole()))
        flags = (align & ~Qt.AlignmentFlag.AlignVertical_Mask) | Qt.AlignmentFlag.AlignTop
        for number, line in enumerate(lines):
            painter.drawText(QRect(area.left(), top + number * step, area.width(), step), flags, line)
        painter.end()


class FitDelegate(QStyledItemDelegate):
    """Rows as wide as the list, never wider: a long word ends in "…" (whole in the tooltip) instead
    of making the list scroll sideways."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _natural(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = self._natural(option, index)
        return QSize(min(hint.width(), self.view.viewport().width()), hint.height())

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802
        cut = (
            event.type() == QEvent.Type.ToolTip
            and index.isValid()
            and not index.data(Qt.ItemDataRole.ToolTipRole)
            and self._natural(option, index).width() > self.view.viewport().width()
        )
        if cut:
            QToolTip.showText(event.globalPos(), str(index.data() or ""), view)
            return True
        return super().helpEvent(event, view, option, index)


class FitCombo(QComboBox):
    """A choice of names the user gave (campaigns): the chosen one was cut off mid-letter where the
    box is narrower than it; now it ends in "…", and hovering shows it whole. The box's width comes
    from `minimumContentsLength`, never from the names, so none widens the window."""

    def _option(self) -> QStyleOptionComboBox:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return option

    def shown_text(self) -> str:
        """The chosen name as the box draws it: whole, or as much as fits and "…"."""
        option = self._option()
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        room = field.width() - 2 - (self.iconSize().width() + 4 if not option.currentIcon.isNull() else 0)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, event) -> None:  # noqa: N802 (as QComboBox paints, with the text elided)
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option = self._option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.shown_text() != self.currentText():
            QToolTip.showText(event.globalPos(), "\n".join(t for t in (self.currentText(), self.toolTip()) if t), self)
            return True
        return super().event(event)


def fit_list(view: QListView) -> None:
    """A list whose long words end in "…" in place (see FitDelegate): no sideways scrolling."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setItemDelegate(FitDelegate(view))


class _ContentWidth(QObject):
    """Keeps a scroll area's minimum width at what its content widget needs (see fit_scroll_width)."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Polish, QEvent.Type.Show):
            content = self.scroll.widget()
            need = content.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width()
            need += 2 * self.scroll.frameWidth()
            if need != self.scroll.minimumWidth():
                self.scroll.setMinimumWidth(need)
        return False


def fit_scroll_width(scroll: QScrollArea) -> None:
    """A scroll area (that scrolls down) never narrower than its fields need: a choice such as "as the
    stage has it (none while cold)" was cut off when the window was 1000 px wide. Only the app's own
    words set this width; what the user typed is in line edits and FitLabels, which ask for none."""
    scroll.widget().installEventFilter(_ContentWidth(scroll))
