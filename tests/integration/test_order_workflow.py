"""The order workflow on a real SQLite file, migrated from zero."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop_oms.domain.payment import PaymentMethod, PaymentState
from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.order_waybill import Shipping
from desktop_oms.services.orders import move_orders
from desktop_oms.services.queries import order_detail, status_counts, stock_rows
from desktop_oms.storage.migrate import current_revision, head_revision
from desktop_oms.storage.tables import OrderEvent, Sku, StockLedger
from desktop_oms.storage.uow import Database
from tests.conftest import add_sku, new_order


def _stock(db: Database, code: str) -> tuple[int, int]:
    with db.reading() as s:
        sku = s.scalars(select(Sku).where(Sku.code == code)).one()
        return sku.on_hand, sku.reserved


def _ledger_agrees(db: Database) -> bool:
    with db.reading() as s:
        for sku in s.scalars(select(Sku)):
            on_hand, reserved = s.execute(
                select(
                    func.coalesce(func.sum(StockLedger.on_hand_delta), 0),
                    func.coalesce(func.sum(StockLedger.reserved_delta), 0),
                ).where(StockLedger.sku_id == sku.id)
            ).one()
            if (on_hand, reserved) != (sku.on_hand, sku.reserved):
                return False
    return True


def test_fresh_database_is_migrated_to_head(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()


def test_card_order_goes_from_paid_to_confirmed_with_history_and_stock(db: Database) -> None:
    add_sku(db, "A-1", 10)
    (number,), _ = create_orders(db, [new_order(("A-1", 3))], "tester")
    (oid,), _ = order_ids_for(db, [number])

    assert move_orders(db, [oid], Action.RESERVE_STOCK, "tester").order_ids == {oid}
    assert _stock(db, "A-1") == (10, 3)
    changes = move_orders(
        db, [oid], Action.MARK_SHIPPED, "tester", shipping=Shipping("CJ", "1234-5678-9012")
    )
    assert changes.order_ids == {oid}
    assert _stock(db, "A-1") == (7, 0)
    move_orders(db, [oid], Action.MARK_DELIVERED, "tester")
    move_orders(db, [oid], Action.CONFIRM_PURCHASE, "tester")

    detail = order_detail(db, oid)
    assert detail is not None
    assert detail.row.status is OrderStatus.CONFIRMED
    assert detail.row.waybill_no == "123456789012"
    steps = [(e.from_status, e.to_status) for e in detail.events]
    assert steps == [
        (None, "PAID"),
        ("PAID", "READY_TO_SHIP"),
        ("READY_TO_SHIP", "SHIPPED"),
        ("SHIPPED", "DELIVERED"),
        ("DELIVERED", "CONFIRMED"),
    ]
    assert all(e.operator == "tester" for e in detail.events)
    assert _ledger_agrees(db)


def test_virtual_account_order_waits_for_deposit(db: Database) -> None:
    add_sku(db, "A-1", 10)
    (number,), _ = create_orders(
        db, [new_order(("A-1", 1), method=PaymentMethod.VIRTUAL_ACCOUNT)], "tester"
    )
    (oid,), _ = order_ids_for(db, [number])
    assert status_counts(db)[OrderStatus.AWAITING_PAYMENT] == 1

    refused = move_orders(db, [oid], Action.RESERVE_STOCK, "tester")
    assert refused.order_ids == set()
    assert number in refused.refused[0].message_ko
    assert "결제전" in refused.refused[0].message_ko

    move_orders(db, [oid], Action.CONFIRM_DEPOSIT, "tester")
    detail = order_detail(db, oid)
    assert detail is not None
    assert detail.row.status is OrderStatus.PAID
    assert detail.payment_state is PaymentState.PAID


def test_short_order_is_flagged_and_stays_in_paid_with_nothing_reserved(db: Database) -> None:
    add_sku(db, "A-1", 2)
    add_sku(db, "B-1", 5)
    (number,), _ = create_orders(db, [new_order(("B-1", 1), ("A-1", 3))], "tester")
    (oid,), _ = order_ids_for(db, [number])

    changes = move_orders(db, [oid], Action.RESERVE_STOCK, "tester")

    assert changes.order_ids == set()
    assert "재고가 부족합니다" in changes.refused[0].message_ko
    assert _stock(db, "A-1") == (2, 0)
    assert _stock(db, "B-1") == (5, 0)
    detail = order_detail(db, oid)
    assert detail is not None
    assert detail.row.status is OrderStatus.PAID
    assert detail.row.short_of_stock
    assert detail.events[-1].kind == "STOCK_SHORT"
    assert _ledger_agrees(db)


def test_cancel_releases_stock_records_refund_and_needs_a_reason(db: Database) -> None:
    add_sku(db, "A-1", 10)
    (number,), _ = create_orders(db, [new_order(("A-1", 4))], "tester")
    (oid,), _ = order_ids_for(db, [number])
    move_orders(db, [oid], Action.RESERVE_STOCK, "tester")

    without_reason = move_orders(db, [oid], Action.CANCEL, "tester")
    assert without_reason.order_ids == set() and without_reason.refused
    assert _stock(db, "A-1") == (10, 4)

    move_orders(db, [oid], Action.CANCEL, "tester", reason="고객 단순변심")
    assert _stock(db, "A-1") == (10, 0)
    detail = order_detail(db, oid)
    assert detail is not None
    assert detail.row.status is OrderStatus.CANCELLED
    assert detail.payment_state is PaymentState.REFUNDED
    assert detail.refunded_amount == detail.row.total_amount
    assert any(e.reason == "고객 단순변심" for e in detail.events)
    assert _ledger_agrees(db)


def test_reservation_never_reserves_twice(db: Database) -> None:
    add_sku(db, "A-1", 10)
    (number,), _ = create_orders(db, [new_order(("A-1", 4))], "tester")
    (oid,), _ = order_ids_for(db, [number])
    move_orders(db, [oid], Action.RESERVE_STOCK, "tester")
    again = move_orders(db, [oid], Action.RESERVE_STOCK, "tester")
    assert again.order_ids == set()
    assert _stock(db, "A-1") == (10, 4)


def test_bulk_move_moves_the_allowed_and_lists_the_refused(db: Database) -> None:
    add_sku(db, "A-1", 3)
    numbers, _ = create_orders(db, [new_order(("A-1", 1)) for _ in range(5)], "tester")
    ids, missing = order_ids_for(db, numbers)
    assert not missing

    changes = move_orders(db, ids, Action.RESERVE_STOCK, "tester")

    assert len(changes.order_ids) == 3
    assert len(changes.refused) == 2
    assert status_counts(db)[OrderStatus.READY_TO_SHIP] == 3
    (row,) = stock_rows(db)
    assert (row.on_hand, row.reserved, row.available) == (3, 3, 0)


def test_stale_edit_is_refused_as_changed_by_someone_else(db: Database) -> None:
    add_sku(db, "A-1", 3)
    (number,), _ = create_orders(db, [new_order(("A-1", 1))], "tester")
    (oid,), _ = order_ids_for(db, [number])
    shown = order_detail(db, oid)
    assert shown is not None
    move_orders(db, [oid], Action.RESERVE_STOCK, "other-pc")

    changes = move_orders(
        db, [oid], Action.CANCEL, "me", reason="x", seen_versions={oid: shown.row.version}
    )
    assert changes.order_ids == set()
    assert "다른 PC에서 변경" in changes.refused[0].message_ko


def test_duplicate_waybill_number_is_refused(db: Database) -> None:
    add_sku(db, "A-1", 5)
    numbers, _ = create_orders(db, [new_order(("A-1", 1)), new_order(("A-1", 1))], "tester")
    ids, _ = order_ids_for(db, numbers)
    move_orders(db, ids, Action.RESERVE_STOCK, "tester")
    move_orders(db, [ids[0]], Action.MARK_SHIPPED, "t", shipping=Shipping("CJ", "123456789012"))
    second = move_orders(
        db, [ids[1]], Action.MARK_SHIPPED, "t", shipping=Shipping("CJ", "1234 5678 9012")
    )
    assert second.order_ids == set()
    assert "이미 다른 배송에 쓰인" in second.refused[0].message_ko


def test_every_change_writes_history(db: Database) -> None:
    add_sku(db, "A-1", 5)
    numbers, _ = create_orders(db, [new_order(("A-1", 1))], "tester")
    ids, _ = order_ids_for(db, numbers)
    move_orders(db, ids, Action.RESERVE_STOCK, "tester")
    move_orders(db, ids, Action.CANCEL, "tester", reason="품절")
    with db.reading() as s:
        kinds = list(s.scalars(select(OrderEvent.kind).order_by(OrderEvent.id)))
    assert kinds == ["CREATED", "STATUS", "REFUND", "STATUS"]
