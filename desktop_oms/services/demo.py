"""Realistic Korean demo data: products with options, stock, orders in every status.

Written with SQLAlchemy Core in one transaction (fast for 100,000 orders, and a cancel
or a crash leaves nothing behind). Stock figures agree with the ledger.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from desktop_oms.domain.status import OrderStatus
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.services.changes import Changes
from desktop_oms.services.demo_catalog import ensure_catalog
from desktop_oms.services.demo_order import one_order
from desktop_oms.services.order_search import tidy_search_index
from desktop_oms.services.sequences import take_numbers
from desktop_oms.storage.id_sequences import catch_up_id_sequences
from desktop_oms.storage.tables import (
    Order,
    OrderEvent,
    OrderLine,
    Shipment,
    Sku,
    StockLedger,
)
from desktop_oms.storage.uow import Database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class DemoCancelled(Exception):
    """The user cancelled demo generation; nothing was written."""


@dataclass(frozen=True, slots=True)
class DemoResult:
    orders: int
    skus: int
    changes: Changes


def fill_demo(
    db: Database,
    orders: int = 500,
    *,
    seed: int = 20261126,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    who: str = "demo",
) -> DemoResult:
    """Add a catalogue (once) and `orders` demo orders in one transaction."""
    rng = random.Random(seed)
    now = (now or datetime.now()).replace(microsecond=0)
    changes = Changes()
    with db.unit_of_work() as uow:
        s = uow.session
        new_shop = s.scalar(select(func.count()).select_from(Sku)) == 0
        skus = ensure_catalog(s, rng, now, who)
        base_order = (s.scalar(select(func.max(Order.id))) or 0) + 1
        base_line = (s.scalar(select(func.max(OrderLine.id))) or 0) + 1
        base_ship = (s.scalar(select(func.max(Shipment.id))) or 0) + 1
        numbers = take_numbers(s, "orders", orders) if orders else range(0)
        ship_keys = iter(take_numbers(s, "shipments", orders) if orders else range(0))
        waybill_base = 6_000_000_000_00 + rng.randint(0, 10**9) * 10
        stock_reserved: dict[int, int] = {}
        batch = 5_000
        for start in range(0, orders, batch):
            if cancelled and cancelled():
                raise DemoCancelled
            rows_o, rows_l, rows_e, rows_s, rows_r = [], [], [], [], []
            for i in range(start, min(start + batch, orders)):
                oid = base_order + i
                order, lines, events, shipment = one_order(
                    rng,
                    oid,
                    numbers[i],
                    skus,
                    now,
                    base_line + i * 3,
                    base_ship + i,
                    next(ship_keys),
                    waybill_base + i,
                    who,
                )
                rows_o.append(order)
                rows_l.extend(lines)
                rows_e.extend(events)
                if shipment:
                    rows_s.append(shipment)
                if order["status"] == OrderStatus.READY_TO_SHIP.value:
                    for line in lines:
                        stock_reserved[line["sku_id"]] = (
                            stock_reserved.get(line["sku_id"], 0) + line["quantity"]
                        )
                        rows_r.append(
                            dict(
                                sku_id=line["sku_id"],
                                at=order["updated_at"],
                                kind=LedgerKind.RESERVE.value,
                                on_hand_delta=0,
                                reserved_delta=line["quantity"],
                                order_id=oid,
                                purchase_order_id=None,
                                document=order["order_no"],
                                source="",
                                operator=who,
                                note="",
                            )
                        )
            if rows_s:
                s.execute(insert(Shipment), rows_s)
            s.execute(insert(Order), rows_o)
            s.execute(insert(OrderLine), rows_l)
            s.execute(insert(OrderEvent), rows_e)
            if rows_r:
                s.execute(insert(StockLedger), rows_r)
            if progress:
                progress(min(start + batch, orders), orders)
        _settle_stock(s, rng, stock_reserved, now, who)
        catch_up_id_sequences(s.connection())  # the rows above were given their ids
        uow.touch("orders", "stock")
        uow.commit()
    if new_shop:
        _register_demo_band(db, now)
    tidy_search_index(db)  # a bulk load leaves the index in many pieces
    changes.statuses = set(OrderStatus)
    return DemoResult(orders=orders, skus=len(skus), changes=changes)


def _register_demo_band(db: Database, now: datetime) -> None:
    """A CJ number band, as a courier would give it, so labels can be printed at once.

    Its numbers start with 61, which the demo's own shipped parcels never use."""
    from desktop_oms.services.waybill_band import add_band

    add_band(db, "CJ", "610000000000", "610000099999", now=now)


def _settle_stock(
    s: Session, rng: random.Random, reserved: dict[int, int], now: datetime, who: str
) -> None:
    """Give every SKU opening stock covering its reservations (some at or below safety)."""
    ledger = []
    for sku_id, on_hand, old_reserved, safety in s.execute(
        select(Sku.id, Sku.on_hand, Sku.reserved, Sku.safety_stock)
    ):
        extra = reserved.get(sku_id, 0)
        spare = rng.choice([0, 2, safety, safety + 5, 40, 80, 150, 300])
        target_on_hand = max(on_hand, old_reserved + extra + spare)
        opening = target_on_hand - on_hand
        s.execute(
            update(Sku)
            .where(Sku.id == sku_id)
            .values(on_hand=target_on_hand, reserved=old_reserved + extra)
        )
        if opening:
            ledger.append(
                dict(
                    sku_id=sku_id,
                    at=now - timedelta(days=90),
                    kind=LedgerKind.OPENING.value,
                    on_hand_delta=opening,
                    reserved_delta=0,
                    order_id=None,
                    purchase_order_id=None,
                    document="기초재고",
                    source="DEMO",
                    operator=who,
                    note="",
                )
            )
    if ledger:
        s.execute(insert(StockLedger), ledger)
