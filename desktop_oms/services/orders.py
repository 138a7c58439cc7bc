"""Moving orders along the status table: each action's steps, in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop_oms.domain.claims import FINAL_STATUSES
from desktop_oms.domain.payment import PaymentState
from desktop_oms.domain.status import (
    ACTIONS_NEEDING_REASON,
    Action,
    OrderStatus,
    TransitionRefused,
    transition_for,
)
from desktop_oms.services import stock_moves
from desktop_oms.services.changes import Changes, Refusal
from desktop_oms.services.order_events import add_event
from desktop_oms.services.order_refusals import refuse, refuse_action, stale
from desktop_oms.services.order_reservation import Short, check_reservable, mark_short, reserve
from desktop_oms.services.order_waybill import Shipping, attach_waybill
from desktop_oms.storage.tables import Claim, Order
from desktop_oms.storage.uow import Database

# move_orders looks `add_event` up in this module, so that a test can replace it here.

CHUNK = 500


def move_orders(
    db: Database,
    order_ids: Sequence[int],
    action: Action,
    who: str,
    *,
    reason: str = "",
    shipping: Shipping | None = None,
    seen_versions: dict[int, int] | None = None,
    together: bool = False,
    note: tuple[str, str] | None = None,
    now: datetime | None = None,
) -> Changes:
    """Apply `action` to each order the table allows it for; refuse the rest, naming the rule.

    Each order changes completely or not at all (a savepoint each); an order that another
    PC changed since `seen_versions` were read is refused with "changed by someone else".
    `together` (the orders of one parcel): one refusal and none of them changes.
    `note` (kind, text): one more history event for each moved order, in the same
    transaction (the packing station's scan check).
    """
    now = now or datetime.now()
    changes = Changes()
    if action in ACTIONS_NEEDING_REASON and not reason.strip():
        changes.refused.append(
            Refusal("", "사유를 입력해야 합니다.", "A reason is required for this action.")
        )
        return changes
    with db.unit_of_work() as uow:
        s = uow.session
        for start in range(0, len(order_ids), CHUNK):
            chunk = list(order_ids[start : start + CHUNK])
            orders = s.scalars(
                select(Order)
                .where(Order.id.in_(chunk))
                .order_by(Order.id)
                .options(selectinload(Order.lines))
            )
            claimed = _with_open_claims(s, chunk) if action is Action.CONFIRM_PURCHASE else set()
            for order in orders.all():
                seen = (seen_versions or {}).get(order.id)
                try:
                    _move_one(
                        s,
                        order,
                        action,
                        who,
                        reason,
                        shipping,
                        seen,
                        now,
                        changes,
                        open_claim=order.id in claimed,
                    )
                    if note is not None:
                        add_event(s, order, kind=note[0], who=who, now=now, reason=note[1])
                except TransitionRefused as refused:
                    changes.refused.append(
                        Refusal(refused.order_no, refused.message_ko, refused.message_en)
                    )
            s.flush()
            s.expunge_all()  # keeps each savepoint's bookkeeping to one chunk
        if together and changes.refused:
            return Changes(refused=changes.refused)  # leaving the block rolls back
        uow.touch("orders", "stock")
        uow.commit()
    return changes


def apply_action(
    s: Session, order: Order, action: Action, who: str, *, reason: str = "", now: datetime
) -> Changes:
    """`action` on one order inside the caller's unit of work (a claim that cancels the
    whole order records its claim in the same transaction). TransitionRefused if refused."""
    if action in ACTIONS_NEEDING_REASON and not reason.strip():
        raise refuse(order, "사유를 입력해야 합니다.", "a reason is required.")
    changes = Changes()
    _move_one(s, order, action, who, reason, None, None, now, changes)
    return changes


def _move_one(
    s: Session,
    order: Order,
    action: Action,
    who: str,
    reason: str,
    shipping: Shipping | None,
    seen_version: int | None,
    now: datetime,
    changes: Changes,
    *,
    open_claim: bool | None = None,
) -> None:
    """One order through one transition, in a savepoint. `open_claim`: whether a return or
    exchange is under way, when the caller already knows (else it is looked up)."""
    source = OrderStatus(order.status)
    transition = transition_for(action, source)
    if transition is None:
        raise refuse_action(order, action, source)
    if seen_version is not None and seen_version != order.version:
        raise stale(order.order_no)
    if open_claim is None and action is Action.CONFIRM_PURCHASE:
        open_claim = bool(_with_open_claims(s, [order.id]))
    if action is Action.CONFIRM_PURCHASE and open_claim:
        raise refuse(
            order,
            "진행 중인 반품·교환이 있어 구매확정할 수 없습니다.",
            "a return or exchange is still open, so the purchase cannot be confirmed.",
        )
    if order.hold_reason and action in (Action.RESERVE_STOCK, Action.MARK_SHIPPED):
        raise refuse(
            order,
            f"보류 중인 주문입니다 ({order.hold_reason}).",
            f"the order is on hold ({order.hold_reason}).",
        )
    if action is Action.RESERVE_STOCK:
        check_reservable(s, order, who, now)
    touched: set[int] = set()
    savepoint = s.begin_nested()
    try:
        if action is Action.RESERVE_STOCK:
            touched = reserve(s, order, who, now)
        elif action is Action.CANCEL:
            touched = stock_moves.release_order(s, order, who, now, note=reason)
            _record_refund(s, order, who, now)
            order.cancelled_at = now
        elif action is Action.CONFIRM_DEPOSIT:
            order.payment_state = PaymentState.PAID.value
            order.paid_at = now
        elif action is Action.MARK_SHIPPED:
            attach_waybill(s, order, shipping, now)
            touched = stock_moves.ship_order(s, order, who, now)
            order.shipped_at = now
        elif action is Action.MARK_DELIVERED:
            order.delivered_at = now
        elif action is Action.CONFIRM_PURCHASE:
            order.confirmed_at = now
        order.status = transition.target.value
        order.short_of_stock = False if action is Action.RESERVE_STOCK else order.short_of_stock
        order.updated_at = now
        add_event(
            s,
            order,
            kind="STATUS",
            who=who,
            now=now,
            source=source.value,
            target=transition.target.value,
            reason=reason,
        )
        s.flush()
    except StaleDataError:
        savepoint.rollback()
        raise stale(order.order_no) from None
    except Short as short:
        savepoint.rollback()
        mark_short(s, order, who, now, short.detail)
        raise refuse(
            order, f"재고가 부족합니다 ({short.detail}).", f"not enough stock ({short.detail})."
        ) from None
    except TransitionRefused:
        savepoint.rollback()
        raise
    savepoint.commit()
    changes.order_ids.add(order.id)
    changes.statuses |= {source, transition.target}
    changes.sku_ids |= touched


def _with_open_claims(s: Session, order_ids: Sequence[int]) -> set[int]:
    """The orders among `order_ids` with a return or exchange under way: 구매확정 closes
    the claims, so it waits for them (one query for a whole chunk of orders)."""
    open_claims = select(Claim.order_id).where(
        Claim.order_id.in_(order_ids), Claim.status.not_in([c.value for c in FINAL_STATUSES])
    )
    return set(s.scalars(open_claims))


def _record_refund(s: Session, order: Order, who: str, now: datetime) -> None:
    if order.payment_state not in (PaymentState.PAID.value, PaymentState.PARTLY_REFUNDED.value):
        return
    amount = order.total_amount - order.refunded_amount
    order.refunded_amount = order.total_amount
    order.payment_state = PaymentState.REFUNDED.value
    add_event(s, order, kind="REFUND", who=who, now=now, reason=f"환불 {amount:,}원 기록")
