"""Rule 13, the personal round, in the window: Today says how far this quarter's round is, and its
checklist lists who is still to get a note — logging one there ticks them off; a name opens them."""

from __future__ import annotations

import datetime as dt

import time_machine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QTableWidget

from netcompanion import operations

NOON_ON_A_TUESDAY_IN_NOVEMBER = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)  # the same day in any zone


def _network(store) -> tuple[int, int]:
    """Two warm contacts, one already written to this quarter, and a cold one the round leaves out."""
    ann = operations.add_contact(store, name="Ann Archer", company="Contoso", stage="warm").id
    ben = operations.add_contact(store, name="Ben Brook", company="Fabrikam", stage="warm").id
    operations.add_contact(store, name="Cleo Cold")
    operations.log_touch(store, ann, channel="email", outcome="no-reply")
    return ann, ben


def _open_checklist(window, qtbot) -> QDialog:
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded and view.form.roundButton.isVisible())
    qtbot.mouseClick(view.form.roundButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "PersonalRoundDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _rows(table: QTableWidget) -> list[tuple[str, str]]:
    return [(table.item(r, 0).text(), table.item(r, 2).text()) for r in range(table.rowCount())]


def test_today_says_how_far_the_round_is_and_a_note_logged_from_the_checklist_ticks_them_off(
    make_window, store, qtbot
):
    with time_machine.travel(NOON_ON_A_TUESDAY_IN_NOVEMBER, tick=False):
        _ann, ben = _network(store)
        window = make_window(store)
        view = window.show_view("today")
        qtbot.waitUntil(lambda: view.loaded)
        assert view.form.roundLabel.isVisible()
        assert view.form.roundLabel.text() == (
            "Personal round Q4 2026: 1 of 2 warm contacts written to — 1 to go by Thu 31 Dec."
        )

        dialog = _open_checklist(window, qtbot)
        table = dialog.findChild(QTableWidget, "roundTable")
        assert _rows(table) == [("Ben Brook", "—"), ("Ann Archer", "Tue 24 Nov")]  # who is left comes first
        assert table.selectionModel().selectedRows()[0].row() == 0

        qtbot.mouseClick(dialog.findChild(type(view.form.roundButton), "noteButton"), Qt.MouseButton.LeftButton)
        log = dialog.findChild(QDialog, "LogTouchDialog")
        qtbot.waitUntil(log.isVisible)
        assert log.windowTitle() == "Log a touch — Ben Brook"
        assert log.findChild(QComboBox, "channelCombo").currentData() == "note"
        buttons = log.findChild(QDialogButtonBox, "buttonBox")
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not log.isVisible())

        assert [t.channel for t in operations.list_interactions(store, ben)] == ["note"]
        assert _rows(table) == [("Ann Archer", "Tue 24 Nov"), ("Ben Brook", "Tue 24 Nov")]
        assert view.form.roundLabel.text() == "Personal round Q4 2026: all 2 warm contacts written to. Well done."
        dialog.reject()


def test_enter_on_a_name_in_the_checklist_opens_the_contact(make_window, store, qtbot):
    with time_machine.travel(NOON_ON_A_TUESDAY_IN_NOVEMBER, tick=False):
        _network(store)
        window = make_window(store)
        dialog = _open_checklist(window, qtbot)
        table = dialog.findChild(QTableWidget, "roundTable")
        qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        story = window.form.pages.currentWidget()
        assert story.objectName() == "contactStory"
        assert story.form.storyName.text() == "Ben Brook"


def test_with_no_warm_contacts_today_says_nothing_about_a_round(make_window, store, qtbot):
    operations.add_contact(store, name="Cleo Cold")
    window = make_window(store)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)
    assert not view.form.roundLabel.isVisible()
    operations.edit_contact(store, operations.contact_ids(store)[0], stage="warm")
    window.ctx.changed.emit()
    qtbot.waitUntil(view.form.roundLabel.isVisible)
    assert ": 0 of 1 warm contact written to — 1 to go by " in view.form.roundLabel.text()
