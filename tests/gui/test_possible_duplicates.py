"""Possible duplicates decided later: File → Past imports… counts each import's pairs still to decide and
opens them, one pair at a time, with the same side-by-side comparison as the import window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from netcompanion import operations
from netcompanion.gui import possible_duplicates
from netcompanion.gui.merge_dialog import DIFFERENT

FIXTURES = Path(__file__).parents[1] / "fixtures"
TO_DECIDE = 7  # Past imports' column


def tobias_left_to_decide(store):
    """The 2024 LinkedIn export over the 2018 one, the import window closed with Tobias Brenner undecided."""
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    (old,) = [c for c in operations.find_contacts(store, "Tobias Brenner") if c.company == "Contoso Ltd"]
    (new,) = [c for c in operations.find_contacts(store, "Tobias Brenner") if c.id != old.id]
    return new, old


def open_pairs(window, qtbot, monkeypatch, answer):
    """Past imports → the newest import → Possible duplicates…; the comparison answers `answer`."""
    asked: list[tuple[int, int]] = []

    def decide(_store, first_id, second_id, _parent):
        asked.append((first_id, second_id))
        return answer(first_id, second_id)

    monkeypatch.setattr(possible_duplicates, "decide_pair", decide)
    history = window.open_import_history()
    table = history.form.batchesTable
    assert table.horizontalHeaderItem(TO_DECIDE).text() == "To decide"
    assert table.item(0, TO_DECIDE).text() == "1" and table.item(1, TO_DECIDE).text() == ""
    assert "1 possible duplicate to decide." in history.form.detailLabel.text()
    assert history.form.duplicatesButton.isEnabled()
    qtbot.mouseClick(history.form.duplicatesButton, Qt.MouseButton.LeftButton)
    pairs = history.dialog.findChild(possible_duplicates.PossibleDuplicates)
    qtbot.waitUntil(pairs.dialog.isVisible)
    return history, pairs, asked


def test_past_imports_opens_the_pairs_left_to_decide_and_return_compares_them(app, store, make_window, qtbot,
                                                                              monkeypatch):
    new, old = tobias_left_to_decide(store)
    window = make_window(store)
    history, pairs, asked = open_pairs(window, qtbot, monkeypatch, lambda first, _second: first)
    table = pairs.form.pairsTable
    assert [table.item(0, column).text() for column in range(3)] == [
        "#2 linkedin_connections_2024.csv", f"Tobias Brenner (#{new.id}, Fabrikam, Inc.)",
        f"Tobias Brenner (#{old.id}, Contoso Ltd)",
    ]
    table.setFocus()

    with qtbot.waitSignal(window.data_changed, timeout=20_000):
        qtbot.keyClick(table, Qt.Key.Key_Return)  # keep the left one: the record from before

    assert asked == [(old.id, new.id)]
    assert [c.id for c in operations.find_contacts(store, "Tobias Brenner")] == [old.id]
    qtbot.waitUntil(lambda: table.rowCount() == 0)
    assert "Nothing left to decide" in pairs.form.detailLabel.text()
    assert not pairs.form.compareButton.isEnabled()
    qtbot.waitUntil(lambda: history.form.batchesTable.item(0, TO_DECIDE).text() == "")
    assert not history.form.duplicatesButton.isEnabled()


def test_different_people_is_remembered_and_the_pair_is_not_offered_again(app, store, make_window, qtbot,
                                                                          monkeypatch):
    tobias_left_to_decide(store)
    window = make_window(store)
    history, pairs, asked = open_pairs(window, qtbot, monkeypatch, lambda *_ids: DIFFERENT)

    with qtbot.waitSignal(window.data_changed, timeout=20_000):
        qtbot.mouseClick(pairs.form.compareButton, Qt.MouseButton.LeftButton)

    assert len(asked) == 1
    assert len(operations.find_contacts(store, "Tobias Brenner")) == 2
    assert operations.open_duplicates(store) == []
    qtbot.waitUntil(lambda: pairs.form.pairsTable.rowCount() == 0)
    assert "are kept as two people" in window.statusBar().currentMessage()


def test_closing_the_comparison_decides_nothing(app, store, make_window, qtbot, monkeypatch):
    tobias_left_to_decide(store)
    window = make_window(store)
    _history, pairs, asked = open_pairs(window, qtbot, monkeypatch, lambda *_ids: None)  # Esc: decide later

    qtbot.mouseClick(pairs.form.compareButton, Qt.MouseButton.LeftButton)

    assert len(asked) == 1 and pairs.form.pairsTable.rowCount() == 1
    assert len(operations.open_duplicates(store)) == 1 and pairs.form.differentButton.isEnabled()


def test_the_comparison_tells_different_people_from_decide_later(app, store, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from netcompanion.gui.merge_dialog import decide_pair

    new, old = tobias_left_to_decide(store)
    seen: list[list[str]] = []

    def press(key_or_button) -> None:
        box = QApplication.activeModalWidget()
        seen.append([button.text() for button in box.buttons()])
        if isinstance(key_or_button, str):
            (button,) = [b for b in box.buttons() if b.text() == key_or_button]
            button.click()
        else:
            qtbot.keyClick(box, key_or_button)

    QTimer.singleShot(0, lambda: press(Qt.Key.Key_Escape))
    assert decide_pair(store, old.id, new.id, None) is None
    QTimer.singleShot(0, lambda: press("&Different people"))
    assert decide_pair(store, old.id, new.id, None) == DIFFERENT
    QTimer.singleShot(0, lambda: press("Keep the &right one"))
    assert decide_pair(store, old.id, new.id, None) == new.id
    assert sorted(seen[0]) == sorted(["Keep the &left one", "Keep the &right one", "&Different people",
                                      "Decide l&ater"])  # fmt: skip


def test_a_pair_merged_from_a_terminal_before_the_window_caught_up_is_said_to_be_gone(app, store, make_window,
                                                                                      qtbot, monkeypatch):
    from netcompanion.gui import merge_dialog

    new, old = tobias_left_to_decide(store)
    window = make_window(store)
    history = window.open_import_history()
    history.form.batchesTable.selectRow(0)
    pairs = history.open_duplicates()
    qtbot.waitUntil(pairs.dialog.isVisible)
    operations.merge_contacts(store, old.id, new.id)  # `netcompanion contacts merge` while the window is open
    asked: list[int] = []
    monkeypatch.setattr(merge_dialog.QMessageBox, "exec", lambda box: asked.append(1))  # no comparison to answer

    qtbot.mouseClick(pairs.form.compareButton, Qt.MouseButton.LeftButton)

    assert asked == []
    assert window.ctx.last_error == (f"That possible duplicate is no longer there to decide: there is no contact "
                                     f"#{new.id}.")  # fmt: skip
    assert pairs.form.pairsTable.rowCount() == 0
    assert "Nothing left to decide" in pairs.form.detailLabel.text()


def test_a_pair_with_someone_in_the_trash_is_said_to_wait_for_them(app, store, make_window, qtbot):
    new, _old = tobias_left_to_decide(store)
    operations.delete_contact(store, new.id)
    window = make_window(store)

    pairs = possible_duplicates.PossibleDuplicates(window.ctx, None, window)

    assert pairs.form.pairsTable.rowCount() == 0
    assert pairs.form.detailLabel.text() == ("Nothing to decide now: 1 possible duplicate waits for someone in the "
                                             "trash, listed again when restored (Edit → Trash…).")  # fmt: skip


def test_the_comparison_says_keeping_the_earlier_record_takes_the_newer_job(app, store, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from netcompanion.gui.merge_dialog import decide_pair

    new, old = tobias_left_to_decide(store)
    said: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        said.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, read_and_close)
    decide_pair(store, old.id, new.id, None)

    assert said[0].endswith("Keeping the left one takes the right one's newer job: Director of Sales at "
                            "Fabrikam, Inc., from linkedin_connections_2024.csv.")  # fmt: skip


def test_past_imports_still_offers_the_pair_of_a_contact_an_undone_import_kept(app, store, make_window, qtbot):
    new, old = tobias_left_to_decide(store)
    operations.log_touch(store, new.id, channel="email", outcome="replied")
    operations.undo_import(store, 2)  # keeps #14: written to since
    window = make_window(store)

    history = window.open_import_history()

    table = history.form.batchesTable
    assert table.item(0, 0).text() == "2" and table.item(0, TO_DECIDE).text() == "1"
    assert "Already undone. 1 possible duplicate to decide." in history.form.detailLabel.text()
    pairs = history.open_duplicates()
    qtbot.waitUntil(pairs.dialog.isVisible)
    assert pairs.form.pairsTable.item(0, 0).text() == "#2 linkedin_connections_2024.csv (undone)"
    assert pairs.form.compareButton.isEnabled()
