"""Receiving purchase orders (입고처리): stock rises and goes to waiting orders, oldest first."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop_oms.domain.purchasing import PoStatus
from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.orders import move_orders
from desktop_oms.services.purchasing import (
    PoLineInput,
    PurchasingError,
    create_purchase_order,
    send_purchase_order,
)
from desktop_oms.services.receiving import receive_purchase_order
from desktop_oms.services.shop_settings import load_shop_settings, save_shop_settings
from desktop_oms.services.stock import check_stock, stock_why
from desktop_oms.storage.tables import Order, Sku, Supplier
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku, new_order


def give_supplier(db: Database, code: str, supplier: str = "(주)한빛섬유") -> None:
    with db.unit_of_work() as uow:
        s = uow.session
        found = s.scalars(select(Supplier).where(Supplier.name == supplier)).one_or_none()
        if found is None:
            found = Supplier(name=supplier)
            s.add(found)
            s.flush()
        s.scalars(select(Sku).where(Sku.code == code)).one().supplier_id = found.id
        uow.commit()


def short_orders(db: Database, code: str, quantities: list[int]) -> list[int]:
    """Paid orders for `code` paid one minute apart (first = oldest), all marked 재고부족."""
    orders = []
    for n, qty in enumerate(quantities):
        order = new_order((code, qty), name=f"고객{n}")
        orders.append(replace(order, paid_at=NOW + timedelta(minutes=n)))
    numbers, _ = create_orders(db, orders, "tester")
    ids, _ = order_ids_for(db, numbers)
    move_orders(db, ids, Action.RESERVE_STOCK, "tester")
    return ids


def sent_po(db: Database, *lines: tuple[str, int]) -> str:
    po_no = create_purchase_order(db, None, [PoLineInput(c, q) for c, q in lines], "tester")
    send_purchase_order(db, po_no, "tester")
    return po_no


def order_state(db: Database, oid: int) -> tuple[str, bool, int]:
    with db.reading() as s:
        order = s.get(Order, oid)
        assert order is not None
        return order.status, order.short_of_stock, sum(ln.reserved_qty for ln in order.lines)


def figures(db: Database, code: str) -> tuple[int, int]:
    with db.reading() as s:
        sku = s.scalars(select(Sku).where(Sku.code == code)).one()
        return sku.on_hand, sku.reserved


def test_full_receipt_covers_waiting_orders_oldest_payment_first(db: Database) -> None:
    add_sku(db, "TEE-BK-M", 0)
    first, second, third = short_orders(db, "TEE-BK-M", [2, 3, 1])
    assert order_state(db, first) == (OrderStatus.PAID.value, True, 0)
    po_no = sent_po(db, ("TEE-BK-M", 5))

    result = receive_purchase_order(db, po_no, str(uuid.uuid4()), "tester")

    assert result.status is PoStatus.RECEIVED
    assert result.received == {"TEE-BK-M": 5}
    assert result.covered_orders == 2
    assert order_state(db, first) == (OrderStatus.PAID.value, False, 2)
    assert order_state(db, second) == (OrderStatus.PAID.value, False, 3)
    assert order_state(db, third) == (OrderStatus.PAID.value, True, 0)
    assert figures(db, "TEE-BK-M") == (5, 5)
    assert check_stock(db) == []
    receipt = [ln for ln in stock_why(db, "TEE-BK-M").lines if ln.kind.value == "RECEIPT"]
    assert [(ln.on_hand_delta, ln.document, ln.operator) for ln in receipt] == [
        (5, po_no, "tester")
    ]


def test_covered_orders_can_then_be_moved_to_ready_to_ship(db: Database) -> None:
    add_sku(db, "A", 0)
    (oid,) = short_orders(db, "A", [2])
    receive_purchase_order(db, sent_po(db, ("A", 2)), "t1", "tester")

    changes = move_orders(db, [oid], Action.RESERVE_STOCK, "tester")

    assert changes.order_ids == {oid}
    assert order_state(db, oid) == (OrderStatus.READY_TO_SHIP.value, False, 2)
    assert figures(db, "A") == (2, 2)
    assert check_stock(db) == []


def test_auto_ready_setting_moves_covered_orders_to_ready_to_ship(db: Database) -> None:
    settings = load_shop_settings(db)
    settings.auto_ready_on_receipt = True
    save_shop_settings(db, settings)
    add_sku(db, "A", 0)
    old, young = short_orders(db, "A", [1, 5])

    result = receive_purchase_order(db, sent_po(db, ("A", 3)), "tok", "tester")

    assert result.moved_orders == 1
    assert order_state(db, old) == (OrderStatus.READY_TO_SHIP.value, False, 1)
    assert order_state(db, young) == (OrderStatus.PAID.value, True, 0)
    assert check_stock(db) == []


def test_partial_receipt_then_the_rest(db: Database) -> None:
    add_sku(db, "A", 0)
    add_sku(db, "B", 0)
    po_no = sent_po(db, ("A", 4), ("B", 2))

    part = receive_purchase_order(db, po_no, "first", "tester", quantities={"A": 1})
    rest = receive_purchase_order(db, po_no, "second", "tester")

    assert part.status is PoStatus.PARTLY_RECEIVED
    assert rest.received == {"A": 3, "B": 2}
    assert rest.status is PoStatus.RECEIVED
    assert figures(db, "A") == (4, 0)


def test_pressing_receive_twice_with_one_token_receives_once(db: Database) -> None:
    add_sku(db, "A", 0)
    po_no = sent_po(db, ("A", 4))

    receive_purchase_order(db, po_no, "same-token", "tester", quantities={"A": 2})
    again = receive_purchase_order(db, po_no, "same-token", "tester", quantities={"A": 2})

    assert again.already_done
    assert figures(db, "A") == (2, 0)


def test_receiving_more_than_ordered_is_refused_and_nothing_changes(db: Database) -> None:
    add_sku(db, "A", 0)
    po_no = sent_po(db, ("A", 4))

    with pytest.raises(PurchasingError, match="발주 잔량"):
        receive_purchase_order(db, po_no, "t", "tester", quantities={"A": 5})

    assert figures(db, "A") == (0, 0)
    again = receive_purchase_order(db, po_no, "t", "tester", quantities={"A": 4})
    assert again.status is PoStatus.RECEIVED


def test_a_draft_cannot_be_received_before_it_is_sent(db: Database) -> None:
    add_sku(db, "A", 0)
    po_no = create_purchase_order(db, None, [PoLineInput("A", 1)], "tester")

    with pytest.raises(PurchasingError, match="작성중 상태에서는 입고처리"):
        receive_purchase_order(db, po_no, "t", "tester")


def test_order_needing_two_skus_waits_until_both_are_there(db: Database) -> None:
    add_sku(db, "A", 0)
    add_sku(db, "B", 0)
    numbers, _ = create_orders(db, [new_order(("A", 1), ("B", 1))], "tester")
    (oid,), _ = order_ids_for(db, numbers)
    move_orders(db, [oid], Action.RESERVE_STOCK, "tester")

    receive_purchase_order(db, sent_po(db, ("A", 1)), "t1", "tester")
    assert order_state(db, oid) == (OrderStatus.PAID.value, True, 0)
    receive_purchase_order(db, sent_po(db, ("B", 1)), "t2", "tester")

    assert order_state(db, oid) == (OrderStatus.PAID.value, False, 2)
    assert check_stock(db) == []
