"""Contacts at the smallest window: every column in sight without scrolling sideways, and the
filter box's hint not cut off."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QStyle


def contacts_at(window, qtbot, width: int):
    window.resize(width, 700)
    view = window.show_view("contacts")
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 300)
    qtbot.waitUntil(lambda: window.size() == QSize(width, 700))
    return view


def all_columns_in_sight(view) -> bool:
    table = view.form.table
    header = table.horizontalHeader()
    room = table.viewport().width()
    ends = [header.sectionViewportPosition(c) + header.sectionSize(c) for c in range(header.count())]
    return table.horizontalScrollBar().maximum() == 0 and max(ends) <= room


def headings_whole(view) -> bool:
    header = view.form.table.horizontalHeader()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    model = view.model
    return all(
        header.sectionSize(c) >= header.fontMetrics().horizontalAdvance(model.headerData(c, Qt.Orientation.Horizontal)) + margin
        for c in range(header.count())
    )


def test_at_946_pixels_every_column_shows_without_scrolling_sideways(window, qtbot):
    """Value, Last touch and Flags were off to the right, behind a horizontal scroll bar."""
    view = contacts_at(window, qtbot, 946)
    qtbot.waitUntil(lambda: all_columns_in_sight(view))
    assert not view.form.table.horizontalScrollBar().isVisible()
    assert headings_whole(view)
    header = view.form.table.horizontalHeader()
    assert header.sectionSize(0) >= max(header.sectionSize(1), header.sectionSize(2))  # the name has the most room


def test_sorted_by_a_narrow_column_its_heading_and_arrow_fit_and_nothing_goes_off_side(window, qtbot):
    view = contacts_at(window, qtbot, 946)
    table = view.form.table
    header = table.horizontalHeader()
    for column in (4, 5, 7, 0):  # closeness, value, flags, back to the name
        table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(lambda: not view.model.loading)
        qtbot.waitUntil(lambda: all_columns_in_sight(view))
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width(), column
        assert headings_whole(view)


def test_the_filter_hint_is_whole_at_946_and_in_full_when_wide(window, qtbot):
    """At 946 pixels it read "Filter by name, company, tit…"."""
    view = contacts_at(window, qtbot, 946)
    edit = view.form.filterEdit
    hint = edit.placeholderText()
    assert "name" in hint.lower()
    assert edit.fontMetrics().horizontalAdvance(hint) <= edit.contentsRect().width() - 8
    view = contacts_at(window, qtbot, 1280)
    qtbot.waitUntil(lambda: edit.placeholderText() == "Filter by name, company, title, e-mail or phone…")
