"""Long work off the GUI thread: a QRunnable on QThreadPool with progress and cancel.

The work function gets a `TaskControl` to report progress and ask whether the user
cancelled; it never touches a widget. Its result or its failure arrives as a signal
on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside work that noticed the user's cancel."""


class TaskControl:
    """Handed to the work function: report progress, check for cancel."""

    def __init__(self, signals: WorkerSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise TaskCancelled if the user pressed cancel."""
        if self._cancel.is_set():
            raise TaskCancelled


class WorkerSignals(QObject):
    """Signals a worker emits; delivered on the GUI thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Worker(QRunnable):
    """Runs `work(control)` on the thread pool."""

    def __init__(self, work: Callable[[TaskControl], Any]) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self.control = TaskControl(self.signals)
        self._work = work
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._work(self.control)
        except TaskCancelled:
            self.signals.cancelled.emit()
        except Exception as error:
            if self.control.cancelled:
                self.signals.cancelled.emit()
                return
            log.error("background task failed: %s", traceback.format_exc())
            self.signals.failed.emit(str(error) or type(error).__name__)
        else:
            if self.control.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)

    def start(self, pool: QThreadPool | None = None) -> Worker:
        (pool or QThreadPool.globalInstance()).start(self)
        return self
