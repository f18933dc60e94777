"""The Contacts view: filter as you type, narrow by stage, tag, company …, act on a selection."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QStyle,
    QWidget,
)

from netcompanion import domain, operations
from netcompanion.gui.assets import embed_form
from netcompanion.gui.cells import PlainTextCells
from netcompanion.gui.contacts_menu import selection_menu
from netcompanion.gui.contacts_model import RATING_COLUMNS, ContactsModel
from netcompanion.gui.context import AppContext
from netcompanion.gui.headings import RowHeadings
from netcompanion.gui.merge_dialog import ask_which_to_keep, offer_merge_undo
from netcompanion.gui.no_match import NoMatchPanel
from netcompanion.gui.shortcuts import SHORTCUTS, WITH_CHILDREN, shortcut
from netcompanion.rules.common import plural, say_count

ANY = "Any stage"
ANY_TAG = "Any tag"
# The filter box says what it searches in as many words as fit (at the smallest window the first was cut).
PLACEHOLDERS = ("Filter by name, company, title, e-mail or phone…", "Name, company, title, e-mail or phone…",
                "Name, e-mail or phone…", "Filter…")
# The narrow columns are as wide as their heading or the widest they show, whichever is wider: stage,
# closeness, value, last touch, flags (longer flags are cut, as the widest would take the name's room).
NARROW = {3: domain.STAGE_CHOICES, 4: ("5",), 5: ("5",), 6: ("24 months ago", "59 days ago", "never"), 7: ("parked",)}
TEXT_SHARE = {1: 0.3, 2: 0.3}  # company and title: of what the narrow ones leave; the name takes the rest


class ContactsView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.form = f = embed_form(self, "contacts")
        f.countLabel.setProperty("role", "muted")
        f.stageCombo.addItems([ANY, *domain.STAGE_CHOICES])
        self._fill_tags()

        self._reselect: list[int] | None = None  # chosen again when a reload on the worker arrives
        self.model = ContactsModel(ctx.store, self, worker=ctx.reader)
        self.model.loading_changed.connect(self._loading)
        table = f.table
        table.setHorizontalHeader(RowHeadings(table))  # Qt's own made Ctrl+A at 30,000 freeze for a second
        table.setModel(self.model)
        table.setItemDelegate(PlainTextCells(table, self.model.cell_text, centered=RATING_COLUMNS))
        self.model.modelReset.connect(self._after_reset)  # after the table's and headers' own handlers
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row sizing at 100k
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setTabKeyNavigation(False)  # rows are chosen whole: Tab goes on to the buttons, not cell to cell
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes what is left
        header.setStretchLastSection(False)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self._narrow_widths = self._measure_narrow_columns()
        self._fitted = (-1, -1)  # the header's width and sorted column the columns were fitted to
        header.sortIndicatorChanged.connect(lambda *_: self._fit_columns())
        header.installEventFilter(self)  # as wide as the table's rows: fit the columns to it
        f.filterEdit.installEventFilter(self)
        f.companyEdit.installEventFilter(self)  # Esc empties a filter box
        self.no_match = NoMatchPanel(f.table, self.clear_filters)
        table.doubleClicked.connect(lambda index: ctx.open_contact.emit(self.model.contact_id(index.row())))

        # Typing filters at once; the change is applied when the event loop is next idle.
        self._apply_timer = QTimer(self, singleShot=True, interval=0)
        self._apply_timer.timeout.connect(self.apply_filter)
        f.filterEdit.textChanged.connect(self._apply_timer.start)
        f.companyEdit.textChanged.connect(self._apply_timer.start)
        for box in (f.stageCombo, f.tagCombo):
            box.currentIndexChanged.connect(self._apply_timer.start)
        for check in (f.targetsCheck, f.coldCheck, f.parkedCheck, f.dniCheck, f.archivedCheck):
            check.toggled.connect(self._apply_timer.start)
        f.coldDays.valueChanged.connect(lambda _v: f.coldCheck.isChecked() and self._apply_timer.start())
        f.coldDays.valueChanged.connect(lambda days: f.coldDays.setSuffix(f" {plural('day', days)}"))  # not "1 days"

        f.newButton.clicked.connect(lambda: self.window().new_contact())
        f.openButton.clicked.connect(self.open_current)
        f.triageButton.clicked.connect(self.triage)
        f.tagButton.clicked.connect(lambda: self.tag_selected())  # not clicked's False as the tag
        f.campaignButton.clicked.connect(lambda: self.add_selected_to_campaign())  # not clicked's False as the name
        f.archiveButton.clicked.connect(self.archive_selected)
        f.deleteButton.clicked.connect(self.delete_selected)
        shortcut("contacts.open", table, self.open_current)
        shortcut("merge", self, self.merge_selected, WITH_CHILDREN)  # also from the filter box
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(lambda at: selection_menu(self, at))
        shortcut("contacts.delete", table, self.delete_selected)
        shortcut("contacts.into_list", f.filterEdit, self._into_table)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._warmed_up = False
        self.apply_filter()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        f = self.form
        if event.type() == QEvent.Type.Resize:
            if watched is f.table.horizontalHeader():
                self._fit_columns()
                self.no_match.place()
            elif watched is f.filterEdit:
                self._fit_placeholder()
        elif (
            event.type() == QEvent.Type.KeyPress
            and event.key() in SHORTCUTS["contacts.clear_filter"].codes()
            and watched in (f.filterEdit, f.companyEdit)
            and watched.text()
        ):
            watched.clear()  # Esc empties the box (an empty one lets Esc go on)
            return True
        return super().eventFilter(watched, event)

    # ---- fitting the window ---------------------------------------------------------------------
    def _measure_narrow_columns(self) -> dict[int, int]:
        """Each narrow column's width: its heading's or the widest it shows, whichever is wider (the
        sorted column gets room for its arrow too: see _fit_columns)."""
        table = self.form.table
        header = table.horizontalHeader()
        style = header.style()
        heading = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 4
        cell = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 8
        texts = self.model.headerData
        return {
            column: max(header.fontMetrics().horizontalAdvance(texts(column, Qt.Orientation.Horizontal)) + heading,
                        max(table.fontMetrics().horizontalAdvance(text) for text in samples) + cell)
            for column, samples in NARROW.items()
        }  # fmt: skip

    def _fit_columns(self) -> None:
        """Every column in the table's width, none off to the side (at the smallest window Value, Last
        touch and Flags were): the narrow ones as wide as what they show, company and title a share of
        the rest, the name the remainder. Columns widened by hand stay so until the window is resized."""
        header = self.form.table.horizontalHeader()
        fit = (header.width(), header.sortIndicatorSection())
        if fit == self._fitted:
            return
        self._fitted = fit
        widths = dict(self._narrow_widths)
        sorted_by = header.sortIndicatorSection()
        if sorted_by in widths:  # its heading shares the room with the sort arrow
            heading = header.sectionSizeFromContents(sorted_by).width()
            widths[sorted_by] = max(widths[sorted_by], heading)
        for column, narrow in widths.items():
            header.resizeSection(column, narrow)
        left = header.width() - sum(widths.values())
        for column, share in TEXT_SHARE.items():
            header.resizeSection(column, max(header.minimumSectionSize(), int(left * share)))

    def clear_filters(self) -> None:
        """Everyone again (archived contacts only if they were shown): the text, stage, tag, company and
        the ticks that narrow the list."""
        f = self.form
        f.filterEdit.clear()
        f.companyEdit.clear()
        f.stageCombo.setCurrentIndex(0)
        f.tagCombo.setCurrentIndex(0)
        for check in (f.targetsCheck, f.coldCheck, f.parkedCheck, f.dniCheck):
            check.setChecked(False)
        self.apply_filter()
        f.filterEdit.setFocus()

    def _fit_placeholder(self) -> None:
        edit = self.form.filterEdit
        room = edit.contentsRect().width() - 12  # the frame's and text's margins
        fm = edit.fontMetrics()
        edit.setPlaceholderText(next((p for p in PLACEHOLDERS if fm.horizontalAdvance(p) <= room), PLACEHOLDERS[-1]))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._warmed_up:
            self._warmed_up = True
            QTimer.singleShot(0, self._warm_up)

    def _warm_up(self) -> None:
        """Pay PySide6's one-off costs while the user is still looking, not on the first keystroke.

        PySide6 builds wrapper types (and their enums) lazily: the first time Python gets hold of
        the table's viewport it works out its type by initialising some forty widget classes
        (~15 ms), and the first key event initialises the window-handle types (~2 ms).
        """
        if not self.isVisible():
            return
        self.form.table.viewport()
        self.window().windowHandle()

    # ---- filtering ------------------------------------------------------------------------------
    def current_filter(self) -> operations.ContactFilter:
        f = self.form
        stage = f.stageCombo.currentText()
        tag = f.tagCombo.currentText()
        return operations.ContactFilter(
            search=f.filterEdit.text(),
            stage=None if stage == ANY else stage,
            tag=None if tag == ANY_TAG or not tag else tag,
            company=f.companyEdit.text(),
            targets_only=f.targetsCheck.isChecked(),
            cold_days=f.coldDays.value() if f.coldCheck.isChecked() else None,
            parked_only=f.parkedCheck.isChecked(),
            do_not_introduce_only=f.dniCheck.isChecked(),
            include_archived=f.archivedCheck.isChecked(),
        )

    def apply_filter(self) -> None:
        self._apply_timer.stop()
        self.model.set_filter(self.current_filter())
        self._show_count()  # the model's reset (if the rows changed) did the rest

    def _after_reset(self) -> None:
        # Lay the table out now rather than on the view's own zero-delay timer: that timer runs
        # after the repaint the reset asked for, and its new scroll range repainted every row a
        # second time — half the cost of a keystroke that changes how many contacts are shown.
        self.form.table.doItemsLayout()
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        text = say_count(count, "contact")
        self.form.countLabel.setText(text + (" · updating…" if self.model.loading else ""))
        self.no_match.update_for(self.current_filter(), self.model.rowCount(), self.model.loading)

    def _loading(self, on: bool) -> None:
        self._after_reset()
        if not on and self._reselect is not None:
            ids, self._reselect = self._reselect, None
            self.select_ids(ids)

    def _fill_tags(self) -> None:
        box = self.form.tagCombo
        current = box.currentText()
        box.blockSignals(True)
        box.clear()
        box.addItems([ANY_TAG, *operations.tag_names(self.ctx.store)])
        box.setCurrentIndex(max(box.findText(current), 0))
        box.blockSignals(False)

    def refresh(self) -> None:
        self._fill_tags()
        selected = self.selected_ids()
        self.model.reload()  # its reset (or "updating…" while read on the worker) lays the table out
        if self.model.loading:
            self._reselect = selected  # a refresh nobody asked for (another program wrote) keeps the choice
        else:
            self.select_ids(selected)

    def activate(self) -> None:
        self.form.filterEdit.setFocus()

    def visible_ids(self) -> list[int]:
        return self.model.ids()

    # ---- selection ------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        ids = self.model.ids()
        return [ids[row] for row in self._selected_rows()]

    def _selected_rows(self) -> list[int]:
        """The rows chosen, read from the selection's ranges: selectedRows() asks the model about every
        row and column (Ctrl+A at 30,000 froze the window for a second, and every change to it again)."""
        last = self.model.columnCount() - 1
        rows: set[int] = set()
        for chosen in self.form.table.selectionModel().selection():
            if chosen.left() == 0 and chosen.right() == last:  # whole rows, the ones selectedRows() counts
                rows.update(range(chosen.top(), chosen.bottom() + 1))
        return sorted(rows)

    def select_ids(self, ids: list[int]) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        wanted = set(ids)
        rows = [row for row, contact_id in enumerate(self.model.ids()) if contact_id in wanted]
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        start = 0
        for i in range(1, len(rows) + 1):  # one range per run of neighbouring rows: 30,000 stay cheap
            if i == len(rows) or rows[i] != rows[i - 1] + 1:
                selection.select(self.model.index(rows[start], 0), self.model.index(rows[i - 1], last))
                start = i
        self.form.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _update_buttons(self) -> None:
        count = len(self._selected_rows())
        f = self.form
        f.openButton.setEnabled(count == 1)
        for button in (f.tagButton, f.campaignButton, f.archiveButton, f.deleteButton):
            button.setEnabled(count > 0)
        f.archiveButton.setText("&Bring back" if f.archivedCheck.isChecked() else "&Archive")

    def _into_table(self) -> None:
        table = self.form.table
        if self.no_match.isVisible():  # nobody listed: Down goes to what clears the filter
            self.no_match.button.setFocus()
            return
        table.setFocus()
        if self.model.rowCount() and not table.selectionModel().hasSelection():
            table.selectRow(0)

    # ---- actions --------------------------------------------------------------------------------
    def open_current(self) -> None:
        index = self.form.table.currentIndex()
        if index.isValid():
            self.ctx.open_contact.emit(self.model.contact_id(index.row()))

    def log_touch(self):
        """Log a touch with the highlighted contact without leaving the list."""
        from netcompanion.gui.log_touch import LogTouchDialog

        index = self.form.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row(index.row())
        dialog = LogTouchDialog(self.ctx, row.id, row.name, self)
        dialog.open()
        return dialog

    def triage(self) -> None:
        self.window().open_triage(self.selected_ids() if len(self.selected_ids()) > 1 else self.visible_ids())

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        bring_back = self.form.archivedCheck.isChecked()
        if not ids:
            return
        verb = "Brought back" if bring_back else "Archived"
        people = say_count(len(ids), "contact")

        def archived(_changed) -> None:
            self.ctx.offer_undo(
                f"{verb.lower()} {people}", operations.archive_contacts, ids, bring_back, count=len(ids)
            )
            self.ctx.message.emit(f"{verb} {people} — Ctrl+Z to undo.")

        self.ctx.run_bulk(operations.archive_contacts, ids, not bring_back, count=len(ids), then=archived)

    def merge_selected(self, keep_id: int | None = None) -> None:
        """Two records of one person (a possible duplicate): shown side by side, the user keeps one."""
        ids = self.selected_ids()
        if len(ids) != 2:
            self.ctx.error("Select the two records of one person (and only those) to merge them.")
            return
        if keep_id is None:
            keep_id = ask_which_to_keep(self.ctx.store, ids[0], ids[1], self)
            if keep_id is None:
                return
        other_id = ids[1] if keep_id == ids[0] else ids[0]

        self.ctx.run_in_background(
            operations.merge_contacts, keep_id, other_id, note="Backing up, then merging…",
            then=lambda merged: offer_merge_undo(self.ctx, merged, other_id),
        )  # fmt: skip

    def delete_selected(self) -> None:
        """Move the selection to the trash (kept 30 days, with history); Ctrl+Z brings it back."""
        ids = self.selected_ids()
        if not ids:
            return
        people = say_count(len(ids), "contact")

        def deleted(_entries) -> None:
            self.ctx.offer_undo(f"deleted {people}", operations.restore_contacts, ids, count=len(ids), contacts=ids)
            self.ctx.message.emit(f"Moved {people} to the trash — Ctrl+Z to undo, or restore from Edit → Trash.")

        self.ctx.run_bulk(operations.delete_contacts, ids, count=len(ids), then=deleted)

    def tag_selected(self, tag: str | None = None) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if tag is None:
            tag, ok = QInputDialog.getItem(
                self,
                "Tag contacts",
                f"Tag for {say_count(len(ids), 'contact')}:",
                operations.tag_names(self.ctx.store),
                0,
                True,
            )
            if not ok:
                return
        self.ctx.run_bulk(
            operations.tag_contacts, ids, tag, count=len(ids),
            then=lambda _changed: self.ctx.message.emit(f"Tagged {say_count(len(ids), 'contact')} “{tag}”."),
        )  # fmt: skip

    def add_selected_to_campaign(self, name: str | None = None) -> None:
        from netcompanion.gui.campaign import add_to_campaign

        ids = self.selected_ids()
        if ids:
            add_to_campaign(self.ctx, ids, self, name)
