"""Several PCs starting a new version at once upgrade a shared schema exactly once."""

from __future__ import annotations

import multiprocessing as mp
import queue

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from desktop_oms.storage.migrate import current_revision, head_revision
from desktop_oms.storage.uow import Database

pytestmark = pytest.mark.postgres
SPAWN = mp.get_context("spawn")
PCS = 8


def _start_program(url: str, barrier: object, out: mp.Queue) -> None:
    barrier.wait(timeout=60)  # type: ignore[attr-defined]
    try:
        Database.open(url).dispose()
        out.put("ok")
    except Exception as error:
        out.put(f"{type(error).__name__}: {error}")


def test_eight_pcs_opening_an_empty_server_database_together_all_succeed(
    pg_empty_url: str,
) -> None:
    barrier = SPAWN.Barrier(PCS)
    out: mp.Queue = SPAWN.Queue()
    procs = [
        SPAWN.Process(target=_start_program, args=(pg_empty_url, barrier, out)) for _ in range(PCS)
    ]
    for proc in procs:
        proc.start()
    results = []
    while len(results) < len(procs):
        try:
            results.append(out.get(timeout=1))
        except queue.Empty:
            assert all(p.exitcode in (None, 0) for p in procs), "a process died"
    for proc in procs:
        proc.join(timeout=60)

    assert results == ["ok"] * PCS
    engine = create_engine(pg_empty_url, poolclass=NullPool)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    engine.dispose()
