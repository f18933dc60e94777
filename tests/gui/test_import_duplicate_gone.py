"""The import window's last page: a possible duplicate whose contact is gone since says so when
double-clicked, instead of nothing happening."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netcompanion import operations
from tests.gui.test_dialogs import preview_2024_after_2018


def _imported_tobias_line(window, wizard, qtbot):
    with qtbot.waitSignal(window.data_changed, timeout=30000):
        qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    items = [wizard.form.eventsList.item(n) for n in range(wizard.form.eventsList.count())]
    (tobias,) = [i for i in items if i.text().startswith("Possible duplicate: Tobias Brenner")]
    return tobias


def _double_click(qtbot, wizard, item) -> None:
    listed = wizard.form.eventsList
    listed.scrollToItem(item)
    middle = listed.visualItemRect(item).center()
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseDClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=middle)


def test_a_pair_merged_elsewhere_since_says_it_is_no_longer_there(window, demo_store, qtbot, tmp_path):
    wizard = preview_2024_after_2018(window, demo_store, qtbot, tmp_path)
    tobias = _imported_tobias_line(window, wizard, qtbot)
    new_id, existing_id = tobias.data(Qt.ItemDataRole.UserRole)
    operations.merge_contacts(demo_store, existing_id, new_id)  # in Contacts, with Ctrl+M, meanwhile

    _double_click(qtbot, wizard, tobias)

    assert tobias.text().startswith("Possible duplicate: Tobias Brenner")
    assert tobias.text().endswith(f"— no longer there to decide: There is no contact #{new_id}.")
    assert [c.id for c in operations.find_contacts(demo_store, "Tobias Brenner")] == [existing_id]


def test_a_pair_with_someone_in_the_trash_says_where_they_are_and_can_be_decided_once_restored(
    window, demo_store, qtbot, tmp_path
):
    wizard = preview_2024_after_2018(window, demo_store, qtbot, tmp_path)
    tobias = _imported_tobias_line(window, wizard, qtbot)
    new_id, existing_id = tobias.data(Qt.ItemDataRole.UserRole)
    operations.delete_contacts(demo_store, [new_id])

    _double_click(qtbot, wizard, tobias)

    assert "is in the trash: restore them from the trash first." in tobias.text()
    operations.restore_contacts(demo_store, [new_id])
    wizard.decide_duplicate(tobias, keep_id=existing_id)  # the pair is still there to decide
    qtbot.waitUntil(lambda: tobias.text().startswith("Merged into Tobias Brenner"), timeout=20_000)
