"""A contact's Follow-ups tab: what is due with them and when, and what to do with one — change it
(F2, a double-click or the right-click menu; Edit ▸ Undo puts it back), mark it done, snooze it a week,
dismiss it. Change has no button of its own: a fourth one under the list made the page too wide for
a 960-pixel window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidgetItem, QMenu, QWidget

from netcompanion import operations
from netcompanion.calllist_words import say_ago
from netcompanion.gui.assets import Form
from netcompanion.gui.context import AppContext
from netcompanion.gui.shortcuts import SHORTCUTS, shortcut
from netcompanion.gui.theme import is_dark
from netcompanion.operations.results import FollowUpView
from netcompanion.rules.common import say_day

OVERDUE_COLOURS = {False: "#b42318", True: "#ff8a80"}  # light, dark: readable on Base and AlternateBase


def followup_text(fu: FollowUpView, today: dt.date) -> str:
    """One follow-up as the tab lists it: "Thank you — due Thu 3 Dec at 10:00 (snoozed)", its note under it."""
    due = fu.effective_due()
    if due < today:
        when = f"overdue, was due {say_day(due)} ({say_ago((today - due).days)})"
    else:
        when = "due today" if due == today else f"due {say_day(due)}"
    text = ("⚠ " if due < today else "") + f"{fu.kind.replace('-', ' ').capitalize()} — {when}"
    if fu.at:
        text += f" at {fu.at:%H:%M}"
    if fu.status == "snoozed":
        text += " (snoozed)"
    if fu.note:  # under its follow-up, indented: it reads as part of it, not as another item
        text += f"\n    {fu.note}"
    return text


def offer_edit_undo(ctx: AppContext, edit: operations.FollowUpEdit) -> None:
    """Edit ▸ Undo (Ctrl+Z) takes the change back; the status line says what changed."""
    name = edit.after.contact_name
    if not edit.changed:
        ctx.message.emit("Nothing to change.")
        return
    ctx.offer_undo(f"editing the follow-up with {name}", operations.take_back_followup_edit, edit,
                   contacts=(edit.after.contact_id,))  # fmt: skip
    ctx.message.emit(f"Changed the follow-up with {name} — Ctrl+Z to undo.")


class FollowUpsTab(QObject):
    """Fills the tab's list for the contact shown and carries out what its buttons ask."""

    def __init__(self, ctx: AppContext, story: QWidget, form: Form) -> None:
        super().__init__(story)
        self.ctx, self.story, self.form = ctx, story, form
        self.shown: dict[int, FollowUpView] = {}
        f = form
        f.doneButton.clicked.connect(lambda: self._act(operations.complete_followup))
        f.dismissButton.clicked.connect(lambda: self._act(operations.dismiss_followup))
        # a week from its day, or from today when that is later: never earlier than it was due
        f.snoozeButton.clicked.connect(lambda: self._act(operations.snooze_followup_by, 7))
        f.followupList.itemActivated.connect(lambda _item: self.edit_followup())
        f.followupList.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        f.followupList.customContextMenuRequested.connect(self.menu)
        f.followupList.setToolTip(f"{SHORTCUTS['story.edit_followup'].text()} or a double-click changes the "
                                  "follow-up; right-click for more")  # fmt: skip
        shortcut("story.edit_followup", f.followupList, self.edit_followup)

    def fill(self, contact_id: int, today: dt.date) -> None:
        lst = self.form.followupList
        keep = self.current()
        lst.clear()
        self.shown = {}
        for fu in operations.list_followups(self.ctx.store, contact_id=contact_id):
            self.shown[fu.id] = fu
            item = QListWidgetItem(followup_text(fu, today))
            item.setData(Qt.ItemDataRole.UserRole, fu.id)
            if fu.effective_due() < today:  # the mark and the words stay when the item is selected; the colour when not
                item.setForeground(QColor(OVERDUE_COLOURS[is_dark()]))
            lst.addItem(item)
        has = lst.count() > 0
        for button in (self.form.doneButton, self.form.snoozeButton, self.form.dismissButton):
            button.setEnabled(has)
        if has:
            ids = [lst.item(row).data(Qt.ItemDataRole.UserRole) for row in range(lst.count())]
            lst.setCurrentRow(ids.index(keep.id) if keep and keep.id in ids else 0)  # an edited one stays chosen

    def current(self) -> FollowUpView | None:
        item = self.form.followupList.currentItem()
        return self.shown.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def edit_followup(self):
        """The follow-up's dialog, filled in with it; OK changes it, and Edit ▸ Undo takes that back."""
        from netcompanion.gui.followup_dialog import open_edit_followup_dialog

        followup = self.current()
        if followup is None:
            return None
        return open_edit_followup_dialog(self.ctx, followup, self.story, lambda edit: offer_edit_undo(self.ctx, edit))

    def menu(self, at: QPoint) -> QMenu | None:
        """Right-click on a follow-up: what the buttons under the list do, with their keys."""
        lst = self.form.followupList
        item = lst.itemAt(at)
        if item is None:
            return None
        lst.setCurrentItem(item)
        menu = QMenu(lst)
        menu.setObjectName("followupMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per right-click
        edit = menu.addAction(f"Edit follow-up…\t{SHORTCUTS['story.edit_followup'].text()}")
        edit.triggered.connect(lambda _checked=False: self.edit_followup())
        for button in (self.form.doneButton, self.form.snoozeButton, self.form.dismissButton):
            action = menu.addAction(button.text())
            action.triggered.connect(lambda _checked=False, b=button: b.click())
        menu.popup(lst.viewport().mapToGlobal(at))
        return menu

    def _act(self, fn, *args) -> None:
        followup = self.current()
        if followup is not None:
            self.ctx.run(fn, followup.id, *args)
