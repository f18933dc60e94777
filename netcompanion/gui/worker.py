"""Worker threads: the window's slow work and its large reads run off the GUI thread.

A worker runs its jobs one at a time in submission order, each opening its own database
sessions through the operations it calls; results come back to the GUI thread as signals,
so no widget is ever touched from a worker.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from netcompanion.operations import OperationError


class _Runner(QObject):
    """Lives in the worker thread. Only job ids cross threads in signals; Python objects
    (the jobs and their results) are handed over in dictionaries guarded by a lock."""

    finished = Signal(int)
    failed = Signal(int, str)
    progressed = Signal(int, int, int)

    def __init__(self) -> None:
        super().__init__()
        self.lock = threading.Lock()
        self.jobs: dict[int, Callable[..., Any]] = {}
        self.results: dict[int, Any] = {}

    @Slot(int)
    def run(self, job_id: int) -> None:
        with self.lock:
            fn = self.jobs.pop(job_id)

        def progress(done: int, total: int) -> None:
            self.progressed.emit(job_id, int(done), int(total))

        try:
            result = fn(progress)
        except OperationError as exc:
            self.failed.emit(job_id, str(exc))
        except Exception as exc:  # a bug: say so instead of dying silently in a thread
            self.failed.emit(job_id, f"Something went wrong: {exc}")
        else:
            with self.lock:
                self.results[job_id] = result
            self.finished.emit(job_id)


class Worker(QObject):
    """Submit `fn(progress)`; `done(result)` / `failed(message)` / `progress(done, total)` run on the GUI thread."""

    _start = Signal(int)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, name: str = "netcompanion-worker") -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._start.connect(self._runner.run)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._runner.progressed.connect(self._on_progress)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None, Callable | None]] = {}
        self._thread.start()

    def submit(
        self,
        fn: Callable[[Callable[[int, int], None]], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = (done, failed, progress)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        with self._runner.lock:
            self._runner.jobs[job_id] = fn
        self._start.emit(job_id)
        return job_id

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def _finish(self, job_id: int) -> tuple:
        callbacks = self._callbacks.pop(job_id, (None, None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks

    def _on_finished(self, job_id: int) -> None:
        with self._runner.lock:
            result = self._runner.results.pop(job_id, None)
        done, _, _ = self._finish(job_id)
        if done:
            done(result)

    def _on_failed(self, job_id: int, message: str) -> None:
        _, failed, _ = self._finish(job_id)
        if failed:
            failed(message)

    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        callbacks = self._callbacks.get(job_id)
        if callbacks and callbacks[2]:
            callbacks[2](done, total)

    def stop(self, wait: bool = True) -> None:
        """Take no more jobs; the running one finishes, then the thread ends (the app is quitting)."""
        self._thread.quit()
        if wait:
            self._thread.wait()


class LatestRead:
    """Reads on the worker where only the newest answer counts — a list read again after each
    change, a plan worked out again after each tick: the answer (or failure) of a read asked for
    before the latest one is dropped, so an older answer never overwrites a newer one."""

    def __init__(self, worker: Worker) -> None:
        self._worker = worker
        self._asked = 0

    def submit(
        self,
        fn: Callable[[Callable[[int, int], None]], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self._asked += 1
        asked = self._asked

        def answered(result: Any) -> None:
            if asked == self._asked:
                done(result)

        def refused(message: str) -> None:
            if asked == self._asked and failed is not None:
                failed(message)

        self._worker.submit(fn, answered, refused, progress)

    def forget(self) -> None:
        """Drop the answer of any read on its way (what it would show is already out of date)."""
        self._asked += 1
