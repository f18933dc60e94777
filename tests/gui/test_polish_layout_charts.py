"""The campaign's burndown: its dates stay inside its card, and its axis ends near the number of
people rather than far above."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor

from netcompanion.gui import charts


def burndown(width: int, people: int) -> charts.Burndown:
    start = dt.date(2026, 11, 24)
    days = [start + dt.timedelta(days=d) for d in range(25)]
    chart = charts.Burndown("Left to reach: planned versus done")
    chart.resize(width, 320)
    planned = [people * (1 - (n + 1) / len(days)) for n in range(len(days))]
    chart.set_data([f"{d.day} {d:%b}" for d in days], planned, [people] + [None] * (len(days) - 1), "done by 18 Dec")
    return chart


def test_the_burndowns_last_date_is_not_cut_by_the_cards_edge(app):
    """'28 Dec' ran past the right edge: the last date was centred on the last day, half outside."""
    for width in (700, 1000, 1037):
        chart = burndown(width, 250)
        image = chart.grab().toImage()
        base = QColor(chart.palette().base().color()).name()
        edge = {  # right of the plot, up to the border: nothing but the card's background
            image.pixelColor(x, y).name() for x in range(width - 13, width - 2) for y in range(image.height() - 40, image.height() - 11)
        }
        assert edge == {base}, width


def test_the_burndowns_axis_ends_near_the_number_of_people():
    """250 people drew an axis up to 400, the line starting low in the chart."""
    assert charts.nice_scale(250) == (250, 5)  # 0, 50, … 250
    assert charts.nice_scale(260)[0] == 300
    assert charts.nice_scale(120)[0] == 120
    assert charts.nice_scale(6)[0] == 6
    for value in (1, 3, 7, 13, 99, 130, 333, 999, 1234, 48_000):
        top, steps = charts.nice_scale(value)
        assert value <= top <= 1.6 * max(value, 3) and 3 <= steps <= 6
        assert top % steps == 0  # whole-number steps
