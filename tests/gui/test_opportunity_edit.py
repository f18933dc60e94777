"""Edit… on the Opportunities page: the new-opportunity dialog, filled in, saves changes through the
core — a new hiring manager is the one a turndown then plans the feedback meeting with (rule 9) —
and Edit ▸ Undo puts the old values back."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from netcompanion import operations
from tests.gui.conftest import pick_suggestion


def _row_item(view, title: str):
    tree = view.form.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for c in range(group.childCount()):
            if group.child(c).text(0) == title:
                return group.child(c)
    raise AssertionError(f"{title} is not on the page")


def _row(view, title: str) -> list[str]:
    item = _row_item(view, title)
    return [item.text(n) for n in range(view.form.tree.columnCount())]


def _dialog(view, qtbot) -> QDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(QDialog, "OpportunityDialog")))
    dialog = next(d for d in view.findChildren(QDialog, "OpportunityDialog") if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def _boxes(dialog) -> dict[str, QLineEdit]:
    names = ("companyEdit", "titleEdit", "throughEdit", "managerEdit", "notesEdit")
    return {name: dialog.findChild(QLineEdit, name) for name in names}


def _double_click(qtbot, view, title: str) -> None:
    tree = view.form.tree
    rect = tree.visualItemRect(_row_item(view, title))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_new_hiring_manager_set_by_edit_gets_the_feedback_meeting_after_a_turndown(window, demo_store, qtbot):
    through = operations.add_contact(demo_store, name="Tobias Throughway", company="Litware")
    old = operations.add_contact(demo_store, name="Oscar Oldmanager", company="Fabrikam Labs")
    new = operations.add_contact(demo_store, name="Nadia Newmanager", company="Fabrikam Labs")
    operations.record_opportunity(
        demo_store, "Fabrikam Labs", "Staff Data Engineer", contact_id=through.id, hiring_manager_id=old.id,
        notes="panel in two weeks",
    )  # fmt: skip
    window.search.invalidate()
    view = window.show_view("opportunities")
    _double_click(qtbot, view, "Staff Data Engineer")
    dialog = _dialog(view, qtbot)
    boxes = _boxes(dialog)
    assert dialog.windowTitle() == "Edit opportunity — Staff Data Engineer at Fabrikam Labs"
    assert {name: box.text() for name, box in boxes.items()} == {
        "companyEdit": "Fabrikam Labs", "titleEdit": "Staff Data Engineer", "throughEdit": "Tobias Throughway — Litware",
        "managerEdit": "Oscar Oldmanager — Fabrikam Labs", "notesEdit": "panel in two weeks",
    }  # fmt: skip
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert save.text() == "&Save" and save.isDefault()

    boxes["managerEdit"].clear()
    pick_suggestion(qtbot, boxes["managerEdit"], "nadia newm")
    assert dialog.isVisible()  # Enter in the suggestions picks the name only
    qtbot.keyClick(boxes["titleEdit"], Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _row(view, "Staff Data Engineer") == [
        "Staff Data Engineer", "Fabrikam Labs", "Tobias Throughway", "Nadia Newmanager"
    ]  # fmt: skip
    (opp,) = [o for o in operations.list_opportunities(demo_store) if o.title == "Staff Data Engineer"]
    assert (opp.hiring_manager_id, opp.contact_id, opp.notes) == (new.id, through.id, "panel in two weeks")
    assert view.current().id == opp.id
    assert window.statusBar().currentMessage() == "Saved Staff Data Engineer at Fabrikam Labs — Ctrl+Z to undo."

    view.form.stageCombo.setCurrentIndex(view.form.stageCombo.findData("turned-down"))
    qtbot.mouseClick(view.form.applyButton, Qt.MouseButton.LeftButton)
    box = next(w for w in view.findChildren(QMessageBox) if w.isVisible())
    assert "feedback meeting with Nadia Newmanager" in box.text()
    assert "Oscar" not in box.text()
    box.accept()
    assert [f.kind for f in operations.list_followups(demo_store, contact_id=new.id)] == ["feedback-meeting"]
    assert operations.list_followups(demo_store, contact_id=old.id) == []
    # Undoing the edit would now put Oscar back under a feedback meeting planned with Nadia: Undo
    # offers to take back the turndown instead.
    assert window.undo_action.text() == "&Undo moving Staff Data Engineer at Fabrikam Labs to “Turned down”"


def test_undo_puts_back_what_the_edit_changed(window, demo_store, qtbot):
    manager = operations.add_contact(demo_store, name="Hannah Hirewell", company="Northwind")
    operations.record_opportunity(demo_store, "Northwind", "Platform Lead", hiring_manager_id=manager.id)
    view = window.show_view("opportunities")
    view.select(_row_item(view, "Platform Lead").data(0, Qt.ItemDataRole.UserRole))
    view.form.tree.setFocus()
    qtbot.keyClick(view.form.tree, Qt.Key.Key_Return)  # Enter on the row opens the editor, as in Contacts
    dialog = _dialog(view, qtbot)
    boxes = _boxes(dialog)
    assert QApplication.focusWidget() is boxes["companyEdit"]
    boxes["titleEdit"].selectAll()
    qtbot.keyClicks(boxes["titleEdit"], "Head of Platform")
    boxes["managerEdit"].clear()  # nobody known any more
    qtbot.keyClicks(boxes["notesEdit"], "  met   at the conference ")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _row(view, "Head of Platform") == ["Head of Platform", "Northwind", "", ""]
    (opp,) = [o for o in operations.list_opportunities(demo_store) if o.title == "Head of Platform"]
    assert (opp.title, opp.hiring_manager_id, opp.notes) == ("Head of Platform", None, "met at the conference")
    assert window.undo_action.text() == "&Undo editing Platform Lead at Northwind"

    window.activateWindow()  # as the desktop does once the dialog is gone (the offscreen platform does not)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(view.form.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.undo_action.isEnabled())
    assert _row(view, "Platform Lead") == ["Platform Lead", "Northwind", "", "Hannah Hirewell"]
    (back,) = [o for o in operations.list_opportunities(demo_store) if o.id == opp.id]
    assert (back.title, back.hiring_manager_id, back.notes) == ("Platform Lead", manager.id, "")
    assert view.current().id == opp.id  # still the one selected


def test_f2_and_the_edit_button_open_the_editor_and_escape_changes_nothing(window, demo_store, qtbot):
    operations.record_opportunity(demo_store, "Contoso", "Architect")
    before = operations.list_opportunities(demo_store)
    view = window.show_view("opportunities")
    view.form.tree.setCurrentItem(None)
    assert not view.form.editButton.isEnabled() and not view.form.openButton.isEnabled()
    view.select(_row_item(view, "Architect").data(0, Qt.ItemDataRole.UserRole))
    assert view.form.editButton.isEnabled()
    assert not view.form.openButton.isEnabled()  # nobody named on it: no story to open
    view.form.tree.setFocus()
    qtbot.keyClick(view.form.tree, Qt.Key.Key_F2)
    dialog = _dialog(view, qtbot)
    qtbot.keyClicks(_boxes(dialog)["companyEdit"], "Something else")
    qtbot.keyClick(_boxes(dialog)["companyEdit"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert operations.list_opportunities(demo_store) == before
    qtbot.mouseClick(view.form.editButton, Qt.MouseButton.LeftButton)
    dialog = _dialog(view, qtbot)
    assert _boxes(dialog)["companyEdit"].text() == "Contoso"
    dialog.reject()
    # Alt+I for Edit…: Alt+E is the Edit menu's, and a key two buttons share does neither.
    texts = [a.text() for a in window.menuBar().actions()]
    on_page = [w for w in view.findChildren(QAbstractButton) + view.findChildren(QLabel) if w.window() is window]
    texts += [w.text() for w in on_page]
    keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t.replace("&&", "")))]
    assert "i" in keys and len(keys) == len(set(keys)), sorted(keys)


def test_an_emptied_opening_is_refused_in_the_dialog_and_moving_onto_a_pursued_one_warns(window, demo_store, qtbot):
    dana = operations.add_contact(demo_store, name="Dana Whitfield", company="Contoso")
    operations.record_opportunity(demo_store, "Fabrikam", "Staff Engineer", contact_id=dana.id)
    operations.record_opportunity(demo_store, "Contoso", "Staff Engineer")
    view = window.show_view("opportunities")
    (contoso,) = [o for o in operations.list_opportunities(demo_store) if o.company == "Contoso" and o.title == "Staff Engineer"]
    view.select(contoso.id)
    qtbot.mouseClick(view.form.editButton, Qt.MouseButton.LeftButton)
    dialog = _dialog(view, qtbot)
    boxes = _boxes(dialog)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    boxes["titleEdit"].clear()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    problem = dialog.findChild(QLabel, "problemLabel")
    assert dialog.isVisible() and problem.text() == 'An opportunity needs a title, e.g. "Data engineer".'
    assert QApplication.focusWidget() is boxes["titleEdit"]
    qtbot.keyClicks(boxes["titleEdit"], "Staff Engineer")
    boxes["companyEdit"].selectAll()
    qtbot.keyClicks(boxes["companyEdit"], "fabrikam")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "already pursuing &quot;Staff Engineer&quot; at Fabrikam through Dana Whitfield" in view.form.nudgesLabel.text()
    assert [o.company for o in operations.list_opportunities(demo_store) if o.title == "Staff Engineer"] == [
        "Fabrikam", "Fabrikam"
    ]  # a warning, never a block


def test_open_person_opens_the_hiring_manager_s_story(window, demo_store, qtbot):
    manager = operations.add_contact(demo_store, name="Hannah Hirewell", company="Northwind")
    opp = operations.record_opportunity(demo_store, "Northwind", "Platform Lead", hiring_manager_id=manager.id).record
    view = window.show_view("opportunities")
    view.select(opp.id)
    qtbot.mouseClick(view.form.openButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.form.pages.currentWidget().objectName() == "contactStory")
    assert window.form.pages.currentWidget().contact.id == manager.id


def test_a_note_typed_when_adding_it_is_kept_and_shown_when_editing(window, demo_store, qtbot):
    view = window.show_view("opportunities")
    qtbot.mouseClick(view.form.newButton, Qt.MouseButton.LeftButton)
    dialog = _dialog(view, qtbot)
    boxes = _boxes(dialog)
    qtbot.keyClicks(boxes["companyEdit"], "Northwind")
    qtbot.keyClicks(boxes["titleEdit"], "Data Steward")
    qtbot.keyClicks(boxes["notesEdit"], "posted on their careers page")
    qtbot.keyClick(boxes["notesEdit"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (opp,) = [o for o in operations.list_opportunities(demo_store) if o.title == "Data Steward"]
    assert opp.notes == "posted on their careers page"
    qtbot.mouseClick(view.form.editButton, Qt.MouseButton.LeftButton)  # the new one is selected
    dialog = _dialog(view, qtbot)
    assert _boxes(dialog)["notesEdit"].text() == "posted on their careers page"
    dialog.reject()
