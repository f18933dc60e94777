"""Insights at the smallest window: every word of a chart's title shows."""

from __future__ import annotations

from PySide6.QtCore import QSize


def test_a_long_chart_title_keeps_its_last_word_at_the_smallest_window(make_window, demo_store, qtbot):
    """At 946 pixels "Cold → warm: people you re-connected with, per week" was cut after "per"."""
    window = make_window(demo_store)
    window.resize(946, 600)
    view = window.show_view("insights")
    qtbot.waitUntil(lambda: view.loaded and window.size() == QSize(946, 600))
    chart = view.warming
    title = chart.title
    assert title.endswith(" per week")
    whole = chart.grab().toImage()
    chart.title = title.removesuffix(" week")
    without_last_word = chart.grab().toImage()
    chart.title = title
    assert whole != without_last_word  # "week" is painted somewhere
