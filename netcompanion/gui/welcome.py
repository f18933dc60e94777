"""First run: an empty database gets a welcome page instead of empty lists.

With every contact in the trash the database only looks empty: the page says so and offers the
trash, and not the demo (it fills an empty database only, and would be refused). An empty database
beside a backup of a full one (the file was deleted or replaced) offers to restore that backup.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from netcompanion import operations
from netcompanion.gui.assets import embed_form
from netcompanion.gui.worker import LatestRead
from netcompanion.rules.common import say_count
from netcompanion.store.earlier import EarlierBackup, earlier_backup

FIRST_RUN_TITLE = "Welcome to NetCompanion"


class WelcomePage(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.store = window.store
        self.form = embed_form(self, "welcome")
        self.form.busyLabel.setProperty("role", "muted")
        self.form.intro.setProperty("role", "muted")
        self.form.otherSources.setProperty("role", "muted")
        self.first_run_intro = self.form.intro.text()
        self.trash_button = QPushButton("Open the &trash…", self.form.card)
        self.trash_button.setObjectName("trashButton")
        self.form.buttons.insertWidget(0, self.trash_button)
        self.trash_button.clicked.connect(lambda: window.open_trash())
        self.restore_button = QPushButton("&Restore that backup", self.form.card)
        self.restore_button.setObjectName("restoreButton")
        self.form.buttons.insertWidget(0, self.restore_button)
        self.restore_button.clicked.connect(lambda: restore_earlier(window))
        self.earlier: EarlierBackup | None = None
        self._reads = LatestRead(window.ctx.reader)
        self.form.importButton.clicked.connect(lambda: window.open_import())
        self.form.demoButton.clicked.connect(window.load_demo)
        self.refresh()

    def refresh(self) -> None:
        """First-run words; or where everyone went: the trash, or a backup of an earlier database
        (looked for on the reader: each candidate gets a full check, a second or so for a big one)."""
        trash = operations.list_trash(self.store)
        self.earlier = None
        self._say(trash)
        if not trash and self.store.path is not None:
            path = self.store.path
            self._reads.submit(lambda _progress: earlier_backup(path), self._found_earlier)

    def _found_earlier(self, earlier: EarlierBackup | None) -> None:
        self.earlier = earlier
        if earlier is not None:
            self._say([])

    def _say(self, trash: list) -> None:
        f = self.form
        if trash:
            first = min(e.purge_on for e in trash)
            goes = "the first goes" if len(trash) > 1 else "they go"
            f.title.setText(_trash_title(len(trash)))
            f.intro.setText(
                f"Nothing is lost yet: open the trash to bring them back with all their history ({goes} for "
                f"good on {first:%A %d %B} unless restored), or import a file to start afresh."
            )
        elif self.earlier is not None:
            f.title.setText("This database is new and empty")
            f.intro.setText(
                f"There was no database here before, or an empty file replaced it. Its backup folder holds "
                f"{self.earlier.describe()}: restore it to carry on where you left off, or start afresh "
                "with an import or the demo."
            )
        else:
            f.title.setText(FIRST_RUN_TITLE)
            f.intro.setText(self.first_run_intro)
        self.trash_button.setVisible(bool(trash))
        self.trash_button.setDefault(bool(trash))
        self.restore_button.setVisible(self.earlier is not None)
        self.restore_button.setDefault(self.earlier is not None)
        f.importButton.setDefault(not trash and self.earlier is None)
        f.demoButton.setVisible(not trash)

    def set_busy(self, text: str) -> None:
        self.form.busyLabel.setText(text)
        for button in (self.form.importButton, self.form.demoButton, self.restore_button):
            button.setEnabled(not text)


def _trash_title(count: int) -> str:
    if count == 1:
        return "Your one contact is in the trash"
    return f"All {say_count(count, 'contact')} are in the trash"


def show_welcome(window) -> None:
    """The welcome page, with the views and the search put away (nobody to show in them)."""
    if window._welcome is None:
        window._welcome = WelcomePage(window)
        window._welcome.setObjectName("welcomePage")
        window.form.pages.addWidget(window._welcome)
    else:
        window._welcome.refresh()
    window.form.pages.setCurrentWidget(window._welcome)
    window.form.viewList.setEnabled(False)
    window.form.viewList.clearSelection()  # no view is showing, so none looks chosen
    window.form.searchBox.setEnabled(False)
    window.form.viewTitle.setText("")
    window.status_label.setVisible(False)  # "0 of 10 calls done" means nothing before anyone is here


def leave_welcome(window) -> None:
    window._welcome._reads.forget()  # a backup still being looked for: its answer has no page to go to
    window.form.pages.removeWidget(window._welcome)
    window._welcome.deleteLater()
    window._welcome = None
    window.form.viewList.setEnabled(True)
    window.form.searchBox.setEnabled(True)
    window.status_label.setVisible(True)


def load_demo(window) -> None:
    """Fill the database with a demo network on the worker thread, then open Today."""
    from netcompanion.demo import generate_demo

    window.statusBar().showMessage("Creating a demo network…")
    if window._welcome is not None:
        window._welcome.set_busy("Creating a demo network of 400 people…")

    def done(_summary) -> None:
        window.statusBar().showMessage("The demo network is ready.", 5000)
        window._on_changed()
        window.show_view("today")

    def failed(message: str) -> None:
        if window._welcome is not None:
            window._welcome.set_busy("")
        window.ctx.error(message)

    window.ctx.worker.submit(lambda _progress: generate_demo(window.store), done, failed)


def restore_earlier(window) -> None:
    """Restore the backup the page offers, on the worker thread (the current, empty state is
    backed up first, as every restore does), then open Today."""
    from netcompanion.operations import OperationError
    from netcompanion.store import StoreError
    from netcompanion.store.backup import restore

    page = window._welcome
    earlier = page.earlier if page is not None else None
    if earlier is None:
        return
    page.set_busy(f"Restoring {earlier.describe()}…")

    def done(_result) -> None:
        window.statusBar().showMessage(f"Restored {earlier.describe()}.", 8000)
        window._on_changed()

    def failed(message: str) -> None:
        if window._welcome is not None:
            window._welcome.set_busy("")
        window.ctx.error(message)

    def work(_progress) -> object:
        try:
            return restore(window.store.path, earlier.path)
        except StoreError as exc:  # a backup that fails its check: said as it is, nothing changed
            raise OperationError(str(exc)) from exc

    window.ctx.worker.submit(work, done, failed)
