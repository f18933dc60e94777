"""GUI speed and memory: the main window against a bare PySide6 window, search per keystroke, memory.

Each window is timed in a fresh process (so neither pays for the other's warm caches):
from just before the window is constructed until its first paint has happened. Run with
`make bench` or `python -m tests.bench gui`.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 9
# Search latency is timed in several fresh processes: one process on a small machine can run
# uniformly 1.5x slower than the next, and each round must pay the first keystroke afresh.
SEARCH_ROUNDS = 5


def run_until(until, limit_s: float = 60.0, poll_ms: int = 1) -> None:
    """Run the event loop until `until()` is true, idling as `app.exec()` does.

    Not `QTest.qWait`: it sleeps holding Python's interpreter lock, so the worker threads being
    measured barely run meanwhile (a thread counting for one second got 0.5% of the counts it
    gets beside an idle event loop)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if until():
        return
    loop, timer = QEventLoop(), QTimer()
    deadline = time.perf_counter() + limit_s
    timer.timeout.connect(lambda: (until() or time.perf_counter() > deadline) and loop.quit())
    timer.start(poll_ms)
    loop.exec()
    timer.stop()

_WINDOW_SCRIPT = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
kind, db = sys.argv[1], sys.argv[2]
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class PaintSpy(QObject):
    painted = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            PaintSpy.painted = True
        return False

if kind == "bare":
    app = QApplication([])
else:
    from netcompanion.gui.app import make_app
    from netcompanion.gui.main_window import MainWindow
    from netcompanion.store import open_store
    app = make_app()
    store = open_store(db)
    settings = QSettings(os.path.join(os.path.dirname(db), kind + ".ini"), QSettings.Format.IniFormat)
    settings.setValue("window/view", sys.argv[3] if len(sys.argv) > 3 else "today")
spy = PaintSpy()
app.installEventFilter(spy)
start = time.perf_counter()
if kind == "bare":
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1280, 800)
else:
    window = MainWindow(store, settings)
    window.resize(1280, 800)
window.show()
while not PaintSpy.painted:
    app.processEvents()
elapsed = time.perf_counter() - start
content = elapsed
if kind != "bare":
    from tests.bench.bench_gui import run_until
    def has_data():
        contacts = window.views.get("contacts")
        return window.started and (contacts is None or not contacts.model.loading)
    run_until(has_data)  # until the first page has its data and has painted again
    window.repaint()
    content = time.perf_counter() - start
if kind != "bare" and len(sys.argv) > 4:
    view = window.show_view("contacts")
    run_until(lambda: not view.model.loading)
    # Re-read the list on the worker, as after any change, and time the GUI thread's longest
    # turn meanwhile: the window must stay live while 100,000 contacts are read.
    view.model.reload()
    stall, last = 0.0, time.perf_counter()
    while view.model.loading:
        app.processEvents()
        time.sleep(0.001)  # an idle GUI thread waiting for its next event (and for the GIL)
        now = time.perf_counter()
        stall, last = max(stall, now - last), now
    table = view.form.table
    table.scrollToBottom(); app.processEvents()
    table.scrollToTop(); app.processEvents()
    for text in ("a", "an", "ann", "anna"):
        view.form.filterEdit.setText(text); view.apply_filter(); app.processEvents()
# VmHWM is this process's own peak (ru_maxrss would carry over the parent's peak across exec).
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"seconds": elapsed, "content_seconds": content, "max_rss_mb": peak / 1024,
                  "stall_seconds": stall if kind != "bare" and len(sys.argv) > 4 else None}))
if kind != "bare":
    window.shutdown()
"""


def _database(count: int, folder: Path) -> Path:
    from netcompanion.demo import generate_demo
    from netcompanion.store import open_store

    path = folder / f"demo-{count}.sqlite3"
    store = open_store(path)
    generate_demo(store, count)
    store.dispose()
    return path


def _window(kind: str, db: Path, *extra: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [sys.executable, "-c", _WINDOW_SCRIPT, kind, str(db), *extra],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def _fresh_process(function: str, db: Path) -> list[tuple[str, float]]:
    """Run `function(db)` of this module in a fresh process (nothing warm from an earlier round)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    script = (
        f"import json, sys; from pathlib import Path; from tests.bench.bench_gui import {function}; "
        f"print(json.dumps({function}(Path(sys.argv[1]))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(db)], capture_output=True, text=True, env=env, check=True
    )
    return [(what, seconds) for what, seconds in json.loads(done.stdout.strip().splitlines()[-1])]


def _search_latency(db: Path) -> list[tuple[str, float]]:
    """Per keystroke, from the key press until the window has settled: the filter applied on the
    next turn of the event loop, the table laid out again, and everything that changed painted
    (rows, count, scroll bar), exactly as a user waits for it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtTest import QTest

    from netcompanion.gui.app import make_app
    from netcompanion.gui.main_window import MainWindow
    from netcompanion.store import open_store

    class Activity(QObject):
        """Counts the events that mean the window is still catching up with a keystroke."""

        WATCHED = {QEvent.Type.Timer, QEvent.Type.LayoutRequest, QEvent.Type.UpdateRequest,
                   QEvent.Type.Paint, QEvent.Type.MetaCall}  # fmt: skip
        seen = 0
        painted = 0

        def eventFilter(self, obj, event):  # noqa: N802
            kind = event.type()
            if kind in self.WATCHED:
                self.seen += 1
                self.painted += kind == QEvent.Type.Paint
            return False

    app = make_app()
    activity = Activity()
    app.installEventFilter(activity)

    def settle() -> int:
        """Run the event loop until a turn handles nothing more; returns the paint events seen."""
        activity.painted = 0
        for _ in range(50):
            activity.seen = 0
            app.processEvents()
            if not activity.seen:
                break
        return activity.painted

    store = open_store(db)
    settings = QSettings(str(db.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    window.resize(1280, 800)
    window.show()
    view = window.show_view("contacts")
    app.processEvents()
    run_until(lambda: not view.model.loading)  # large networks are read on the worker thread
    run_until(lambda: window.search._index is not None)  # so is the search index
    settle()
    results = []
    for word in ("anna", "chen", "fabrikam eng", "(555) 42-1"):  # the last: part of a phone number
        view.form.filterEdit.clear()
        settle()
        for char in word:
            start = time.perf_counter()
            QTest.keyClick(view.form.filterEdit, char)
            painted = settle()
            results.append((view.form.filterEdit.text(), time.perf_counter() - start))
            assert painted, "the keystroke painted nothing: the timing would be meaningless"
    for text in ("wei", "wei-lin", "wei-lin ch"):
        start = time.perf_counter()
        window.search.update_suggestions(text)
        settle()
        results.append((f"Ctrl+K {text}", time.perf_counter() - start))
    window.search.completer.popup().hide()
    window.shutdown()
    store.dispose()
    return results


def _stalls(db: Path) -> list[tuple[str, float]]:
    """For each everyday action, the GUI thread's longest stretch without handling events, from
    the action until the window is idle again (work on the worker counts only if it starves the
    GUI thread of the GIL)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from netcompanion import operations
    from netcompanion.gui.app import make_app
    from netcompanion.gui.main_window import VIEW_NAMES, MainWindow
    from netcompanion.store import open_store

    app = make_app()
    store = open_store(db)
    window = MainWindow(store, QSettings(str(db.with_suffix(".stalls.ini")), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()

    def longest_turn(action) -> float:
        start = time.perf_counter()
        action()
        last = time.perf_counter()
        longest, quiet_since, deadline = last - start, last, last + 20
        while last - quiet_since < 0.5 and last < deadline:
            app.processEvents()
            time.sleep(0.001)  # an idle GUI thread waiting for its next event (and for the GIL)
            now = time.perf_counter()
            longest = max(longest, now - last)
            if now - last > 0.005 or window.ctx.busy:
                quiet_since = now
            last = now
        return longest

    results = [("start", longest_turn(lambda: None))]
    for name in VIEW_NAMES:
        results.append((f"open {name}", longest_turn(lambda name=name: window.show_view(name))))
    someone = operations.contact_index(store).ids[0]
    results.append(("open a contact's story", longest_turn(lambda: window.show_contact(someone))))
    today = window.show_view("today")
    longest_turn(lambda: None)
    results.append(("record an outcome in Today", longest_turn(lambda: today.record("today.reached"))))
    window.shutdown()
    store.dispose()
    return results


def _reads_side_by_side(db: Path) -> list[tuple[str, float]]:
    """How long a view waits for its list, alone and while the search index is being read on the
    other worker, and queued behind it on the same worker (median of 5 each): reads on two workers
    at once must not be slower than in turn."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from netcompanion import operations
    from netcompanion.gui.app import make_app
    from netcompanion.gui.main_window import MainWindow
    from netcompanion.store import open_store

    make_app()
    store = open_store(db)
    window = MainWindow(store, QSettings(str(db.with_suffix(".side.ini")), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    today, contacts = window.show_view("today"), window.show_view("contacts")
    lists_read: list[float] = []  # when each read of Today's list ended
    call_list = operations.call_list

    def timed_call_list(*args, **kwargs):
        try:
            return call_list(*args, **kwargs)
        finally:
            lists_read.append(time.perf_counter())

    operations.call_list = timed_call_list

    wait = run_until

    def contacts_read() -> None:
        contacts.model.reload()
        wait(lambda: not contacts.model.loading)

    def today_read() -> None:
        seen = len(lists_read)
        today.refresh()
        wait(lambda: len(lists_read) > seen)

    results = []
    wait(lambda: not window.ctx.busy and today.loaded and not contacts.model.loading)
    ways = (
        ("alone", None),
        ("while the search index is read", window.ctx.worker),  # as the app does it
        ("queued behind the search index", window.ctx.reader),  # as with one worker
    )
    for label, read in (("contacts list", contacts_read), ("Today's list", today_read)):
        for what, search_worker in ways:
            times = []
            for _ in range(5):
                wait(lambda: not window.ctx.busy)
                if search_worker is not None:
                    window.search.invalidate()
                    window.search.prepare(search_worker)
                    pause = time.perf_counter() + 0.01
                    wait(lambda pause=pause: time.perf_counter() > pause)
                start = time.perf_counter()
                read()
                times.append(time.perf_counter() - start)
            results.append((f"{label}, {what}", statistics.median(times)))
    operations.call_list = call_list
    window.shutdown()
    store.dispose()
    return results


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        db30 = _database(30_000, folder)
        print(f"demo network of 30,000 contacts made in {time.perf_counter() - t:.1f} s")

        bare = [_window("bare", db30) for _ in range(RUNS)]
        today = [_window("app", db30, "today") for _ in range(RUNS)]
        contacts = [_window("app", db30, "contacts") for _ in range(RUNS)]

        def median(runs, key="seconds"):
            return statistics.median(r[key] for r in runs)

        b = median(bare)
        print(f"\nwindow up and painted, 30,000 contacts (median of {RUNS} fresh processes each)")
        print(f"{'window':<44}{'ms':>9}{'ratio':>9}")
        print(f"{'bare PySide6 QMainWindow, first paint':<44}{b * 1000:>9.1f}{1:>9.2f}")
        for label, runs in (("Today", today), ("Contacts", contacts)):
            first, full = median(runs), median(runs, "content_seconds")
            print(
                f"{'NetCompanion ' + label + ', first paint':<44}{first * 1000:>9.1f}{first / b:>9.2f}   target <= 1.5"
            )
            print(f"{'NetCompanion ' + label + ', with its data':<44}{full * 1000:>9.1f}{full / b:>9.2f}")

        rounds = [_fresh_process("_search_latency", db30) for _ in range(SEARCH_ROUNDS)]
        print(
            f"\nsearch as you type, 30,000 contacts (target <= 16 ms per keystroke; "
            f"{SEARCH_ROUNDS} fresh processes: median and slowest of the rounds)"
        )
        for n, (text, _seconds) in enumerate(rounds[0]):
            times = [r[n][1] * 1000 for r in rounds]
            print(f"  {text!r:<26}{statistics.median(times):>8.2f} ms  (slowest {max(times):.2f})")
        typed = [[s for text, s in r if not text.startswith("Ctrl+K")] for r in rounds]
        # A keystroke's cost is the median of its rounds: the same keystroke can take twice as
        # long in one process as in the next when the machine is busy elsewhere.
        per_key = [statistics.median(r[n] for r in typed) for n in range(len(typed[0]))]
        worsts = [max(r) for r in typed]
        print(
            f"  slowest keystroke {max(per_key) * 1000:.2f} ms (median of its {SEARCH_ROUNDS} rounds), "
            f"median keystroke {statistics.median(per_key) * 1000:.2f} ms; "
            f"slowest single sample {max(worsts) * 1000:.2f} ms "
            f"(each round's slowest: {', '.join(f'{w * 1000:.1f}' for w in worsts)})"
        )

        print("\na view's list read on its worker, 30,000 contacts (median of 5)")
        side = _fresh_process("_reads_side_by_side", db30)
        for n, (what, seconds) in enumerate(side):
            alone = side[n - n % 3][1]
            ratio = f"{seconds / alone:>6.2f}x alone" if n % 3 else ""
            print(f"  {what:<56}{seconds * 1000:>8.1f} ms  {ratio}")

        t = time.perf_counter()
        db100 = _database(100_000, folder)
        print(f"\ndemo network of 100,000 contacts made in {time.perf_counter() - t:.1f} s")
        bare_mem = _window("bare", db100)["max_rss_mb"]
        app_mem = _window("app", db100, "contacts", "scroll")
        print("peak memory, 100,000 contacts (contacts list scrolled end to end and searched)")
        print(f"  bare PySide6 window      {bare_mem:8.1f} MB")
        print(
            f"  NetCompanion             {app_mem['max_rss_mb']:8.1f} MB  (+{app_mem['max_rss_mb'] - bare_mem:.1f} MB)"
        )
        print(f"  window up with 100,000   {app_mem['seconds'] * 1000:8.1f} ms")
        print(
            f"  longest GUI-thread turn while the list is read again on the worker "
            f"{app_mem['stall_seconds'] * 1000:.1f} ms"
        )
        print("\nlongest GUI-thread stretch per action, 100,000 contacts (slow work belongs on the worker)")
        for what, seconds in _fresh_process("_stalls", db100):
            print(f"  {what:<34}{seconds * 1000:>8.1f} ms")


if __name__ == "__main__":
    main()
