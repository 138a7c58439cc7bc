"""Payment methods and the rule that decides where a new order starts (SPEC §1.1)."""

from __future__ import annotations

from enum import StrEnum

from desktop_oms.domain.status import OrderStatus


class PaymentMethod(StrEnum):
    """How the customer paid at checkout."""

    CARD = "CARD"
    VIRTUAL_ACCOUNT = "VIRTUAL_ACCOUNT"
    MOBILE = "MOBILE"
    REALTIME_TRANSFER = "REALTIME_TRANSFER"
    BANK_DEPOSIT = "BANK_DEPOSIT"
    NAVER_PAY = "NAVER_PAY"
    KAKAO_PAY = "KAKAO_PAY"
    SAMSUNG_PAY = "SAMSUNG_PAY"
    TOSS_PAY = "TOSS_PAY"

    @property
    def korean(self) -> str:
        return KOREAN_PAYMENT[self]

    @property
    def waits_for_deposit(self) -> bool:
        """Virtual account and 무통장입금 orders are placed unpaid."""
        return self in DEPOSIT_METHODS


class PaymentState(StrEnum):
    """Money kept beside the status, so a refund never has to be read out of it."""

    UNPAID = "UNPAID"
    PAID = "PAID"
    PARTLY_REFUNDED = "PARTLY_REFUNDED"
    REFUNDED = "REFUNDED"

    @property
    def korean(self) -> str:
        return {
            PaymentState.UNPAID: "미결제",
            PaymentState.PAID: "결제완료",
            PaymentState.PARTLY_REFUNDED: "부분환불",
            PaymentState.REFUNDED: "환불완료",
        }[self]


KOREAN_PAYMENT: dict[PaymentMethod, str] = {
    PaymentMethod.CARD: "신용카드",
    PaymentMethod.VIRTUAL_ACCOUNT: "가상계좌",
    PaymentMethod.MOBILE: "휴대폰결제",
    PaymentMethod.REALTIME_TRANSFER: "실시간 계좌이체",
    PaymentMethod.BANK_DEPOSIT: "무통장입금",
    PaymentMethod.NAVER_PAY: "네이버페이",
    PaymentMethod.KAKAO_PAY: "카카오페이",
    PaymentMethod.SAMSUNG_PAY: "삼성페이",
    PaymentMethod.TOSS_PAY: "토스페이",
}

DEPOSIT_METHODS = frozenset({PaymentMethod.VIRTUAL_ACCOUNT, PaymentMethod.BANK_DEPOSIT})


def starting_status(method: PaymentMethod) -> OrderStatus:
    """Instant payments start paid; deposit methods wait for the money."""
    return OrderStatus.AWAITING_PAYMENT if method.waits_for_deposit else OrderStatus.PAID


def starting_payment_state(method: PaymentMethod) -> PaymentState:
    """The payment state a new order starts in, matching its starting status."""
    return PaymentState.UNPAID if method.waits_for_deposit else PaymentState.PAID


def refund_state(paid_amount: int, refunded_amount: int) -> PaymentState:
    """The payment state after `refunded_amount` of `paid_amount` went back."""
    if refunded_amount <= 0:
        return PaymentState.PAID
    if refunded_amount >= paid_amount:
        return PaymentState.REFUNDED
    return PaymentState.PARTLY_REFUNDED


def parse_payment_method(text: str) -> PaymentMethod | None:
    """A payment method from a code or the Korean/channel wording, or None if unknown."""
    cleaned = text.strip().replace(" ", "").upper()
    if not cleaned:
        return None
    for method in PaymentMethod:
        if cleaned == method.value:
            return method
    for words, method in _ALIASES:
        if any(w in cleaned for w in words):
            return method
    return None


_ALIASES: tuple[tuple[tuple[str, ...], PaymentMethod], ...] = (
    (("가상계좌", "VIRTUAL"), PaymentMethod.VIRTUAL_ACCOUNT),
    (("무통장", "BANK_DEPOSIT", "BANKDEPOSIT"), PaymentMethod.BANK_DEPOSIT),
    (("실시간", "계좌이체", "REALTIME"), PaymentMethod.REALTIME_TRANSFER),
    (("휴대폰", "핸드폰", "MOBILE", "PHONE"), PaymentMethod.MOBILE),
    (("네이버페이", "NAVERPAY", "NPAY"), PaymentMethod.NAVER_PAY),
    (("카카오페이", "KAKAOPAY"), PaymentMethod.KAKAO_PAY),
    (("삼성페이", "SAMSUNGPAY"), PaymentMethod.SAMSUNG_PAY),
    (("토스", "TOSS"), PaymentMethod.TOSS_PAY),
    (("카드", "CARD", "CREDIT"), PaymentMethod.CARD),
)
