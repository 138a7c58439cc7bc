"""Several real processes reserve one SKU at once: never more than is there, never twice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.stock import check_stock
from desktop_oms.storage.tables import Order, Sku
from desktop_oms.storage.uow import Database
from tests.conftest import add_sku, new_order

PROCESSES = 5
AVAILABLE = 10
ORDERS = 3 * AVAILABLE
ROOT = Path(__file__).resolve().parents[2]


def test_five_processes_reserve_exactly_the_available_stock(db: Database, db_url: str) -> None:
    add_sku(db, "HOT-ITEM", AVAILABLE)
    numbers, _ = create_orders(db, [new_order(("HOT-ITEM", 1)) for _ in range(ORDERS)], "t")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "desktop_oms",
                "orders",
                "move",
                *numbers[i::PROCESSES],
                "--to",
                "READY_TO_SHIP",
                "--db",
                db_url,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(PROCESSES)
    ]
    outputs = [w.communicate(timeout=120) for w in workers]

    assert all("Traceback" not in err for _, err in outputs), outputs
    with db.reading() as s:
        figures = s.execute(select(Sku.on_hand, Sku.reserved).where(Sku.code == "HOT-ITEM")).one()
        by_state = dict(s.execute(select(Order.status, func.count()).group_by(Order.status)).all())
        short = s.scalar(
            select(func.count()).where(
                Order.status == OrderStatus.PAID.value, Order.short_of_stock.is_(True)
            )
        )
    assert tuple(figures) == (AVAILABLE, AVAILABLE)
    assert by_state == {
        OrderStatus.READY_TO_SHIP.value: AVAILABLE,
        OrderStatus.PAID.value: ORDERS - AVAILABLE,
    }
    assert short == ORDERS - AVAILABLE
    assert check_stock(db) == []


def _reserve_one_by_one(url: str, order_ids: list[int]) -> int:
    """Worker process: one transaction per order, so the processes interleave."""
    from desktop_oms.domain.status import Action
    from desktop_oms.services.orders import move_orders

    database = Database.open(url)
    moved = 0
    for oid in order_ids:
        moved += len(move_orders(database, [oid], Action.RESERVE_STOCK, "proc").order_ids)
    database.dispose()
    return moved


def test_four_spawned_processes_interleaving_single_orders_never_oversell(
    db: Database, db_url: str
) -> None:
    import multiprocessing

    from desktop_oms.services.order_lookup import order_ids_for

    add_sku(db, "HOT-ITEM", AVAILABLE)
    numbers, _ = create_orders(db, [new_order(("HOT-ITEM", 1)) for _ in range(ORDERS)], "t")
    ids, _ = order_ids_for(db, numbers)
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        moved = pool.starmap(_reserve_one_by_one, [(db_url, ids[i::4]) for i in range(4)])

    assert sum(moved) == AVAILABLE
    with db.reading() as s:
        reserved = s.scalar(select(Sku.reserved).where(Sku.code == "HOT-ITEM"))
        short = s.scalar(select(func.count()).where(Order.short_of_stock.is_(True)))
    assert reserved == AVAILABLE
    assert short == ORDERS - AVAILABLE
    assert check_stock(db) == []
