"""Moving a card on the Introductions board or an opportunity to another stage, then Edit ▸ Undo
(Ctrl+Z): the stage and the reminders the move planned or withdrew are as they were."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from netcompanion import operations
from tests.gui.test_pursuits import connected_introduction


def reminders(store, contact_id: int) -> list[tuple[int, str]]:
    """(id, kind) of a person's follow-ups still to do, as their follow-ups list shows them."""
    return [(f.id, f.kind) for f in operations.list_followups(store, contact_id=contact_id)]


def stage_of_card(view, intro_id: int) -> str:
    """The column the card is in on the board."""
    (stage,) = [
        stage
        for stage, lst in view.columns.items()
        if any(lst.item(r).data(Qt.ItemDataRole.UserRole) == intro_id for r in range(lst.count()))
    ]
    return stage


def undo(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.ctx.busy)


def test_ctrl_z_takes_back_a_card_moved_on_or_back_with_its_reminder(window, demo_store, qtbot):
    view, intro, a = connected_introduction(window, demo_store)

    qtbot.keyClick(view.columns["connected"], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stage_of_card(view, intro.id) == "message-relayed"
    assert [kind for _, kind in reminders(demo_store, a.id)] == ["update-introducer"]
    moving = "moving the introduction of Newly Met by Intro Ducer to “Message relayed”"
    assert window.undo_action.text() == f"&Undo {moving}"
    assert window.statusBar().currentMessage() == (
        "Moved the introduction of Newly Met by Intro Ducer to “Message relayed” — Ctrl+Z to undo."
    )

    undo(window, qtbot)  # the move forward, taken back
    assert stage_of_card(view, intro.id) == "connected"
    assert view.selected().id == intro.id
    assert reminders(demo_store, a.id) == []
    assert not view.form.nudgesLabel.isVisible()  # "they have your message" no longer holds
    assert window.statusBar().currentMessage() == f"Undone: {moving}."
    assert not window.undo_action.isEnabled()

    qtbot.keyClick(view.columns["connected"], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    planned = reminders(demo_store, a.id)
    qtbot.keyClick(view.columns["message-relayed"], Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert stage_of_card(view, intro.id) == "connected"
    assert reminders(demo_store, a.id) == []
    assert "Taken off your follow-ups" in view.form.nudgesLabel.text()
    assert window.undo_action.text() == "&Undo moving the introduction of Newly Met by Intro Ducer to “Connected”"

    undo(window, qtbot)  # the move back, taken back: the same reminder is open again
    assert stage_of_card(view, intro.id) == "message-relayed"
    assert view.selected().id == intro.id
    assert reminders(demo_store, a.id) == planned


def _apply(view, qtbot, stage: str) -> None:
    view.form.stageCombo.setCurrentIndex(view.form.stageCombo.findData(stage))
    qtbot.mouseClick(view.form.applyButton, Qt.MouseButton.LeftButton)


def _group_of(view, opp_id: int) -> str:
    tree = view.form.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        if any(group.child(c).data(0, Qt.ItemDataRole.UserRole) == opp_id for c in range(group.childCount())):
            return group.text(0)
    raise AssertionError(f"opportunity {opp_id} is not on the page")


def test_ctrl_z_takes_back_a_turndown_and_a_move_back_from_it(window, demo_store, qtbot):
    helper = operations.add_contact(demo_store, name="Tobias Throughway", company="Litware")
    manager = operations.add_contact(demo_store, name="Hira Manager", company="Fabrikam")
    opp = operations.record_opportunity(demo_store, "Fabrikam", "Staff Engineer", contact_id=helper.id,
                                        hiring_manager_id=manager.id, stage="interviewing").record  # fmt: skip
    view = window.show_view("opportunities")
    view.refresh()
    view.select(opp.id)

    _apply(view, qtbot, "turned-down")
    box = next(w for w in view.findChildren(QMessageBox) if w.isVisible())
    box.accept()
    assert _group_of(view, opp.id) == "Turned down"
    assert [kind for _, kind in reminders(demo_store, manager.id)] == ["feedback-meeting"]
    assert window.undo_action.text() == "&Undo moving Staff Engineer at Fabrikam to “Turned down”"

    undo(window, qtbot)  # the turndown, taken back
    assert _group_of(view, opp.id) == "Interviewing"
    assert view.current().id == opp.id
    assert view.form.stageCombo.currentData() == "interviewing"
    assert reminders(demo_store, manager.id) == [] and reminders(demo_store, helper.id) == []

    _apply(view, qtbot, "turned-down")
    next(w for w in view.findChildren(QMessageBox) if w.isVisible()).accept()
    meeting, thanks = reminders(demo_store, manager.id), reminders(demo_store, helper.id)
    _apply(view, qtbot, "interviewing")  # back: the turndown was a mistake
    assert reminders(demo_store, manager.id) == [] and reminders(demo_store, helper.id) == []
    assert "ask Hira Manager for a feedback meeting" in view.form.nudgesLabel.text()

    undo(window, qtbot)  # the move back, taken back: the meeting and the thanks are due again
    assert _group_of(view, opp.id) == "Turned down"
    assert view.form.stageCombo.currentData() == "turned-down"
    assert (reminders(demo_store, manager.id), reminders(demo_store, helper.id)) == (meeting, thanks)


def test_ctrl_z_takes_back_closing_the_loop_and_its_thanks_are_due_again(window, demo_store, qtbot):
    view, intro, a = connected_introduction(window, demo_store)
    operations.advance_introduction(demo_store, intro.id, "outcome", outcome="offer at Lamna")
    view.refresh()
    view.select(intro.id)
    thanks = reminders(demo_store, a.id), reminders(demo_store, intro.introduced_id)
    assert [kind for _, kind in thanks[0] + thanks[1]] == ["close-the-loop", "close-the-loop"]

    qtbot.keyClick(view.columns["outcome"], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stage_of_card(view, intro.id) == "loop-closed"
    assert (reminders(demo_store, a.id), reminders(demo_store, intro.introduced_id)) == ([], [])
    said = view.form.nudgesLabel.text()
    assert "Marked done" in said and "close the loop with Intro Ducer" in said and "with Newly Met" in said

    undo(window, qtbot)
    assert stage_of_card(view, intro.id) == "outcome"
    assert (reminders(demo_store, a.id), reminders(demo_store, intro.introduced_id)) == thanks


def test_ctrl_z_brings_back_the_outcome_a_move_back_cleared(window, demo_store, qtbot):
    view, intro, _ = connected_introduction(window, demo_store)
    operations.advance_introduction(demo_store, intro.id, "outcome", outcome="offer at Lamna")
    view.refresh()
    view.select(intro.id)

    qtbot.keyClick(view.columns["outcome"], Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert stage_of_card(view, intro.id) == "introducer-out-of-loop"
    assert view.selected().outcome == ""
    assert "the outcome “offer at Lamna” was cleared" in view.form.nudgesLabel.text()

    undo(window, qtbot)
    assert (view.selected().stage, view.selected().outcome) == ("outcome", "offer at Lamna")
