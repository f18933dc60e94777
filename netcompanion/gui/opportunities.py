"""Opportunities as a list grouped by stage, with the turndown prompt; stage moves and edits with Undo."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidgetItem,
    QWidget,
)

from netcompanion import APP_NAME, domain, operations
from netcompanion.gui.assets import embed_form
from netcompanion.gui.context import AppContext
from netcompanion.gui.fit_text import fit_words
from netcompanion.gui.nudges import nudges_html, show_nudges
from netcompanion.gui.pursuit_removal import delete_pursuit
from netcompanion.gui.shortcuts import shortcut
from netcompanion.gui.stage_undo import offer_stage_undo
from netcompanion.operations import pursuits as pursuit_operations
from netcompanion.rules.common import say_count

OPP_STAGES = [s.value for s in domain.OpportunityStage]


def stage_label(stage: str) -> str:
    """"turned-down" → "Turned down": the same words in the list's groups and in the stage box."""
    return stage.replace("-", " ").capitalize()


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
        self.tip = f.hintLabel.text()
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
        f.deleteButton.clicked.connect(self.delete_current)
        shortcut("opportunities.delete", f.tree, self.delete_current)
        f.openButton.clicked.connect(self.open_person)
        f.tree.itemActivated.connect(lambda _item, _col: self.edit_opportunity())  # Enter or a double-click
        shortcut("opportunities.edit", f.tree, self.edit_opportunity)
        f.tree.currentItemChanged.connect(self._current_changed)
        show_nudges(f.nudgesLabel, ())
        self.opportunities: dict[int, operations.OpportunityView] = {}
        self.refresh()

    def refresh(self) -> None:
        tree = self.form.tree
        current = self.current()
        tree.clear()
        self.opportunities = {o.id: o for o in operations.list_opportunities(self.ctx.store)}
        hidden = operations.count_opportunities_in_trash(self.ctx.store)
        in_trash = (f"{say_count(hidden, 'opportunity', 'opportunities')} with a contact or hiring manager in the "
                    "trash, listed again when restored (Edit → Trash…).")  # fmt: skip
        self.form.hintLabel.setText(f"{self.tip}\nNot shown: {in_trash}" if hidden else self.tip)
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
            empty = QTreeWidgetItem([f"No opportunities to show — {in_trash}" if hidden
                                     else "No opportunities yet — add one when a lead appears."])  # fmt: skip
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(empty)
        if current is not None:
            self.select(current.id)
        self._current_changed()  # nothing chosen (an empty list, say): nothing to move, edit or delete

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
        for button in (self.form.stageCombo, self.form.applyButton, self.form.editButton, self.form.deleteButton):
            button.setEnabled(opp is not None)
        self.form.openButton.setEnabled(opp is not None and bool(opp.hiring_manager_id or opp.contact_id))
        if opp is not None:
            self.form.stageCombo.setCurrentIndex(OPP_STAGES.index(opp.stage))

    def delete_current(self) -> bool:
        opp = self.current()
        return opp is not None and delete_pursuit(self.ctx, "opportunity", opp.id)

    def apply_stage(self, stage: str | None = None) -> None:
        opp = self.current()
        stage = stage or self.form.stageCombo.currentData()
        if opp is None or stage == opp.stage:
            return
        result = self.ctx.run(operations.advance_opportunity, opp.id, stage)
        if result is None:
            return
        self.select(opp.id)
        if result.take_back is not None:  # Undo takes back the move now, no longer an edit before it
            offer_stage_undo(self.ctx, result.take_back, stage_label(stage), self._taken_back)
        show_nudges(self.form.nudgesLabel, result.nudges, f"{opp.title} at {opp.company}:")
        if stage == "turned-down":
            self.turndown_prompt(opp, result)

    def _taken_back(self, opp_id: int) -> None:
        """After Undo: the opportunity selected in the group it is back in, without the nudges of
        the move undone."""
        self.select(opp_id)
        show_nudges(self.form.nudgesLabel, ())

    def turndown_prompt(self, opp: operations.OpportunityView, result) -> QMessageBox:
        """A turndown is not the end: suggest asking the hiring manager for a feedback meeting."""
        box = QMessageBox(self)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.RichText)
        text = f"<b>{html.escape(fit_words(f'{opp.title} at {opp.company} went to someone else.'))}</b><br><br>"
        text += nudges_html(result.nudges) or (
            "Ask the hiring manager for a short feedback meeting: how you came across, and whom else you should meet."
        )
        if result.followups_created:
            text += "<br><br>Added to your follow-ups: " + ", ".join(
                f"{f.kind.replace('-', ' ')} with {html.escape(fit_words(f.contact_name))}" for f in result.followups_created
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
        self.ctx.offer_undo(f"editing {before.title} at {before.company}", put_back_opportunity, before)
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
