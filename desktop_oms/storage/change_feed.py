"""Which areas (orders, stock, …) other PCs changed: LISTEN/NOTIFY on PostgreSQL, a poll on SQLite.

`feed.wait(timeout)` blocks up to `timeout` seconds and returns the areas changed since
the previous call (empty when nothing changed). `ChangeWatcher` runs it in a thread and
hands each non-empty set to a callback (the GUI turns that into a Qt signal).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

import psycopg
from sqlalchemy import select

from desktop_oms.storage.tables import ChangeCounter
from desktop_oms.storage.uow import Database

CHANNEL = "desktop_oms"
POLL_INTERVAL_S = 0.5


class ChangeFeed(Protocol):
    """Something that says which areas changed."""

    def wait(self, timeout: float) -> set[str]: ...

    def close(self) -> None: ...


def open_change_feed(db: Database, poll_interval: float = POLL_INTERVAL_S) -> ChangeFeed:
    """The right feed for `db`: notifications on PostgreSQL, polling elsewhere."""
    if db.engine.dialect.name == "postgresql":
        return NotifyFeed(db, poll_interval)
    return PollingFeed(db, poll_interval)


def read_revisions(db: Database) -> dict[str, int]:
    """Every area's change counter (number sequences left out)."""
    with db.reading() as s:
        rows = s.execute(
            select(ChangeCounter.area, ChangeCounter.revision).where(
                ~ChangeCounter.area.like("seq:%")
            )
        )
        return {str(area): int(rev) for area, rev in rows}


def _changed(before: dict[str, int], after: dict[str, int]) -> set[str]:
    return {area for area, rev in after.items() if before.get(area) != rev}


class PollingFeed:
    """Polls the change counters; one tiny query every `poll_interval` seconds."""

    def __init__(self, db: Database, poll_interval: float = POLL_INTERVAL_S) -> None:
        self._db = db
        self._interval = poll_interval
        self._seen = read_revisions(db)

    def wait(self, timeout: float) -> set[str]:
        deadline = time.monotonic() + timeout
        while True:
            now = read_revisions(self._db)
            changed = _changed(self._seen, now)
            self._seen = now
            left = deadline - time.monotonic()
            if changed or left <= 0:
                return changed
            time.sleep(min(self._interval, left))

    def close(self) -> None:
        return


class NotifyFeed:
    """LISTENs on its own psycopg connection; falls back to the counters after a reconnect."""

    def __init__(self, db: Database, poll_interval: float = POLL_INTERVAL_S) -> None:
        self._db = db
        self._interval = poll_interval
        self._seen = read_revisions(db)
        self._conn: psycopg.Connection[Any] | None = None
        self._listen()

    def _listen(self) -> None:
        url = self._db.engine.url
        conn = psycopg.connect(
            host=url.host,
            port=url.port,
            dbname=url.database,
            user=url.username,
            password=url.password,
            autocommit=True,
            connect_timeout=5,
        )
        conn.execute(f"LISTEN {CHANNEL}")
        self._conn = conn

    def wait(self, timeout: float) -> set[str]:
        conn = self._conn
        if conn is None:
            return self._reconnect(timeout)
        areas: set[str] = set()
        try:
            for note in conn.notifies(timeout=timeout, stop_after=1):
                areas.add(note.payload)
            if areas:  # take whatever else arrived with it
                for note in conn.notifies(timeout=0.05):
                    areas.add(note.payload)
        except psycopg.OperationalError:
            self._drop()
            return self._reconnect(timeout)
        if areas:
            self._seen = read_revisions(self._db)
        return areas

    def _reconnect(self, timeout: float) -> set[str]:
        """After a lost connection, listen again and report what the counters say."""
        try:
            self._listen()
        except Exception:
            time.sleep(min(timeout, self._interval))
            return set()
        now = read_revisions(self._db)
        changed = _changed(self._seen, now)
        self._seen = now
        return changed

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def close(self) -> None:
        self._drop()


class ChangeWatcher:
    """A daemon thread that calls `on_change(areas)` whenever other PCs change something."""

    def __init__(
        self, feed: ChangeFeed, on_change: Callable[[set[str]], None], tick: float = 1.0
    ) -> None:
        self._feed = feed
        self._on_change = on_change
        self._tick = tick
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="change-watcher", daemon=True)

    def start(self) -> ChangeWatcher:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                areas = self._feed.wait(self._tick)
            except Exception:
                time.sleep(self._tick)
                continue
            if areas and not self._stop.is_set():
                self._on_change(areas)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self._tick + 5)
        self._feed.close()
