"""GUI tests: real widgets on the offscreen platform, real SQLite files; any Qt warning fails a test."""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from netcompanion import operations  # noqa: E402
from netcompanion.demo import generate_demo  # noqa: E402

# The offscreen platform cannot do these window-manager things; they are not problems in the app.
OFFSCREEN_NOISE = [
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
    r"QFont::setPointSizeF: Point size <= 0",
]


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def private_config(tmp_path, monkeypatch):
    """Starting the app and saving Settings write the start-at-login entry: keep it away from the
    developer's own."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def app(qapp):
    from netcompanion.gui.app import make_app
    from netcompanion.gui.theme import apply_theme

    make_app()
    apply_theme(qapp, "light")
    return qapp


@pytest.fixture
def qsettings(tmp_path):
    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo_store(store):
    generate_demo(store, 400)
    return store


@pytest.fixture
def make_window(app, qtbot, qsettings, store):  # `store`: closed after the windows, as the app does
    from netcompanion.gui.main_window import MainWindow

    made = []

    def make(store, settings=None):
        window = MainWindow(store, settings or qsettings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.started)
        made.append(window)
        return window

    yield make
    for window in made:
        window.shutdown()


@pytest.fixture
def window(make_window, demo_store):
    return make_window(demo_store)


@pytest.fixture
def gui_thread_calls(monkeypatch):
    """watch("preview_import") -> a list that gets, per call of that core operation from now on,
    True when it ran on the GUI thread and False when on the worker. The real operation runs."""

    def watch(name: str) -> list[bool]:
        seen: list[bool] = []
        real = getattr(operations, name)

        def watched(*args, **kwargs):
            seen.append(threading.current_thread() is threading.main_thread())
            return real(*args, **kwargs)

        monkeypatch.setattr(operations, name, watched)
        return seen

    return watch


def due_today(store, names: list[str]) -> list[int]:
    """Contacts with a follow-up due today: what the Today view lists first."""
    ids = []
    for name in names:
        contact = operations.add_contact(store, name=name, company="Fabrikam", phones=["+1 555 0100"])
        operations.add_followup(store, contact.id, due=dt.date.today(), kind="follow-up", note="as promised")
        ids.append(contact.id)
    return ids


def back_after_no_answer(window, qtbot, ids: list[int]):
    """On Today: "3" (no answer) on the first person, which moves on to the second, then the list
    back on the first, ticked off by now. Returns the Today view."""
    from PySide6.QtCore import Qt

    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)
    calls = view.form.callList
    calls.setFocus()
    qtbot.keyClick(calls, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: not window.ctx.busy and view.current().contact_id == ids[1])
    calls.setCurrentRow([e.contact_id for e in view.entries].index(ids[0]))
    return view


class Recorder:
    """A notification backend that keeps what it was given."""

    name = "test"

    def __init__(self) -> None:
        self.got: list = []

    def send(self, notification) -> bool:
        self.got.append(notification)
        return True


def companion_for(store, window):
    """The real wiring, with notifications recorded instead of reaching the developer's desktop."""
    from PySide6.QtWidgets import QApplication

    from netcompanion.gui.companion import Companion
    from netcompanion.reminders.notifier import NotifierChain

    companion = Companion(QApplication.instance(), store, window, None)
    companion.recorder = Recorder()
    companion.chain = NotifierChain([companion.recorder])
    return companion


def pick_suggestion(qtbot, box, text: str) -> None:
    """Type a few letters into a contact box and take the first suggestion with the keyboard."""
    from PySide6.QtCore import Qt

    box.setFocus()
    qtbot.keyClicks(box, text)
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
