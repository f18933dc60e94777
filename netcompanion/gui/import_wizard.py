"""The import wizard: pick a file, see the detected format and a dry-run preview, import on the
worker thread with a progress bar, and undo the whole batch afterwards if it was not what you wanted.

It drives `operations.preview_import` / `run_import` / `undo_import` and `importers.detect_kind`
from the import module; while that module is not part of the build the wizard says so.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QTableWidgetItem, QWidget

from netcompanion import operations
from netcompanion.gui.context import AppContext
from netcompanion.gui.dialogs import form_dialog
from netcompanion.gui.import_words import (
    KINDS,
    bold_count,
    change_lines,
    counts_text,
    detect_kind,
    skipped_lines,
    undone_words,
)
from netcompanion.gui.merge_dialog import DIFFERENT, decide_pair, offer_merge_undo, withdraw_merge_undos
from netcompanion.gui.shortcuts import shortcut
from netcompanion.gui.worker import LatestRead
from netcompanion.operations import NotFound
from netcompanion.operations.results import ContactView
from netcompanion.rules.common import plural

PICK, PREVIEW, PROGRESS, DONE = range(4)
LATER = "<br>Possible duplicates you leave undecided stay listed in File → Past imports… to decide later."
# Said when Esc or the window's close button is pressed while an import writes.
RUNS_TO_THE_END = "An import cannot be stopped halfway: once it is done, “Undo this import” takes it all back."


class ImportWizard(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog, f = form_dialog("import_wizard", parent)
        self.form = f
        self.preview = None
        self.result = None
        self.undone = None
        self._previewing = False  # the preview is being read on the worker: Cancel still works
        self._replans = LatestRead(ctx.worker)  # re-plans after ticks: only the newest is shown
        self._planned = None  # the plan whose counts are shown
        self._held_note = ""  # under the import's progress, once Esc or close was pressed during it
        for kind, label in KINDS.items():
            f.kindCombo.addItem(label, kind)
        for name in ("detectedLabel", "problemsTitle", "duplicatesTitle", "changesTitle"):
            getattr(f, name).setProperty("role", "muted")
        f.duplicatesTable.horizontalHeader().setStretchLastSection(True)
        f.duplicatesTable.horizontalHeader().resizeSection(0, 330)
        f.duplicatesTable.verticalHeader().setVisible(False)
        for listing in (f.problemsList, f.eventsList, f.changesList):  # long lines wrap instead of hiding their ends
            listing.setWordWrap(True)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        f.tickAllButton.clicked.connect(self.tick_all)
        f.browseButton.clicked.connect(self.browse)
        f.pathEdit.textChanged.connect(self._path_changed)
        f.nextButton.clicked.connect(self.next)
        f.backButton.clicked.connect(lambda: self._go(PICK))
        f.closeButton.clicked.connect(self.dialog.reject)
        f.undoButton.clicked.connect(self.undo)
        f.undoButton.setAutoDefault(False)  # only a click or its Alt+U key takes a whole import back
        f.eventsList.itemDoubleClicked.connect(self.decide_duplicate)
        # On a line: decide it, as a double-click does (the default button closed the window).
        shortcut("import.decide", f.eventsList, self._decide_current)
        f.duplicatesTable.itemChanged.connect(lambda _item: self._decisions_changed())
        self.dialog.finished.connect(self.deleteLater)
        self.dialog.installEventFilter(self)
        self._go(PICK)
        if path:
            f.pathEdit.setText(path)

    def importing(self) -> bool:
        """The import is being written (the preview, by contrast, can be cancelled)."""
        return self.step() == PROGRESS and not self._previewing

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """While the import writes, Esc and the window's close button leave the window open, as Cancel is
        greyed: closed, the import went on unseen, and its result and Undo were never shown."""
        escape = event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
        if watched is self.dialog and (escape or event.type() == QEvent.Type.Close) and self.importing():
            event.ignore()
            self._held_note = f"\n\n{RUNS_TO_THE_END}"
            self.form.progressLabel.setText(self.form.progressLabel.text().split("\n")[0] + self._held_note)
            return True
        return super().eventFilter(watched, event)

    def open(self) -> None:
        self.dialog.open()
        self.form.pathEdit.setFocus()

    # ---- steps ----------------------------------------------------------------------------------
    def _go(self, step: int) -> None:
        f = self.form
        f.steps.setCurrentIndex(step)
        f.backButton.setVisible(step == PREVIEW)
        f.nextButton.setVisible(step in (PICK, PREVIEW))
        # Rows in error were listed in the preview: importing then means importing the others.
        bad_rows = step == PREVIEW and self.preview is not None and bool(self.preview.errors)
        f.nextButton.setText("&Import the other rows" if bad_rows else "&Import" if step == PREVIEW else "&Next >")
        f.closeButton.setText("&Close" if step == DONE else "Cancel")
        f.closeButton.setEnabled(step != PROGRESS or self._previewing)
        # Return on the last page closes the window. Undo takes the keyboard focus when Next hides, and a
        # dialog's button with the focus is the one Return presses: the import was undone by Return.
        f.nextButton.setDefault(step != DONE)
        f.closeButton.setDefault(step == DONE)
        if step == DONE:
            f.closeButton.setFocus()
        self._path_changed()

    def step(self) -> int:
        return self.form.steps.currentIndex()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.dialog, "Import contacts", str(Path.home()), "Contacts (*.csv *.vcf *.vcard);;All files (*)"
        )
        if path:
            self.form.pathEdit.setText(path)

    def _path_changed(self, *_args) -> None:
        f = self.form
        path = f.pathEdit.text().strip()
        exists = bool(path) and Path(path).is_file()
        if self.step() == PICK:
            f.nextButton.setEnabled(exists)
            if path and not exists:
                f.detectedLabel.setText("There is no file at that path.")
            elif exists:
                kind = detect_kind(path)
                if kind in KINDS:
                    f.kindCombo.setCurrentIndex(list(KINDS).index(kind))
                    f.detectedLabel.setText(f"Looks like {KINDS[kind]}. Change the format if that is wrong.")
                else:
                    f.detectedLabel.setText("The format could not be recognised; please choose it.")

    def kind(self) -> str:
        return self.form.kindCombo.currentData()

    def path(self) -> str:
        return self.form.pathEdit.text().strip()

    def next(self) -> None:
        if self.step() == PICK:
            self.run_preview()
        elif self.step() == PREVIEW:
            self.run_import()

    def run_preview(self) -> None:
        """Read and plan the file on the worker (a large export takes a moment); Cancel stays live."""
        store, kind, path = self.ctx.store, self.kind(), self.path()
        name = Path(path).name
        f = self.form
        f.progressBar.setRange(0, 0)
        f.progressLabel.setText(f"Reading {name}…")
        self._previewing = True
        self._go(PROGRESS)

        def progress(done: int, total: int) -> None:
            f.progressBar.setRange(0, max(total, 1))
            f.progressBar.setValue(done)
            f.progressLabel.setText(f"Checking {name}: {done:,} of {total:,} rows")

        def failed(message: str) -> None:
            self._previewing = False
            self._go(PICK)
            self.ctx.error(message)

        self.ctx.worker.submit(
            lambda report_progress: operations.preview_import(store, kind, path, progress=report_progress),
            self._show_preview,
            failed,
            progress,
        )

    def _show_preview(self, report) -> None:
        self._previewing = False
        self.preview = report
        f = self.form
        errors = list(report.errors or ())
        dups = list(report.possible_duplicates or ())
        table = f.duplicatesTable
        table.blockSignals(True)
        table.setRowCount(len(dups))
        for row, dup in enumerate(dups):
            incoming = " — ".join(filter(None, (dup.incoming_name, dup.incoming_company)))
            existing = " — ".join(filter(None, (dup.contact_name, dup.contact_company)))
            choice = QTableWidgetItem(f"row {dup.row}: {incoming}")
            choice.setFlags(choice.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            choice.setCheckState(Qt.CheckState.Unchecked)
            choice.setData(Qt.ItemDataRole.UserRole, dup)
            table.setItem(row, 0, choice)
            table.setItem(row, 1, QTableWidgetItem(f"{existing} (#{dup.contact_id})"))
        table.blockSignals(False)
        table.setToolTip(
            "Never merged on a name alone. Tick a row (or select it and press Space) when it is the same "
            "person: the contact you have is updated instead of a new one being added."
        )
        self._show_summary(report)
        f.problemsList.clear()
        for row, message in errors:
            f.problemsList.addItem(f"Row {row}: {message} (error)")
        for line in skipped_lines(report.skipped_by_reason()):
            f.problemsList.addItem(line)
        for row, message in report.left_out or ():
            f.problemsList.addItem(f"Row {row}: {message}")
        for shared in report.shared_emails or ():
            f.problemsList.addItem(f"Row {shared.row}: {shared.line()} You can do that after the import.")
        problems = len(errors) + len(report.skipped or ()) + len(report.left_out or ()) + len(report.shared_emails)
        if not problems:
            f.problemsList.addItem("No problems found.")
        tabs = f.previewTabs
        tabs.setTabText(tabs.indexOf(f.duplicatesTab), f"Possible &duplicates ({len(dups):,})")
        tabs.setTabText(tabs.indexOf(f.problemsTab), f"&Left out ({problems:,})")
        tabs.setTabVisible(tabs.indexOf(f.duplicatesTab), bool(dups))
        # Duplicates wait for a decision; otherwise the changes are what there is to check.
        tabs.setCurrentWidget(f.duplicatesTab if dups else f.changesTab)
        self._go(PREVIEW)

    def tick_all(self) -> None:
        """Every possible duplicate is the same person: one plan again, not one per tick."""
        table = self.form.duplicatesTable
        table.blockSignals(True)
        for row in range(table.rowCount()):
            table.item(row, 0).setCheckState(Qt.CheckState.Checked)
        table.blockSignals(False)
        self._decisions_changed()

    def same_person(self) -> list:
        """The possible duplicates the user ticked as one person."""
        table = self.form.duplicatesTable
        items = (table.item(row, 0) for row in range(table.rowCount()))
        return [
            i.data(Qt.ItemDataRole.UserRole) for i in items if i and i.checkState() == Qt.CheckState.Checked
        ]

    def _decisions_changed(self) -> None:
        """Ticks change what the import will do: the core plans it again with them, on the worker.

        Only the newest plan is shown; the counts say they are being worked out meanwhile.
        """
        store, kind, path, same = self.ctx.store, self.kind(), self.path(), self.same_person()
        self._show_summary(self._planned, counting=True)
        self._replans.submit(
            lambda _progress: operations.preview_import(store, kind, path, same),
            self._show_summary,
            self.ctx.error,
        )

    def _show_summary(self, report, counting: bool = False) -> None:
        """The plan's counts and changes; `counting`: the ticks changed and the new plan is on its way."""
        self._planned = report
        if not counting:
            self.form.changesList.clear()
            self.form.changesList.addItems(change_lines(report))
        same = len(self.same_person())
        self.form.summaryLabel.setText(
            f"{counts_text(report)} · <b>{len(report.skipped or ()):,}</b> skipped · "
            f"{bold_count(len(report.errors or ()), 'error')}"
            + (
                f" — {same:,} {plural('possible duplicate', same)} ticked as the same person"
                if same
                else ""
            )
            + (" (counting again…)" if counting else "")
            + "".join(f"<br><i>{html.escape(notice)}</i>" for notice in report.notices or ())
        )

    def run_import(self) -> None:
        run_import = operations.run_import
        store, kind, path = self.ctx.store, self.kind(), self.path()
        same_person = self.same_person()
        skip_bad_rows = bool(self.preview is not None and self.preview.errors)  # the user saw them listed
        f = self.form
        f.progressBar.setRange(0, 0)
        self._held_note = ""
        f.progressLabel.setText(f"Importing {Path(path).name}…")
        self._go(PROGRESS)

        def work(progress):
            return run_import(
                store, kind, path, progress=progress, same_person=same_person, skip_bad_rows=skip_bad_rows
            )

        def progress(done: int, total: int) -> None:
            f.progressBar.setRange(0, max(total, 1))
            f.progressBar.setValue(done)
            f.progressLabel.setText(f"Importing {Path(path).name}… {done:,} of {total:,} rows" + self._held_note)

        def failed(message: str) -> None:
            self._go(PREVIEW)
            self.ctx.error(message)

        self.ctx.worker.submit(work, self._imported, failed, progress)

    def _imported(self, report) -> None:
        self.result = report
        f = self.form
        f.resultLabel.setText(
            f"<b>Done.</b> {counts_text(report)} · <b>{len(report.skipped or ()):,}</b> skipped"
            + (f" · {bold_count(len(report.errors), 'row')} left out with errors" if report.errors else "")
            + (". Not what you expected? Undo takes the whole import back." if report.batch_id else
               ". Nothing changed: everything in the file is here already, so there is nothing to undo.")
        )
        f.eventsList.clear()
        for update in report.updates or ():
            f.eventsList.addItem(update)
        for row, message in report.errors or ():
            f.eventsList.addItem(f"Row {row} left out: {message}")
        created = {d.new_contact_id for d in report.possible_duplicates}
        pairs = self.ctx.read(operations.duplicate_pairs, report) or ()
        if pairs and report.batch_id is not None:  # kept with the import
            f.resultLabel.setText(f.resultLabel.text() + LATER)
        for new_id, existing_id in pairs:
            new, old = (operations.get_contact(self.ctx.store, i) for i in (new_id, existing_id))
            which = "new" if new_id in created else f"#{new.id}"
            item = QListWidgetItem(
                f"Possible duplicate: {new.name} ({', '.join(filter(None, (which, new.company)))}) and "
                f"{old.name} ({', '.join(filter(None, (f'#{old.id}', old.company)))}) — double-click to decide"
            )
            item.setData(Qt.ItemDataRole.UserRole, (new_id, existing_id))
            f.eventsList.addItem(item)
        f.eventsList.setVisible(f.eventsList.count() > 0)
        f.undoButton.setEnabled(report.batch_id is not None)
        self._go(DONE)
        self.ctx.changed.emit()

    def _decide_current(self) -> None:
        """Return on the last page's list: the highlighted possible duplicate is decided; on a line with
        nothing to decide Return does what it does elsewhere on the page, it closes the window."""
        item = self.form.eventsList.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.decide_duplicate(item)
        else:
            self.form.closeButton.click()

    def decide_duplicate(self, item: QListWidgetItem, keep_id: int | str | None = None) -> None:
        """Compare a possible duplicate side by side; merge when it is one person, keep both when they
        differ (remembered with the import), or leave it for later (Esc): File → Past imports… has it."""
        pair = item.data(Qt.ItemDataRole.UserRole)
        if not pair:
            return
        new_id, existing_id = pair
        if keep_id is None:
            try:
                keep_id = decide_pair(self.ctx.store, existing_id, new_id, self.dialog)
            except NotFound as gone:  # merged, deleted or its import undone since the import
                item.setText(f"{item.text().split(' — ')[0]} — no longer there to decide: {gone}")
                return
            if keep_id is None:
                return
        item.setData(Qt.ItemDataRole.UserRole, None)
        if keep_id == DIFFERENT:
            item.setText(item.text().split(" — ")[0] + " — kept as two people")
            if self.result is not None and self.result.batch_id is not None:  # else nothing was kept to decide
                self.ctx.run_in_background(operations.keep_apart, new_id, existing_id)
            return
        other_id = new_id if keep_id == existing_id else existing_id
        item.setText(item.text().split(" — ")[0] + " — merging…")
        self.ctx.run_in_background(
            operations.merge_contacts, keep_id, other_id,
            then=lambda merged: self._merged(item, merged, other_id),
        )  # fmt: skip

    def _merged(self, item: QListWidgetItem, merged: ContactView, other_id: int) -> None:
        item.setText(f"Merged into {merged.name} (#{merged.id}) — Edit → Undo takes it back")
        offer_merge_undo(self.ctx, merged, other_id)

    def undo(self) -> None:
        """Take the whole import back (on the worker: it backs up first)."""
        if self.result is None:
            return
        f = self.form
        f.undoButton.setEnabled(False)
        f.eventsList.setEnabled(False)  # its lines are about to be taken back: nothing to decide meanwhile

        def undone(report) -> None:
            self.undone = report
            withdraw_merge_undos(self.ctx, report)
            f.resultLabel.setText(undone_words(report))
            f.eventsList.clear()  # its changes and possible duplicates are gone with it
            f.eventsList.hide()

        def failed() -> None:
            f.undoButton.setEnabled(True)
            f.eventsList.setEnabled(True)

        self.ctx.run_in_background(
            operations.undo_import, self.result.batch_id, then=undone, note="Backing up, then undoing the import…",
            failed=failed,
        )  # fmt: skip
