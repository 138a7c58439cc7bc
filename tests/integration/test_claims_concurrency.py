"""Two PCs acting on the same claim at the same moment: exactly one of them wins."""

from __future__ import annotations

import multiprocessing as mp
import threading

from sqlalchemy import func, select

from desktop_oms.domain.claims import ClaimRefused, ClaimStatus, Disposition
from desktop_oms.services.claim_withdraw import withdraw_claim
from desktop_oms.services.claims import advance_claim, request_return
from desktop_oms.storage.tables import Claim
from desktop_oms.storage.uow import Database
from tests.conftest import add_sku
from tests.integration.test_claims_helpers import ledger_agrees, shipped_order, stock_of


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


def _withdraw_or_receive(url: str, claim_id: int, step: str, start: threading.Event) -> str:
    db = Database.open(url, migrate=False)
    start.wait(10)
    try:
        if step == "withdraw":
            withdraw_claim(db, claim_id, "pc1", reason="고객 철회")
        else:
            advance_claim(
                db, claim_id, ClaimStatus.RECEIVED, "pc2", dispositions=Disposition.RESTOCK
            )
        return f"{step} done"
    except ClaimRefused:
        return f"{step} refused"
    finally:
        db.dispose()


def test_a_claim_is_either_withdrawn_or_received_when_two_pcs_act_at_once(
    db: Database, db_url: str
) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    claim_id = request_return(db, oid, {1: 1}, "pc").claim_id
    advance_claim(db, claim_id, ClaimStatus.COLLECTED, "pc")
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        start = manager.Event()
        with ctx.Pool(2) as pool:
            pending = [
                pool.apply_async(_withdraw_or_receive, (db_url, claim_id, step, start))
                for step in ("withdraw", "receive")
            ]
            start.set()
            outcomes = sorted(p.get(60) for p in pending)
    assert outcomes in (
        ["receive done", "withdraw refused"],
        ["receive refused", "withdraw done"],
    )
    with db.reading() as s:
        claim = s.get(Claim, claim_id)
        assert claim is not None
        status = claim.status
    received = outcomes[0] == "receive done"
    assert status == (ClaimStatus.RECEIVED if received else ClaimStatus.WITHDRAWN).value
    assert stock_of(db, "A-1") == ((10 if received else 9), 0)
    assert ledger_agrees(db)
