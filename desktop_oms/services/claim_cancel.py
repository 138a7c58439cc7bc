"""Cancel (취소) of a not-yet-shipped order, whole or per line, with its stock and money.

A full cancel goes through `move_orders(CANCEL)`; a partial one releases and refunds only
the claimed units (for an unpaid order it lowers the amount still to be paid instead of
recording a refund). Refused with a `ClaimRefused` in Korean and English, all or nothing.
"""

from __future__ import annotations

from datetime import datetime

from desktop_oms.domain.claims import (
    ClaimKind,
    ClaimRefused,
    LineState,
    capped_refund,
    check_order_status,
    refund_for,
)
from desktop_oms.domain.payment import PaymentState, refund_state
from desktop_oms.domain.status import Action, OrderStatus, TransitionRefused
from desktop_oms.services.changes import Changes
from desktop_oms.services.claim_records import (
    ClaimResult,
    LineQuantities,
    commit_order,
    describe_lines,
    load_order,
    new_claim,
    pick_lines,
    units,
)
from desktop_oms.services.order_events import add_event
from desktop_oms.services.orders import apply_action
from desktop_oms.services.stock_moves import release_units
from desktop_oms.storage.tables import Claim, Order
from desktop_oms.storage.uow import Database, UnitOfWork


def cancel_lines(
    db: Database,
    order_id: int,
    lines: LineQuantities,
    who: str,
    *,
    reason: str,
    now: datetime | None = None,
) -> ClaimResult:
    """Cancel some units of a not-yet-shipped order, or the whole order when all are asked."""
    now = now or datetime.now()
    if not reason.strip():
        raise ClaimRefused("취소 사유를 입력해야 합니다.", "A cancel needs a reason.")
    with db.unit_of_work() as uow:
        s = uow.session
        order = load_order(s, order_id)
        check_order_status(ClaimKind.CANCEL, order.order_no, OrderStatus(order.status))
        picked = pick_lines(s, order, lines)
        left = sum(ln.quantity - ln.cancelled_qty for ln in order.lines)
        if sum(qty for _, _, qty in picked) == left:
            return _cancel_whole(uow, order, who, reason, now)
        claim = new_claim(s, order, ClaimKind.CANCEL, picked, reason, 0, now)
        changes = Changes(order_ids={order.id}, statuses={OrderStatus(order.status)})
        for line, _, qty in picked:
            if release_units(s, order, line, qty, who, now, note="부분취소") and line.sku_id:
                changes.sku_ids.add(line.sku_id)
            line.cancelled_qty += qty
        amount = refund_for((state, qty) for _, state, qty in picked)
        money = _cancel_money(order, amount, claim)
        order.updated_at = now
        add_event(
            s,
            order,
            kind="CLAIM_CANCEL",
            who=who,
            now=now,
            reason=f"부분취소 #{claim.id}: {describe_lines(units(picked))} — {money} ({reason})"[
                :300
            ],
        )
        uow.touch("orders", "stock")
        commit_order(uow, order, now)
        return ClaimResult(claim.id, changes)


def _cancel_money(order: Order, amount: int, claim: Claim) -> str:
    if order.payment_state == PaymentState.UNPAID.value:
        order.total_amount = max(0, order.total_amount - amount)
        return f"결제 예정 금액 {amount:,}원 감소"
    refund = capped_refund(amount, 0, order.total_amount, order.refunded_amount)
    order.refunded_amount += refund
    order.payment_state = refund_state(order.total_amount, order.refunded_amount).value
    claim.refund_amount = refund
    return f"환불 {refund:,}원 기록"


def _cancel_whole(
    uow: UnitOfWork, order: Order, who: str, reason: str, now: datetime
) -> ClaimResult:
    """The whole order: the status table's cancel and the claim record, one transaction."""
    s = uow.session
    before = order.refunded_amount
    try:
        changes = apply_action(s, order, Action.CANCEL, who, reason=reason, now=now)
    except TransitionRefused as refused:
        raise ClaimRefused(refused.message_ko, refused.message_en) from None
    remaining = [(ln, ln.quantity - ln.cancelled_qty) for ln in order.lines]
    picked = [
        (ln, LineState(ln.line_no, ln.quantity, 0, 0, ln.unit_price), qty)
        for ln, qty in remaining
        if qty > 0
    ]
    claim = new_claim(
        s, order, ClaimKind.CANCEL, picked, reason, order.refunded_amount - before, now
    )
    for line, _ in remaining:
        line.cancelled_qty = line.quantity
    add_event(
        s,
        order,
        kind="CLAIM_CANCEL",
        who=who,
        now=now,
        reason=f"전체취소 #{claim.id}: {describe_lines(units(picked))} ({reason})"[:300],
    )
    uow.touch("orders", "stock")
    commit_order(uow, order, now)
    return ClaimResult(claim.id, changes)
