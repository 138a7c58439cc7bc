"""Demo data covers every status and payment method, and its stock agrees with the ledger."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop_oms.domain.payment import PaymentMethod
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.demo import fill_demo
from desktop_oms.services.queries import status_counts
from desktop_oms.storage.tables import Order, OrderEvent, Sku, StockLedger
from desktop_oms.storage.uow import Database


def test_demo_fills_every_status_and_payment_method_consistently(db: Database) -> None:
    result = fill_demo(db, 1500, seed=7)
    assert result.orders == 1500
    counts = status_counts(db)
    assert all(counts[s] > 0 for s in OrderStatus), counts
    assert sum(counts.values()) == 1500
    with db.reading() as s:
        methods = set(s.scalars(select(Order.payment_method).distinct()))
        assert methods == {m.value for m in PaymentMethod}
        assert s.scalar(select(func.count()).select_from(OrderEvent)) > 1500
        for sku in s.scalars(select(Sku)):
            on_hand, reserved = s.execute(
                select(
                    func.coalesce(func.sum(StockLedger.on_hand_delta), 0),
                    func.coalesce(func.sum(StockLedger.reserved_delta), 0),
                ).where(StockLedger.sku_id == sku.id)
            ).one()
            assert (on_hand, reserved) == (sku.on_hand, sku.reserved)
            assert sku.reserved <= sku.on_hand


def test_demo_can_be_added_twice_without_clashing(db: Database) -> None:
    fill_demo(db, 200, seed=1)
    fill_demo(db, 200, seed=2)
    assert sum(status_counts(db).values()) == 400


def test_after_demo_data_new_orders_and_parcels_get_fresh_ids(db: Database) -> None:
    """The demo writes its rows with explicit ids; PostgreSQL's sequences must follow."""
    from desktop_oms.services.order_creation import create_orders
    from desktop_oms.services.waybill_band import assign_from_band
    from desktop_oms.services.waybills import ready_order_ids
    from tests.conftest import new_order

    fill_demo(db, 300, seed=5)
    with db.reading() as s:
        code = s.scalars(select(Sku.code)).first()
    assert code is not None
    (number,), _ = create_orders(db, [new_order((code, 1))], "test")
    batch = assign_from_band(db, ready_order_ids(db), "CJ", "test")
    assert number.endswith("000301")
    assert batch.shipment_ids and not batch.changes.refused
