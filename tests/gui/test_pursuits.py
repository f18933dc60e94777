"""Introductions board by stage; opportunities by stage with the turndown prompt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from netcompanion import operations


def test_introductions_board_moves_a_card_on_with_the_keyboard(window, demo_store, qtbot):
    a = operations.add_contact(demo_store, name="Intro Ducer")
    b = operations.add_contact(demo_store, name="Newly Met", company="Lamna")
    intro = operations.record_introduction(demo_store, a.id, b.id, stage="connected").record
    view = window.show_view("introductions")
    view.refresh()
    view.select(intro.id)
    assert view.selected().id == intro.id
    qtbot.keyClick(view.columns["connected"], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    moved = [i for i in operations.list_introductions(demo_store) if i.id == intro.id][0]
    assert moved.stage == "message-relayed"
    assert view.selected().id == intro.id
    assert view.headers["message-relayed"].text().startswith("Message relayed (")
    assert view.form.nudgesLabel.isVisible()  # make the introducer dispensable


def test_turning_down_an_opportunity_prompts_for_a_feedback_meeting(window, demo_store, qtbot):
    manager = operations.add_contact(demo_store, name="Hira Manager", company="Fabrikam")
    opp = operations.record_opportunity(
        demo_store, "Fabrikam", "Staff Engineer", hiring_manager_id=manager.id
    ).record
    view = window.show_view("opportunities")
    view.refresh()
    view.select(opp.id)
    view.form.stageCombo.setCurrentIndex(view.form.stageCombo.findData("turned-down"))
    qtbot.mouseClick(view.form.applyButton, Qt.MouseButton.LeftButton)
    box = next(w for w in view.findChildren(QMessageBox) if w.isVisible())
    assert "feedback" in box.text().lower()
    assert "Hira Manager" in box.text()
    assert [b.text() for b in box.buttons() if b.text().startswith("Open")] == ["Open the hiring manager"]
    box.accept()
    followups = operations.list_followups(demo_store, contact_id=manager.id)
    assert [f.kind for f in followups] == ["feedback-meeting"]


def test_a_new_introduction_is_made_by_picking_two_people_by_name(window, demo_store, qtbot):
    a = operations.add_contact(demo_store, name="Xavi Introducer")
    b = operations.add_contact(demo_store, name="Yolanda Target", company="Woodgrove Bank")
    window.search.invalidate()
    view = window.show_view("introductions")
    dialog = view.new_introduction()
    introducer, introduced = dialog.pickers
    qtbot.keyClicks(introducer.box, "xavi intro")
    qtbot.keyClick(introducer.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(introducer.completer.popup(), Qt.Key.Key_Return)
    assert introducer.chosen_id == a.id
    assert introducer.box.text() == "Xavi Introducer"
    qtbot.keyClicks(introduced.box, "yolanda")
    qtbot.keyClick(introduced.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(introduced.completer.popup(), Qt.Key.Key_Return)
    dialog.findChild(QDialogButtonBox).accepted.emit()
    (intro,) = [i for i in operations.list_introductions(demo_store) if i.introducer_id == a.id]
    assert (intro.introduced_id, intro.company, intro.stage) == (b.id, "Woodgrove Bank", "requested")
    assert view.selected().id == intro.id
