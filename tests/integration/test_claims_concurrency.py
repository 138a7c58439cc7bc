"""Two PCs claiming the last returnable unit at the same moment: exactly one claim is made."""

from __future__ import annotations

import multiprocessing as mp
import threading

from sqlalchemy import func, select

from desktop_oms.domain.claims import ClaimRefused
from desktop_oms.services.claims import request_return
from desktop_oms.storage.tables import Claim
from desktop_oms.storage.uow import Database
from tests.conftest import add_sku
from tests.integration.test_claims_helpers import shipped_order


def _claim_last_unit(url: str, order_id: int, start: threading.Event) -> str:
    db = Database.open(url, migrate=False)
    start.wait(10)
    try:
        request_return(db, order_id, {1: 1}, "pc")
        return "made"
    except ClaimRefused:
        return "refused"
    finally:
        db.dispose()


def test_the_last_unit_is_returned_once_even_from_two_processes(db: Database, db_url: str) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        start = manager.Event()
        with ctx.Pool(2) as pool:
            pending = [pool.apply_async(_claim_last_unit, (db_url, oid, start)) for _ in range(2)]
            start.set()
            outcomes = sorted(p.get(60) for p in pending)
    assert outcomes == ["made", "refused"]
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Claim)) == 1
