"""Triage: number keys rate closeness then value and move on; space marks for the campaign."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from netcompanion import operations


def test_rating_people_with_number_keys_only(window, demo_store, qtbot):
    ids = [operations.add_contact(demo_store, name=f"Tri Age{n}").id for n in range(3)]
    dialog = window.open_triage(ids)
    box = dialog.dialog
    assert box.isVisible()
    assert dialog.form.triageName.text() == "Tri Age0"

    for key in (Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(box, key)
    assert dialog.form.triageName.text() == "Tri Age2"  # two people rated, moved on twice
    qtbot.keyClick(box, Qt.Key.Key_Left)
    assert dialog.form.triageName.text() == "Tri Age1"
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # rate value only
    qtbot.keyClick(box, Qt.Key.Key_1)

    ratings = [(c.closeness, c.value) for c in (operations.get_contact(demo_store, i) for i in ids)]
    assert ratings == [(4, 5), (2, 1), (None, None)]
    assert "ratings given" in dialog.form.progressLabel.text()


def test_space_marks_for_the_campaign_and_again_unmarks(window, demo_store, qtbot):
    ids = [operations.add_contact(demo_store, name=f"Camp Pick{n}").id for n in range(2)]
    dialog = window.open_triage(ids)
    qtbot.keyClick(dialog.dialog, Qt.Key.Key_Space)
    assert dialog.picked == [ids[0]]
    assert dialog.form.campaignLabel.text() == "added ✓"
    qtbot.keyClick(dialog.dialog, Qt.Key.Key_Space)
    assert dialog.picked == []


def test_triage_refreshes_the_views_once_when_it_closes(window, demo_store, qtbot):
    (contact_id,) = [operations.add_contact(demo_store, name="Once Only").id]
    dialog = window.open_triage([contact_id])
    qtbot.keyClick(dialog.dialog, Qt.Key.Key_3)
    with qtbot.waitSignal(window.data_changed, timeout=1000):
        qtbot.keyClick(dialog.dialog, Qt.Key.Key_Escape)


def test_every_triage_decision_can_be_made_with_the_mouse(window, demo_store, qtbot):
    ids = [operations.add_contact(demo_store, name=f"Mouse User{n}").id for n in range(3)]
    dialog = window.open_triage(ids)
    f = dialog.form

    def click(button) -> None:
        assert button.isVisible() and button.isEnabled(), button.objectName()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert not f.previousButton.isEnabled()  # nobody before the first
    click(f.closeness4Button)
    assert f.closeness4Button.isChecked()
    click(f.value5Button)  # value given: on to the next person, as with the keys
    assert f.triageName.text() == "Mouse User1"
    click(f.value2Button)  # a row's button rates that row, without Tab
    assert f.triageName.text() == "Mouse User2"
    click(f.previousButton)
    assert f.triageName.text() == "Mouse User1"
    click(f.campaignButton)
    assert dialog.picked == [ids[1]] and f.campaignButton.isChecked()
    assert f.campaignLabel.text() == "added ✓"
    click(f.campaignButton)
    assert dialog.picked == []
    click(f.nextButton)
    assert f.triageName.text() == "Mouse User2"
    assert not f.nextButton.isEnabled()  # nobody after the last

    ratings = [(c.closeness, c.value) for c in (operations.get_contact(demo_store, i) for i in ids)]
    assert ratings == [(4, 5), (None, 2), (None, None)]
    qtbot.keyClick(dialog.dialog, Qt.Key.Key_3)  # after clicks the keys still work
    assert operations.get_contact(demo_store, ids[2]).closeness == 3


def test_triage_buttons_show_the_key_that_does_the_same(window, demo_store):
    ids = [operations.add_contact(demo_store, name="Key Shown").id]
    f = window.open_triage(ids).form
    for which in ("closeness", "value"):
        for n in range(1, 6):
            button = getattr(f, f"{which}{n}Button")
            assert button.text() == str(n) and f"key {n}" in button.toolTip()
    assert "Space" in f.campaignButton.text()
    assert "←" in f.previousButton.text() and "→" in f.nextButton.text()
    assert "Esc" in f.buttonBox.button(f.buttonBox.StandardButton.Close).toolTip()


def test_the_view_menus_triage_opens_on_the_contacts_shown(window, demo_store, qtbot):
    """The menu item handed Qt's "checked" flag to the triage as its list of people: a crash."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog

    [action] = [a for a in window.findChildren(QAction) if a.text() == "T&riage contacts…"]
    action.trigger()

    qtbot.waitUntil(lambda: any(d.isVisible() and d.windowTitle() for d in window.findChildren(QDialog)))
    [dialog] = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert "riage" in dialog.windowTitle()


@pytest.mark.parametrize("who", ["nobody", "all archived", "filtered out"])
def test_triage_with_nobody_says_why_and_what_to_do(app, store, make_window, qtbot, who):
    if who != "nobody":
        ana = operations.add_contact(store, name="Ana Silva").id
        operations.archive_contact(store, ana, archived=who == "all archived")
    window = make_window(store)
    view = window.show_view("contacts")
    if who == "filtered out":
        view.form.filterEdit.setText("nobody by this name")
        view.apply_filter()

    triage = window.open_triage()

    f = triage.form
    assert f.triageName.text() == "Nobody to triage"
    assert f.whereLabel.text().startswith({
        "nobody": "You have no contacts yet. Import your LinkedIn connections",
        "all archived": "Everyone in your contacts is archived. Tick “Show archived” in Contacts",
        "filtered out": "The contacts list shows nobody with its filters.",
    }[who])
    assert not any(button.isEnabled() for button in triage._decision_buttons())
    triage.dialog.reject()
