"""Choosing contacts in the list: Ctrl+A, Ctrl+click and Shift+click choose what they always did, and
the column headings look as Qt's own do, while a selection of thousands stays quick."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from netcompanion.gui.headings import RowHeadings
from netcompanion.gui.theme import apply_theme


def _contacts(window, qtbot):
    view = window.show_view("contacts")
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 30)
    return view


def _choose(table: QTableView, rows: list[int]) -> None:
    flags = QItemSelectionModel.SelectionFlag
    table.clearSelection()
    for row in rows:
        table.selectionModel().select(table.model().index(row, 0), flags.Select | flags.Rows)


@pytest.mark.parametrize("chosen", ["nobody", "one", "some apart", "everyone", "everyone, dark"])
def test_the_column_headings_look_exactly_like_qts_own(window, demo_store, qtbot, request, chosen):
    """Bold while anyone is chosen, as Qt draws them, and the same pixels otherwise."""
    view = _contacts(window, qtbot)
    if chosen.endswith("dark"):
        apply_theme(QApplication.instance(), "dark")
        request.addfinalizer(lambda: apply_theme(QApplication.instance(), "light"))
    table = view.form.table
    assert isinstance(table.horizontalHeader(), RowHeadings)
    qts = QTableView(view)  # a table with Qt's own header, over the same list, in the same window
    qts.setModel(view.model)
    qts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    qts.verticalHeader().setVisible(False)
    qts.setGeometry(table.geometry())
    qts.horizontalHeader().setSortIndicatorShown(True)
    qts.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    for column in range(view.model.columnCount()):
        qts.horizontalHeader().resizeSection(column, table.horizontalHeader().sectionSize(column))
    qts.show()
    last = view.model.rowCount() - 1
    rows = {"nobody": [], "one": [2], "some apart": [1, 2, 7, last], "everyone": list(range(last + 1))}
    for each in (table, qts):
        _choose(each, rows[chosen.split(",")[0]])
    QApplication.processEvents()
    ours = table.horizontalHeader().grab().toImage()
    theirs = qts.horizontalHeader().grab().toImage()
    assert ours.size() == theirs.size()
    assert ours == theirs


def test_ctrl_a_chooses_everyone_listed_and_the_buttons_follow_the_choice(window, demo_store, qtbot):
    view = _contacts(window, qtbot)
    table, f = view.form.table, view.form
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert view.selected_ids() == view.visible_ids()
    assert not f.openButton.isEnabled() and f.deleteButton.isEnabled() and f.campaignButton.isEnabled()

    ids = view.visible_ids()
    table.clearSelection()
    assert view.selected_ids() == [] and not f.deleteButton.isEnabled()
    table.selectRow(5)
    assert view.selected_ids() == [ids[5]] and f.openButton.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_ids() == ids[5:8] and not f.openButton.isEnabled()
    # Ctrl+click adds a row further down, and a second Ctrl+click on one takes it out again.
    for row in (12, 6):
        rect = table.visualRect(view.model.index(row, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center())
    assert view.selected_ids() == [ids[5], ids[7], ids[12]]
    assert view.selected_ids() == [ids[i.row()] for i in sorted(table.selectionModel().selectedRows(), key=lambda i: i.row())]
