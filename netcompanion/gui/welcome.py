"""First run: an empty database gets a welcome page instead of empty lists.

With every contact in the trash the database only looks empty: the page says so and offers the
trash, and not the demo (it fills an empty database only, and would be refused).
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from netcompanion import operations
from netcompanion.gui.assets import embed_form
from netcompanion.rules.common import say_count

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
        self.form.importButton.clicked.connect(lambda: window.open_import())
        self.form.demoButton.clicked.connect(window.load_demo)
        self.refresh()

    def refresh(self) -> None:
        """First-run words, or — everyone in the trash — where they are and how they come back."""
        f = self.form
        trash = operations.list_trash(self.store)
        f.title.setText(_trash_title(len(trash)) if trash else FIRST_RUN_TITLE)
        if trash:
            first = min(e.purge_on for e in trash)
            goes = "the first goes" if len(trash) > 1 else "they go"
            f.intro.setText(
                f"Nothing is lost yet: open the trash to bring them back with all their history ({goes} for "
                f"good on {first:%A %d %B} unless restored), or import a file to start afresh."
            )
        else:
            f.intro.setText(self.first_run_intro)
        self.trash_button.setVisible(bool(trash))
        self.trash_button.setDefault(bool(trash))
        f.importButton.setDefault(not trash)
        f.demoButton.setVisible(not trash)

    def set_busy(self, text: str) -> None:
        self.form.busyLabel.setText(text)
        self.form.importButton.setEnabled(not text)
        self.form.demoButton.setEnabled(not text)


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
