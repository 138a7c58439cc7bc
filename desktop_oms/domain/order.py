"""A new order as it arrives (import, phone order, demo), validated before it is stored."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_oms.domain.payment import PaymentMethod
from desktop_oms.domain.privacy import format_phone, normalize_phone

_POSTAL = re.compile(r"^\d{5}$")


@dataclass(slots=True)
class NewLine:
    """One product line: a SKU code when known, else the channel's product text."""

    product_name: str
    quantity: int
    unit_price: int = 0
    option_text: str = ""
    sku_code: str | None = None
    channel_line_no: str = ""


@dataclass(slots=True)
class NewOrder:
    """Everything the checkout (SPEC §1.1) or a channel file tells about an order."""

    recipient_name: str
    recipient_phone: str
    address: str
    lines: list[NewLine]
    payment_method: PaymentMethod
    ordered_at: datetime
    channel: str = "MANUAL"
    channel_order_no: str = ""
    channel_bundle_no: str = ""
    recipient_phone2: str = ""
    postal_code: str = ""
    address_detail: str = ""
    message: str = ""
    buyer_name: str = ""
    buyer_phone: str = ""
    card_company: str = ""
    installment_months: int = 0
    approval_no: str = ""
    va_bank: str = ""
    va_account: str = ""
    deposit_deadline: datetime | None = None
    depositor_name: str = ""
    shipping_fee: int = 0
    total_amount: int | None = None
    ship_by: date | None = None
    paid_at: datetime | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def amount(self) -> int:
        if self.total_amount is not None:
            return self.total_amount
        return sum(line.unit_price * line.quantity for line in self.lines) + self.shipping_fee


def validate(order: NewOrder) -> list[str]:
    """Problems with `order` in Korean (empty when it can be stored); normalises phones."""
    problems: list[str] = []
    if not order.recipient_name.strip():
        problems.append("수취인 이름이 없습니다")
    phone = normalize_phone(order.recipient_phone)
    if phone is None:
        problems.append(f"수취인 연락처가 올바르지 않습니다: {order.recipient_phone!r}")
    else:
        order.recipient_phone = format_phone(phone)
    if order.recipient_phone2.strip():
        phone2 = normalize_phone(order.recipient_phone2)
        if phone2 is None:
            problems.append(f"두 번째 연락처가 올바르지 않습니다: {order.recipient_phone2!r}")
        else:
            order.recipient_phone2 = format_phone(phone2)
    if order.postal_code and not _POSTAL.match(order.postal_code.strip()):
        problems.append(f"우편번호는 숫자 5자리여야 합니다: {order.postal_code!r}")
    if not order.address.strip():
        problems.append("주소가 없습니다")
    if not order.lines:
        problems.append("상품이 없습니다")
    for n, line in enumerate(order.lines, start=1):
        if line.quantity <= 0:
            problems.append(f"{n}번째 상품의 수량이 0보다 커야 합니다")
        if not line.product_name.strip() and not line.sku_code:
            problems.append(f"{n}번째 상품의 상품명이 없습니다")
    if order.payment_method is PaymentMethod.CARD and not 0 <= order.installment_months <= 36:
        problems.append("할부 개월 수는 0~36 사이여야 합니다")
    return problems


def goods_summary(lines: list[NewLine] | list[tuple[str, str, int]]) -> str:
    """'첫 상품 (옵션) 외 N건' — what a tab row and a label show of the goods."""
    items = [
        (ln.product_name, ln.option_text, ln.quantity) if isinstance(ln, NewLine) else ln
        for ln in lines
    ]
    if not items:
        return ""
    name, option, qty = items[0]
    head = f"{name} ({option})" if option else name
    if qty > 1:
        head += f" ×{qty}"
    return head if len(items) == 1 else f"{head} 외 {len(items) - 1}건"
