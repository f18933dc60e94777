"""New opportunity: a real dialog that names whom it came through and the hiring manager, so a
turndown can lead to that hiring manager (rule 9)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox

from netcompanion import operations
from tests.gui.conftest import pick_suggestion


def _open_dialog(view, qtbot) -> QDialog:
    """Click "New opportunity…" the way a user does and wait for the dialog."""
    qtbot.mouseClick(view.form.newButton, Qt.MouseButton.LeftButton)
    dialog = view.findChild(QDialog, "OpportunityDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def _row(view, title: str) -> list[str]:
    tree = view.form.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for c in range(group.childCount()):
            if group.child(c).text(0) == title:
                return [group.child(c).text(n) for n in range(tree.columnCount())]
    raise AssertionError(f"{title} is not on the page")


def test_a_new_opportunity_names_whom_it_came_through_and_the_hiring_manager(window, demo_store, qtbot):
    through = operations.add_contact(demo_store, name="Tobias Throughway", company="Litware")
    manager = operations.add_contact(demo_store, name="Hannah Hirewell", company="Fabrikam Labs")
    view = window.show_view("opportunities")
    dialog = _open_dialog(view, qtbot)
    company, title, through_box, manager_box = (
        dialog.findChild(QLineEdit, name) for name in ("companyEdit", "titleEdit", "throughEdit", "managerEdit")
    )
    # The keyboard goes down the form in order: company, opening, through, hiring manager.
    assert QApplication.focusWidget() is company
    for box in (title, through_box, manager_box):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is box

    pick_suggestion(qtbot, manager_box, "hannah hire")
    assert manager_box.text() == "Hannah Hirewell — Fabrikam Labs"
    assert dialog.isVisible()  # Enter in the suggestions picks a name; it does not add the opportunity yet
    assert company.text() == "Fabrikam Labs"  # the hiring manager's company fills the empty box
    pick_suggestion(qtbot, through_box, "tobias thr")
    assert dialog.isVisible()
    qtbot.keyClicks(title, "Staff Data Engineer")
    qtbot.keyClick(title, Qt.Key.Key_Return)  # Enter: the default button adds it
    qtbot.waitUntil(lambda: not dialog.isVisible())

    (opp,) = [o for o in operations.list_opportunities(demo_store) if o.title == "Staff Data Engineer"]
    assert (opp.company, opp.contact_id, opp.hiring_manager_id) == ("Fabrikam Labs", through.id, manager.id)
    assert _row(view, "Staff Data Engineer") == [
        "Staff Data Engineer", "Fabrikam Labs", "Tobias Throughway", "Hannah Hirewell"
    ]  # fmt: skip
    assert view.current().id == opp.id  # the new one is selected, ready to move on

    # Turned down: the prompt offers the hiring manager just named, and opens their story.
    view.form.stageCombo.setCurrentIndex(view.form.stageCombo.findData("turned-down"))
    qtbot.mouseClick(view.form.applyButton, Qt.MouseButton.LeftButton)
    box = next(w for w in view.findChildren(QMessageBox) if w.isVisible())
    assert "Hannah Hirewell" in box.text()
    (open_button,) = [b for b in box.buttons() if b.text() == "Open the hiring manager"]
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.form.pages.currentWidget().objectName() == "contactStory")
    story = window.form.pages.currentWidget()
    assert story.contact.id == manager.id
    assert story.form.storyName.text() == "Hannah Hirewell"
    assert [f.kind for f in operations.list_followups(demo_store, contact_id=manager.id)] == ["feedback-meeting"]


def test_the_dialog_says_in_one_sentence_why_it_refused_and_escape_leaves_nothing(window, demo_store, qtbot):
    before = len(operations.list_opportunities(demo_store))
    view = window.show_view("opportunities")
    dialog = _open_dialog(view, qtbot)
    problem = dialog.findChild(QLabel, "problemLabel")
    company, title, manager_box = (dialog.findChild(QLineEdit, n) for n in ("companyEdit", "titleEdit", "managerEdit"))
    add = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert add.isDefault()

    qtbot.keyClicks(company, "Contoso")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert problem.isVisible() and problem.text() == 'An opportunity needs a title, e.g. "Data engineer".'
    assert QApplication.focusWidget() is title  # where the missing part goes
    qtbot.keyClicks(title, "Architect")
    assert not problem.isVisible()  # gone once the user acts on it

    qtbot.keyClicks(manager_box, "nobody by this name")  # typed, never picked from the suggestions
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert problem.text().startswith("Pick the hiring manager from the suggestions")
    assert len(operations.list_opportunities(demo_store)) == before

    assert QApplication.focusWidget() is manager_box
    qtbot.keyClick(manager_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(operations.list_opportunities(demo_store)) == before


def test_without_through_or_hiring_manager_the_opportunity_is_added_as_before(window, demo_store, qtbot):
    view = window.show_view("opportunities")
    dialog = _open_dialog(view, qtbot)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "companyEdit"), "Northwind")
    title = dialog.findChild(QLineEdit, "titleEdit")
    qtbot.keyClicks(title, "Platform Lead")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _row(view, "Platform Lead") == ["Platform Lead", "Northwind", "", ""]
