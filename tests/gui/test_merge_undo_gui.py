"""A merge in Contacts (Ctrl+M) can be taken back with Edit → Undo (Ctrl+Z): two different people
joined by mistake are two again, each with their own history."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from netcompanion import operations
from tests.gui.test_contacts import select_rows


def test_ctrl_z_takes_a_merge_back_and_each_alex_has_their_own_history_again(window, demo_store, qtbot, tmp_path):
    left = operations.add_contact(demo_store, name="Alex Twofold", company="Contoso", emails=["alex@contoso.com"])
    right = operations.add_contact(demo_store, name="Alex Twofold", company="Green Loop", title="Founder")
    operations.log_touch(demo_store, right.id, channel="call", outcome="reached", mood="neutral")
    view = window.show_view("contacts")
    view.form.filterEdit.setText("Alex Twofold")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    select_rows(view, [0, 1])

    def keep_the_left_one() -> None:
        box = QApplication.activeModalWidget()
        (button,) = [b for b in box.buttons() if "left" in b.text()]
        button.click()

    QTimer.singleShot(200, keep_the_left_one)
    view.form.table.setFocus()
    qtbot.keyClick(view.form.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(operations.find_contacts(demo_store, "Alex Twofold")) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: "Ctrl+Z" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == (
        "Merged into Alex Twofold: one record, all the history — Ctrl+Z undoes it."
    )
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo the merge into Alex Twofold"
    window.grab().save(str(tmp_path / "merged.png"))

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: len(operations.find_contacts(demo_store, "Alex Twofold")) == 2, timeout=20_000)
    assert window.statusBar().currentMessage() == "Undone: the merge into Alex Twofold."
    assert operations.get_contact(demo_store, right.id).company == "Green Loop"
    assert operations.get_contact(demo_store, left.id).emails == ("alex@contoso.com",)
    assert operations.get_contact(demo_store, left.id).title == ""
    assert [i.channel for i in operations.list_interactions(demo_store, right.id)] == ["call"]
    assert operations.list_interactions(demo_store, left.id) == []
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert not window.undo_action.isEnabled()
