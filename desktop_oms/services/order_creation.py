"""Creating orders: validate, number and store new orders with their lines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_oms.domain.order import NewOrder, goods_summary, validate
from desktop_oms.domain.payment import starting_payment_state, starting_status
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.changes import Changes
from desktop_oms.services.order_events import add_event
from desktop_oms.services.sequences import order_numbers
from desktop_oms.storage.tables import Order, OrderLine, Sku
from desktop_oms.storage.uow import Database


class OrderInputError(ValueError):
    """A new order was refused; `problems` says why, in Korean."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def create_orders(
    db: Database, orders: Sequence[NewOrder], who: str, now: datetime | None = None
) -> tuple[list[str], Changes]:
    """Store new orders; each starts where its payment method says (SPEC §1.1)."""
    now = now or datetime.now()
    problems = [f"{i + 1}: {p}" for i, o in enumerate(orders) for p in validate(o)]
    if problems:
        raise OrderInputError(problems)
    changes = Changes()
    with db.unit_of_work() as uow:
        s = uow.session
        numbers = order_numbers(s, len(orders), now)
        sku_ids = _sku_ids(s, {ln.sku_code for o in orders for ln in o.lines if ln.sku_code})
        unknown = {
            ln.sku_code
            for o in orders
            for ln in o.lines
            if ln.sku_code and ln.sku_code not in sku_ids
        }
        if unknown:
            raise OrderInputError([f"없는 상품코드입니다: {', '.join(sorted(unknown))}"])
        for number, new in zip(numbers, orders, strict=True):
            order = _store(s, new, number, sku_ids, now)
            add_event(
                s,
                order,
                kind="CREATED",
                who=who,
                now=now,
                target=order.status,
                reason=f"{new.channel} {new.payment_method.korean}",
            )
            changes.order_ids.add(order.id)
            changes.statuses.add(OrderStatus(order.status))
        uow.touch("orders")
        uow.commit()
    return numbers, changes


def _sku_ids(session: Session, codes: set[str]) -> dict[str, int]:
    if not codes:
        return {}
    rows = session.execute(select(Sku.code, Sku.id).where(Sku.code.in_(codes)))
    return {code: sku_id for code, sku_id in rows}


def _store(
    session: Session, new: NewOrder, number: str, sku_ids: dict[str, int], now: datetime
) -> Order:
    status = starting_status(new.payment_method)
    order = Order(
        order_no=number,
        channel=new.channel,
        channel_order_no=new.channel_order_no or number,
        status=status.value,
        payment_state=starting_payment_state(new.payment_method).value,
        payment_method=new.payment_method.value,
        card_company=new.card_company,
        installment_months=new.installment_months,
        approval_no=new.approval_no,
        va_bank=new.va_bank,
        va_account=new.va_account,
        deposit_deadline=new.deposit_deadline,
        depositor_name=new.depositor_name,
        total_amount=new.amount,
        shipping_fee=new.shipping_fee,
        buyer_name=new.buyer_name,
        buyer_phone=new.buyer_phone,
        recipient_name=new.recipient_name.strip(),
        recipient_phone=new.recipient_phone,
        recipient_phone2=new.recipient_phone2,
        postal_code=new.postal_code.strip(),
        address=new.address.strip(),
        address_detail=new.address_detail.strip(),
        message=new.message,
        goods_summary=goods_summary(new.lines),
        ordered_at=new.ordered_at,
        paid_at=(new.paid_at or new.ordered_at) if status is OrderStatus.PAID else None,
        ship_by=new.ship_by,
        needs_matching=any(ln.sku_code is None for ln in new.lines),
        updated_at=now,
    )
    session.add(order)
    session.flush()
    for n, line in enumerate(new.lines, start=1):
        session.add(
            OrderLine(
                order_id=order.id,
                line_no=n,
                channel_line_no=line.channel_line_no,
                sku_id=sku_ids.get(line.sku_code or ""),
                product_name=line.product_name,
                option_text=line.option_text,
                quantity=line.quantity,
                unit_price=line.unit_price,
            )
        )
    session.flush()
    return order
