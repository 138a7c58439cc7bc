"""The claim state table and the quantity and money rules of claims."""

from __future__ import annotations

from itertools import pairwise

import pytest

from desktop_oms.domain.claims import (
    FINAL_STATUSES,
    FIRST_STATUS,
    ClaimKind,
    ClaimRefused,
    ClaimStatus,
    LineState,
    can_withdraw,
    capped_refund,
    check_order_status,
    check_quantity,
    check_step,
    check_withdrawal,
    next_statuses,
    refund_for,
)
from desktop_oms.domain.status import OrderStatus

K, C = ClaimKind, ClaimStatus


def test_a_return_goes_requested_collected_received_refunded() -> None:
    path = [C.REQUESTED, C.COLLECTED, C.RECEIVED, C.REFUNDED]
    assert FIRST_STATUS[K.RETURN] is C.REQUESTED
    for source, target in pairwise(path):
        assert check_step(K.RETURN, source, target).target is target
    assert next_statuses(K.RETURN, C.REFUNDED) == []


def test_an_exchange_ends_completed_not_refunded() -> None:
    assert check_step(K.EXCHANGE, C.RECEIVED, C.COMPLETED).target is C.COMPLETED
    with pytest.raises(ClaimRefused):
        check_step(K.EXCHANGE, C.RECEIVED, C.REFUNDED)


def test_a_cancel_is_complete_when_made_and_cannot_move() -> None:
    assert FIRST_STATUS[K.CANCEL] is C.COMPLETED
    with pytest.raises(ClaimRefused, match="더 바꿀 수 없습니다"):
        check_step(K.CANCEL, C.COMPLETED, C.REFUNDED)


def test_skipping_a_step_is_refused_naming_the_next_one() -> None:
    with pytest.raises(ClaimRefused) as refused:
        check_step(K.RETURN, C.REQUESTED, C.REFUNDED)
    assert "회수완료" in refused.value.message_ko


@pytest.mark.parametrize(
    ("kind", "status", "allowed"),
    [
        (K.CANCEL, OrderStatus.READY_TO_SHIP, True),
        (K.CANCEL, OrderStatus.SHIPPED, False),
        (K.RETURN, OrderStatus.PAID, False),
        (K.RETURN, OrderStatus.DELIVERED, True),
        (K.EXCHANGE, OrderStatus.SHIPPED, True),
        (K.RETURN, OrderStatus.CONFIRMED, False),
    ],
)
def test_the_order_status_decides_which_claim_is_possible(
    kind: ClaimKind, status: OrderStatus, allowed: bool
) -> None:
    if allowed:
        check_order_status(kind, "N-1", status)
    else:
        with pytest.raises(ClaimRefused):
            check_order_status(kind, "N-1", status)


def test_a_confirmed_order_says_its_claims_are_closed() -> None:
    with pytest.raises(ClaimRefused, match="마감"):
        check_order_status(K.RETURN, "N-1", OrderStatus.CONFIRMED)


def test_only_the_unclaimed_quantity_of_a_line_can_be_claimed() -> None:
    line = LineState(line_no=1, quantity=5, cancelled_qty=1, claimed_qty=2, unit_price=1000)
    assert line.claimable == 2
    check_quantity(line, 2)
    with pytest.raises(ClaimRefused, match="2개"):
        check_quantity(line, 3)
    with pytest.raises(ClaimRefused):
        check_quantity(line, 0)


def test_the_refund_is_price_times_quantity_capped_by_what_was_paid() -> None:
    line = LineState(1, 3, 0, 0, 12_000)
    assert refund_for([(line, 2)]) == 24_000
    assert capped_refund(24_000, 3_000, paid=50_000, refunded=0) == 21_000
    assert capped_refund(24_000, 0, paid=30_000, refunded=20_000) == 10_000
    with pytest.raises(ClaimRefused):
        capped_refund(1, -1, 10, 0)


def test_a_return_or_exchange_can_be_withdrawn_until_its_goods_are_back() -> None:
    for kind in (K.RETURN, K.EXCHANGE):
        assert [s for s in C if can_withdraw(kind, s)] == [C.REQUESTED, C.COLLECTED]
    assert not any(can_withdraw(K.CANCEL, s) for s in C)


def test_an_exchange_is_withdrawn_only_while_its_replacement_has_not_shipped() -> None:
    assert can_withdraw(K.EXCHANGE, C.REQUESTED, OrderStatus.READY_TO_SHIP)
    assert can_withdraw(K.EXCHANGE, C.REQUESTED, OrderStatus.CANCELLED)
    with pytest.raises(ClaimRefused, match="교환 상품이 이미 배송중 상태라") as refused:
        check_withdrawal(K.EXCHANGE, C.COLLECTED, OrderStatus.SHIPPED)
    assert "take the replacement back as a return" in refused.value.message_en


def test_a_received_return_is_refused_naming_where_withdrawal_is_allowed() -> None:
    with pytest.raises(ClaimRefused) as refused:
        check_withdrawal(K.RETURN, C.RECEIVED)
    assert refused.value.message_ko == (
        "반품 클레임이 이미 입고완료 상태라 철회할 수 없습니다 (요청·회수완료 상태에서만 가능)."
    )
    assert "REQUESTED, COLLECTED" in refused.value.message_en


def test_a_withdrawn_claim_is_final_and_goes_nowhere() -> None:
    assert C.WITHDRAWN in FINAL_STATUSES
    assert next_statuses(K.RETURN, C.WITHDRAWN) == []
    with pytest.raises(ClaimRefused, match="이미 철회되었습니다"):
        check_withdrawal(K.RETURN, C.WITHDRAWN)
