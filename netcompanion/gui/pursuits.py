"""Introductions as a board by stage, opportunities as a list by stage (with the turndown prompt)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidgetItem,
    QWidget,
)

from netcompanion import APP_NAME, domain, operations
from netcompanion.gui.assets import embed_form
from netcompanion.gui.context import AppContext
from netcompanion.gui.nudges import nudges_html, show_nudges
from netcompanion.operations import pursuits as pursuit_operations

INTRO_STAGES = [s.value for s in domain.IntroductionStage]
INTRO_TITLES = {
    "requested": "Requested",
    "made": "Made",
    "connected": "Connected",
    "message-relayed": "Message relayed",
    "introducer-out-of-loop": "Introducer out",
    "outcome": "Outcome",
    "loop-closed": "Loop closed",
}
OPP_STAGES = [s.value for s in domain.OpportunityStage]


def stage_label(stage: str) -> str:
    """"turned-down" → "Turned down": the same words in the list's groups and in the stage box."""
    return stage.replace("-", " ").capitalize()

def card_text(intro: operations.IntroductionView) -> str:
    """Only the lines that say something: no blank line or dangling separator when a part is missing."""
    lines = [intro.introduced_name, f"via {intro.introducer_name}", intro.company.strip()]
    if intro.unanswered_attempts:
        tries = intro.unanswered_attempts  # short words: a narrow column wraps them instead of cutting one
        lines.append(f"{tries} {'try' if tries == 1 else 'tries'}, no reply")
    return "\n".join(line for line in lines if line)


class CardDelegate(QStyledItemDelegate):
    """Draws each introduction as a framed card as wide as its column, the name in bold; plain
    list rows of different heights ran together into one column of text."""

    MARGIN, PAD = 4, 7
    WRAP = Qt.TextFlag.TextWordWrap

    def _lines(self, option: QStyleOptionViewItem, index) -> list[tuple[QFont, str, int]]:
        """(font, text, height) of each line, wrapped to the card's inner width."""
        width = self._width(option) - 2 * (self.MARGIN + self.PAD)
        bold = QFont(option.font)
        bold.setBold(True)
        result = []
        for n, text in enumerate(str(index.data() or "").split("\n")):
            font = bold if n == 0 else option.font
            height = QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 20), 10_000), self.WRAP, text).height()
            result.append((font, text, height))
        return result

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        return view.viewport().width() if isinstance(view, QListWidget) else option.rect.width()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt's name)
        height = sum(h for _, _, h in self._lines(option, index))
        return QSize(self._width(option), height + 2 * (self.MARGIN + self.PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        palette, state = option.palette, option.state
        group = QPalette.ColorGroup.Active if state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        selected = bool(state & QStyle.StateFlag.State_Selected)
        card = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)  # the keyboard's place: an accent edge
        edge = QPen(palette.color(group, QPalette.ColorRole.Highlight if selected or focused else QPalette.ColorRole.Mid))
        edge.setWidth(2 if focused and not selected else 1)
        painter.setPen(edge)
        painter.setBrush(palette.color(group, QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 6, 6)
        text = palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        y = card.top() + self.PAD
        for n, (font, line, height) in enumerate(self._lines(option, index)):
            muted = n > 1 and not selected  # the name and the introducer first, then the rest quieter
            painter.setPen(palette.color(group, QPalette.ColorRole.PlaceholderText) if muted else text)
            painter.setFont(font)
            painter.drawText(QRect(card.left() + self.PAD, y, card.width() - 2 * self.PAD, height), self.WRAP, line)
            y += height
        painter.restore()


class IntroductionsView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.form = f = embed_form(self, "introductions")
        f.hintLabel.setProperty("role", "muted")
        self.columns: dict[str, QListWidget] = {}
        self.headers: dict[str, QLabel] = {}
        # Headings share one grid row, so a heading that wraps lowers every column's cards alike.
        for col, stage in enumerate(INTRO_STAGES):
            header = QLabel(INTRO_TITLES[stage])
            header.setProperty("role", "section")
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            lst = QListWidget()
            lst.setObjectName(f"stage_{stage}")
            lst.setAccessibleName(INTRO_TITLES[stage])
            lst.setWordWrap(True)
            lst.setMinimumWidth(92)  # all seven columns fit the narrowest window (946 px), no sideways scrolling
            lst.setItemDelegate(CardDelegate(lst))
            lst.setResizeMode(QListView.ResizeMode.Adjust)  # cards re-wrap when the column's width changes
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lst.itemSelectionChanged.connect(lambda s=stage: self._selected_in(s))
            lst.itemActivated.connect(lambda _item: self.open_person())
            f.boardLayout.addWidget(header, 0, col)
            f.boardLayout.addWidget(lst, 1, col)
            f.boardLayout.setColumnStretch(col, 1)
            self.columns[stage] = lst
            self.headers[stage] = header
        f.boardLayout.setRowStretch(1, 1)
        f.nextButton.clicked.connect(lambda: self.move(+1))
        f.backButton.clicked.connect(lambda: self.move(-1))
        f.openButton.clicked.connect(self.open_person)
        f.newButton.clicked.connect(self.new_introduction)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+Right"), self, lambda: self.move(+1), context=scope)
        QShortcut(QKeySequence("Ctrl+Left"), self, lambda: self.move(-1), context=scope)
        self.intros: dict[int, operations.IntroductionView] = {}
        show_nudges(f.nudgesLabel, ())
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.intros = {i.id: i for i in operations.list_introductions(self.ctx.store)}
        for stage, lst in self.columns.items():
            lst.clear()
            for intro in (i for i in self.intros.values() if i.stage == stage):
                item = QListWidgetItem(card_text(intro))
                item.setToolTip(card_text(intro).replace("\n", " · "))
                item.setData(Qt.ItemDataRole.UserRole, intro.id)
                lst.addItem(item)
            self.headers[stage].setText(f"{INTRO_TITLES[stage]} ({lst.count()})")
        if selected is not None:
            self.select(selected.id)

    def activate(self) -> None:
        """Focus the board with a card selected, so Ctrl+→ moves it on at once, before any click."""
        chosen = [lst for lst in self.columns.values() if lst.selectedItems()]
        if chosen:
            chosen[0].setFocus()
            return
        for lst in self.columns.values():
            if lst.count():
                lst.setFocus()
                lst.setCurrentRow(max(lst.currentRow(), 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
                return

    def _selected_in(self, stage: str) -> None:
        if self.columns[stage].selectedItems():
            for other, lst in self.columns.items():
                if other != stage:
                    lst.blockSignals(True)
                    lst.clearSelection()
                    lst.setCurrentRow(-1)
                    lst.blockSignals(False)

    def selected(self) -> operations.IntroductionView | None:
        for lst in self.columns.values():
            items = lst.selectedItems()
            if items:
                return self.intros.get(items[0].data(Qt.ItemDataRole.UserRole))
        return None

    def select(self, intro_id: int) -> None:
        for lst in self.columns.values():
            for row in range(lst.count()):
                if lst.item(row).data(Qt.ItemDataRole.UserRole) == intro_id:
                    lst.setCurrentRow(row)
                    lst.setFocus()
                    return

    def move(self, step: int) -> None:
        intro = self.selected()
        if intro is None:
            return
        index = INTRO_STAGES.index(intro.stage) + step
        if not 0 <= index < len(INTRO_STAGES):
            return
        outcome = ""
        if INTRO_STAGES[index] == "outcome":
            outcome, ok = QInputDialog.getText(self, "Outcome", "What came of it (a “no” counts too)?")
            if not ok:
                return
        result = self.ctx.run(operations.advance_introduction, intro.id, INTRO_STAGES[index], outcome=outcome)
        if result is not None:
            self.select(intro.id)
            show_nudges(self.form.nudgesLabel, result.nudges, f"{intro.introduced_name}:")

    def open_person(self) -> None:
        intro = self.selected()
        if intro is not None:
            self.ctx.open_contact.emit(intro.introduced_id)

    def new_introduction(self):
        """Record that someone introduces the user to someone else (both picked by name)."""
        from netcompanion.gui.dialogs import form_dialog
        from netcompanion.gui.search import ContactSearch

        dialog, f = form_dialog("introduction", self)
        for stage in INTRO_STAGES:
            f.stageCombo.addItem(INTRO_TITLES[stage], stage)
        introducer = ContactSearch(f.introducerEdit, self.ctx.store, dialog, picker=True)
        introduced = ContactSearch(f.introducedEdit, self.ctx.store, dialog, picker=True)
        f.nudgesLabel.setProperty("role", "muted")

        def accept() -> None:
            if introducer.chosen_id is None or introduced.chosen_id is None:
                f.nudgesLabel.setText(
                    "Pick both people from the suggestions (type a few letters of each name)."
                )
                return
            result = self.ctx.run(
                operations.record_introduction,
                introducer.chosen_id,
                introduced.chosen_id,
                company=f.companyEdit.text().strip(),
                stage=f.stageCombo.currentData(),
            )
            if result is not None:
                dialog.accept()
                self.select(result.record.id)

        f.buttonBox.accepted.connect(accept)
        f.buttonBox.rejected.connect(dialog.reject)
        dialog.pickers = (introducer, introduced)
        dialog.open()
        return dialog


class RoomyRows(QStyledItemDelegate):
    """Rows with air above and below their text, and columns that do not touch: at the style's
    own height the opportunities list read as one cramped block."""

    PAD_Y, PAD_X = 6, 8

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint(option, index)
        height = max(hint.height(), option.fontMetrics.height()) + 2 * self.PAD_Y
        return QSize(hint.width() + 2 * self.PAD_X, height)


class OpportunitiesView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.form = f = embed_form(self, "opportunities")
        f.hintLabel.setProperty("role", "muted")
        for stage in OPP_STAGES:
            f.stageCombo.addItem(stage_label(stage), stage)
        f.tree.setItemDelegate(RoomyRows(f.tree))
        header = f.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        f.applyButton.clicked.connect(self.apply_stage)
        f.newButton.clicked.connect(self.new_opportunity)
        f.editButton.clicked.connect(self.edit_opportunity)
        f.openButton.clicked.connect(self.open_person)
        f.tree.itemActivated.connect(lambda _item, _col: self.edit_opportunity())  # Enter or a double-click
        QShortcut(QKeySequence("F2"), f.tree, self.edit_opportunity, context=Qt.ShortcutContext.WidgetShortcut)
        f.tree.currentItemChanged.connect(self._current_changed)
        show_nudges(f.nudgesLabel, ())
        self.opportunities: dict[int, operations.OpportunityView] = {}
        self._undo_edit: tuple[int, str] | None = None  # (opportunity, label) while Undo would take back an edit
        self.refresh()

    def refresh(self) -> None:
        tree = self.form.tree
        current = self.current()
        tree.clear()
        self.opportunities = {o.id: o for o in operations.list_opportunities(self.ctx.store)}
        people = {i for o in self.opportunities.values() for i in (o.contact_id, o.hiring_manager_id) if i}
        names = operations.contact_names(self.ctx.store, list(people)) if people else {}
        groups: dict[str, QTreeWidgetItem] = {}
        for opp in self.opportunities.values():
            group = groups.get(opp.stage)
            if group is None:
                group = groups[opp.stage] = QTreeWidgetItem([stage_label(opp.stage)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
            item = QTreeWidgetItem([opp.title, opp.company, names.get(opp.contact_id, ""),
                                    names.get(opp.hiring_manager_id, "")])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, opp.id)
            group.addChild(item)
        for stage in OPP_STAGES:  # the stages in their order, as a pursuit goes through them
            if stage in groups:
                tree.addTopLevelItem(groups[stage])
                groups[stage].setFirstColumnSpanned(True)  # a heading across the row, not a first cell
        tree.expandAll()
        if not self.opportunities:
            empty = QTreeWidgetItem(["No opportunities yet — add one when a lead appears."])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(empty)
        if current is not None:
            self.select(current.id)

    def activate(self) -> None:
        self.form.tree.setFocus()

    def current(self) -> operations.OpportunityView | None:
        item = self.form.tree.currentItem()
        opp_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return self.opportunities.get(opp_id) if opp_id is not None else None

    def select(self, opp_id: int) -> None:
        tree = self.form.tree
        for g in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(g)
            for c in range(group.childCount()):
                if group.child(c).data(0, Qt.ItemDataRole.UserRole) == opp_id:
                    tree.setCurrentItem(group.child(c))
                    return

    def _current_changed(self, *_args) -> None:
        opp = self.current()
        for button in (self.form.applyButton, self.form.editButton):
            button.setEnabled(opp is not None)
        self.form.openButton.setEnabled(opp is not None and bool(opp.hiring_manager_id or opp.contact_id))
        if opp is not None:
            self.form.stageCombo.setCurrentIndex(OPP_STAGES.index(opp.stage))

    def apply_stage(self, stage: str | None = None) -> None:
        opp = self.current()
        stage = stage or self.form.stageCombo.currentData()
        if opp is None or stage == opp.stage:
            return
        result = self.ctx.run(operations.advance_opportunity, opp.id, stage)
        if result is None:
            return
        self.select(opp.id)
        if self._undo_edit is not None and self._undo_edit[0] == opp.id:
            self.ctx.forget_undo(self._undo_edit[1])  # what followed from the stage was decided on the edit
        show_nudges(self.form.nudgesLabel, result.nudges, f"{opp.title} at {opp.company}:")
        if stage == "turned-down":
            self.turndown_prompt(opp, result)

    def turndown_prompt(self, opp: operations.OpportunityView, result) -> QMessageBox:
        """A turndown is not the end: suggest asking the hiring manager for a feedback meeting."""
        box = QMessageBox(self)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.RichText)
        text = f"<b>{opp.title} at {opp.company} went to someone else.</b><br><br>"
        text += nudges_html(result.nudges) or (
            "Ask the hiring manager for a short feedback meeting: how you came across, and whom else you should meet."
        )
        if result.followups_created:
            text += "<br><br>Added to your follow-ups: " + ", ".join(
                f"{f.kind.replace('-', ' ')} with {f.contact_name}" for f in result.followups_created
            )
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        if opp.hiring_manager_id:
            open_button = box.addButton("Open the hiring manager", QMessageBox.ButtonRole.ActionRole)
            open_button.clicked.connect(lambda: self.ctx.open_contact.emit(opp.hiring_manager_id))
        box.open()
        return box

    def new_opportunity(self):
        """Company and opening, and — when known — whom it came through and the hiring manager."""
        from netcompanion.gui.opportunity_dialog import OpportunityDialog

        dialog = OpportunityDialog(self.ctx, self)
        dialog.added.connect(self._added)
        dialog.open()
        return dialog

    def _added(self, result) -> None:
        opp = result.record
        self.select(opp.id)
        self.form.tree.setFocus()
        show_nudges(self.form.nudgesLabel, result.nudges, f"{opp.title} at {opp.company}:")
        self.ctx.message.emit(f"Added {opp.title} at {opp.company}.")

    def edit_opportunity(self):
        """The same dialog as a new one, filled in: company, opening, whom it came through, the
        hiring manager and notes; saved through the core, and Edit ▸ Undo puts them back."""
        from netcompanion.gui.opportunity_dialog import OpportunityDialog

        before = self.current()
        if before is None:
            return None
        dialog = OpportunityDialog(self.ctx, self, opportunity=before)
        dialog.edited.connect(lambda result: self._edited(before, result))
        dialog.open()
        return dialog

    def _edited(self, before: operations.OpportunityView, result) -> None:
        opp = result.record
        self.select(opp.id)
        self.form.tree.setFocus()
        show_nudges(self.form.nudgesLabel, result.nudges, f"{opp.title} at {opp.company}:")
        if opp == before:
            self.ctx.message.emit("Nothing to save.")
            return
        label = f"editing {before.title} at {before.company}"
        self.ctx.offer_undo(label, put_back_opportunity, before)
        self._undo_edit = (opp.id, label)
        self.ctx.message.emit(f"Saved {opp.title} at {opp.company} — Ctrl+Z to undo.")

    def open_person(self) -> None:
        """The hiring manager's story, or else the story of whom it came through."""
        opp = self.current()
        if opp is not None and (opp.hiring_manager_id or opp.contact_id):
            self.ctx.open_contact.emit(opp.hiring_manager_id or opp.contact_id)


def put_back_opportunity(store, before: operations.OpportunityView):
    """Undo of an edit: the company, opening, people and notes as they were before it."""
    return pursuit_operations.edit_opportunity(
        store, before.id, company=before.company, title=before.title, contact_id=before.contact_id,
        hiring_manager_id=before.hiring_manager_id, notes=before.notes,
    )  # fmt: skip
