"""Past imports: the list of every import, and Undo for one of them days later."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from netcompanion import operations

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _cells(history, row: int) -> list[str]:
    table = history.form.batchesTable
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_past_imports_lists_each_import_and_undoes_the_one_chosen(window, store, qtbot, monkeypatch):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    operations.run_import(store, "google", FIXTURES / "google_contacts.csv")
    contacts_after_both = operations.count_contacts(store)
    history = window.open_import_history()
    f = history.form
    assert f.batchesTable.rowCount() == 2
    newest = _cells(history, 0)
    assert newest[0] == "2" and newest[2] == "google_contacts.csv" and newest[6] == "in place"
    assert newest[3] == "Google Contacts"

    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    f.batchesTable.selectRow(1)  # the LinkedIn import, under the newer one
    with qtbot.waitSignal(window.data_changed, timeout=30_000):
        qtbot.mouseClick(f.undoButton, Qt.MouseButton.LeftButton)
        assert not f.undoButton.isEnabled()  # worked out on the worker: no second click meanwhile
    assert asked and asked[0].startswith("Undoing import #1 (linkedin_connections_2018.csv) removes ")
    qtbot.waitUntil(lambda: _cells(history, 1)[6].startswith("undone"), timeout=10_000)
    assert operations.count_contacts(store) < contacts_after_both
    assert _cells(history, 0)[6] == "in place"
    assert not f.undoButton.isEnabled()  # the undone import stays selected and cannot be undone twice
    assert "Already undone." in f.detailLabel.text()


def test_cancelling_the_question_undoes_nothing(window, store, qtbot, monkeypatch):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    before = operations.count_contacts(store)
    history = window.open_import_history()
    asked: list[str] = []

    def cancel(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert history.undo() is True  # the question is on its way
    qtbot.waitUntil(lambda: bool(asked) and history.undoing is None, timeout=10_000)
    assert history.form.undoButton.isEnabled()
    assert operations.count_contacts(store) == before
    assert operations.list_import_batches(store)[0].undone_at is None


def test_the_question_names_contacts_kept_because_they_were_used_since(store):
    from netcompanion.gui.import_history import undo_question

    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    (someone, *_rest) = operations.find_contacts(store)
    operations.log_touch(store, someone.id, channel="call", outcome="reached")
    rehearsal = operations.undo_import(store, report.batch_id, dry_run=True)
    (batch,) = operations.list_import_batches(store)
    assert undo_question(batch, rehearsal) == (
        "Undoing import #1 (linkedin_connections_2018.csv) removes 11 contacts it added. "
        "1 contact you have worked with since stays. A backup is taken first."
    )


def test_the_question_says_a_merge_of_someone_it_added_can_no_longer_be_undone(store):
    from netcompanion.gui.import_history import undo_question

    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    operations.merge_contacts(store, 1, 14)  # the 2024 Tobias Brenner into the 2018 one
    rehearsal = operations.undo_import(store, report.batch_id, dry_run=True)
    batch = operations.list_import_batches(store)[0]
    assert undo_question(batch, rehearsal).endswith(
        "What #14, which it added, brought Tobias Brenner when you merged them goes too, and that merge can no "
        "longer be undone. A backup is taken first."
    )


def test_the_question_for_a_message_file_counts_messages(store):
    from netcompanion.gui.import_history import undo_question

    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    report = operations.run_import(store, "linkedin-messages", FIXTURES / "linkedin_messages.csv")
    rehearsal = operations.undo_import(store, report.batch_id, dry_run=True)
    batch = operations.list_import_batches(store)[0]
    assert undo_question(batch, rehearsal) == (
        "Undoing import #2 (linkedin_messages.csv) removes the 13 messages it brought in and puts back the "
        "last touch of 8 contacts. A backup is taken first."
    )
