"""File → Export: contacts for a spreadsheet or an address book, follow-ups for a calendar.

The window only asks where to write; the core writes the file (the same code as
`netcompanion export`), on the worker, so 30,000 contacts never freeze the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from netcompanion import operations
from netcompanion.exporters.words import export_words
from netcompanion.gui.context import AppContext

# (filter shown in the file box, format, file suffix)
CONTACT_FORMATS = (
    ("Spreadsheet or Google Contacts (*.csv)", "csv", "csv"),
    ("Address book, vCard 4.0 (*.vcf)", "vcard", "vcf"),
)
CALENDAR_FORMAT = ("Calendar (*.ics)", "ics", "ics")


def _folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def format_for(path: str, chosen_filter: str, formats=CONTACT_FORMATS) -> str:
    """The format a path asks for by its suffix, else the one whose filter was chosen."""
    suffix = Path(path).suffix.lower().lstrip(".")
    for _, kind, wanted in formats:
        if suffix == wanted or (kind == "vcard" and suffix == "vcard"):
            return kind
    return next((kind for name, kind, _ in formats if name == chosen_filter), formats[0][1])


class Exporter:
    """Asks for a file, then writes the export on the worker and says how many went out."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        self.ctx, self.parent = ctx, parent
        self.dialog: QFileDialog | None = None  # the open file box, for tests to fill in

    def contacts(self, path: str | None = None) -> None:
        """Every contact (archived ones too) to CSV or vCard; asks where unless `path` is given."""
        if path is not None:
            self.write(format_for(path, ""), path)
            return
        today = operations.today_for(self.ctx.store)  # the user's day: the name says when it was written
        self._ask("Export contacts", CONTACT_FORMATS, f"netcompanion-contacts-{today:%Y-%m-%d}.csv")

    def calendar(self, path: str | None = None) -> None:
        """Open follow-ups and planned campaign calls as an .ics file calendar apps import."""
        if path is not None:
            self.write("ics", path)
            return
        today = operations.today_for(self.ctx.store)
        self._ask("Export follow-ups to a calendar", (CALENDAR_FORMAT,),
                  f"netcompanion-follow-ups-{today:%Y-%m-%d}.ics")  # fmt: skip

    def _ask(self, title: str, formats, name: str) -> None:
        dialog = QFileDialog(self.parent, title, str(_folder() / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters([f for f, _, _ in formats])
        dialog.setDefaultSuffix(formats[0][2])

        def filter_chosen(chosen: str) -> None:  # the suffix follows the kind of file chosen
            suffix = next(s for f, _, s in formats if f == chosen)
            dialog.setDefaultSuffix(suffix)
            typed = Path(dialog.selectedFiles()[0]).name if dialog.selectedFiles() else name
            dialog.selectFile(str(Path(typed).with_suffix("." + suffix)))

        dialog.filterSelected.connect(filter_chosen)
        dialog.fileSelected.connect(lambda path: self.write(format_for(path, dialog.selectedNameFilter(), formats), path))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def write(self, kind: str, path: str) -> None:
        self.ctx.message.emit(f"Exporting to {Path(path).name}…")

        def done(result) -> None:
            self.ctx.message.emit(export_words(kind, path, result.count, result.replaced, result.cancelled))

        self.ctx.worker.submit(lambda _progress: operations.export_to_file(self.ctx.store, kind, path), done,
                               self.ctx.error)  # fmt: skip

