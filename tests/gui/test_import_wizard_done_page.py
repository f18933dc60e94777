"""The import window's last page: what the import did, the possible duplicates to decide, Undo."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from netcompanion import operations
from netcompanion.gui import import_wizard
from netcompanion.gui.merge_dialog import DIFFERENT
from tests.gui.test_dialogs import preview_2024_after_2018

PROGRESS, DONE = 2, 3


def imported_2024_after_2018(window, store, qtbot, tmp_path):
    """The 2024 LinkedIn export imported over the 2018 one, Tobias Brenner left as a possible duplicate."""
    wizard = preview_2024_after_2018(window, store, qtbot, tmp_path)
    with qtbot.waitSignal(window.data_changed, timeout=30_000):
        qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step() == DONE)
    return wizard


def lines(wizard) -> list[str]:
    events = wizard.form.eventsList
    return [events.item(n).text() for n in range(events.count())]


def test_return_on_a_possible_duplicate_line_decides_it_and_the_window_stays(
    window, demo_store, qtbot, tmp_path, monkeypatch
):
    wizard = imported_2024_after_2018(window, demo_store, qtbot, tmp_path)
    compared: list[tuple[int, int]] = []

    def different_people(_store, first_id, second_id, _parent):
        compared.append((first_id, second_id))
        return DIFFERENT

    monkeypatch.setattr(import_wizard, "decide_pair", different_people)
    events = wizard.form.eventsList
    (row,) = [n for n, text in enumerate(lines(wizard)) if text.startswith("Possible duplicate: Tobias Brenner")]
    events.setFocus()
    events.setCurrentRow(row)

    qtbot.keyClick(events, Qt.Key.Key_Return)

    assert wizard.dialog.isVisible()
    assert len(compared) == 1
    assert events.item(row).text().endswith("— kept as two people")
    assert len(operations.find_contacts(demo_store, "Tobias Brenner")) == 2


def test_after_undo_the_last_page_no_longer_offers_the_undone_changes_and_duplicates(
    window, demo_store, qtbot, tmp_path
):
    wizard = imported_2024_after_2018(window, demo_store, qtbot, tmp_path)
    assert [text for text in lines(wizard) if text.endswith("double-click to decide")]
    assert [text for text in lines(wizard) if "moved from" in text]

    with qtbot.waitSignal(window.data_changed, timeout=30_000):
        qtbot.mouseClick(wizard.form.undoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.undone is not None, timeout=30_000)

    assert wizard.form.resultLabel.text().startswith("The import was undone")
    assert lines(wizard) == []
    assert not wizard.form.eventsList.isVisible()
    assert len(operations.find_contacts(demo_store, "Tobias Brenner")) == 1


def test_esc_and_close_while_the_import_writes_leave_the_window_open_for_its_result_and_undo(
    window, demo_store, qtbot, tmp_path, monkeypatch
):
    wizard = preview_2024_after_2018(window, demo_store, qtbot, tmp_path)
    release = threading.Event()
    real = operations.run_import

    def held_back(*args, **kwargs):  # the import is still writing while the user presses Esc
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(operations, "run_import", held_back)
    try:
        qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
        assert wizard.step() == PROGRESS and not wizard.form.closeButton.isEnabled()

        qtbot.keyClick(wizard.dialog, Qt.Key.Key_Escape)
        wizard.dialog.close()  # the window's close button

        assert wizard.dialog.isVisible()
        assert "cannot be stopped halfway" in wizard.form.progressLabel.text()
    finally:
        release.set()
    qtbot.waitUntil(lambda: wizard.step() == DONE, timeout=30_000)
    assert wizard.form.undoButton.isEnabled()
    assert wizard.form.resultLabel.text().startswith("<b>Done.</b>")
    qtbot.keyClick(wizard.dialog, Qt.Key.Key_Escape)  # once done, Esc closes it as before
    qtbot.waitUntil(lambda: not wizard.dialog.isVisible())


def _tobias_line(wizard):
    events = wizard.form.eventsList
    (item,) = [events.item(n) for n in range(events.count())
               if events.item(n).text().startswith("Possible duplicate: Tobias Brenner")]  # fmt: skip
    return item


def tobias_open(store) -> bool:
    return any(pair.contact_name == "Tobias Brenner" for pair in operations.open_duplicates(store))


def test_different_people_on_the_last_page_is_remembered(window, demo_store, qtbot, tmp_path, monkeypatch):
    wizard = imported_2024_after_2018(window, demo_store, qtbot, tmp_path)
    assert "stay listed in File → Past imports… to decide later" in wizard.form.resultLabel.text()
    assert tobias_open(demo_store)
    monkeypatch.setattr(import_wizard, "decide_pair", lambda *_args: DIFFERENT)
    item = _tobias_line(wizard)

    with qtbot.waitSignal(window.data_changed, timeout=20_000):
        wizard.decide_duplicate(item)

    assert item.text().endswith("— kept as two people")
    assert not tobias_open(demo_store)  # not offered again in Past imports


def test_closing_the_comparison_leaves_the_possible_duplicate_for_later(
    window, demo_store, qtbot, tmp_path, monkeypatch
):
    wizard = imported_2024_after_2018(window, demo_store, qtbot, tmp_path)
    monkeypatch.setattr(import_wizard, "decide_pair", lambda *_args: None)  # Esc, or "Decide later"
    item = _tobias_line(wizard)

    wizard.decide_duplicate(item)

    assert item.text().endswith("— double-click to decide")
    assert tobias_open(demo_store)


def test_undoing_the_import_withdraws_the_undo_of_a_merge_of_someone_it_added(
    window, demo_store, qtbot, tmp_path, monkeypatch
):
    wizard = imported_2024_after_2018(window, demo_store, qtbot, tmp_path)
    monkeypatch.setattr(import_wizard, "decide_pair", lambda _store, existing_id, _new_id, _parent: existing_id)
    item = _tobias_line(wizard)
    with qtbot.waitSignal(window.data_changed, timeout=20_000):
        wizard.decide_duplicate(item)  # "Keep the left one": the 2018 record
    qtbot.waitUntil(lambda: item.text().startswith("Merged into Tobias Brenner"))
    assert window.undo_action.text() == "&Undo the merge into Tobias Brenner"
    (kept,) = operations.find_contacts(demo_store, "Tobias Brenner")

    with qtbot.waitSignal(window.data_changed, timeout=30_000):
        qtbot.mouseClick(wizard.form.undoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.undone is not None, timeout=30_000)

    assert "merge" not in window.undo_action.text()
    said = wizard.form.resultLabel.text()
    assert "as they were" not in said and "that merge can no longer be taken back" in said
    tobias = operations.get_contact(demo_store, kept.id)
    assert (tobias.company, tobias.title) == ("Contoso Ltd", "Account Executive")


def test_undo_names_whom_it_kept_instead_of_saying_contacts_are_as_they_were(window, demo_store, qtbot, tmp_path):
    wizard = imported_2024_after_2018(window, demo_store, qtbot, tmp_path)
    new_tobias = max(operations.find_contacts(demo_store, "Tobias Brenner"), key=lambda c: c.id)
    operations.log_touch(demo_store, new_tobias.id, channel="email", outcome="replied")  # worked with since

    with qtbot.waitSignal(window.data_changed, timeout=30_000):
        qtbot.mouseClick(wizard.form.undoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.undone is not None, timeout=30_000)

    said = wizard.form.resultLabel.text()
    assert "as they were" not in said
    assert f"Kept #{new_tobias.id} Tobias Brenner: changed or used since the import." in said
    assert len(operations.find_contacts(demo_store, "Tobias Brenner")) == 2
