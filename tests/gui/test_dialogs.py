"""Settings, campaign and import wizard dialogs."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from netcompanion import operations

FIXTURES = Path(__file__).parents[1] / "fixtures"
PREVIEW = 1


def show_preview(wizard, qtbot) -> None:
    """Press Next on the first step; the preview is read on the worker, so wait for it."""
    qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step() == PREVIEW, timeout=30_000)


def preview_2024_after_2018(window, store, qtbot, tmp_path):
    """The import window's preview of the 2024 LinkedIn export over the 2018 one: job changes,
    new people and Tobias Brenner offered as a possible duplicate."""
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    path = tmp_path / "Connections.csv"
    shutil.copy(FIXTURES / "linkedin_connections_2024.csv", path)
    wizard = window.open_import(str(path))
    show_preview(wizard, qtbot)
    return wizard


def test_settings_dialog_saves_the_rules_numbers(window, demo_store, qtbot):
    dialog = window.open_settings()
    f = dialog.form
    assert f.quotaSpin.value() == 10
    f.quotaSpin.setValue(12)
    f.attemptsSpin.setValue(2)
    f.day5.setChecked(False)
    f.notificationsCheck.setChecked(False)
    qtbot.mouseClick(f.buttonBox.button(f.buttonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    saved = operations.get_settings(demo_store)
    assert (saved.daily_quota, saved.attempt_limit, saved.working_days, saved.notifications_enabled) == (
        12, 2, "1234", False,
    )  # fmt: skip
    assert window.status_label.text().endswith("of 12 calls done today")


def test_settings_refuse_no_working_days_with_one_sentence(window, demo_store, monkeypatch):
    shown = []
    monkeypatch.setattr(window.ctx, "error", shown.append)
    dialog = window.open_settings()
    for day in range(1, 8):
        getattr(dialog.form, f"day{day}").setChecked(False)
    dialog.save()
    assert shown == ["Choose at least one working day."]  # it said "Working days are ISO weekday numbers …"
    assert operations.get_settings(demo_store).working_days == "12345"


def test_creating_a_campaign_from_the_best_cold_contacts(window, demo_store, qtbot):
    view = window.show_view("campaign")
    view.form.bestSpin.setValue(40)
    view.form.quotaSpin.setValue(8)
    assert view.create("Spring re-warm")
    status = operations.campaign_status(demo_store)
    assert status.members == 40
    assert view.form.membersValue.text() == "40"
    assert len(view.chart.labels) >= 2


def test_import_wizard_end_to_end_with_undo(window, demo_store, qtbot, tmp_path):
    source = FIXTURES / "linkedin_connections_2024.csv"
    path = tmp_path / "Connections.csv"
    shutil.copy(source, path)
    before = operations.count_contacts(demo_store)
    wizard = window.open_import(str(path))
    assert wizard.kind() == "linkedin"
    show_preview(wizard, qtbot)
    assert "new" in wizard.form.summaryLabel.text()
    assert operations.count_contacts(demo_store) == before  # the preview wrote nothing
    with qtbot.waitSignal(window.data_changed, timeout=30000):
        qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.step() == 3
    assert operations.count_contacts(demo_store) > before
    with qtbot.waitSignal(window.data_changed, timeout=30000):
        qtbot.mouseClick(wizard.form.undoButton, Qt.MouseButton.LeftButton)
    assert operations.count_contacts(demo_store) == before


def test_importing_the_same_file_again_says_nothing_changed_and_offers_no_undo(window, demo_store, qtbot, tmp_path):
    path = tmp_path / "Connections.csv"
    shutil.copy(FIXTURES / "linkedin_connections_2024.csv", path)
    operations.run_import(demo_store, "linkedin", path)
    batches = operations.list_import_batches(demo_store)
    wizard = window.open_import(str(path))
    show_preview(wizard, qtbot)
    with qtbot.waitSignal(window.data_changed, timeout=30000):
        qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.step() == 3
    assert "Nothing changed: everything in the file is here already" in wizard.form.resultLabel.text()
    assert not wizard.form.undoButton.isEnabled()
    assert operations.list_import_batches(demo_store) == batches


def test_return_on_the_last_page_closes_the_import_window_and_keeps_the_import(window, demo_store, qtbot, tmp_path):
    """Return, Return, Return: Next, Import, then close. The third press used to hit Undo, which had
    taken the focus, and took the whole import back without a word."""
    path = tmp_path / "Connections.csv"
    shutil.copy(FIXTURES / "linkedin_connections_2024.csv", path)
    before = operations.count_contacts(demo_store)
    wizard = window.open_import(str(path))
    qtbot.waitUntil(lambda: wizard.dialog.isVisible())
    qtbot.keyClick(wizard.dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.step() == PREVIEW, timeout=30_000)
    with qtbot.waitSignal(window.data_changed, timeout=30_000):
        qtbot.keyClick(wizard.dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.step() == 3, timeout=30_000)
    imported = operations.count_contacts(demo_store)
    assert imported > before

    qtbot.keyClick(QApplication.focusWidget() or wizard.dialog, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not wizard.dialog.isVisible())
    assert wizard.undone is None and operations.count_contacts(demo_store) == imported


def test_rows_in_error_are_listed_and_importing_then_takes_the_other_rows(window, demo_store, qtbot, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ada,Lovelace,https://www.linkedin.com/in/ada-l,,Analytical,Engineer,14 Nov 2024\n"
        "Bad,Date,https://www.linkedin.com/in/bad-d,,X,Y,31 Feb 2024\n"
    )
    before = operations.count_contacts(demo_store)
    wizard = window.open_import(str(path))
    show_preview(wizard, qtbot)
    problems = [wizard.form.problemsList.item(i).text() for i in range(wizard.form.problemsList.count())]
    assert problems == ["Row 3: 'Connected On' should be a date like 14 Nov 2024; found '31 Feb 2024' (error)"]
    assert wizard.form.nextButton.text() == "&Import the other rows"
    with qtbot.waitSignal(window.data_changed, timeout=30000):
        qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.step() == 3
    assert operations.count_contacts(demo_store) == before + 1
    done = [wizard.form.eventsList.item(i).text() for i in range(wizard.form.eventsList.count())]
    assert "Row 3 left out: 'Connected On' should be a date like 14 Nov 2024; found '31 Feb 2024'" in done
    assert "<b>1</b> row left out with errors" in wizard.form.resultLabel.text()


def test_tick_all_makes_every_possible_duplicate_one_person(app, store, make_window, qtbot, tmp_path):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    window = make_window(store)
    path = tmp_path / "google.csv"
    shutil.copy(FIXTURES / "google_contacts.csv", path)
    before = operations.count_contacts(store)
    namesakes_before = Counter(c.name for c in operations.find_contacts(store))
    wizard = window.open_import(str(path))
    show_preview(wizard, qtbot)
    offered = wizard.form.duplicatesTable.rowCount()
    assert offered >= 2 and wizard.form.tickAllButton.isVisible()
    qtbot.mouseClick(wizard.form.tickAllButton, Qt.MouseButton.LeftButton)
    assert len(wizard.same_person()) == offered
    qtbot.waitUntil(lambda: "counting again" not in wizard.form.summaryLabel.text())
    with qtbot.waitSignal(window.data_changed, timeout=30000):
        qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    assert operations.count_contacts(store) == before + wizard.result.created
    namesakes = Counter(c.name for c in operations.find_contacts(store))
    for duplicate in wizard.preview.possible_duplicates:  # each merged, none added a second time
        assert namesakes[duplicate.incoming_name] == namesakes_before[duplicate.incoming_name]


def test_a_messages_import_is_counted_in_messages_not_contacts(app, store, make_window, qtbot, tmp_path):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    window = make_window(store)
    path = tmp_path / "messages.csv"
    shutil.copy(FIXTURES / "linkedin_messages.csv", path)
    wizard = window.open_import(str(path))
    show_preview(wizard, qtbot)
    assert "<b>13</b> new messages · <b>8</b> contacts with a newer last touch" in wizard.form.summaryLabel.text()
    with qtbot.waitSignal(window.data_changed, timeout=30000):
        qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    assert "new messages" in wizard.form.resultLabel.text()
    assert "new contacts" not in wizard.form.resultLabel.text()


def test_the_preview_is_read_on_the_worker_and_cancel_stays_live(
    window, demo_store, qtbot, tmp_path, gui_thread_calls
):
    on_gui_thread = gui_thread_calls("preview_import")
    path = tmp_path / "Connections.csv"
    shutil.copy(FIXTURES / "linkedin_connections_2024.csv", path)
    wizard = window.open_import(str(path))
    qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.step() == 2  # the progress page, while the worker reads the file
    assert wizard.form.progressLabel.text() == "Reading Connections.csv…"
    assert wizard.form.closeButton.isEnabled()
    qtbot.waitUntil(lambda: wizard.step() == PREVIEW, timeout=30_000)
    assert on_gui_thread == [False]
    assert "<b>23</b> new" in wizard.form.summaryLabel.text()


def test_a_file_of_the_wrong_kind_goes_back_to_the_first_step_with_one_sentence(
    window, demo_store, qtbot, tmp_path
):
    path = tmp_path / "Connections.csv"
    shutil.copy(FIXTURES / "linkedin_messages.csv", path)
    before = operations.count_contacts(demo_store)
    wizard = window.open_import(str(path))
    wizard.form.kindCombo.setCurrentIndex(wizard.form.kindCombo.findData("linkedin"))
    qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step() == 0, timeout=30_000)
    assert "Connections.csv" in window.ctx.last_error
    assert "\n" not in window.ctx.last_error
    assert operations.count_contacts(demo_store) == before


def test_after_an_import_a_possible_duplicate_is_decided_in_the_wizard(window, demo_store, qtbot, tmp_path):
    wizard = preview_2024_after_2018(window, demo_store, qtbot, tmp_path)
    with qtbot.waitSignal(window.data_changed, timeout=30000):
        qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    items = [wizard.form.eventsList.item(n) for n in range(wizard.form.eventsList.count())]
    (tobias,) = [i for i in items if i.text().startswith("Possible duplicate: Tobias Brenner")]
    assert len(operations.find_contacts(demo_store, "Tobias Brenner")) == 2
    new_id, existing_id = tobias.data(Qt.ItemDataRole.UserRole)
    pairs_before = operations.open_duplicates(demo_store)
    assert (new_id, existing_id) in [(p.contact_id, p.other_id) for p in pairs_before]
    wizard.decide_duplicate(tobias, keep_id=existing_id)
    qtbot.waitUntil(lambda: tobias.text().startswith("Merged"), timeout=20_000)
    assert [c.id for c in operations.find_contacts(demo_store, "Tobias Brenner")] == [existing_id]
    assert tobias.text() == f"Merged into Tobias Brenner (#{existing_id}) — Edit → Undo takes it back"
    assert window.undo_action.text() == "&Undo the merge into Tobias Brenner"  # a merge by mistake
    wizard.dialog.close()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(operations.find_contacts(demo_store, "Tobias Brenner")) == 2, timeout=20_000)
    assert operations.open_duplicates(demo_store) == pairs_before  # Tobias's pair is to decide again


def test_a_possible_duplicate_ticked_in_the_preview_updates_the_contact(window, demo_store, qtbot, tmp_path):
    operations.run_import(demo_store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    (tobias_2018,) = operations.find_contacts(demo_store, "Tobias Brenner")
    path = tmp_path / "Connections.csv"
    shutil.copy(FIXTURES / "linkedin_connections_2024.csv", path)
    wizard = window.open_import(str(path))
    show_preview(wizard, qtbot)
    table = wizard.form.duplicatesTable
    rows = [table.item(n, 0) for n in range(table.rowCount())]
    (tobias,) = [item for item in rows if "Tobias Brenner" in item.text()]
    assert "<b>20</b> new" in wizard.form.summaryLabel.text()

    table.setCurrentItem(tobias)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)  # ticked from the keyboard

    assert tobias.checkState() == Qt.CheckState.Checked
    qtbot.waitUntil(lambda: "<b>19</b> new · <b>4</b> updated" in wizard.form.summaryLabel.text(), timeout=30_000)
    with qtbot.waitSignal(window.data_changed, timeout=30000):
        qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    assert [c.id for c in operations.find_contacts(demo_store, "Tobias Brenner")] == [tobias_2018.id]
    assert operations.get_contact(demo_store, tobias_2018.id).company == "Fabrikam, Inc."
    items = [wizard.form.eventsList.item(n).text() for n in range(wizard.form.eventsList.count())]
    assert not [text for text in items if text.startswith("Possible duplicate: Tobias")]


def test_skipped_rows_are_listed_once_per_reason_naming_the_first_rows(app):
    from netcompanion.gui.import_wizard import skipped_lines

    hidden = "hidden account (only a connection date)"
    skipped = [(row, hidden) for row in range(10, 30)] + [(12, "no name")]
    assert skipped_lines(_report(skipped).skipped_by_reason()) == [
        f"20 rows: {hidden} — rows 10, 11, 12, 13, 14, 15, 16, 17 and 12 more",
        "Row 12: no name",
    ]
    assert skipped_lines(_report([(4, hidden), (9, hidden)]).skipped_by_reason()) == [
        f"2 rows: {hidden} — rows 4, 9"
    ]


def _report(skipped):
    from netcompanion.importers.report import ImportReport

    return ImportReport(None, "linkedin", 0, 0, 0, tuple(skipped), (), (), (), dry_run=True)


def test_only_the_newest_of_several_reads_is_answered(window, qtbot):
    """A re-plan after each tick, a re-read after each change: an older answer must never land
    after (and over) a newer one."""
    from netcompanion.gui.worker import LatestRead

    reads = LatestRead(window.ctx.worker)
    answers, failures = [], []
    for n in range(3):
        reads.submit(lambda _progress, n=n: n, answers.append, failures.append)
    reads.submit(lambda _progress: operations.get_contact(window.ctx.store, -1), answers.append, failures.append)
    reads.submit(lambda _progress: "newest", answers.append, failures.append)
    qtbot.waitUntil(lambda: not window.ctx.worker.busy, timeout=10_000)
    assert (answers, failures) == (["newest"], [])

    reads.submit(lambda _progress: "out of date", answers.append)
    reads.forget()
    qtbot.waitUntil(lambda: not window.ctx.worker.busy, timeout=10_000)
    assert answers == ["newest"]


def test_the_preview_lists_what_changes_and_who_is_new_and_follows_the_ticks(window, demo_store, qtbot, tmp_path):
    wizard = preview_2024_after_2018(window, demo_store, qtbot, tmp_path)
    f = wizard.form
    tabs = f.previewTabs

    def changes() -> list[str]:
        return [f.changesList.item(n).text() for n in range(f.changesList.count())]

    # The duplicate waits for a decision, so its tab is the one shown; the others say how many.
    assert tabs.currentWidget() is f.duplicatesTab
    assert tabs.tabText(tabs.indexOf(f.duplicatesTab)) == "Possible &duplicates (1)"
    assert tabs.tabText(tabs.indexOf(f.problemsTab)) == "&Left out (2)"
    assert changes()[0].startswith("Priya Raghunathan moved from University of Westbrook to Adatum Research")
    assert "New: Tobias Brenner — Fabrikam, Inc." in changes()
    assert len([line for line in changes() if line.startswith("New: ")]) == 20

    f.duplicatesTable.item(0, 0).setCheckState(Qt.CheckState.Checked)  # Tobias is the one from 2018
    qtbot.waitUntil(lambda: "New: Tobias Brenner — Fabrikam, Inc." not in changes(), timeout=30_000)
    assert any(line.startswith("Tobias Brenner moved from Contoso Ltd to Fabrikam, Inc.") for line in changes())


def test_the_preview_names_values_a_row_held_that_cannot_be_taken(window, demo_store, qtbot, tmp_path):
    path = tmp_path / "contacts.vcf"
    shutil.copy(FIXTURES / "contacts.vcf", path)
    wizard = window.open_import(str(path))
    show_preview(wizard, qtbot)
    f = wizard.form
    problems = [f.problemsList.item(n).text() for n in range(f.problemsList.count())]
    assert "Row 123: imported without the birthday 'circa 1990' (not a date)" in problems
    f.previewTabs.setCurrentWidget(f.problemsTab)
    assert f.problemsList.isVisible()


def _answers(monkeypatch, *answers):
    """QMessageBox.question answers these in turn; returns the questions asked."""
    from PySide6.QtWidgets import QMessageBox

    asked, queue = [], list(answers)

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_esc_on_a_touch_with_notes_asks_before_throwing_them_away(make_window, store, qtbot, monkeypatch):
    """Esc closed Log details at once, and the notes and names typed in it were gone."""
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.conftest import due_today

    [dee] = due_today(store, ["Dee Tail"])
    view = make_window(store).show_view("today")
    asked = _answers(monkeypatch, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard)
    log = view.log_details()
    f = log.form
    qtbot.keyClick(log.dialog, Qt.Key.Key_Escape)  # nothing typed yet: closes without a word
    assert not log.dialog.isVisible() and asked == []

    log = view.log_details()
    f = log.form
    f.gotNamesCheck.setChecked(True)
    f.namesEdit.setPlainText("Ana Lyst\nBo Sun")
    qtbot.keyClick(log.dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard what you wrote about this touch?"]
    assert log.dialog.isVisible() and f.namesEdit.toPlainText() == "Ana Lyst\nBo Sun"  # kept
    qtbot.mouseClick(f.buttonBox.button(f.buttonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and not log.dialog.isVisible()
    assert operations.list_interactions(store, dee) == []


def test_cancel_on_a_half_typed_new_contact_asks_first(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = _answers(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog = window.new_contact()
    f = dialog.form
    f.nameEdit.setText("Half Typed")
    f.companyEdit.setText("Contoso")
    dialog.dialog.close()  # the window's close button
    assert asked == ["Discard this new contact?"] and dialog.dialog.isVisible()
    f.buttonBox.button(f.buttonBox.StandardButton.Ok).click()
    assert dialog.added is not None and dialog.added.name == "Half Typed"
