"""The contacts list: a sound model, search as you type, filters, sorting, bulk actions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt

from netcompanion import clock, operations
from netcompanion.gui import context
from netcompanion.gui.contacts_model import ContactsModel


def names_shown(view) -> list[str]:
    model = view.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


class RowPaints(QObject):
    """Counts the paint events of the contacts table's rows (`count`, set back to 0 at will)."""

    count = 0

    def __init__(self, view) -> None:
        super().__init__(view)
        view.form.table.viewport().installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802
        self.count += event.type() == QEvent.Type.Paint
        return False


def select_rows(view, rows: list[int]) -> None:
    table = view.form.table
    table.clearSelection()
    for row in rows:
        table.selectionModel().select(
            view.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_contacts_model_passes_the_qt_model_checks(app, demo_store, qtmodeltester):
    model = ContactsModel(demo_store)
    model.reload()
    assert model.rowCount() > 300
    qtmodeltester.check(model, force_py=True)
    model.set_filter(operations.ContactFilter(search="a", stage="warm"))
    qtmodeltester.check(model, force_py=True)


def test_the_model_reads_rows_in_blocks_not_all_at_once(app, demo_store):
    model = ContactsModel(demo_store)
    model.reload()
    model.data(model.index(0, 0))
    assert len(model._blocks) == 1  # only the first block of rows was read
    model.data(model.index(model.rowCount() - 1, 0))
    assert len(model._blocks) == 2


def test_opening_contacts_reads_the_list_once(window, monkeypatch, qtbot):
    """A second read would queue behind the first on the worker: at 30,000 contacts the list
    took twice as long to appear."""
    monkeypatch.setattr(context, "READ_IN_BACKGROUND_ABOVE", 0)  # read on the worker, as for a big network
    reads = []
    real = operations.contact_index

    def counted(store, flt=operations.ContactFilter(), *args):  # noqa: B008
        if not flt.include_archived:  # the Contacts list (the search box reads archived people too)
            reads.append(flt)
        return real(store, flt, *args)

    monkeypatch.setattr(operations, "contact_index", counted)
    view = window.show_view("contacts")
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 300)
    assert len(reads) == 1
    view.form.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # a real change of order reads again
    qtbot.waitUntil(lambda: not view.model.loading)
    assert len(reads) == 2
    assert view.model.data(view.model.index(0, 1)) <= view.model.data(view.model.index(1, 1))


def test_typing_in_the_filter_narrows_the_list_as_you_type(window, demo_store, qtbot):
    operations.add_contact(demo_store, name="Quentin Zapata", company="Lamna Foods", title="Chef")
    operations.add_contact(demo_store, name="Quincy Zamora", company="Contoso Bank")
    view = window.show_view("contacts")
    view.refresh()
    total = view.model.rowCount()
    qtbot.keyClicks(view.form.filterEdit, "qu")
    qtbot.waitUntil(lambda: view.model.rowCount() < total)
    qtbot.keyClicks(view.form.filterEdit, "en za")
    qtbot.waitUntil(lambda: names_shown(view) == ["Quentin Zapata"])
    assert view.form.countLabel.text() == "1 contact"
    view.form.filterEdit.clear()
    qtbot.keyClicks(view.form.filterEdit, "lamna chef")  # company and title words
    qtbot.waitUntil(lambda: names_shown(view) == ["Quentin Zapata"])


def test_a_keystroke_that_changes_the_count_paints_the_rows_once(window, demo_store, qtbot):
    """Every paint of the rows asks the model for each visible cell again: painting them twice
    per keystroke doubled what a user waits for while typing."""
    from PySide6.QtWidgets import QApplication

    view = window.show_view("contacts")
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 300)
    counter = RowPaints(view)
    for _ in range(5):
        QApplication.processEvents()
    total = view.model.rowCount()
    counter.count = 0
    qtbot.keyClick(view.form.filterEdit, "e")
    for _ in range(5):
        QApplication.processEvents()
    # Still more rows than fit, so the scroll bar stays and the rows keep their width.
    assert 100 < view.model.rowCount() < total
    assert counter.count == 1


@pytest.mark.parametrize("setting", ["as set up", "10pt", "11pt", "disabled", "right-to-left names", "right-to-left layout"])
def test_the_quick_cell_painting_looks_exactly_like_qts_own(window, demo_store, qtbot, setting):
    """The contacts table paints its cells itself (laid-out texts kept between paints): pixel for
    pixel what Qt's item painting shows — selection, centred ratings, a name cut short with "…",
    other font sizes (row heights not recomputed), a disabled table, right-to-left text."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QStyledItemDelegate

    from netcompanion.gui.cells import PlainTextCells

    operations.add_contact(demo_store, name="Aaron " + "Bartholomew-" * 8 + "Long", company="Contoso")
    operations.add_contact(demo_store, name="שלום (Ltd) Cohen", company="אבג Ltd", title="CTO (R&D)")
    view = window.show_view("contacts")
    view.refresh()
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 30)
    table = view.form.table
    assert isinstance(table.itemDelegate(), PlainTextCells)
    assert table.fontMetrics().horizontalAdvance(view.model.cell_text(0, 0)) > table.columnWidth(0)
    if setting.endswith("pt"):
        table.setFont(QFont(table.font().family(), int(setting[:-2])))
    elif setting == "disabled":
        table.setEnabled(False)
    elif setting == "right-to-left names":
        table.scrollToBottom()
        assert "שלום (Ltd) Cohen" in names_shown(view)
    elif setting == "right-to-left layout":
        table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    selection = table.selectionModel()
    for row in (2, 3, view.model.rowCount() - 2):  # two selected rows on screen, whichever end is shown
        selection.select(view.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    table.setFocus()
    QApplication.processEvents()
    ours = table.viewport().grab().toImage()
    table.setItemDelegate(QStyledItemDelegate(table))
    QApplication.processEvents()
    qts = table.viewport().grab().toImage()
    assert ours.size() == qts.size()
    assert ours == qts


def test_a_change_to_someone_shown_appears_although_the_same_people_are_shown(window, demo_store, qtbot):
    """Skipping the reset when the same people stay shown must not keep showing old details."""
    xavier = operations.add_contact(demo_store, name="Xavier Quillfeather", company="Quillworks")
    view = window.show_view("contacts")
    view.refresh()
    qtbot.keyClicks(view.form.filterEdit, "quill")
    qtbot.waitUntil(lambda: names_shown(view) == ["Xavier Quillfeather"])
    assert view.model.cell_text(0, 1) == "Quillworks"
    operations.edit_contact(demo_store, xavier.id, company="Quillworks Holdings")
    view.refresh()  # what the main window does after any change
    qtbot.waitUntil(lambda: not view.model.loading)
    assert names_shown(view) == ["Xavier Quillfeather"]
    assert view.model.cell_text(0, 1) == "Quillworks Holdings"
    assert view.model.data(view.model.index(0, 1)) == "Quillworks Holdings"


def test_the_laid_out_texts_kept_for_painting_stay_bounded(window, demo_store, qtbot, monkeypatch):
    """Scrolling through a large network must not keep every name it ever painted (~1.5 KB each)."""
    from PySide6.QtWidgets import QApplication

    from netcompanion.gui import cells

    monkeypatch.setattr(cells, "MAX_KEPT", 150)
    view = window.show_view("contacts")
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 300)
    table = view.form.table
    bar = table.verticalScrollBar()
    kept = table.itemDelegate()._laid_out
    largest = 0
    for step in range(0, bar.maximum() + bar.pageStep(), bar.pageStep()):
        bar.setValue(step)
        table.viewport().repaint()
        QApplication.processEvents()
        largest = max(largest, len(kept))
    assert 0 < largest <= 150
    assert len(kept) > 0  # still painting from what it kept


def test_typing_on_without_changing_who_is_shown_repaints_no_rows(window, demo_store, qtbot):
    """'fabr' → 'fabrikam' usually keeps the same people: the rows stay as painted."""
    from PySide6.QtWidgets import QApplication

    operations.add_contact(demo_store, name="Xavier Quillfeather", company="Quillworks")
    view = window.show_view("contacts")
    view.refresh()
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 300)
    qtbot.keyClicks(view.form.filterEdit, "quill")
    qtbot.waitUntil(lambda: names_shown(view) == ["Xavier Quillfeather"])
    counter = RowPaints(view)
    for _ in range(5):
        QApplication.processEvents()
    counter.count = 0
    qtbot.keyClicks(view.form.filterEdit, "feath")
    for _ in range(5):
        QApplication.processEvents()
    assert view.form.filterEdit.text() == "quillfeath"
    assert names_shown(view) == ["Xavier Quillfeather"]
    assert view.form.countLabel.text() == "1 contact"
    assert counter.count == 0
    qtbot.keyClick(view.form.filterEdit, "z")  # now nobody matches: the row goes
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert counter.count >= 1


def test_filters_by_stage_tag_company_cold_parked_and_do_not_introduce(window, demo_store, qtbot):
    view = window.show_view("contacts")
    keen = operations.add_contact(demo_store, name="Keen Kestrel", company="Zyxel Quarry", stage="engaged")
    operations.edit_contact(demo_store, keen.id, tags=["mentor"], do_not_introduce=True)
    operations.log_touch(demo_store, keen.id, channel="call", outcome="reached")
    view.refresh()
    f = view.form

    f.companyEdit.setText("zyxel")
    view.apply_filter()
    assert names_shown(view) == ["Keen Kestrel"]
    f.companyEdit.clear()

    f.tagCombo.setCurrentText("mentor")
    view.apply_filter()
    assert names_shown(view) == ["Keen Kestrel"]
    f.tagCombo.setCurrentIndex(0)

    f.stageCombo.setCurrentText("engaged")
    view.apply_filter()
    shown = names_shown(view)
    assert "Keen Kestrel" in shown
    assert all(view.model.row(r).stage == "engaged" for r in range(view.model.rowCount()))
    f.stageCombo.setCurrentIndex(0)

    f.dniCheck.setChecked(True)
    view.apply_filter()
    assert "Keen Kestrel" in names_shown(view)
    assert all(view.model.row(r).do_not_introduce for r in range(view.model.rowCount()))
    f.dniCheck.setChecked(False)

    f.coldCheck.setChecked(True)
    f.coldDays.setValue(30)
    view.apply_filter()
    assert "Keen Kestrel" not in names_shown(view)  # touched today
    cutoff = clock.today() - dt.timedelta(days=30)
    for r in range(min(view.model.rowCount(), 50)):
        last = view.model.row(r).last_interaction
        assert last is None or last < cutoff
    f.coldCheck.setChecked(False)

    f.parkedCheck.setChecked(True)
    view.apply_filter()
    assert all(view.model.row(r).parked for r in range(view.model.rowCount()))


def test_target_companies_filter_shows_only_people_at_targets(window, demo_store):
    from netcompanion.store.models import Company

    view = window.show_view("contacts")
    view.form.targetsCheck.setChecked(True)
    view.apply_filter()
    with demo_store.read() as session:
        targets = {c.name for c in session.query(Company).filter(Company.is_target.is_(True))}
    assert view.model.rowCount() > 0
    assert {view.model.row(r).company for r in range(view.model.rowCount())} <= targets


def test_clicking_a_column_header_sorts_by_it(window, qtbot):
    view = window.show_view("contacts")
    header = view.form.table.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(1) + 20, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    companies = [view.model.row(r).company for r in range(view.model.rowCount())]
    assert companies == sorted(companies)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    companies = [view.model.row(r).company for r in range(view.model.rowCount())]
    assert companies == sorted(companies, reverse=True)


def test_large_networks_are_re_read_off_the_gui_thread_and_the_old_list_stays_meanwhile(
    window, demo_store, qtbot, monkeypatch
):
    monkeypatch.setattr(context, "READ_IN_BACKGROUND_ABOVE", 10)
    view = window.show_view("contacts")
    qtbot.waitUntil(lambda: not view.model.loading, timeout=10000)
    before = view.model.rowCount()
    view.form.stageCombo.setCurrentText("warm")
    view.apply_filter()
    assert view.model.loading
    assert view.model.rowCount() == before  # still showing the previous list
    assert "updating" in view.form.countLabel.text()
    qtbot.waitUntil(lambda: not view.model.loading, timeout=10000)
    assert 0 < view.model.rowCount() < before
    assert all(view.model.row(r).stage == "warm" for r in range(view.model.rowCount()))
    assert "updating" not in view.form.countLabel.text()


def test_the_flags_cell_says_its_flags_in_a_tooltip_when_the_column_cuts_them(app, store):
    flagged = operations.add_contact(store, name="Flora Flagged", company="Lamna")
    operations.edit_contact(store, flagged.id, do_not_introduce=True, archived=True)
    plain = operations.add_contact(store, name="Paul Plain", company="Lamna")
    model = ContactsModel(store)
    model.set_filter(operations.ContactFilter(include_archived=True))
    model.reload()
    tooltip = int(Qt.ItemDataRole.ToolTipRole)
    flags = model.index(model.row_of(flagged.id), 7)
    assert model.headerData(7, Qt.Orientation.Horizontal) == "Flags"
    assert model.data(flags, tooltip) == "Flora Flagged: do not introduce · archived"
    # elsewhere the row's tooltip: a missing title leaves no dangling comma ("Paul Plain — , Lamna")
    assert model.data(model.index(model.row_of(plain.id), 7), tooltip) == "Paul Plain — Lamna"


def test_the_demo_network_is_offered_only_while_the_database_is_empty(make_window, store):
    window = make_window(store)
    assert window.demo_action.isEnabled()
    operations.add_contact(store, name="First Real Person")
    window.ctx.changed.emit()
    assert not window.demo_action.isEnabled()


def test_clicking_the_flags_heading_brings_the_flagged_to_the_top(window, demo_store, qtbot):
    """The Flags heading took the sort arrow and left the list in name order."""
    view = window.show_view("contacts")
    header = view.form.table.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(7) + 10, header.height() // 2)
    flagged_before = sum(bool(view.model.cell_text(r, 7)) for r in range(view.model.rowCount()))
    assert flagged_before and not view.model.cell_text(0, 7)  # the demo has some, not first by name

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: not view.model.loading)

    flags = [view.model.cell_text(r, 7) for r in range(view.model.rowCount())]
    assert all(flags[:flagged_before]) and not any(flags[flagged_before:])
    assert flags[:flagged_before] == sorted(flags[:flagged_before])
