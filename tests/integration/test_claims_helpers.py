"""Helpers the after-sales tests share (orders ready to pack, shipped parcels, ledger check)."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop_oms.domain.status import Action
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.order_waybill import Shipping
from desktop_oms.services.orders import move_orders
from desktop_oms.storage.tables import Order, OrderEvent, Shipment, Sku, StockLedger
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku, new_order


def ready_order(db: Database, *skus: tuple[str, int], waybill: str | None = None) -> int:
    """A paid order with stock reserved (배송준비중), with a waybill attached if given."""
    (number,), _ = create_orders(db, [new_order(*skus)], "tester", now=NOW)
    (oid,), _ = order_ids_for(db, [number])
    assert move_orders(db, [oid], Action.RESERVE_STOCK, "tester", now=NOW).order_ids == {oid}
    if waybill:
        with db.unit_of_work() as uow:
            shipment = Shipment(key=f"S-{waybill}", courier_code="CJ", waybill_no=waybill)
            uow.session.add(shipment)
            uow.session.flush()
            order = uow.session.get(Order, oid)
            assert order is not None
            order.shipment_id = shipment.id
            uow.commit()
    return oid


def shipped_order(db: Database, *skus: tuple[str, int], waybill: str) -> int:
    """An order handed to the courier (배송중) under `waybill`."""
    oid = ready_order(db, *skus)
    changes = move_orders(
        db, [oid], Action.MARK_SHIPPED, "tester", shipping=Shipping("CJ", waybill), now=NOW
    )
    assert changes.order_ids == {oid}, changes.refused
    return oid


def stock_of(db: Database, code: str) -> tuple[int, int]:
    """(on hand, reserved) of a SKU."""
    with db.reading() as s:
        sku = s.scalars(select(Sku).where(Sku.code == code)).one()
        return sku.on_hand, sku.reserved


def ledger_agrees(db: Database) -> bool:
    """The stock ledger sums to every SKU's on hand and reserved."""
    with db.reading() as s:
        for sku in s.scalars(select(Sku)):
            sums = s.execute(
                select(
                    func.coalesce(func.sum(StockLedger.on_hand_delta), 0),
                    func.coalesce(func.sum(StockLedger.reserved_delta), 0),
                ).where(StockLedger.sku_id == sku.id)
            ).one()
            if tuple(sums) != (sku.on_hand, sku.reserved):
                return False
    return True


def history(db: Database, order_id: int) -> list[tuple[str, str]]:
    """(kind, reason) of each event of an order, oldest first."""
    with db.reading() as s:
        rows = s.execute(
            select(OrderEvent.kind, OrderEvent.reason)
            .where(OrderEvent.order_id == order_id)
            .order_by(OrderEvent.id)
        )
        return [(k, r) for k, r in rows]


def order_of(db: Database, order_id: int) -> Order:
    with db.reading() as s:
        order = s.get(Order, order_id)
        assert order is not None
        s.expunge(order)
        return order


def test_the_ledger_check_notices_a_figure_changed_outside_the_ledger(db: Database) -> None:
    add_sku(db, "L-1", 5)
    assert ledger_agrees(db)
    with db.unit_of_work() as uow:
        sku = uow.session.scalars(select(Sku).where(Sku.code == "L-1")).one()
        sku.on_hand = 6
        uow.commit()
    assert not ledger_agrees(db)
