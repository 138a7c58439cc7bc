"""Every claim path on a real database: stock, payment state, refunds and the history."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_oms.domain.claims import ClaimRefused, ClaimStatus, Disposition
from desktop_oms.domain.payment import PaymentMethod, PaymentState
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.claim_cancel import cancel_lines
from desktop_oms.services.claims import advance_claim, request_exchange, request_return
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.storage.tables import Claim, Order, OrderLine, StockLedger
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku, new_order
from tests.integration.test_claims_helpers import (
    history,
    ledger_agrees,
    order_of,
    ready_order,
    shipped_order,
    stock_of,
)


def _claim(db: Database, claim_id: int) -> Claim:
    with db.reading() as s:
        claim = s.get(Claim, claim_id)
        assert claim is not None
        s.expunge(claim)
        return claim


def test_a_partial_cancel_releases_and_refunds_only_that_line(db: Database) -> None:
    add_sku(db, "A-1", 10)
    add_sku(db, "B-1", 10)
    oid = ready_order(db, ("A-1", 3), ("B-1", 1))
    cancel_lines(db, oid, {1: 2}, "tester", reason="고객 변심", now=NOW)

    assert stock_of(db, "A-1") == (10, 1)
    assert stock_of(db, "B-1") == (10, 1)
    order = order_of(db, oid)
    assert order.status == OrderStatus.READY_TO_SHIP.value
    assert order.refunded_amount == 20_000
    assert order.payment_state == PaymentState.PARTLY_REFUNDED.value
    with db.reading() as s:
        line = s.scalars(select(OrderLine).where(OrderLine.order_id == oid)).first()
        assert line is not None and line.cancelled_qty == 2 and line.reserved_qty == 1
    kind, reason = history(db, oid)[-1]
    assert kind == "CLAIM_CANCEL" and "환불 20,000원" in reason
    assert ledger_agrees(db)


def test_cancelling_every_remaining_unit_cancels_the_whole_order(db: Database) -> None:
    add_sku(db, "A-1", 10)
    add_sku(db, "B-1", 10)
    oid = ready_order(db, ("A-1", 3), ("B-1", 1))
    cancel_lines(db, oid, {1: 1}, "tester", reason="일부 취소", now=NOW)
    result = cancel_lines(db, oid, {1: 2, 2: 1}, "tester", reason="전부 취소", now=NOW)

    order = order_of(db, oid)
    assert order.status == OrderStatus.CANCELLED.value
    assert order.payment_state == PaymentState.REFUNDED.value
    assert order.refunded_amount == order.total_amount == 40_000
    assert _claim(db, result.claim_id).refund_amount == 30_000
    assert stock_of(db, "A-1") == (10, 0) and stock_of(db, "B-1") == (10, 0)
    assert sorted(k for k, _ in history(db, oid)[-3:]) == ["CLAIM_CANCEL", "REFUND", "STATUS"]
    assert history(db, oid)[-1][0] == "CLAIM_CANCEL"
    assert ledger_agrees(db)


def test_a_partial_cancel_of_an_unpaid_order_lowers_the_amount_due(db: Database) -> None:
    add_sku(db, "A-1", 10)
    (number,), _ = create_orders(
        db, [new_order(("A-1", 2), method=PaymentMethod.VIRTUAL_ACCOUNT)], "tester", now=NOW
    )
    oid = order_ids_for(db, [number])[0][0]
    cancel_lines(db, oid, {1: 1}, "tester", reason="수량 변경", now=NOW)
    order = order_of(db, oid)
    assert order.total_amount == 10_000 and order.refunded_amount == 0
    assert order.payment_state == PaymentState.UNPAID.value


def test_a_cancel_after_shipment_is_refused_and_nothing_changes(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    with pytest.raises(ClaimRefused, match="반품이나 교환"):
        cancel_lines(db, oid, {1: 1}, "tester", reason="변심", now=NOW)
    with db.reading() as s:
        assert s.scalars(select(Claim)).first() is None


def test_more_than_the_ordered_quantity_is_refused(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = ready_order(db, ("A-1", 1))
    with pytest.raises(ClaimRefused, match="1개"):
        cancel_lines(db, oid, {1: 2}, "tester", reason="x", now=NOW)
    assert stock_of(db, "A-1") == (10, 1)


def test_a_return_goes_back_to_stock_and_is_refunded(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 2), waybill="123456789012")
    result = request_return(db, oid, {1: 1}, "tester", reason="사이즈 교환 불가", now=NOW)
    assert _claim(db, result.claim_id).status == ClaimStatus.REQUESTED.value

    advance_claim(db, result.claim_id, ClaimStatus.COLLECTED, "tester", now=NOW)
    advance_claim(
        db, result.claim_id, ClaimStatus.RECEIVED, "tester", dispositions=Disposition.RESTOCK
    )
    assert stock_of(db, "A-1") == (9, 0)
    advance_claim(db, result.claim_id, ClaimStatus.REFUNDED, "tester", deduction=3_000)

    order = order_of(db, oid)
    assert order.refunded_amount == 7_000
    assert order.payment_state == PaymentState.PARTLY_REFUNDED.value
    assert [k for k, _ in history(db, oid)][-4:] == [
        "CLAIM_RETURN",
        "CLAIM_COLLECTED",
        "CLAIM_RECEIVED",
        "CLAIM_REFUNDED",
    ]
    with db.reading() as s:
        kinds = [r.kind for r in s.scalars(select(StockLedger).order_by(StockLedger.id))]
    assert kinds[-1] == "RETURN"
    assert ledger_agrees(db)


def test_written_off_goods_do_not_come_back_to_stock(db: Database) -> None:
    add_sku(db, "A-1", 10)
    add_sku(db, "B-1", 10)
    oid = shipped_order(db, ("A-1", 1), ("B-1", 1), waybill="123456789012")
    claim = request_return(db, oid, {1: 1, 2: 1}, "tester", now=NOW).claim_id
    advance_claim(db, claim, ClaimStatus.COLLECTED, "tester")
    advance_claim(
        db,
        claim,
        ClaimStatus.RECEIVED,
        "tester",
        dispositions={1: Disposition.RESTOCK, 2: Disposition.WRITE_OFF},
        note="B-1 파손",
    )
    assert stock_of(db, "A-1") == (10, 0)
    assert stock_of(db, "B-1") == (9, 0)
    advance_claim(db, claim, ClaimStatus.REFUNDED, "tester")
    order = order_of(db, oid)
    assert order.payment_state == PaymentState.REFUNDED.value
    assert "B-1 파손" in history(db, oid)[-2][1]
    assert ledger_agrees(db)


def test_receiving_without_a_disposition_is_refused(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    claim = request_return(db, oid, {1: 1}, "tester").claim_id
    advance_claim(db, claim, ClaimStatus.COLLECTED, "tester")
    with pytest.raises(ClaimRefused, match="재입고할지 폐기할지"):
        advance_claim(db, claim, ClaimStatus.RECEIVED, "tester")
    assert _claim(db, claim).status == ClaimStatus.COLLECTED.value


def test_a_unit_can_be_returned_only_once(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 2), waybill="123456789012")
    request_return(db, oid, {1: 1}, "tester")
    request_return(db, oid, {1: 1}, "tester")
    with pytest.raises(ClaimRefused, match="0개"):
        request_return(db, oid, {1: 1}, "tester")


def test_an_exchange_makes_a_free_replacement_order_that_reserves_stock(db: Database) -> None:
    add_sku(db, "TS-M", 10)
    add_sku(db, "TS-L", 5)
    oid = shipped_order(db, ("TS-M", 1), waybill="123456789012")
    result = request_exchange(db, oid, {1: 1}, {1: "TS-L"}, "tester", reason="사이즈", now=NOW)

    claim = _claim(db, result.claim_id)
    assert claim.replacement_order_id is not None
    replacement = order_of(db, claim.replacement_order_id)
    assert replacement.channel == "EXCHANGE" and replacement.total_amount == 0
    assert replacement.status == OrderStatus.READY_TO_SHIP.value
    assert replacement.order_no == result.replacement_order_no
    assert stock_of(db, "TS-L") == (5, 1)

    advance_claim(db, claim.id, ClaimStatus.COLLECTED, "tester")
    advance_claim(db, claim.id, ClaimStatus.RECEIVED, "tester", dispositions=Disposition.RESTOCK)
    advance_claim(db, claim.id, ClaimStatus.COMPLETED, "tester")
    assert stock_of(db, "TS-M") == (10, 0)
    assert order_of(db, oid).payment_state == PaymentState.PAID.value
    assert "교환 주문" in history(db, oid)[-4][1]
    assert ledger_agrees(db)


def test_an_exchange_to_a_sold_out_sku_waits_short_of_stock(db: Database) -> None:
    add_sku(db, "TS-M", 10)
    add_sku(db, "TS-L", 0)
    oid = shipped_order(db, ("TS-M", 1), waybill="123456789012")
    result = request_exchange(db, oid, {1: 1}, {1: "TS-L"}, "tester")
    with db.reading() as s:
        replacement = s.scalars(select(Order).where(Order.channel == "EXCHANGE")).one()
        assert replacement.status == OrderStatus.PAID.value and replacement.short_of_stock
        assert result.replacement_order_no == replacement.order_no
    assert ledger_agrees(db)


def test_an_exchange_to_an_unknown_sku_is_refused_and_nothing_is_made(db: Database) -> None:
    add_sku(db, "TS-M", 10)
    oid = shipped_order(db, ("TS-M", 1), waybill="123456789012")
    with pytest.raises(ClaimRefused, match="NOPE"):
        request_exchange(db, oid, {1: 1}, {1: "NOPE"}, "tester")
    with db.reading() as s:
        assert s.scalars(select(Claim)).first() is None
        assert s.scalars(select(Order).where(Order.channel == "EXCHANGE")).first() is None


def test_an_order_with_an_open_return_is_not_purchase_confirmed(db: Database) -> None:
    """구매확정 closes the claims, so it waits until the return is finished."""
    from desktop_oms.domain.status import Action
    from desktop_oms.services.orders import move_orders

    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 2), waybill="123456789012")
    move_orders(db, [oid], Action.MARK_DELIVERED, "택배", now=NOW)
    request_return(db, oid, {1: 1}, "고객", reason="사이즈가 맞지 않음", now=NOW)

    changes = move_orders(db, [oid], Action.CONFIRM_PURCHASE, "자동", now=NOW)

    assert changes.order_ids == set()
    assert "진행 중인 반품·교환" in changes.refused[0].message_ko
    assert order_of(db, oid).status == "DELIVERED"
