"""The jobs the shop never has to remember: run on start and every hour, off the GUI thread.

Deposits past their deadline are cancelled, holds past their until-date come back,
delivered orders past the confirmation period are confirmed, and a SQLite file gets its
daily backup, its search index merged back into one piece and its write-ahead log copied
back into the file — each a service function the command line offers too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_oms.services.backup import backup_if_due
from desktop_oms.services.changes import Changes
from desktop_oms.services.delivery import confirm_due
from desktop_oms.services.deposits import cancel_overdue_deposits
from desktop_oms.services.holds import release_expired_holds
from desktop_oms.services.order_search import tidy_search_index
from desktop_oms.storage.uow import Database
from desktop_oms.ui.worker import TaskControl, Worker

HOURLY_MS = 3_600_000


def run_due_jobs(db: Database, now: datetime, control: TaskControl | None = None) -> Changes:
    """Every due job once; what they changed, together."""
    changes = Changes()
    jobs: list[Callable[[], Changes]] = [
        lambda: cancel_overdue_deposits(db, now, "자동"),
        lambda: release_expired_holds(db, now.date()),
        lambda: confirm_due(db, now),
    ]
    if db.is_sqlite:
        url = db.engine.url.render_as_string(hide_password=False)
        jobs.append(lambda: _backup(url))
        jobs.append(lambda: _tidy_search(db))
        jobs.append(lambda: _checkpoint(db))
    for done, job in enumerate(jobs, start=1):
        if control is not None:
            control.check()
        changes.merge(job())
        if control is not None:
            control.report(done, len(jobs))
    return changes


def _tidy_search(db: Database) -> Changes:
    tidy_search_index(db)
    return Changes()


def _checkpoint(db: Database) -> Changes:
    db.checkpoint()
    return Changes()


def _backup(url: str) -> Changes:
    backup_if_due(url)
    return Changes()


class Housekeeping(QObject):
    """Runs `run_due_jobs` in the background on start and then every hour."""

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, db: Database, interval_ms: int = HOURLY_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._worker: Worker | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.run_now)

    def start(self) -> None:
        self._timer.start()
        self.run_now()

    def stop(self) -> None:
        self._timer.stop()
        if self._worker is not None:
            self._worker.control.cancel()

    def run_now(self) -> None:
        if self._worker is not None:
            return
        db = self._db
        worker = Worker(lambda control: run_due_jobs(db, datetime.now(), control))
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_done)
        self._worker = worker.start()

    def _on_finished(self, changes: Changes) -> None:
        self._on_done()
        if changes.changed:
            self.changed.emit(changes)

    def _on_failed(self, message: str) -> None:
        self._on_done()
        self.failed.emit(message)

    def _on_done(self) -> None:
        self._worker = None
