"""Four real processes on one PostgreSQL database: no oversell, no order moved twice,
no waybill number handed out twice — and the stock ledger agrees afterwards."""

from __future__ import annotations

import multiprocessing as mp
import queue
from collections import Counter
from multiprocessing.synchronize import Barrier

import pytest
from sqlalchemy import func, select

from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.orders import move_orders
from desktop_oms.services.stock import check_stock
from desktop_oms.services.waybill_band import add_band, assign_from_band
from desktop_oms.storage.tables import Order, OrderEvent, OrderLine, Shipment, Sku, StockLedger
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku, new_order

pytestmark = pytest.mark.postgres

PROCESSES = 4
SPAWN = mp.get_context("spawn")


def _move_in_process(
    url: str, order_ids: list[int], action: str, who: str, barrier: Barrier, out: mp.Queue
) -> None:
    """One PC: wait for the others, then move its orders in one call."""
    db = Database.open(url, migrate=False)
    barrier.wait(timeout=60)
    changes = move_orders(db, order_ids, Action[action], who, now=NOW)
    out.put((who, sorted(changes.order_ids), [r.message_ko for r in changes.refused]))
    db.dispose()


def _band_in_process(url: str, order_ids: list[int], barrier: Barrier, out: mp.Queue) -> None:
    db = Database.open(url, migrate=False)
    barrier.wait(timeout=60)
    for start in range(0, len(order_ids), 5):  # several small batches, like several clicks
        assign_from_band(db, order_ids[start : start + 5], "CJ", "pc", now=NOW)
    out.put(("done", order_ids, []))
    db.dispose()


def _run(target: object, jobs: list[tuple[object, ...]]) -> list[tuple[str, list[int], list[str]]]:
    barrier = SPAWN.Barrier(len(jobs))
    out: mp.Queue = SPAWN.Queue()
    procs = [SPAWN.Process(target=target, args=(*job, barrier, out)) for job in jobs]
    for proc in procs:
        proc.start()
    results = []
    while len(results) < len(procs):
        try:
            results.append(out.get(timeout=1))
        except queue.Empty:
            failed = [p.exitcode for p in procs if p.exitcode not in (None, 0)]
            assert not failed, f"a worker process failed: exit codes {failed}"
    for proc in procs:
        proc.join(timeout=60)
        assert proc.exitcode == 0
    return results


def _ledger_totals(db: Database, code: str) -> tuple[int, int, int, int]:
    with db.reading() as s:
        sku = s.scalars(select(Sku).where(Sku.code == code)).one()
        on_hand, reserved = s.execute(
            select(
                func.coalesce(func.sum(StockLedger.on_hand_delta), 0),
                func.coalesce(func.sum(StockLedger.reserved_delta), 0),
            ).where(StockLedger.sku_id == sku.id)
        ).one()
        return sku.on_hand, sku.reserved, int(on_hand), int(reserved)


def test_four_processes_reserving_one_sku_never_oversell(pg_url: str) -> None:
    db = Database.open(pg_url)
    add_sku(db, "LAST-FEW", 50)
    wanted = [new_order(("LAST-FEW", 1 + n % 3)) for n in range(60)]  # 120 wanted, 50 there
    numbers, _ = create_orders(db, wanted, "t", NOW)
    ids, _ = order_ids_for(db, numbers)

    results = _run(
        _move_in_process,
        [(pg_url, ids[i::PROCESSES], "RESERVE_STOCK", f"pc{i}") for i in range(PROCESSES)],
    )

    moved = [oid for _, got, _ in results for oid in got]
    on_hand, reserved, ledger_on_hand, ledger_reserved = _ledger_totals(db, "LAST-FEW")
    assert (on_hand, ledger_on_hand) == (50, 50)
    assert reserved == ledger_reserved <= 50
    with db.reading() as s:
        held = s.scalar(
            select(func.sum(OrderLine.reserved_qty)).where(OrderLine.order_id.in_(moved))
        )
        ready = set(
            s.scalars(select(Order.id).where(Order.status == OrderStatus.READY_TO_SHIP.value))
        )
    assert held == reserved
    assert ready == set(moved)
    assert reserved > 50 - 3  # stock runs out only when no waiting order fits any more
    assert check_stock(db) == []
    db.dispose()


def test_four_processes_moving_the_same_orders_move_each_once(pg_url: str) -> None:
    db = Database.open(pg_url)
    add_sku(db, "PLENTY", 10_000)
    numbers, _ = create_orders(db, [new_order(("PLENTY", 2)) for _ in range(120)], "t", NOW)
    ids, _ = order_ids_for(db, numbers)

    results = _run(
        _move_in_process,
        [(pg_url, ids, "RESERVE_STOCK", f"pc{i}") for i in range(PROCESSES)],
    )

    moved = Counter(oid for _, got, _ in results for oid in got)
    assert sorted(moved) == sorted(ids)
    assert set(moved.values()) == {1}
    refusals = [msg for _, _, refused in results for msg in refused]
    assert len(refusals) == len(ids) * (PROCESSES - 1)
    assert all("다른 PC에서 변경" in m or "배송준비중 상태에서는" in m for m in refusals)
    with db.reading() as s:
        events = Counter(s.scalars(select(OrderEvent.order_id).where(OrderEvent.kind == "STATUS")))
    assert events == Counter(ids)
    on_hand, reserved, ledger_on_hand, ledger_reserved = _ledger_totals(db, "PLENTY")
    assert (on_hand, reserved) == (ledger_on_hand, ledger_reserved) == (10_000, 240)
    assert check_stock(db) == []
    db.dispose()


def test_four_processes_numbering_from_one_band_never_share_a_number(pg_url: str) -> None:
    db = Database.open(pg_url)
    add_sku(db, "BOX", 1000)
    numbers, _ = create_orders(db, [new_order(("BOX", 1)) for _ in range(80)], "t", NOW)
    ids, _ = order_ids_for(db, numbers)
    assert not move_orders(db, ids, Action.RESERVE_STOCK, "t", now=NOW).refused
    add_band(db, "CJ", "500000000000", "500000009999", now=NOW)

    _run(_band_in_process, [(pg_url, ids[i::PROCESSES]) for i in range(PROCESSES)])

    with db.reading() as s:
        given = list(s.scalars(select(Shipment.waybill_no).where(Shipment.waybill_no.is_not(None))))
    assert len(given) == len(ids)
    assert len(set(given)) == len(given)
    db.dispose()
