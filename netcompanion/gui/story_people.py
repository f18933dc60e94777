"""A contact's People tab: the introductions they are part of, the people they referred you to, and
what you did for them (rule 14) — a favour is logged here, and taken out again when it was logged by
mistake (Remove or Delete; Edit ▸ Undo puts it back)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from netcompanion import operations
from netcompanion.gui.assets import Form
from netcompanion.gui.context import AppContext
from netcompanion.gui.favour_dialog import KINDS as FAVOUR_KINDS
from netcompanion.gui.shortcuts import shortcut
from netcompanion.operations.pursuits import put_back_favour, remove_favour
from netcompanion.rules.common import say_day

EMPTY = {"introList": "No introductions yet.", "referralList": "Nobody yet.", "favourList": "Nothing logged yet."}


def favour_text(favour, contact_id: int, names: dict[int, str]) -> str:
    """One favour as the People tab says it: "Tue 3 Mar 2026 — Introduced them to Ann Lee: at the fair"."""
    other_id = favour.other_contact_id if favour.contact_id == contact_id else favour.contact_id
    other = names.get(other_id, "someone in the trash") if other_id else ""  # `names` leaves the trash out
    if other and favour.kind == "introduction":
        what = f"Introduced them to {other}"
    elif other and favour.kind == "referral":
        what = f"Referred them to {other}" if favour.contact_id == contact_id else f"Referred {other} to them"
    else:
        what = FAVOUR_KINDS.get(favour.kind, favour.kind.capitalize())
    return f"{say_day(favour.day)} {favour.day:%Y} — {what}" + (f": {favour.note}" if favour.note else "")


def _item(text: str, data: int | None) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class PeopleTab(QObject):
    """Fills the tab's three lists for the contact shown and carries out what its buttons ask."""

    def __init__(self, ctx: AppContext, story: QWidget, form: Form) -> None:
        super().__init__(story)
        self.ctx, self.story, self.form = ctx, story, form
        self.contact_id: int | None = None
        self.contact_name = ""
        self._pick: tuple[int, int] | None = None  # (contact, favour) to select when next filled (after Undo)
        f = form
        for lst in (f.introList, f.referralList):
            lst.itemActivated.connect(self._open_person)
        f.favourButton.clicked.connect(self.log_favour)
        f.removeFavourButton.clicked.connect(self.remove_favour)
        f.favourList.itemSelectionChanged.connect(self._selection_changed)
        shortcut("story.remove_favour", f.favourList, self.remove_favour)

    def _open_person(self, item: QListWidgetItem) -> None:
        contact_id = item.data(Qt.ItemDataRole.UserRole)
        if contact_id is not None:
            self.ctx.open_contact.emit(contact_id)

    # ---- showing --------------------------------------------------------------------------------
    def fill(self, contact_id: int, name: str) -> None:
        f = self.form
        self.contact_id, self.contact_name = contact_id, name
        f.introList.clear()
        for intro in operations.list_introductions(self.ctx.store, contact_id):
            if intro.introducer_id == contact_id:
                text, other = f"Introduced you to {intro.introduced_name}", intro.introduced_id
            else:
                text, other = f"Introduced to you by {intro.introducer_name}", intro.introducer_id
            if intro.company:
                text += f" ({intro.company})"
            f.introList.addItem(_item(f"{text} — {intro.stage.replace('-', ' ')}", other))
        f.referralList.clear()
        for other_id, other_name in operations.list_referrals(self.ctx.store, contact_id):
            f.referralList.addItem(_item(other_name, other_id))
        self._fill_favours(contact_id)
        for lst in (f.introList, f.referralList, f.favourList):
            if lst.count() == 0:
                item = QListWidgetItem(EMPTY[lst.objectName()])
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                lst.addItem(item)
        pick, self._pick = self._pick, None
        if pick is not None and pick[0] == contact_id:
            self.show_favour(pick[1])
        self._selection_changed()

    def _fill_favours(self, contact_id: int) -> None:
        lst: QListWidget = self.form.favourList
        lst.clear()
        favours = operations.list_favours(self.ctx.store, contact_id)
        others = {i for fv in favours for i in (fv.contact_id, fv.other_contact_id) if i and i != contact_id}
        names = operations.contact_names(self.ctx.store, list(others)) if others else {}
        for favour in favours:
            lst.addItem(_item(favour_text(favour, contact_id, names), favour.id))

    def show_favour(self, favour_id: int) -> None:
        """Bring the People tab forward with this favour selected (just logged, or put back)."""
        f = self.form
        for row in range(f.favourList.count()):
            if f.favourList.item(row).data(Qt.ItemDataRole.UserRole) == favour_id:
                f.tabs.setCurrentWidget(f.peopleTab)
                f.favourList.setCurrentRow(row)
                f.favourList.scrollToItem(f.favourList.item(row))
                return

    def selected_favour(self) -> int | None:
        items = self.form.favourList.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selection_changed(self) -> None:
        self.form.removeFavourButton.setEnabled(self.selected_favour() is not None)

    # ---- acting ---------------------------------------------------------------------------------
    def log_favour(self):
        """What the user did for this person; the list shows it as soon as it is logged."""
        from netcompanion.gui.favour_dialog import FavourDialog

        if self.contact_id is None:
            return None
        challenge = self.form.challengeEdit.text().strip()  # as on screen, saved or not
        dialog = FavourDialog(self.ctx, self.contact_id, self.contact_name, challenge, self.story)
        dialog.logged.connect(lambda result: self.show_favour(result.record.id))
        dialog.open()
        return dialog

    def remove_favour(self) -> bool:
        """Take the selected favour out (a mistake, say): no question first, Ctrl+Z puts it back."""
        favour_id = self.selected_favour()
        if favour_id is None or self.contact_id is None:
            return False
        contact_id, name = self.contact_id, self.contact_name
        removed = self.ctx.run(remove_favour, favour_id, quiet=True)
        if removed is None:  # gone already (removed from the other person's story, say): show what is there
            self.fill(contact_id, name)
            return False
        self.ctx.offer_undo(
            f"removing a favour for {name}", put_back_favour, removed,
            then=lambda back: setattr(self, "_pick", (contact_id, back.id)),
        )  # fmt: skip
        self.ctx.changed.emit()
        self.form.favourList.setFocus()  # the keyboard stays on the list (the button is disabled now)
        self.ctx.message.emit(f"Removed a favour for {name} — Ctrl+Z to undo.")
        return True
