"""Holds (보류) with reason and until-date, and dispatch delays (발송지연)."""

from __future__ import annotations

from datetime import date

from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.services.holds import (
    hold_orders,
    overdue_orders,
    record_dispatch_delay,
    release_expired_holds,
    release_holds,
)
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.orders import move_orders
from desktop_oms.services.queries import order_page
from desktop_oms.storage.tables import Order
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku, new_order
from tests.integration.test_claims_helpers import (
    history,
    order_of,
    ready_order,
    shipped_order,
    stock_of,
)


def _paid_order(db: Database, ship_by: date | None = None) -> int:
    order = new_order(("A-1", 1))
    order.ship_by = ship_by
    (number,), _ = create_orders(db, [order], "tester", now=NOW)
    return order_ids_for(db, [number])[0][0]


def test_a_held_order_cannot_be_reserved_and_shows_its_reason(db: Database) -> None:
    add_sku(db, "A-1", 5)
    oid = _paid_order(db)
    assert hold_orders(db, [oid], "고객 요청으로 보류", "tester", now=NOW).order_ids == {oid}

    refused = move_orders(db, [oid], Action.RESERVE_STOCK, "tester")
    assert "보류 중인 주문입니다" in refused.refused[0].message_ko
    (row,) = order_page(db, OrderStatus.PAID)
    assert row.hold_reason == "고객 요청으로 보류"
    assert history(db, oid)[-1][0] == "HOLD"


def test_holding_a_ready_order_keeps_its_reservation_and_says_so(db: Database) -> None:
    add_sku(db, "A-1", 5)
    oid = ready_order(db, ("A-1", 2))
    hold_orders(db, [oid], "주소 확인", "tester", now=NOW)
    assert stock_of(db, "A-1") == (5, 2)
    assert "재고 할당은 유지됩니다" in history(db, oid)[-1][1]


def test_a_hold_needs_a_reason_and_a_shipped_order_cannot_be_held(db: Database) -> None:
    add_sku(db, "A-1", 5)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    assert hold_orders(db, [oid], " ", "tester", now=NOW).refused[0].message_ko == (
        "사유를 입력해야 합니다."
    )
    refused = hold_orders(db, [oid], "고객 요청", "tester", now=NOW).refused
    assert "발송 전 주문만 가능" in refused[0].message_ko
    assert order_of(db, oid).hold_reason == ""


def test_a_released_order_can_be_reserved_again(db: Database) -> None:
    add_sku(db, "A-1", 5)
    oid = _paid_order(db)
    hold_orders(db, [oid], "입금 확인 중", "tester", now=NOW)
    assert release_holds(db, [oid], "tester", now=NOW).order_ids == {oid}
    assert move_orders(db, [oid], Action.RESERVE_STOCK, "tester").order_ids == {oid}
    assert [k for k, _ in history(db, oid)][-3:] == ["HOLD", "RELEASE_HOLD", "STATUS"]


def test_holds_come_back_by_themselves_after_the_until_date(db: Database) -> None:
    add_sku(db, "A-1", 5)
    oid = _paid_order(db)
    hold_orders(db, [oid], "고객 부재", "tester", until=date(2026, 11, 28), now=NOW)
    assert not release_expired_holds(db, date(2026, 11, 28)).order_ids
    assert release_expired_holds(db, date(2026, 11, 29)).order_ids == {oid}
    order = order_of(db, oid)
    assert order.hold_reason == "" and order.hold_until is None
    assert "자동 해제" in history(db, oid)[-1][1]


def test_a_dispatch_delay_records_the_new_date_and_reason(db: Database) -> None:
    add_sku(db, "A-1", 5)
    oid = _paid_order(db, ship_by=date(2026, 11, 27))
    changes = record_dispatch_delay(db, [oid], date(2026, 12, 2), "입고 지연", "tester", now=NOW)
    assert changes.order_ids == {oid}
    assert order_of(db, oid).ship_by == date(2026, 12, 2)
    kind, reason = history(db, oid)[-1]
    assert kind == "DISPATCH_DELAY"
    assert reason == "발송기한 2026-11-27 → 2026-12-02: 입고 지연"


def test_overdue_orders_are_listed_most_overdue_first(db: Database) -> None:
    add_sku(db, "A-1", 5)
    late = _paid_order(db, ship_by=date(2026, 11, 20))
    later = _paid_order(db, ship_by=date(2026, 11, 24))
    _paid_order(db, ship_by=date(2026, 11, 30))
    rows = overdue_orders(db, date(2026, 11, 26))
    assert [(r.order_id, r.days_overdue) for r in rows] == [(late, 6), (later, 2)]
    with db.reading() as s:
        assert s.get(Order, late) is not None
