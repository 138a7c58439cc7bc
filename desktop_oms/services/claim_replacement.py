"""The free replacement order an exchange (교환) creates, reserving its stock at once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_oms.domain.claims import ClaimRefused
from desktop_oms.domain.order import goods_summary
from desktop_oms.domain.payment import PaymentState
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services import stock_moves
from desktop_oms.services.order_events import add_event
from desktop_oms.services.sequences import order_numbers
from desktop_oms.storage.tables import Claim, Order, OrderLine, Sku


def replacement_order(
    s: Session,
    order: Order,
    claim: Claim,
    lines: Sequence[tuple[OrderLine, int]],
    new_skus: Mapping[int, str],
    who: str,
    now: datetime,
) -> Order:
    """A new PAID order at amount 0 with the claimed lines (or other SKUs), stock reserved."""
    skus: list[tuple[OrderLine, Sku, int]] = []
    for line, qty in lines:
        code = new_skus.get(line.line_no)
        sku = (
            s.scalars(select(Sku).where(Sku.code == code)).first()
            if code
            else s.get(Sku, line.sku_id or 0)
        )
        if sku is None:
            raise ClaimRefused(
                f"교환할 상품코드가 없습니다: {code or line.product_name}",
                f"No SKU to exchange to: {code or line.product_name}",
            )
        skus.append((line, sku, qty))
    (number,) = order_numbers(s, 1, now)
    items = [(ln.product_name, sku.option_text, qty) for ln, sku, qty in skus]
    copy = Order(
        order_no=number,
        channel="EXCHANGE",
        channel_order_no=f"{order.order_no}-X{claim.id}",
        status=OrderStatus.PAID.value,
        payment_state=PaymentState.PAID.value,
        payment_method=order.payment_method,
        total_amount=0,
        buyer_name=order.buyer_name,
        buyer_phone=order.buyer_phone,
        recipient_name=order.recipient_name,
        recipient_phone=order.recipient_phone,
        recipient_phone2=order.recipient_phone2,
        postal_code=order.postal_code,
        address=order.address,
        address_detail=order.address_detail,
        message=order.message,
        goods_summary=goods_summary(items),
        ordered_at=now,
        paid_at=now,
        updated_at=now,
    )
    s.add(copy)
    s.flush()
    for n, (line, sku, qty) in enumerate(skus, start=1):
        s.add(
            OrderLine(
                order_id=copy.id,
                line_no=n,
                sku_id=sku.id,
                product_name=line.product_name,
                option_text=sku.option_text,
                quantity=qty,
                unit_price=0,
            )
        )
    s.flush()
    add_event(
        s,
        copy,
        kind="CREATED",
        who=who,
        now=now,
        target=OrderStatus.PAID.value,
        reason=f"교환 주문 (원주문 {order.order_no}, 클레임 #{claim.id})",
    )
    if stock_moves.reserve_order(s, copy, who, now) is None:
        copy.short_of_stock = True
        add_event(s, copy, kind="STOCK_SHORT", who=who, now=now, reason="재고부족: 교환 상품")
    else:
        copy.status = OrderStatus.READY_TO_SHIP.value
        add_event(
            s,
            copy,
            kind="STATUS",
            who=who,
            now=now,
            source=OrderStatus.PAID.value,
            target=OrderStatus.READY_TO_SHIP.value,
            reason="교환 상품 재고 할당",
        )
    return copy
