"""Ready-to-ship orders for the waybill and label tests."""

from __future__ import annotations

from desktop_oms.domain.status import Action
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.orders import move_orders
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku, new_order


def ready_orders(db: Database, count: int, *, sku: str = "TEE-BK-M", lines: int = 1) -> list[int]:
    """`count` paid card orders with stock reserved: all in 배송준비중."""
    add_sku(db, sku, 1000)
    extra = [f"{sku}-{n}" for n in range(1, lines)]
    for code in extra:
        add_sku(db, code, 1000, name="기모 후드 집업")
    orders = [new_order((sku, 1), *((c, 2) for c in extra)) for _ in range(count)]
    numbers, _ = create_orders(db, orders, "test", NOW)
    ids, _ = order_ids_for(db, numbers)
    changes = move_orders(db, ids, Action.RESERVE_STOCK, "test", now=NOW)
    assert not changes.refused
    return ids
