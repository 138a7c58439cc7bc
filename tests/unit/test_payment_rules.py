"""Where a new order starts, by payment method (SPEC §1.1)."""

from __future__ import annotations

import pytest

from desktop_oms.domain.payment import (
    PaymentMethod,
    PaymentState,
    parse_payment_method,
    refund_state,
    starting_payment_state,
    starting_status,
)
from desktop_oms.domain.status import OrderStatus

INSTANT = [
    PaymentMethod.CARD,
    PaymentMethod.MOBILE,
    PaymentMethod.REALTIME_TRANSFER,
    PaymentMethod.NAVER_PAY,
    PaymentMethod.KAKAO_PAY,
    PaymentMethod.SAMSUNG_PAY,
    PaymentMethod.TOSS_PAY,
]


@pytest.mark.parametrize("method", INSTANT)
def test_instant_payment_order_starts_paid(method: PaymentMethod) -> None:
    assert starting_status(method) is OrderStatus.PAID
    assert starting_payment_state(method) is PaymentState.PAID


@pytest.mark.parametrize("method", [PaymentMethod.VIRTUAL_ACCOUNT, PaymentMethod.BANK_DEPOSIT])
def test_deposit_order_waits_for_payment(method: PaymentMethod) -> None:
    assert starting_status(method) is OrderStatus.AWAITING_PAYMENT
    assert starting_payment_state(method) is PaymentState.UNPAID


def test_every_payment_method_has_a_start() -> None:
    assert {starting_status(m) for m in PaymentMethod} == {
        OrderStatus.PAID,
        OrderStatus.AWAITING_PAYMENT,
    }


@pytest.mark.parametrize(
    "text,method",
    [
        ("신용카드", PaymentMethod.CARD),
        ("가상계좌", PaymentMethod.VIRTUAL_ACCOUNT),
        ("무통장 입금", PaymentMethod.BANK_DEPOSIT),
        ("네이버페이", PaymentMethod.NAVER_PAY),
        ("휴대폰결제", PaymentMethod.MOBILE),
        ("실시간 계좌이체", PaymentMethod.REALTIME_TRANSFER),
        ("CARD", PaymentMethod.CARD),
        ("상품권", None),
        ("", None),
    ],
)
def test_channel_payment_wording_is_understood(text: str, method: PaymentMethod | None) -> None:
    assert parse_payment_method(text) is method


def test_refund_state_follows_refunded_amount() -> None:
    assert refund_state(30_000, 0) is PaymentState.PAID
    assert refund_state(30_000, 10_000) is PaymentState.PARTLY_REFUNDED
    assert refund_state(30_000, 30_000) is PaymentState.REFUNDED
