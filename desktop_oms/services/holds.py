"""Holds (보류) and dispatch delays (발송지연) on orders that have not shipped yet.

A hold is a flag beside the status, not a status: the order keeps its place, but it
cannot be reserved, exported, printed or packed until the hold is released. Holding a
배송준비중 order keeps its reservation (the goods stay set aside for this customer, so
releasing the hold never finds them sold to someone else); the history says so. A hold
with an until-date ends by itself on the day after that date (`release_expired_holds`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.changes import Changes, Refusal
from desktop_oms.services.order_events import add_event
from desktop_oms.storage.tables import Order
from desktop_oms.storage.uow import Database, UnitOfWork

#: Statuses in which an order has not left the shop yet.
NOT_SHIPPED = frozenset({OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, OrderStatus.READY_TO_SHIP})


def _not_shipped_refusal(order: Order, what_ko: str, what_en: str) -> Refusal:
    status = OrderStatus(order.status)
    return Refusal(
        order.order_no,
        f"주문 {order.order_no}은(는) {status.korean} 상태라 {what_ko}할 수 없습니다 "
        "(발송 전 주문만 가능).",
        f"Order {order.order_no} is {status.value}; only orders not yet shipped can be {what_en}.",
    )


def _commit(uow: UnitOfWork, changes: Changes) -> Changes:
    """Commit; if another PC changed one of the orders meanwhile, nothing is written."""
    try:
        uow.commit()
    except StaleDataError:
        return Changes(
            refused=[
                Refusal(
                    "",
                    "다른 PC에서 주문이 변경되었습니다 — 다시 불러오세요.",
                    "An order was changed by someone else — reload.",
                )
            ]
        )
    return changes


def _refusal_of_input(
    reason: str, day: date | None, now: datetime, past: Refusal
) -> Refusal | None:
    """Why a reason and a date (hold end or new ship-by) cannot be used, or None if they can."""
    if not reason:
        return Refusal("", "사유를 입력해야 합니다.", "A reason is required.")
    if day is not None and day < now.date():
        return past
    return None


def _change_unshipped(
    db: Database,
    order_ids: Sequence[int],
    what_ko: str,
    what_en: str,
    change: Callable[[UnitOfWork, Order, OrderStatus], None],
    refusal: Refusal | None,
) -> Changes:
    """Apply `change` to each not-yet-shipped order in one unit of work; refuse the others.

    Nothing is changed when the user's input was refused (`refusal`).
    """
    if refusal is not None:
        return Changes(refused=[refusal])
    changes = Changes()
    with db.unit_of_work() as uow:
        for order in uow.session.scalars(select(Order).where(Order.id.in_(order_ids))):
            status = OrderStatus(order.status)
            if status not in NOT_SHIPPED:
                changes.refused.append(_not_shipped_refusal(order, what_ko, what_en))
                continue
            change(uow, order, status)
            changes.order_ids.add(order.id)
            changes.statuses.add(status)
        uow.touch("orders")
        return _commit(uow, changes)


def hold_orders(
    db: Database,
    order_ids: Sequence[int],
    reason: str,
    who: str,
    *,
    until: date | None = None,
    now: datetime | None = None,
) -> Changes:
    """Put not-yet-shipped orders on hold with a reason and an optional until-date."""
    at, reason = now or datetime.now(), reason.strip()

    def hold(uow: UnitOfWork, order: Order, status: OrderStatus) -> None:
        text = reason + (f" (~{until:%Y-%m-%d})" if until else "")
        if order.hold_reason:
            text += f" — 이전 보류: {order.hold_reason}"
        if status is OrderStatus.READY_TO_SHIP:
            text += " — 재고 할당은 유지됩니다"
        order.hold_reason = reason[:200]
        order.hold_until = until
        order.updated_at = at
        add_event(uow.session, order, kind="HOLD", who=who, now=at, reason=text[:300])

    past = Refusal("", "보류 기한이 이미 지난 날짜입니다.", "The hold end date is in the past.")
    refusal = _refusal_of_input(reason, until, at, past)
    return _change_unshipped(db, order_ids, "보류", "held", hold, refusal)


def release_holds(
    db: Database,
    order_ids: Sequence[int],
    who: str,
    *,
    reason: str = "",
    now: datetime | None = None,
) -> Changes:
    """Take orders off hold; orders that are not on hold are left alone."""
    now = now or datetime.now()
    changes = Changes()
    with db.unit_of_work() as uow:
        for order in uow.session.scalars(select(Order).where(Order.id.in_(order_ids))):
            if not order.hold_reason:
                continue
            text = f"보류 해제 ({order.hold_reason})" + (f": {reason}" if reason else "")
            order.hold_reason = ""
            order.hold_until = None
            order.updated_at = now
            add_event(uow.session, order, kind="RELEASE_HOLD", who=who, now=now, reason=text)
            changes.order_ids.add(order.id)
            changes.statuses.add(OrderStatus(order.status))
        uow.touch("orders")
        return _commit(uow, changes)


def release_expired_holds(db: Database, today: date, who: str = "자동") -> Changes:
    """Release every hold whose until-date is before `today` (run at start-up and daily)."""
    with db.reading() as s:
        ids = list(
            s.scalars(
                select(Order.id).where(
                    Order.hold_reason != "", Order.hold_until.is_not(None), Order.hold_until < today
                )
            )
        )
    if not ids:
        return Changes()
    return release_holds(db, ids, who, reason="보류 기한이 지나 자동 해제")


def record_dispatch_delay(
    db: Database,
    order_ids: Sequence[int],
    new_ship_by: date,
    reason: str,
    who: str,
    *,
    now: datetime | None = None,
) -> Changes:
    """Record a dispatch delay (발송지연): a new ship-by date and the reason, in the history."""
    at, reason = now or datetime.now(), reason.strip()

    def delay(uow: UnitOfWork, order: Order, _status: OrderStatus) -> None:
        old = f"{order.ship_by:%Y-%m-%d}" if order.ship_by else "없음"
        order.ship_by = new_ship_by
        order.updated_at = at
        add_event(
            uow.session,
            order,
            kind="DISPATCH_DELAY",
            who=who,
            now=at,
            reason=f"발송기한 {old} → {new_ship_by:%Y-%m-%d}: {reason}"[:300],
        )

    past = Refusal("", "새 발송기한이 이미 지난 날짜입니다.", "The new ship-by date is past.")
    refusal = _refusal_of_input(reason, new_ship_by, at, past)
    return _change_unshipped(db, order_ids, "발송지연 처리", "delayed", delay, refusal)


@dataclass(frozen=True, slots=True)
class OverdueRow:
    """A paid order that has not shipped by its ship-by date."""

    order_id: int
    order_no: str
    status: OrderStatus
    ship_by: date
    days_overdue: int
    recipient_name: str
    goods: str
    hold_reason: str


def overdue_orders(db: Database, today: date) -> list[OverdueRow]:
    """Paid orders past their ship-by date and not shipped, most overdue first."""
    with db.reading() as s:
        rows = s.execute(
            select(
                Order.id,
                Order.order_no,
                Order.status,
                Order.ship_by,
                Order.recipient_name,
                Order.goods_summary,
                Order.hold_reason,
            )
            .where(
                Order.status.in_([OrderStatus.PAID.value, OrderStatus.READY_TO_SHIP.value]),
                Order.ship_by.is_not(None),
                Order.ship_by < today,
            )
            .order_by(Order.ship_by, Order.id)
        ).all()
    return [
        OverdueRow(
            order_id=r.id,
            order_no=r.order_no,
            status=OrderStatus(r.status),
            ship_by=r.ship_by,
            days_overdue=(today - r.ship_by).days,
            recipient_name=r.recipient_name,
            goods=r.goods_summary,
            hold_reason=r.hold_reason,
        )
        for r in rows
    ]
