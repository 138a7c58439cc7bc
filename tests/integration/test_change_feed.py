"""Other PCs learn which areas changed: NOTIFY on PostgreSQL, polled counters on SQLite."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from desktop_oms.services.sequences import take_numbers
from desktop_oms.storage.change_feed import ChangeWatcher, NotifyFeed, open_change_feed
from desktop_oms.storage.uow import Database

#: Generous upper bound for a test machine; the GUI waits in 1-second ticks.
PATIENCE_S = 10.0


@pytest.fixture
def other_pc(db_url: str, db: Database) -> Iterator[Database]:
    """A second Database on the same data, as another PC would have."""
    other = Database.open(db_url)
    yield other
    other.dispose()


def _touch(db: Database, *areas: str) -> None:
    with db.unit_of_work() as uow:
        uow.touch(*areas)
        uow.commit()


def test_a_change_on_another_pc_is_reported_by_area(db: Database, other_pc: Database) -> None:
    feed = open_change_feed(db)
    try:
        assert feed.wait(0.2) == set()
        _touch(other_pc, "orders", "stock")
        seen: set[str] = set()
        while seen != {"orders", "stock"}:
            got = feed.wait(PATIENCE_S)
            assert got, "no change reported"
            seen |= got
        assert feed.wait(0.2) == set()
    finally:
        feed.close()


def test_taking_order_numbers_alone_wakes_nobody(db: Database, other_pc: Database) -> None:
    feed = open_change_feed(db)
    try:
        with other_pc.unit_of_work() as uow:
            take_numbers(uow.session, "orders", 5)
            uow.commit()
        assert feed.wait(1.0) == set()
    finally:
        feed.close()


def test_a_change_made_by_another_process_is_seen(db: Database, db_url: str) -> None:
    feed = open_change_feed(db)
    try:
        env = {**os.environ, "DESKTOP_OMS_DB": db_url}
        subprocess.run(
            [sys.executable, "-m", "desktop_oms", "demo", "--orders", "3"],
            env=env,
            check=True,
            capture_output=True,
        )
        assert "orders" in feed.wait(PATIENCE_S)
    finally:
        feed.close()


def test_the_watcher_thread_calls_back_with_the_changed_areas(
    db: Database, other_pc: Database
) -> None:
    received: queue.Queue[set[str]] = queue.Queue()
    watcher = ChangeWatcher(open_change_feed(db), received.put, tick=0.2).start()
    try:
        _touch(other_pc, "stock")
        assert received.get(timeout=PATIENCE_S) == {"stock"}
    finally:
        watcher.stop()


@pytest.mark.postgres
def test_a_lost_listening_connection_reconnects_and_reports_what_it_missed(
    pg_url: str,
) -> None:
    db = Database.open(pg_url)
    other = Database.open(pg_url)
    feed = open_change_feed(db)
    assert isinstance(feed, NotifyFeed)
    try:
        with other.engine.begin() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE query LIKE 'LISTEN%' AND datname = current_database()"
                )
            )
        _touch(other, "orders")
        seen: set[str] = set()
        for _ in range(5):
            seen |= feed.wait(1.0)
            if seen:
                break
        assert seen == {"orders"}
        _touch(other, "stock")
        assert feed.wait(PATIENCE_S) == {"stock"}
    finally:
        feed.close()
        db.dispose()
        other.dispose()
