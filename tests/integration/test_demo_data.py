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
