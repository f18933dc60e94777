"""Small painted charts (no QtCharts): bars per week, horizontal bars, a burndown.

Colours come from the palette, so the charts read well in light and dark.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SERIES_COLOURS = ("#3d7be6", "#e8a23a", "#3aa878", "#b35ad1")


# Round steps for an axis: 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, …
NICE_STEPS = sorted({m * 10**k for k in range(10) for m in (1, 2, 5)} | {25 * 10**k for k in range(9)})


def nice_scale(value: float) -> tuple[int, int]:
    """A round top for an axis and its number of whole-number steps (three to six): the lowest top
    that round steps allow at or above `value` — 250 people: 0, 50, … 250 (it was 0, 100, … 400)."""
    choices = [
        (step * steps, abs(steps - 4), steps)
        for step in NICE_STEPS
        if (steps := max(3, math.ceil(value / step))) <= 6
    ]
    top, _, steps = min(choices)
    return top, steps


class Chart(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.empty_text = "Nothing to show yet."
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 240)

    def title_lines(self, fm: QFontMetrics, width: float) -> list[str]:
        """The title as drawn in `width`: on one line where it fits, else broken at a word into two
        lines of about equal length (at the smallest window "… re-connected with, per week" lost its
        last word), the longer elided should even two lines not be enough."""
        words = self.title.split()
        if fm.horizontalAdvance(self.title) <= width or len(words) < 2:
            return [fm.elidedText(self.title, Qt.TextElideMode.ElideRight, int(width))] if words else []
        breaks = [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, len(words))]
        lines = min(breaks, key=lambda two: max(fm.horizontalAdvance(line) for line in two))
        return [fm.elidedText(line, Qt.TextElideMode.ElideRight, int(width)) for line in lines]

    def _begin(self) -> tuple[QPainter, QRectF]:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        p.setPen(QPen(pal.mid().color(), 1))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        p.setPen(pal.text().color())
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        fm = p.fontMetrics()
        width = self.width() - 28
        lines = self.title_lines(fm, width)
        for n, line in enumerate(lines):
            p.drawText(QRectF(14, 8 + n * fm.lineSpacing(), width, fm.height() + 4), Qt.AlignmentFlag.AlignLeft, line)
        font.setBold(False)
        p.setFont(font)
        top = 8 + fm.height() + max(len(lines) - 1, 0) * fm.lineSpacing() + 10
        return p, QRectF(14, top, width, self.height() - top - 10)

    def _muted(self) -> QColor:
        return self.palette().placeholderText().color()

    def _empty(self, p: QPainter, area: QRectF) -> None:
        p.setPen(self._muted())
        p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)

    def _y_axis(self, p: QPainter, area: QRectF, plot: QRectF, axis_w: float, top: int, steps: int) -> None:
        """Grid lines across `plot` and their values left of it, from 0 up to `top` in `steps`."""
        fm = p.fontMetrics()
        for i in range(steps + 1):
            y = plot.bottom() - plot.height() * i / steps
            p.setPen(QPen(self.palette().midlight().color(), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(self._muted())
            p.drawText(QRectF(area.left(), y - fm.height() / 2, axis_w - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight, f"{top * i / steps:g}")  # fmt: skip

    def _legend(self, p: QPainter, area: QRectF, names: Sequence[str]) -> float:
        """Draw the legend on the top line of `area`; returns the height used."""
        fm = p.fontMetrics()
        x = area.left()
        for n, name in enumerate(names):
            p.fillRect(QRectF(x, area.top() + 3, 10, 10), QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)]))
            p.setPen(self.palette().text().color())
            p.drawText(QPointF(x + 15, area.top() + fm.ascent()), name)
            x += 15 + fm.horizontalAdvance(name) + 18
        return fm.height() + 6


class WeeklyBars(Chart):
    """Grouped bars per week, e.g. conversations and meetings."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.labels: list[str] = []
        self.series: dict[str, list[float]] = {}

    def set_data(self, labels: Sequence[str], series: dict[str, Sequence[float]]) -> None:
        self.labels = list(labels)
        self.series = {k: list(v) for k, v in series.items()}
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        p, area = self._begin()
        values = [v for s in self.series.values() for v in s]
        if not self.labels or not any(values):
            self._empty(p, area)
            p.end()
            return
        area.setTop(area.top() + self._legend(p, area, list(self.series)))
        fm = p.fontMetrics()
        axis_w = fm.horizontalAdvance("0000") + 6
        plot = QRectF(
            area.left() + axis_w, area.top() + 4, area.width() - axis_w, area.height() - fm.height() - 8
        )
        top, steps = nice_scale(max(values))
        self._y_axis(p, area, plot, axis_w, top, steps)
        groups = len(self.labels)
        group_w = plot.width() / groups
        bar_w = max(2.0, group_w * 0.7 / max(len(self.series), 1))
        every = max(1, int(fm.horizontalAdvance("00 Mmm") * 1.2 / group_w) + 1)
        for g, label in enumerate(self.labels):
            x0 = plot.left() + g * group_w + group_w * 0.15
            for n, values_ in enumerate(self.series.values()):
                h = plot.height() * values_[g] / top
                p.fillRect(QRectF(x0 + n * bar_w, plot.bottom() - h, bar_w - 1, h),
                           QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)]))  # fmt: skip
            if g % every == 0:
                p.setPen(self._muted())
                p.drawText(QRectF(plot.left() + g * group_w - 20, plot.bottom() + 4, group_w + 40, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, label)  # fmt: skip
        p.end()


class HorizontalBars(Chart):
    """One bar per category with its count, e.g. the network by stage."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.items: list[tuple[str, float]] = []

    def set_data(self, items: Sequence[tuple[str, float]]) -> None:
        self.items = list(items)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        p, area = self._begin()
        if not self.items or not any(v for _, v in self.items):
            self._empty(p, area)
            p.end()
            return
        fm = p.fontMetrics()
        label_w = max(fm.horizontalAdvance(name) for name, _ in self.items) + 12
        value_w = max(fm.horizontalAdvance(f"{v:,.0f}") for _, v in self.items) + 10
        row_h = min(area.height() / len(self.items), fm.height() * 2.2)
        top = max(v for _, v in self.items)
        for n, (name, value) in enumerate(self.items):
            y = area.top() + n * row_h
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(area.left(), y, label_w, row_h), Qt.AlignmentFlag.AlignVCenter, name)
            width = (area.width() - label_w - value_w) * value / top
            bar = QRectF(area.left() + label_w, y + row_h * 0.2, max(width, 1), row_h * 0.6)
            p.fillRect(bar, QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)]))
            p.drawText(
                QRectF(bar.right() + 6, y, value_w, row_h), Qt.AlignmentFlag.AlignVCenter, f"{value:,.0f}"
            )
        p.end()


class Burndown(Chart):
    """Contacts left to reach: as planned versus as done, with the forecast finishing day."""

    def __init__(self, title: str = "Burndown", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.labels: list[str] = []
        self.planned: list[float | None] = []
        self.done: list[float | None] = []
        self.at: list[float] = []
        self.note = ""
        self.setMinimumHeight(240)

    def set_data(
        self, labels: Sequence[str], planned: Sequence[float | None], done: Sequence[float | None], note: str = "",
        at: Sequence[float] | None = None,
    ) -> None:  # fmt: skip
        """`at`: where each point lies across (day numbers), so days a week apart sit a week apart —
        evenly spaced, 30 Nov to 1 Dec took as much room as 8 Dec to 23 Dec. None: evenly. A line
        leaves out its points without a value (None)."""
        self.labels, self.planned, self.done, self.note = list(labels), list(planned), list(done), note
        self.at = list(at) if at is not None and len(at) == len(self.labels) else list(range(len(self.labels)))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        p, area = self._begin()
        if len(self.labels) < 2:
            self._empty(p, area)
            p.end()
            return
        area.setTop(area.top() + self._legend(p, area, ["planned", "done"]))
        fm = p.fontMetrics()
        if self.note:
            p.setPen(self._muted())
            p.drawText(
                QRectF(area.left(), area.top(), area.width(), fm.height()),
                Qt.AlignmentFlag.AlignRight,
                self.note,
            )
        axis_w = fm.horizontalAdvance("00000") + 6
        plot = QRectF(area.left() + axis_w, area.top() + fm.height() + 6, area.width() - axis_w - 6,
                      area.height() - 2 * fm.height() - 14)  # fmt: skip
        top, steps = nice_scale(max([*(v for v in (*self.planned, *self.done) if v is not None), 1]))
        self._y_axis(p, area, plot, axis_w, top, steps)
        first, span = self.at[0], (self.at[-1] - self.at[0]) or 1

        def across(i: int) -> float:
            return plot.left() + plot.width() * (self.at[i] - first) / span

        def point(i: int, v: float) -> QPointF:
            return QPointF(across(i), plot.bottom() - plot.height() * v / top)

        for values, colour, style in ((self.planned, SERIES_COLOURS[0], Qt.PenStyle.DashLine),
                                      (self.done, SERIES_COLOURS[1], Qt.PenStyle.SolidLine)):  # fmt: skip
            path = QPainterPath()
            started = False
            for i, v in enumerate(values):
                if v is None:
                    continue
                if not started:
                    path.moveTo(point(i, v))
                    started = True
                else:
                    path.lineTo(point(i, v))
            p.setPen(QPen(QColor(colour), 2.2, style))
            p.drawPath(path)
        p.setPen(self._muted())

        def left_edge(i: int) -> float:
            # Centred under its day, but kept inside the chart: the last date was cut by the card's edge.
            text_w = fm.horizontalAdvance(self.labels[i])
            return max(area.left(), min(across(i) - text_w / 2, area.right() - text_w))

        last = len(self.labels) - 1
        last_from = left_edge(last)  # the last date (the forecast's, often) is always drawn
        drawn_to = -math.inf  # the right end of the last date drawn
        for i, label in enumerate(self.labels):
            x, text_w = left_edge(i), fm.horizontalAdvance(label)
            if i < last and (x < drawn_to + 16 or x + text_w + 16 > last_from):  # it would run into another
                continue
            p.drawText(QRectF(x, plot.bottom() + 4, text_w + 1, fm.height()), Qt.AlignmentFlag.AlignLeft, label)
            drawn_to = x + text_w
        p.end()
