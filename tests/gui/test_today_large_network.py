"""Today with a large network: the call list is read off the GUI thread, and slow or failing reads say so."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
import time_machine
from PySide6.QtCore import Qt

from netcompanion import operations
from tests.gui.conftest import due_today


def ada_item(view) -> str:
    (text,) = [t for t in (view.form.callList.item(i).text() for i in range(view.form.callList.count())) if "Ada" in t]
    return text


@pytest.fixture
def large_network(monkeypatch, gui_thread_calls):
    """Today behaves as in a large network (reads on the worker). Returns (gate, reads): while
    `gate` is clear a read of the call list waits on the worker; `reads` says per read whether
    it ran on the GUI thread."""
    from netcompanion.gui import context

    monkeypatch.setattr(context, "READ_IN_BACKGROUND_ABOVE", 0)
    gate = threading.Event()
    gate.set()
    real = operations.call_list

    def gated(*args, **kwargs):
        assert gate.wait(10), "the test never let the read finish"
        return real(*args, **kwargs)

    monkeypatch.setattr(operations, "call_list", gated)
    return gate, gui_thread_calls("call_list")


def test_a_large_network_reads_the_call_list_off_the_gui_thread_and_calls_still_log_at_once(
    make_window, store, qtbot, large_network
):
    """At 100,000 contacts reading the call list takes ~50 ms: the window must not freeze for it,
    neither at the start nor after each call (the list is read again after every outcome)."""
    gate, reads = large_network
    ids = due_today(store, ["Ada Byron", "Ben Crane", "Cy Dorn"])
    gate.clear()  # hold the first read on the worker
    window = make_window(store)
    view = window.show_view("today")
    assert "reading today's list" in view.form.dayLabel.text()
    assert not view.form.emptyLabel.text()  # not "Nobody is due today" while still reading
    gate.set()
    qtbot.waitUntil(lambda: view.loaded)
    assert [e.contact_id for e in view.entries][:3] == ids
    view.form.callList.setFocus()
    asked = len(reads)

    gate.clear()  # the read after the call waits until the checks below are done
    qtbot.keyClick(view.form.callList, Qt.Key.Key_3)  # no answer
    # Ticked off and moved on at once, before the list is read again …
    assert ids[0] in view.done
    assert ada_item(view).startswith("○ Ada Byron")  # tried, not reached
    assert view.current().contact_id == ids[1]
    nudges = view.form.nudgesLabel.text()
    assert "Ada Byron" in nudges
    qtbot.keyClick(view.form.callList, Qt.Key.Key_1)  # Ben reached, still before any answer
    assert view.current().contact_id == ids[2]
    nudges = view.form.nudgesLabel.text()
    assert "Ben Crane" in nudges
    gate.set()
    qtbot.waitUntil(lambda: not window.ctx.busy)
    # … and once the fresh list is there, both are still ticked off, Cy still current, the nudges still shown.
    assert len(reads) > asked
    assert ada_item(view).startswith("○ Ada Byron")  # (now last: the call list itself no longer has her)
    assert view.current().contact_id == ids[2]
    assert view.form.nudgesLabel.isVisible() and view.form.nudgesLabel.text() == nudges
    assert reads and not any(reads)  # every read of the call list ran on the worker
    assert window.status_label.text() == "2 of 10 calls done today"


def test_todays_list_is_not_kept_waiting_by_slow_work(make_window, store, qtbot, large_network):
    """An import or the search index being read (up to seconds in a large network) runs on the
    other worker: Today's list arrives meanwhile, and the status bar shows work is going on."""
    _gate, reads = large_network
    ids = due_today(store, ["Ada Byron"])
    window = make_window(store)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)
    slow_work_may_end = threading.Event()
    window.ctx.worker.submit(lambda _progress: slow_work_may_end.wait(10))
    try:
        ids += due_today(store, ["Ben Crane"])  # say, added from the command line meanwhile
        asked = len(reads)
        view.refresh()
        qtbot.waitUntil(lambda: [e.contact_id for e in view.entries][:2] == ids)
        assert len(reads) > asked and not any(reads)  # read again, on a worker, not on the GUI thread
        assert window.ctx.worker.busy and window.busy.isVisibleTo(window)
    finally:
        slow_work_may_end.set()
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert not window.busy.isVisibleTo(window)


def test_a_new_day_starts_a_new_list_without_yesterdays_ticks_or_nudges(make_window, store, qtbot, large_network):
    gate, _reads = large_network
    due_today(store, ["Ada Byron", "Ben Crane"])
    window = make_window(store)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)
    view.form.callList.setFocus()
    qtbot.keyClick(view.form.callList, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert view.done and view.form.nudgesLabel.isVisible()

    gate.clear()
    tomorrow = dt.datetime.now().astimezone() + dt.timedelta(days=1)
    with time_machine.travel(tomorrow, tick=False):
        view.refresh()
        assert view.done == {}
        assert not view.form.nudgesLabel.isVisible()
        assert "reading today's list" in view.form.dayLabel.text()  # not "Nobody is due" meanwhile
        assert not view.form.emptyLabel.text()
        gate.set()
        qtbot.waitUntil(lambda: view.loaded)
    assert view.day == tomorrow.date()


def test_a_call_list_that_cannot_be_read_says_so_instead_of_reading_forever(make_window, store, qtbot, monkeypatch):
    from netcompanion.gui import context

    monkeypatch.setattr(context, "READ_IN_BACKGROUND_ABOVE", 0)
    due_today(store, ["Ada Byron"])
    window = make_window(store)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)

    def broken(*_args, **_kwargs):
        raise operations.OperationError("The database is locked by another program.")

    monkeypatch.setattr(operations, "call_list", broken)
    view.refresh()
    qtbot.waitUntil(lambda: "could not be read" in view.form.dayLabel.text())
    assert window.ctx.last_error == "The database is locked by another program."
    monkeypatch.undo()
    monkeypatch.setattr(context, "READ_IN_BACKGROUND_ABOVE", 0)
    view.refresh()  # F5
    qtbot.waitUntil(lambda: "1 person on today's list" in view.form.dayLabel.text())
