"""Introductions as a board by stage: a column per stage, a framed card per introduction."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QItemSelectionModel, QMimeData, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QDrag,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from netcompanion import domain, operations
from netcompanion.gui.assets import embed_form
from netcompanion.gui.context import AppContext
from netcompanion.gui.nudges import show_nudges
from netcompanion.gui.pursuit_removal import delete_pursuit
from netcompanion.gui.shortcuts import WITH_CHILDREN, shortcut
from netcompanion.gui.stage_undo import offer_stage_undo
from netcompanion.rules.common import say_count

INTRO_STAGES = [s.value for s in domain.IntroductionStage]
CARD_MIME = "application/x-netcompanion-introduction"  # a card dragged: the introduction's number
INTRO_TITLES = {
    "requested": "Requested",
    "made": "Made",
    "connected": "Connected",
    "message-relayed": "Message relayed",
    "introducer-out-of-loop": "Introducer out",
    "outcome": "Outcome",
    "loop-closed": "Loop closed",
}


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


class StageColumn(QListWidget):
    """One stage's column: its cards can be dragged to another column, which moves the introduction
    to that stage (as Ctrl+→ does a stage at a time); the board is then drawn again from the database."""

    def __init__(self, stage: str, dropped: Callable[[int, str], None]) -> None:
        super().__init__()
        self.stage, self._dropped = stage, dropped
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802 (Qt's name)
        data = QMimeData()
        if items:
            data.setData(CARD_MIME, str(items[0].data(Qt.ItemDataRole.UserRole)).encode())
        return data

    def startDrag(self, _actions) -> None:  # noqa: N802 (Qt's name)
        """The card itself follows the pointer; nothing is taken out of the column here (a move the
        user then cancels, say at the outcome question, would leave a hole)."""
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(self.viewport().grab(self.visualItemRect(item)))
        drag.exec(Qt.DropAction.MoveAction)

    def _card_id(self, event: QDragMoveEvent | QDropEvent) -> int | None:
        raw = bytes(event.mimeData().data(CARD_MIME)).decode() if event.mimeData().hasFormat(CARD_MIME) else ""
        return int(raw) if raw.isdigit() else None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._card_id(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        intro_id = self._card_id(event)
        if intro_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        QTimer.singleShot(0, lambda: self._dropped(intro_id, self.stage))  # after the drag: it may ask a question


class IntroductionsView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.form = f = embed_form(self, "introductions")
        f.hintLabel.setProperty("role", "muted")
        self.tip = f.hintLabel.text()
        self.columns: dict[str, StageColumn] = {}
        self.headers: dict[str, QLabel] = {}
        # Headings share one grid row, so a heading that wraps lowers every column's cards alike.
        for col, stage in enumerate(INTRO_STAGES):
            header = QLabel(INTRO_TITLES[stage])
            header.setProperty("role", "section")
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            lst = StageColumn(stage, self.move_to)
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
        f.deleteButton.clicked.connect(self.delete_selected)
        shortcut("introductions.delete", self, self.delete_selected, WITH_CHILDREN)
        shortcut("introductions.next", self, lambda: self.move(+1), WITH_CHILDREN)
        shortcut("introductions.back", self, lambda: self.move(-1), WITH_CHILDREN)
        self.intros: dict[int, operations.IntroductionView] = {}
        show_nudges(f.nudgesLabel, ())
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.intros = {i.id: i for i in operations.list_introductions(self.ctx.store)}
        hidden = operations.count_introductions_in_trash(self.ctx.store)  # out of the board, not lost
        in_trash = (f"{say_count(hidden, 'introduction')} with someone in the trash, listed again when restored "
                    "(Edit → Trash…).")  # fmt: skip
        self.form.hintLabel.setText(f"{self.tip}\nNot shown: {in_trash}" if hidden else self.tip)
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
        self._update_buttons()

    def activate(self) -> None:
        """Focus the board with a card selected, so Ctrl+→ moves it on at once, before any click."""
        # Tab goes across the columns, then to the buttons under them (made last, the columns came
        # last). Set here, with the board in the window: on the board alone the order is a circle,
        # which Qt takes for one that reads so already.
        f = self.form
        stops = [*self.columns.values(), f.backButton, f.nextButton, f.openButton, f.deleteButton, f.newButton]
        for before, after in pairwise(stops):
            QWidget.setTabOrder(before, after)
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
        self._update_buttons()

    def _update_buttons(self) -> None:
        """The buttons act on the selected card: with none, or at the first or last stage, those
        that would do nothing are greyed out."""
        intro = self.selected()
        index = INTRO_STAGES.index(intro.stage) if intro is not None else -1
        f = self.form
        f.openButton.setEnabled(intro is not None)
        f.deleteButton.setEnabled(intro is not None)
        f.backButton.setEnabled(index > 0)
        f.nextButton.setEnabled(0 <= index < len(INTRO_STAGES) - 1)

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
        """Ctrl+→ / Ctrl+←: the selected card a stage on or back."""
        intro = self.selected()
        if intro is None:
            return
        index = INTRO_STAGES.index(intro.stage) + step
        if 0 <= index < len(INTRO_STAGES):
            self.move_to(intro.id, INTRO_STAGES[index])

    def move_to(self, intro_id: int, stage: str) -> None:
        """An introduction to `stage` (a card dropped on its column may skip stages, or go back)."""
        intro = self.intros.get(intro_id)
        if intro is None or stage == intro.stage:
            return
        outcome = ""
        if stage == "outcome":
            outcome, ok = QInputDialog.getText(  # back from "loop closed": what came of it is kept, shown
                self, "Outcome", "What came of it (a “no” counts too)?", text=intro.outcome or ""
            )
            if not ok:
                return
        result = self.ctx.run(operations.advance_introduction, intro.id, stage, outcome=outcome)
        if result is not None:
            self.select(intro.id)
            show_nudges(self.form.nudgesLabel, result.nudges, f"{intro.introduced_name}:")
            if result.take_back is not None:
                offer_stage_undo(self.ctx, result.take_back, INTRO_TITLES[stage], self._taken_back)

    def _taken_back(self, intro_id: int) -> None:
        """After Undo: the card selected where it is back, without the nudges of the move undone."""
        self.select(intro_id)
        show_nudges(self.form.nudgesLabel, ())

    def delete_selected(self) -> bool:
        intro = self.selected()
        return intro is not None and delete_pursuit(self.ctx, "introduction", intro.id)

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
