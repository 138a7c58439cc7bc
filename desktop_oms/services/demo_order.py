"""One demo order's rows: the order, its lines, its history events and its shipment."""

from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta

from desktop_oms.domain.order import goods_summary
from desktop_oms.domain.payment import DEPOSIT_METHODS, PaymentMethod, PaymentState
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.demo_people import (
    ADDRESSES,
    DETAILS,
    MESSAGES,
    random_name,
    random_phone,
)

CARD_COMPANIES = [
    "신한카드",
    "삼성카드",
    "현대카드",
    "KB국민카드",
    "롯데카드",
    "하나카드",
    "BC카드",
]
BANKS = ["국민은행", "신한은행", "우리은행", "하나은행", "농협은행", "기업은행"]
CHANNELS = ["SMARTSTORE", "COUPANG", "CAFE24", "MANUAL"]

STATUS_WEIGHTS = {
    OrderStatus.AWAITING_PAYMENT: 4,
    OrderStatus.PAID: 8,
    OrderStatus.READY_TO_SHIP: 6,
    OrderStatus.SHIPPED: 10,
    OrderStatus.DELIVERED: 12,
    OrderStatus.CONFIRMED: 50,
    OrderStatus.CANCELLED: 10,
}
PATH = list(OrderStatus)[:6]


def one_order(  # type: ignore[no-untyped-def]
    rng: random.Random, oid, number, skus, now, line_id, ship_id, ship_key, waybill, who
):
    status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
    method = _method_for(rng, status)
    channel = rng.choice(CHANNELS)
    age_days = {
        OrderStatus.AWAITING_PAYMENT: rng.uniform(0, 3),
        OrderStatus.PAID: rng.uniform(0, 4),
        OrderStatus.READY_TO_SHIP: rng.uniform(0.5, 5),
        OrderStatus.SHIPPED: rng.uniform(1, 6),
        OrderStatus.DELIVERED: rng.uniform(3, 10),
        OrderStatus.CONFIRMED: rng.uniform(10, 400),
        OrderStatus.CANCELLED: rng.uniform(0, 200),
    }[status]
    ordered_at = (now - timedelta(days=age_days)).replace(microsecond=0)
    n_lines = rng.choices([1, 2, 3], weights=[70, 22, 8])[0]
    picked = rng.sample(skus, n_lines)
    lines = []
    for n, (sku_id, name, option, price) in enumerate(picked, start=1):
        lines.append(
            dict(
                id=line_id + n - 1,
                order_id=oid,
                line_no=n,
                channel_line_no=f"{oid}{n:02d}",
                sku_id=sku_id,
                product_name=name,
                option_text=option,
                quantity=rng.choices([1, 2, 3], weights=[80, 15, 5])[0],
                unit_price=price,
                reserved_qty=0,
                cancelled_qty=0,
            )
        )
    if status is OrderStatus.READY_TO_SHIP:
        for line in lines:
            line["reserved_qty"] = line["quantity"]
    fee = 0 if sum(ln["unit_price"] * ln["quantity"] for ln in lines) >= 50_000 else 3_000
    total = sum(ln["unit_price"] * ln["quantity"] for ln in lines) + fee
    postal, address = rng.choice(ADDRESSES)
    recipient = random_name(rng)
    deposit = method in DEPOSIT_METHODS
    cancelled_unpaid = status is OrderStatus.CANCELLED and deposit and rng.random() < 0.6
    paid = status is not OrderStatus.AWAITING_PAYMENT and not cancelled_unpaid
    paid_at = ordered_at + timedelta(hours=rng.uniform(1, 20)) if deposit else ordered_at
    events = [
        _event(oid, ordered_at, "CREATED", None, _start(method).value, f"{channel} 주문", who)
    ]
    t = paid_at if paid else ordered_at
    if status is OrderStatus.CANCELLED:
        source = (
            OrderStatus.AWAITING_PAYMENT
            if cancelled_unpaid
            else rng.choice([OrderStatus.PAID, OrderStatus.READY_TO_SHIP])
        )
        reason = (
            "입금기한 경과"
            if cancelled_unpaid
            else rng.choice(["고객 단순변심", "품절로 인한 취소", "주소 오류로 재주문"])
        )
        walk = PATH[PATH.index(_start(method)) : PATH.index(source) + 1]
        for a, b in itertools.pairwise(walk):
            t += timedelta(hours=rng.uniform(1, 30))
            events.append(_event(oid, t, "STATUS", a.value, b.value, "", who))
        t += timedelta(hours=rng.uniform(1, 30))
        events.append(_event(oid, t, "STATUS", source.value, status.value, reason, who))
    else:
        walk = PATH[PATH.index(_start(method)) : PATH.index(status) + 1]
        for a, b in itertools.pairwise(walk):
            t += timedelta(hours=rng.uniform(2, 40))
            why = "입금 확인" if a is OrderStatus.AWAITING_PAYMENT else ""
            events.append(_event(oid, t, "STATUS", a.value, b.value, why, who))
    t = min(t, now)
    shipped = status in (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.CONFIRMED)
    shipment = None
    if shipped:
        courier = rng.choice(["CJ", "CJ", "LOTTE", "HANJIN", "EPOST"])
        shipment = dict(
            id=ship_id,
            key=f"S{ship_key:08d}",
            courier_code=courier,
            waybill_no=_demo_waybill(courier, waybill),
            numbering="BAND",
            label_printed_at=ordered_at + timedelta(days=1),
            print_count=1,
            sent_to_channel_at=ordered_at + timedelta(days=1),
            shipped_at=ordered_at + timedelta(days=1),
        )
    refunded = total if status is OrderStatus.CANCELLED and paid else 0
    order = dict(
        id=oid,
        order_no=f"{ordered_at:%Y%m%d}-{number:06d}",
        channel=channel,
        channel_order_no=f"{channel[:2]}{oid:09d}",
        status=status.value,
        payment_state=(
            PaymentState.REFUNDED.value
            if refunded
            else PaymentState.PAID.value
            if paid
            else PaymentState.UNPAID.value
        ),
        payment_method=method.value,
        card_company=rng.choice(CARD_COMPANIES) if method is PaymentMethod.CARD else "",
        installment_months=rng.choice([0, 0, 0, 2, 3, 6]) if method is PaymentMethod.CARD else 0,
        approval_no=f"{rng.randint(10**7, 10**8 - 1)}" if method is PaymentMethod.CARD else "",
        va_bank=rng.choice(BANKS) if deposit else "",
        va_account=(
            f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
            if deposit
            else ""
        ),
        deposit_deadline=ordered_at + timedelta(days=3) if deposit else None,
        depositor_name=recipient if deposit else "",
        total_amount=total,
        shipping_fee=fee,
        refunded_amount=refunded,
        buyer_name=recipient if rng.random() < 0.7 else random_name(rng),
        buyer_phone=random_phone(rng),
        recipient_name=recipient,
        recipient_phone=random_phone(rng),
        recipient_phone2=random_phone(rng) if rng.random() < 0.2 else "",
        postal_code=postal,
        address=address,
        address_detail=rng.choice(DETAILS),
        message=rng.choice(MESSAGES),
        goods_summary=goods_summary(
            [(ln["product_name"], ln["option_text"], ln["quantity"]) for ln in lines]
        ),
        ordered_at=ordered_at,
        paid_at=paid_at if paid else None,
        ship_by=(ordered_at + timedelta(days=rng.choice([2, 3, 3, 5]))).date(),
        shipped_at=shipment["shipped_at"] if shipment else None,
        delivered_at=t if status in (OrderStatus.DELIVERED, OrderStatus.CONFIRMED) else None,
        confirmed_at=t if status is OrderStatus.CONFIRMED else None,
        cancelled_at=t if status is OrderStatus.CANCELLED else None,
        hold_reason="",
        hold_until=None,
        short_of_stock=False,
        needs_matching=False,
        no_combine=False,
        shipment_id=shipment["id"] if shipment else None,
        import_batch_id=None,
        personal_data_purged=False,
        version=1,
        updated_at=t,
    )
    return order, lines, events, shipment


def _start(method: PaymentMethod) -> OrderStatus:
    return OrderStatus.AWAITING_PAYMENT if method in DEPOSIT_METHODS else OrderStatus.PAID


def _method_for(rng: random.Random, status: OrderStatus) -> PaymentMethod:
    if status is OrderStatus.AWAITING_PAYMENT:
        return rng.choice([PaymentMethod.VIRTUAL_ACCOUNT, PaymentMethod.BANK_DEPOSIT])
    return rng.choices(list(PaymentMethod), weights=[40, 8, 6, 5, 6, 15, 10, 4, 6])[0]


def _event(
    oid: int, at: datetime, kind: str, src: str | None, dst: str | None, why: str, who: str
) -> dict[str, object]:
    return dict(
        order_id=oid,
        at=at.replace(microsecond=0),
        operator=who,
        kind=kind,
        from_status=src,
        to_status=dst,
        reason=why,
    )


def _demo_waybill(courier: str, serial: int) -> str:
    """Distinct per courier (own leading digit), valid for the courier's rule."""
    tail = str(serial)
    if courier == "LOTTE":
        body = "3" + tail[-10:]
        return body + str(int(body) % 7)
    if courier == "EPOST":
        return "6" + tail[-12:].rjust(12, "0")
    lead = {"CJ": "5", "HANJIN": "4"}.get(courier, "7")
    return lead + tail[-11:]
