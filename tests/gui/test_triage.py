"""Triage: number keys rate closeness then value and move on; space marks for the campaign."""

from __future__ import annotations

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
