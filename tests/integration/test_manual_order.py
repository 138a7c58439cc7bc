"""Phone orders entered by hand start where their payment method says, with its details."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop_oms.domain.order import NewLine, NewOrder
from desktop_oms.domain.payment import PaymentMethod
from desktop_oms.services.manual_orders import enter_manual_order
from desktop_oms.services.order_creation import OrderInputError
from desktop_oms.storage.tables import Order, OrderLine
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku


def phone_order(method: PaymentMethod, **extra: object) -> NewOrder:
    order = NewOrder(
        recipient_name="박서준",
        recipient_phone="1098765432",
        recipient_phone2="02 555 1234",
        postal_code="04524",
        address="서울특별시 중구 세종대로 110",
        address_detail="3층",
        message="오전 배송 부탁드립니다",
        lines=[
            NewLine("반팔티", 2, 19_900, "블랙 / L", sku_code="TEE"),
            NewLine("머플러", 1, 24_000, "카멜", sku_code="MUF"),
        ],
        payment_method=method,
        ordered_at=NOW,
    )
    for key, value in extra.items():
        setattr(order, key, value)
    return order


def _stored(db: Database, number: str) -> Order:
    with db.reading() as s:
        order = s.scalar(select(Order).where(Order.order_no == number))
        assert order is not None
        s.expunge(order)
        return order


def test_card_phone_order_is_paid_at_once_with_card_details(db: Database) -> None:
    add_sku(db, "TEE", 10)
    add_sku(db, "MUF", 10)
    number, _ = enter_manual_order(
        db,
        phone_order(PaymentMethod.CARD, card_company="신한카드", installment_months=3),
        "me",
        now=NOW,
    )
    order = _stored(db, number)
    assert (order.status, order.payment_state) == ("PAID", "PAID")
    assert (order.card_company, order.installment_months) == ("신한카드", 3)
    assert order.recipient_phone == "010-9876-5432"
    assert order.recipient_phone2 == "02-555-1234"
    assert order.total_amount == 2 * 19_900 + 24_000
    assert order.channel == "MANUAL"
    with db.reading() as s:
        assert len(list(s.scalars(select(OrderLine.id)))) == 2


def test_virtual_account_phone_order_waits_with_account_and_deadline(db: Database) -> None:
    add_sku(db, "TEE", 10)
    add_sku(db, "MUF", 10)
    number, _ = enter_manual_order(
        db,
        phone_order(
            PaymentMethod.VIRTUAL_ACCOUNT,
            va_bank="국민은행",
            va_account="123-456789-01",
            total_amount=63_800,
        ),
        "me",
        now=NOW,
    )
    order = _stored(db, number)
    assert (order.status, order.payment_state) == ("AWAITING_PAYMENT", "UNPAID")
    assert (order.va_bank, order.va_account, order.total_amount) == (
        "국민은행",
        "123-456789-01",
        63_800,
    )
    assert order.deposit_deadline == NOW + timedelta(days=3)


def test_a_bad_phone_order_lists_every_problem_and_writes_nothing(db: Database) -> None:
    add_sku(db, "TEE", 10)
    bad = phone_order(PaymentMethod.VIRTUAL_ACCOUNT, postal_code="1234")
    with pytest.raises(OrderInputError) as error:
        enter_manual_order(db, bad, "me", now=NOW)
    assert "우편번호는 숫자 5자리여야 합니다: '1234'" in error.value.problems
    assert "가상계좌의 은행과 계좌번호를 입력하세요" in error.value.problems
    bad_phone = phone_order(PaymentMethod.MOBILE, recipient_phone="12")
    with pytest.raises(OrderInputError) as error:
        enter_manual_order(db, bad_phone, "me", now=NOW)
    assert any("연락처" in p for p in error.value.problems)
    with db.reading() as s:
        assert s.scalar(select(Order.id)) is None
