"""Manual order entry (phone orders): the checkout of SPEC §1.1 typed in by the shop."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop_oms.domain.order import NewOrder, validate
from desktop_oms.domain.payment import PaymentMethod
from desktop_oms.services.changes import Changes
from desktop_oms.services.order_creation import OrderInputError, create_orders
from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.storage.uow import Database


def manual_order_problems(new: NewOrder) -> list[str]:
    """What the phone-order form needs beyond a valid order, in Korean."""
    problems = []
    if not new.postal_code.strip():
        problems.append("우편번호를 입력하세요")
    if any(not line.sku_code for line in new.lines):
        problems.append("모든 상품을 목록에서 골라야 합니다")
    if new.payment_method is PaymentMethod.CARD and not new.card_company.strip():
        problems.append("카드사를 고르세요")
    if new.payment_method is PaymentMethod.VIRTUAL_ACCOUNT:
        if not new.va_bank.strip() or not new.va_account.strip():
            problems.append("가상계좌의 은행과 계좌번호를 입력하세요")
        if new.total_amount is not None and new.total_amount <= 0:
            problems.append("입금할 금액이 0보다 커야 합니다")
    if new.deposit_deadline is not None and new.deposit_deadline < new.ordered_at:
        problems.append("입금기한이 주문일시보다 앞설 수 없습니다")
    return problems


def enter_manual_order(
    db: Database, new: NewOrder, who: str, now: datetime | None = None
) -> tuple[str, Changes]:
    """Store a phone order; it starts in the status its payment method decides.

    Deposit orders without a deadline get the shop's default (deposit_deadline_days).
    Raises OrderInputError with every problem at once; nothing is written then.
    """
    now = now or datetime.now()
    new.channel = "MANUAL"
    problems = validate(new) + manual_order_problems(new)
    if problems:
        raise OrderInputError(problems)
    if new.payment_method.waits_for_deposit and new.deposit_deadline is None:
        days = load_shop_settings(db).deposit_deadline_days
        new.deposit_deadline = new.ordered_at + timedelta(days=days)
    if not new.payment_method.waits_for_deposit:
        new.deposit_deadline = None
    if new.payment_method is not PaymentMethod.CARD:
        new.card_company, new.installment_months = "", 0
    numbers, changes = create_orders(db, [new], who, now=now)
    return numbers[0], changes
