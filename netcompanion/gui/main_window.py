"""The main window: the views in a side list, a search that finds anyone, a status line.

Views are built the first time they are shown, so the window is up as fast as a bare
one even with 100,000 contacts. Any operation announces `data_changed`; the visible
view refreshes at once, the others when they are next shown.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QListWidgetItem, QMainWindow, QProgressBar, QWidget

from netcompanion import APP_NAME, operations
from netcompanion.gui.assets import Form, icon, load_form
from netcompanion.gui.context import AppContext
from netcompanion.gui.exporting import Exporter
from netcompanion.gui.search import ContactSearch
from netcompanion.gui.window_menus import build_menus
from netcompanion.store import Store

if TYPE_CHECKING:
    from netcompanion.gui.trash import TrashDialog

VIEWS = (
    ("today", "Today"),
    ("contacts", "Contacts"),
    ("introductions", "Introductions"),
    ("opportunities", "Opportunities"),
    ("campaign", "Campaign"),
    ("insights", "Insights"),
)
VIEW_NAMES = tuple(name for name, _ in VIEWS)


_startup_heap_frozen = False


def _freeze_startup_heap() -> None:
    """Once per process, when the first window is up: take what starting made (modules, Qt
    wrappers, the database's metadata — some 100,000 objects that live as long as the app) out of
    the cyclic garbage collector's sight. Every full collection used to scan them all: 25–80 ms
    with the GIL held, several times a session — a visible hitch, whichever thread it ran in.
    Memory is still freed as usual when the last reference to an object goes."""
    global _startup_heap_frozen
    if not _startup_heap_frozen:
        _startup_heap_frozen = True
        gc.freeze()


def _view_class(name: str):
    """Import a view only when it is first shown (keeps start-up fast)."""
    if name == "today":
        from netcompanion.gui.today import TodayView as cls
    elif name == "contacts":
        from netcompanion.gui.contacts import ContactsView as cls
    elif name == "introductions":
        from netcompanion.gui.introductions import IntroductionsView as cls
    elif name == "opportunities":
        from netcompanion.gui.opportunities import OpportunitiesView as cls
    elif name == "campaign":
        from netcompanion.gui.campaign import CampaignView as cls
    elif name == "insights":
        from netcompanion.gui.insights import InsightsView as cls
    else:
        raise KeyError(name)
    return cls


class MainWindow(QMainWindow):
    """`show_view(name)`, `show_contact(id)` and `data_changed` are what the tray and scheduler use."""

    data_changed = Signal()
    ready = Signal()  # the first page is shown with its data

    def __init__(self, store: Store, settings: QSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or QSettings()
        self.ctx = AppContext(store, self)
        self.ctx.dialog_parent = self
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)

        self.form = Form(load_form("main_window", self))
        self.setCentralWidget(self.form.root)
        self.views: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self._current = ""
        self._story = None
        self._welcome = None

        for name, label in VIEWS:
            item = QListWidgetItem(icon(name), label)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.form.viewList.addItem(item)
            placeholder = QWidget()
            placeholder.setObjectName(f"{name}Placeholder")
            self.form.pages.addWidget(placeholder)
        self.form.viewList.setCurrentRow(0)  # before connecting: focus would otherwise pick a row
        self.form.viewList.currentRowChanged.connect(lambda row: self.show_view(VIEW_NAMES[row]))
        self.form.viewList.itemClicked.connect(self._view_clicked)

        self.search = ContactSearch(self.form.searchBox, store, self)
        self.search.chosen.connect(self.show_contact)
        self.exporter = Exporter(self.ctx, self)

        self._build_status_bar()
        self.undo_action, self.demo_action = build_menus(self, VIEWS)
        self.ctx.changed.connect(self._on_changed)
        self.ctx.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.ctx.open_contact.connect(self.show_contact)
        self.ctx.open_view.connect(self.show_view)
        self.ctx.busy_changed.connect(self.busy.setVisible)

        # From the start, shown or not: an app started minimised to the tray may never paint a window.
        self.ctx.watch_outside_writes()
        self._prepare_search = QTimer(self, singleShot=True, interval=1500)
        self._prepare_search.timeout.connect(lambda: self.search.prepare(self.ctx.worker))
        self._restore_geometry()
        # The frame paints first; the data arrives right after the first paint.
        self.started = False
        self.form.root.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.form.root and event.type() == QEvent.Type.Paint and not self.started:
            self.form.root.removeEventFilter(self)
            QTimer.singleShot(0, self.start)
        return super().eventFilter(watched, event)

    def start(self) -> None:
        """Open the first page: the welcome page on an empty database, else the last view used."""
        if self.started:
            return
        self.started = True
        self._white_icons_when_selected()
        if not operations.has_contacts(self.store):
            self.show_welcome()
        else:
            last = str(self.settings.value("window/view", "today"))
            self.show_view(last if last in VIEW_NAMES else "today")
        self.update_status()
        self._prepare_search.start()  # read the search index a little later, off the GUI thread
        _freeze_startup_heap()
        self.ready.emit()

    def _white_icons_when_selected(self) -> None:
        """The sidebar's icons, with a white variant for the selected row (rendered after the first
        paint, which they would slow down)."""
        for row, name in enumerate(VIEW_NAMES):
            self.form.viewList.item(row).setIcon(icon(name, selected_variant=True))

    # ---- building -------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.status_label = QLabel()
        self.status_label.setObjectName("callsDone")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setVisible(False)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.status_label)

    # ---- navigation -----------------------------------------------------------------------------
    def show_view(self, name: str) -> QWidget:
        """Show one of VIEW_NAMES ("today", "contacts", …) and return its widget."""
        if name not in VIEW_NAMES:
            raise ValueError(f"There is no view called {name!r}; views are {', '.join(VIEW_NAMES)}.")
        if not self.started:  # asked for a view before the first page (e.g. by the tray)
            self.started = True
            self._white_icons_when_selected()
            self.update_status()
            self._prepare_search.start(0)
        if self._welcome is not None and not operations.has_contacts(self.store):
            return self._welcome
        story = self._story
        if story is not None and self.form.pages.currentWidget() is story and not story.confirm_leave():
            self._light_sidebar(-1)  # unsaved edits and the user chose to stay: still on the contact's page
            return story
        self._leave_welcome()
        index = VIEW_NAMES.index(name)
        view = self.views.get(name)
        if view is None:
            view = _view_class(name)(self.ctx)
            view.setObjectName(f"{name}View")
            old = self.form.pages.widget(index)
            self.form.pages.insertWidget(index, view)
            self.form.pages.removeWidget(old)
            old.deleteLater()
            self.views[name] = view
        elif name in self._stale:
            view.refresh()
        self._stale.discard(name)
        self.form.pages.setCurrentWidget(view)
        self._current = name
        self.form.viewTitle.setText(dict(VIEWS)[name])
        self.form.viewTitle.show()
        self._light_sidebar(index)
        self.settings.setValue("window/view", name)
        if hasattr(view, "activate"):
            view.activate()
        return view

    def current_view(self) -> str:
        return self._current

    def _light_sidebar(self, row: int) -> None:
        """Highlight a view's row (-1: none, Back's view kept current: with no current row, focus would pick Today)."""
        view_list = self.form.viewList
        view_list.blockSignals(True)
        view_list.setCurrentRow(row if row >= 0 else VIEW_NAMES.index(self._current or "today"))
        if row < 0:
            view_list.clearSelection()
        view_list.blockSignals(False)

    def _view_clicked(self, item: QListWidgetItem) -> None:
        """From a contact's page, a click on the unlit current row goes back to that view."""
        if self._story is not None and self.form.pages.currentWidget() is self._story:
            self.show_view(VIEW_NAMES[self.form.viewList.row(item)])

    def _title_the_story(self) -> None:
        """On a contact's page no view is highlighted (the row left lit read as "you are in Contacts");
        the page's own heading is the person's name (above it too, it said the name twice) and its
        Back button names the view Back and Esc return to."""
        self._light_sidebar(-1)
        self.form.viewTitle.hide()
        if self._story is not None:
            self._story.say_back_to(dict(VIEWS)[self._current or "today"])

    def show_contact(self, contact_id: int) -> QWidget | TrashDialog | None:
        """Open a contact's story (from the search, a list, the tray or a notification). Someone in
        the trash opens the trash, with them chosen; someone forgotten since, a message. Either way
        the page shown stays as it was (it showed an empty form, or the person open before)."""
        from netcompanion.gui.story import ContactStory
        from netcompanion.gui.trash import open_trash

        try:
            trashed = operations.trash_entry(self.store, contact_id)
        except operations.NotFound as gone:
            self.ctx.error(str(gone))
            return None
        if trashed is not None:
            return open_trash(self.ctx, self, asked_for=contact_id)
        self._leave_welcome()
        if self._story is None:
            self._story = ContactStory(self.ctx)
            self._story.setObjectName("contactStory")
            self._story.back_requested.connect(self.go_back)
            self.form.pages.addWidget(self._story)
        self._story.load(contact_id)
        self.form.pages.setCurrentWidget(self._story)
        self._title_the_story()
        if self.isMinimized() or not self.isVisible():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self._story.setFocus()
        return self._story

    def go_back(self) -> None:
        if self._story is not None and self.form.pages.currentWidget() is self._story:
            self.show_view(self._current or "today")

    def open_log_touch(self):
        """The tray's "Log a touch…": with the person highlighted on Today, or (nobody there)
        in the search box to find them first. Returns the dialog when one opened."""
        shown = self.show_view("today")  # the welcome page on an empty database, or a page kept for its edits
        if shown is self.views.get("today") and shown.current() is not None:
            return shown.log_details()
        self.focus_search()
        return None

    def focus_search(self) -> None:
        self.form.searchBox.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.searchBox.selectAll()

    # ---- first run (welcome.py) -----------------------------------------------------------------
    def show_welcome(self) -> None:
        from netcompanion.gui.welcome import show_welcome

        show_welcome(self)

    def _leave_welcome(self) -> None:
        if self._welcome is not None and operations.has_contacts(self.store):
            from netcompanion.gui.welcome import leave_welcome

            leave_welcome(self)

    def load_demo(self) -> None:
        """Fill the database with a demo network on the worker thread, then open Today."""
        from netcompanion.gui.welcome import load_demo

        load_demo(self)

    # ---- dialogs --------------------------------------------------------------------------------
    def open_import(self, path: str | None = None):
        from netcompanion.gui.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self, path=path)
        wizard.open()
        return wizard

    def open_import_history(self):
        from netcompanion.gui.import_history import ImportHistory

        history = ImportHistory(self.ctx, self)
        history.open()
        return history

    def open_trash(self):
        from netcompanion.gui.trash import open_trash

        return open_trash(self.ctx, self)

    def open_notification_history(self):
        from netcompanion.gui.notification_history import HistoryDialog

        dialog = HistoryDialog(self.store, self)
        dialog.open()
        return dialog

    def open_settings(self):
        from netcompanion.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.open()
        return dialog

    def new_contact(self):
        """Add someone by hand; their story opens once they are added."""
        from netcompanion.gui.new_contact import NewContactDialog

        dialog = NewContactDialog(self.ctx, self)
        dialog.dialog.accepted.connect(lambda: dialog.added and self.show_contact(dialog.added.id))
        dialog.open()
        return dialog

    def open_triage(self, ids: list[int] | None = None):
        from netcompanion.gui.triage import TriageDialog

        if ids is None:
            contacts = self.views.get("contacts")
            ids = contacts.visible_ids() if contacts is not None else operations.contact_ids(self.store)
        dialog = TriageDialog(self.ctx, ids, self)
        dialog.open()
        return dialog

    # ---- refresh --------------------------------------------------------------------------------
    def _on_changed(self) -> None:
        self.search.invalidate()
        self._prepare_search.start()
        self._stale = set(self.views)
        if self._story is not None and self.form.pages.currentWidget() is self._story:
            self._story.refresh()
            self._title_the_story()  # a new name, saved here or elsewhere
        elif self._current in self.views:
            self.views[self._current].refresh()
            self._stale.discard(self._current)
        self.update_status()
        if self._welcome is not None and operations.has_contacts(self.store):
            self.show_view("today")
        elif self._welcome is not None:
            self._welcome.refresh()  # the trash emptied or filled: first run, or where everyone went
        self.data_changed.emit()

    def update_status(self) -> None:
        quota = operations.get_settings(self.store).daily_quota
        done = operations.touched_today(self.store)
        self.status_label.setText(f"{done} of {quota} calls done today")
        empty = not operations.has_contacts(self.store) and not operations.count_trash(self.store)
        self.demo_action.setEnabled(empty)  # the demo fills an empty database only, trash included

    # ---- drag and drop a file to import ---------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls:
            self.open_import(urls[0].toLocalFile())

    # ---- geometry -------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)

    def quit_app(self) -> None:
        """File → Quit stops the app, tray and reminders too: closing the window only hides it in the
        tray, and Quit did no more than that."""
        if self.close():  # not when the user chose to stay with unsaved edits
            QApplication.quit()

    def shutdown(self) -> None:
        """Stop the worker threads (after their current jobs) before the store is closed."""
        self.ctx.stop_workers()


def quit_later(window: MainWindow, seconds: float) -> None:
    QTimer.singleShot(int(seconds * 1000), window.close)
