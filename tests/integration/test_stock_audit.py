"""Stock figures explained by the ledger: why, check, rebuild, adjustments."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from desktop_oms.domain.status import Action
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.order_waybill import Shipping
from desktop_oms.services.orders import move_orders
from desktop_oms.services.stock import (
    StockError,
    adjust_stock,
    check_stock,
    rebuild_stock,
    stock_list,
    stock_why,
)
from desktop_oms.storage.tables import Sku
from desktop_oms.storage.uow import Database
from tests.conftest import add_sku, new_order


def ship_one(db: Database, code: str, qty: int, waybill: str) -> int:
    numbers, _ = create_orders(db, [new_order((code, qty))], "kim")
    (oid,), _ = order_ids_for(db, numbers)
    move_orders(db, [oid], Action.RESERVE_STOCK, "kim")
    move_orders(db, [oid], Action.MARK_SHIPPED, "lee", shipping=Shipping("CJ", waybill))
    return oid


def test_why_lists_every_change_with_document_and_operator(db: Database) -> None:
    add_sku(db, "A", 10)
    ship_one(db, "A", 3, "1234-5678-9012")
    adjust_stock(db, "A", 6, "파손 1개", "park")

    why = stock_why(db, "A")

    assert (why.on_hand, why.reserved, why.available) == (6, 0, 6)
    kinds = [line.kind for line in why.lines]
    assert kinds == [
        LedgerKind.OPENING,
        LedgerKind.RESERVE,
        LedgerKind.SHIPMENT,
        LedgerKind.ADJUSTMENT,
    ]
    last = why.lines[-1]
    assert (last.on_hand_delta, last.on_hand_after, last.operator, last.note) == (
        -1,
        6,
        "park",
        "파손 1개",
    )
    assert why.lines[2].operator == "lee" and why.lines[2].document.startswith("2026")


def test_why_for_an_unknown_sku_says_so(db: Database) -> None:
    with pytest.raises(StockError, match="없는 상품코드"):
        stock_why(db, "NOPE")


def test_check_is_clean_after_normal_work_and_finds_a_tampered_figure(db: Database) -> None:
    add_sku(db, "A", 5)
    ship_one(db, "A", 2, "1234-5678-9012")
    assert check_stock(db) == []

    with db.unit_of_work() as uow:
        uow.session.execute(update(Sku).where(Sku.code == "A").values(on_hand=9))
        uow.commit()
    problems = check_stock(db)

    assert [(p.code, p.cached, p.expected) for p in problems] == [("A", 9, 3)]


def test_rebuild_sets_figures_back_from_the_ledger(db: Database) -> None:
    add_sku(db, "A", 5)
    with db.unit_of_work() as uow:
        uow.session.execute(update(Sku).where(Sku.code == "A").values(on_hand=50))
        uow.commit()

    corrected = rebuild_stock(db)

    assert [(c.code, c.cached, c.expected) for c in corrected] == [("A", 50, 5)]
    assert check_stock(db) == []


def test_adjustment_never_goes_below_reserved_or_zero(db: Database) -> None:
    add_sku(db, "A", 5)
    numbers, _ = create_orders(db, [new_order(("A", 3))], "t")
    ids, _ = order_ids_for(db, numbers)
    move_orders(db, ids, Action.RESERVE_STOCK, "t")

    with pytest.raises(StockError, match="할당된 수량"):
        adjust_stock(db, "A", 2, "실사", "t")
    with pytest.raises(StockError, match="0보다 작을"):
        adjust_stock(db, "A", -1, "실사", "t")
    with pytest.raises(StockError, match="사유"):
        adjust_stock(db, "A", 4, "  ", "t")

    assert stock_why(db, "A").on_hand == 5
    adjust_stock(db, "A", 3, "실사", "t")
    assert stock_why(db, "A").on_hand == 3


def test_stock_list_filters_below_safety_and_short(db: Database) -> None:
    add_sku(db, "PLENTY", 50, safety=5)
    add_sku(db, "LOW", 2, safety=5)
    add_sku(db, "SHORT", 1)
    numbers, _ = create_orders(db, [new_order(("SHORT", 3))], "t")
    ids, _ = order_ids_for(db, numbers)
    move_orders(db, ids, Action.RESERVE_STOCK, "t")

    assert [r.code for r in stock_list(db, only_below_safety=True)] == ["LOW"]
    assert [r.code for r in stock_list(db, only_short=True)] == ["SHORT"]
