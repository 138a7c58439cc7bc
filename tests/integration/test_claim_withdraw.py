"""Withdrawing (철회) a return or exchange: the order is as it was, the claim keeps its history."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_oms.domain.claims import ClaimRefused, ClaimStatus, Disposition
from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.services.claim_cancel import cancel_lines
from desktop_oms.services.claim_queries import claim_order, claims_of_order
from desktop_oms.services.claim_withdraw import withdraw_claim
from desktop_oms.services.claims import advance_claim, request_exchange, request_return
from desktop_oms.services.order_waybill import Shipping
from desktop_oms.services.orders import move_orders
from desktop_oms.storage.tables import Claim, OrderEvent, OrderLine, StockLedger
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku
from tests.integration.test_claims_helpers import (
    history,
    ledger_agrees,
    order_of,
    ready_order,
    shipped_order,
    stock_of,
)


def _snapshot(db: Database, order_id: int) -> dict[str, Any]:
    """What a user sees of an order and its lines on the claims desk."""
    order = order_of(db, order_id)
    desk = claim_order(db, order.order_no)
    assert desk is not None
    with db.reading() as s:
        lines = [
            (ln.line_no, ln.quantity, ln.cancelled_qty, ln.reserved_qty)
            for ln in s.scalars(
                select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.line_no)
            )
        ]
        ledger_rows = s.scalar(select(func.count()).select_from(StockLedger))
    return {
        "status": order.status,
        "payment": order.payment_state,
        "money": (order.total_amount, order.refunded_amount),
        "lines": lines,
        "claimable": [ln.claimable for ln in desk.lines],
        "ledger rows": ledger_rows,
    }


def _status(db: Database, claim_id: int) -> str:
    with db.reading() as s:
        claim = s.get(Claim, claim_id)
        assert claim is not None
        return claim.status


def test_a_withdrawn_return_leaves_the_order_as_it_was_before_the_claim(db: Database) -> None:
    add_sku(db, "A-1", 10)
    add_sku(db, "B-1", 10)
    oid = shipped_order(db, ("A-1", 2), ("B-1", 1), waybill="123456789012")
    before = _snapshot(db, oid)
    claim = request_return(db, oid, {1: 2, 2: 1}, "상담원", reason="단순 변심", now=NOW).claim_id
    assert _snapshot(db, oid)["claimable"] == [0, 0]

    changes = withdraw_claim(db, claim, "김철수", reason="고객이 반품을 취소함", now=NOW)

    assert changes.order_ids == {oid}
    assert _snapshot(db, oid) == before
    assert _status(db, claim) == ClaimStatus.WITHDRAWN.value
    with db.reading() as s:
        event = s.scalars(select(OrderEvent).order_by(OrderEvent.id.desc())).first()
        assert event is not None
        assert (event.kind, event.operator, event.at) == ("CLAIM_WITHDRAWN", "김철수", NOW)
        assert event.reason.startswith("반품 #1 철회 (요청 상태에서): 1번")
        assert "사유: 고객이 반품을 취소함" in event.reason


def test_the_withdrawn_claim_stays_in_the_list_with_its_first_reason(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    claim = request_return(db, oid, {1: 1}, "상담원", reason="사이즈", now=NOW).claim_id
    withdraw_claim(db, claim, "상담원", reason="그냥 입을게요", now=NOW)
    (row,) = claims_of_order(db, oid)
    assert (row.status, row.reason) == (ClaimStatus.WITHDRAWN, "사이즈")
    assert row.status.korean == "철회"
    assert not row.can_withdraw and row.next_statuses == []


def test_a_withdrawn_return_no_longer_holds_back_purchase_confirmation(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    move_orders(db, [oid], Action.MARK_DELIVERED, "택배", now=NOW)
    claim = request_return(db, oid, {1: 1}, "고객", now=NOW).claim_id
    assert move_orders(db, [oid], Action.CONFIRM_PURCHASE, "자동", now=NOW).refused

    withdraw_claim(db, claim, "상담원", reason="철회 요청", now=NOW)

    assert move_orders(db, [oid], Action.CONFIRM_PURCHASE, "자동", now=NOW).order_ids == {oid}
    assert order_of(db, oid).status == OrderStatus.CONFIRMED.value


def test_a_collected_return_can_still_be_withdrawn_and_its_units_claimed_again(
    db: Database,
) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    claim = request_return(db, oid, {1: 1}, "상담원", now=NOW).claim_id
    advance_claim(db, claim, ClaimStatus.COLLECTED, "상담원", now=NOW)
    withdraw_claim(db, claim, "상담원", reason="다시 보내드림", now=NOW)
    assert "(회수완료 상태에서)" in history(db, oid)[-1][1]
    again = request_return(db, oid, {1: 1}, "상담원", now=NOW).claim_id
    assert _status(db, again) == ClaimStatus.REQUESTED.value


@pytest.mark.parametrize("last_step", [ClaimStatus.RECEIVED, ClaimStatus.REFUNDED])
def test_a_return_whose_goods_are_back_cannot_be_withdrawn(
    db: Database, last_step: ClaimStatus
) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    claim = request_return(db, oid, {1: 1}, "상담원", now=NOW).claim_id
    for step in (ClaimStatus.COLLECTED, ClaimStatus.RECEIVED, ClaimStatus.REFUNDED):
        advance_claim(db, claim, step, "상담원", dispositions=Disposition.RESTOCK, now=NOW)
        if step is last_step:
            break
    before, events = _snapshot(db, oid), len(history(db, oid))

    with pytest.raises(ClaimRefused, match=f"이미 {last_step.korean} 상태라 철회할 수 없습니다"):
        withdraw_claim(db, claim, "상담원", reason="철회", now=NOW)

    assert _status(db, claim) == last_step.value
    assert _snapshot(db, oid) == before and len(history(db, oid)) == events


def test_a_cancel_is_immediate_so_it_cannot_be_withdrawn(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = ready_order(db, ("A-1", 2))
    claim = cancel_lines(db, oid, {1: 1}, "상담원", reason="변심", now=NOW).claim_id
    with pytest.raises(ClaimRefused) as refused:
        withdraw_claim(db, claim, "상담원", reason="실수", now=NOW)
    assert "접수하는 즉시 처리되어 철회할 수 없습니다" in refused.value.message_ko
    assert "cannot be withdrawn" in refused.value.message_en
    assert _status(db, claim) == ClaimStatus.COMPLETED.value
    assert stock_of(db, "A-1") == (10, 1)


def test_a_withdrawal_without_a_reason_is_refused(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    claim = request_return(db, oid, {1: 1}, "상담원", now=NOW).claim_id
    with pytest.raises(ClaimRefused, match="A withdrawal needs a reason"):
        withdraw_claim(db, claim, "상담원", reason="  ", now=NOW)
    assert _status(db, claim) == ClaimStatus.REQUESTED.value


def test_a_claim_is_withdrawn_only_once(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    claim = request_return(db, oid, {1: 1}, "상담원", now=NOW).claim_id
    withdraw_claim(db, claim, "상담원", reason="철회", now=NOW)
    with pytest.raises(ClaimRefused, match="이미 철회되었습니다"):
        withdraw_claim(db, claim, "상담원", reason="또 철회", now=NOW)
    with pytest.raises(ClaimRefused, match="철회 상태라 더 바꿀 수 없습니다"):
        advance_claim(db, claim, ClaimStatus.COLLECTED, "상담원", now=NOW)
    assert [k for k, _ in history(db, oid)].count("CLAIM_WITHDRAWN") == 1


def test_an_unknown_claim_is_said_so(db: Database) -> None:
    with pytest.raises(ClaimRefused, match="클레임 #99이\\(가\\) 없습니다"):
        withdraw_claim(db, 99, "상담원", reason="철회", now=NOW)


def test_withdrawing_an_exchange_cancels_its_replacement_and_frees_its_stock(
    db: Database,
) -> None:
    add_sku(db, "TS-M", 10)
    add_sku(db, "TS-L", 5)
    oid = shipped_order(db, ("TS-M", 1), waybill="123456789012")
    before = _snapshot(db, oid)
    result = request_exchange(db, oid, {1: 1}, {1: "TS-L"}, "상담원", now=NOW)
    assert stock_of(db, "TS-L") == (5, 1)

    changes = withdraw_claim(db, result.claim_id, "상담원", reason="원래 사이즈로", now=NOW)

    (row,) = claims_of_order(db, oid)
    assert row.status is ClaimStatus.WITHDRAWN
    assert row.replacement_status is OrderStatus.CANCELLED
    assert stock_of(db, "TS-L") == (5, 0)
    assert OrderStatus.CANCELLED in changes.statuses and len(changes.order_ids) == 2
    assert f"교환 주문 {result.replacement_order_no} 취소" in history(db, oid)[-1][1]
    after = _snapshot(db, oid)
    assert {k: v for k, v in after.items() if k != "ledger rows"} == {
        k: v for k, v in before.items() if k != "ledger rows"
    }
    assert ledger_agrees(db)


def test_an_exchange_whose_replacement_has_shipped_cannot_be_withdrawn(db: Database) -> None:
    add_sku(db, "TS-M", 10)
    add_sku(db, "TS-L", 5)
    oid = shipped_order(db, ("TS-M", 1), waybill="123456789012")
    result = request_exchange(db, oid, {1: 1}, {1: "TS-L"}, "상담원", now=NOW)
    with db.reading() as s:
        claim = s.get(Claim, result.claim_id)
        assert claim is not None and claim.replacement_order_id is not None
        replacement_id = claim.replacement_order_id
    shipping = Shipping("CJ", "123456789023")
    shipped = move_orders(db, [replacement_id], Action.MARK_SHIPPED, "출고", shipping=shipping)
    assert shipped.order_ids == {replacement_id}, shipped.refused
    assert not claims_of_order(db, oid)[0].can_withdraw

    with pytest.raises(ClaimRefused, match="교환 상품이 이미 배송중 상태라"):
        withdraw_claim(db, result.claim_id, "상담원", reason="철회", now=NOW)

    assert _status(db, result.claim_id) == ClaimStatus.REQUESTED.value
    assert order_of(db, replacement_id).status == OrderStatus.SHIPPED.value
    assert stock_of(db, "TS-L") == (4, 0)
