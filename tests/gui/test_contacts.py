"""The contacts list: a sound model, search as you type, filters, sorting, bulk actions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence

from netcompanion import clock, operations
from netcompanion.demo import generate_demo
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


def test_archive_and_tag_a_multi_selection(window, demo_store):
    view = window.show_view("contacts")
    select_rows(view, [0, 1, 2])
    ids = view.selected_ids()
    assert len(ids) == 3
    view.tag_selected("reconnect")
    assert all("reconnect" in operations.get_contact(demo_store, i).tags for i in ids)
    select_rows(view, [0, 1, 2])
    before = view.model.rowCount()
    view.archive_selected()
    assert all(operations.get_contact(demo_store, i).archived for i in ids)
    assert view.model.rowCount() == before - 3  # archived people leave the list at once


def test_enter_on_a_row_opens_the_contact_story(window, qtbot):
    view = window.show_view("contacts")
    view.form.table.setFocus()
    view.form.table.selectRow(4)
    expected = view.model.row(4).name
    qtbot.keyClick(view.form.table, Qt.Key.Key_Return)
    story = window.form.pages.currentWidget()
    assert story.objectName() == "contactStory"
    assert story.form.storyName.text() == expected


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


def test_ctrl_l_logs_a_touch_with_the_highlighted_contact(window, demo_store, qtbot):
    view = window.show_view("contacts")
    view.form.table.setFocus()
    view.form.table.selectRow(2)
    contact_id = view.model.contact_id(2)
    dialog = view.log_touch()
    assert view.model.row(2).name in dialog.dialog.windowTitle()
    dialog.form.channelCombo.setCurrentIndex(dialog.form.channelCombo.findData("email"))
    dialog.form.outcomeCombo.setCurrentIndex(dialog.form.outcomeCombo.findData("no-reply"))
    dialog.save()
    touch = operations.list_interactions(demo_store, contact_id)[0]
    assert (touch.channel, touch.outcome) == ("email", "no-reply")
    assert view.model.row(view.model.row_of(contact_id)).last_interaction == clock.today()


def test_delete_key_moves_the_selection_to_the_trash_and_ctrl_z_brings_it_back(window, demo_store, qtbot):
    view = window.show_view("contacts")
    select_rows(view, [0, 1])
    ids = view.selected_ids()
    before = view.model.rowCount()
    view.form.table.setFocus()
    qtbot.keyClick(view.form.table, Qt.Key.Key_Delete)
    assert sorted(e.contact_id for e in operations.list_trash(demo_store)) == sorted(ids)
    assert view.model.rowCount() == before - 2
    assert window.undo_action.isEnabled() and "deleted 2 contacts" in window.undo_action.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert operations.list_trash(demo_store) == []
    assert view.model.rowCount() == before
    assert not window.undo_action.isEnabled()


def test_the_tables_keys_act_only_while_the_table_has_the_focus(window, demo_store, qtbot):
    """Delete, Return and Down were window-wide: Delete on a ticked filter box moved the selection to
    the trash, Return in the company filter opened a contact, Down in a spin box jumped to the table."""
    view = window.show_view("contacts")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    select_rows(view, [0, 1])
    f = view.form
    f.parkedCheck.setFocus()
    qtbot.keyClick(f.parkedCheck, Qt.Key.Key_Delete)
    assert operations.list_trash(demo_store) == []
    f.companyEdit.setFocus()
    qtbot.keyClick(f.companyEdit, Qt.Key.Key_Return)
    assert window.form.pages.currentWidget() is view  # no contact opened
    f.coldDays.setFocus()
    days = f.coldDays.value()
    qtbot.keyClick(f.coldDays, Qt.Key.Key_Down)
    assert f.coldDays.value() == days - 1 and f.coldDays.hasFocus()
    f.table.setFocus()
    qtbot.keyClick(f.table, Qt.Key.Key_Delete)
    assert len(operations.list_trash(demo_store)) == 2


def test_undo_after_archiving_brings_the_contacts_back(window, demo_store):
    view = window.show_view("contacts")
    select_rows(view, [3, 4, 5])
    ids = view.selected_ids()
    view.archive_selected()
    assert all(operations.get_contact(demo_store, i).archived for i in ids)
    window.undo_action.trigger()
    assert not any(operations.get_contact(demo_store, i).archived for i in ids)


def test_undo_takes_back_one_action_after_another_newest_first(window, demo_store, qtbot):
    """Undo held one step: archiving, then deleting, left the archived people archived."""
    view = window.show_view("contacts")
    select_rows(view, [3, 4])
    archived = view.selected_ids()
    view.archive_selected()
    select_rows(view, [0])
    deleted = view.selected_ids()
    view.delete_selected()
    assert window.undo_action.text() == "&Undo deleted 1 contact"

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert operations.get_contact(demo_store, deleted[0]).id == deleted[0]  # back from the trash
    assert all(operations.get_contact(demo_store, i).archived for i in archived)
    assert window.undo_action.text() == "&Undo archived 2 contacts"

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert not any(operations.get_contact(demo_store, i).archived for i in archived)
    assert not window.undo_action.isEnabled()


def test_ctrl_m_merges_two_records_of_one_person(window, demo_store, qtbot):
    first = operations.add_contact(
        demo_store, name="Zed Twofold", company="Contoso", emails=["zed@example.com"]
    )
    second = operations.add_contact(demo_store, name="Zed Twofold", title="CTO")
    operations.log_touch(demo_store, second.id, channel="call", outcome="reached")
    view = window.show_view("contacts")
    view.form.filterEdit.setText("Zed Twofold")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    select_rows(view, [0, 1])
    view.merge_selected(keep_id=first.id)
    qtbot.waitUntil(lambda: len(operations.find_contacts(demo_store, "Zed Twofold")) == 1, timeout=20_000)
    merged = operations.get_contact(demo_store, first.id)
    assert (merged.company, merged.title, merged.emails) == ("Contoso", "CTO", ("zed@example.com",))
    assert merged.last_interaction is not None
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)


def test_merge_shows_both_side_by_side_and_keeps_the_one_chosen(window, demo_store, qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    operations.add_contact(demo_store, name="Yara Twice", company="Fabrikam")
    right = operations.add_contact(
        demo_store, name="Yara Twice", linkedin_url="https://www.linkedin.com/in/yara"
    )
    view = window.show_view("contacts")
    view.form.filterEdit.setText("Yara Twice")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    select_rows(view, [0, 1])
    shown = {}

    def choose_right() -> None:
        box = QApplication.activeModalWidget()
        shown["text"] = box.text()
        box.grab().save(str(tmp_path / "merge.png"))
        (button,) = [b for b in box.buttons() if "right" in b.text()]
        button.click()

    QTimer.singleShot(200, choose_right)
    view.merge_selected()
    qtbot.waitUntil(lambda: len(operations.find_contacts(demo_store, "Yara Twice")) == 1, timeout=20_000)
    assert "Fabrikam" in shown["text"] and "linkedin.com/in/yara" in shown["text"]
    assert [c.id for c in operations.find_contacts(demo_store, "Yara Twice")] == [right.id]
    assert operations.get_contact(demo_store, right.id).company == "Fabrikam"  # filled from the left one


def test_a_bulk_archive_runs_off_the_gui_thread_after_a_backup_and_can_be_undone(window, demo_store, qtbot):
    from netcompanion.store.backup import list_backups

    view = window.show_view("contacts")
    select_rows(view, list(range(12)))
    ids = view.selected_ids()
    view.archive_selected()
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=20_000)
    assert all(operations.get_contact(demo_store, i).archived for i in ids)
    assert any("before-bulk-edit" in b.path.name for b in list_backups(demo_store.path))
    window.undo_action.trigger()
    qtbot.waitUntil(
        lambda: not any(operations.get_contact(demo_store, i).archived for i in ids), timeout=20_000
    )


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


def test_a_refresh_keeps_a_selection_of_hundreds_whole(make_window, store):
    """A refresh nobody asked for (another program wrote) cut a selection of 687 down to 500."""
    generate_demo(store, 700)
    window = make_window(store)
    view = window.show_view("contacts")
    view.form.table.selectAll()
    chosen = len(view.selected_ids())
    assert chosen > 600
    window.ctx.changed.emit()
    assert len(view.selected_ids()) == chosen


def test_the_delete_button_key_is_not_taken_by_a_menu(window):
    view = window.show_view("contacts")
    menus = {QKeySequence.mnemonic(a.text()).toString() for a in window.menuBar().actions()}
    assert QKeySequence.mnemonic(view.form.deleteButton.text()).toString() not in menus


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


def test_tab_leaves_the_contacts_table(window, qtbot):
    view = window.show_view("contacts")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = view.form.table
    table.setFocus()
    select_rows(view, [0])
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert table.selectionModel().selectedRows()[0].row() == 0  # still the same person chosen


def test_the_tag_button_asks_for_the_tag_and_tags_the_people_chosen(window, demo_store, qtbot, monkeypatch):
    """The button passed Qt's "not checked" on as the tag: "A tag needs a name."."""
    from PySide6.QtWidgets import QInputDialog

    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, items, *_args, **_kwargs):
        offered.append(list(items))
        return "warm lead", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    tags_before = operations.tag_names(demo_store)
    view = window.show_view("contacts")
    qtbot.waitUntil(lambda: not view.model.loading)
    select_rows(view, [2, 5])
    ids = view.selected_ids()
    qtbot.mouseClick(view.form.tagButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert offered == [tags_before]
    assert window.ctx.last_error == ""
    assert all("warm lead" in operations.get_contact(demo_store, i).tags for i in ids)
    assert window.statusBar().currentMessage() == "Tagged 2 contacts “warm lead”."
