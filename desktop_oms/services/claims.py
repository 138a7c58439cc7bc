"""Claims desk: return (반품) and exchange (교환) requests and each claim's later steps.

Every request is all or nothing (one unit of work), refused with a `ClaimRefused` in
Korean and English; every step is an event in the order's history. Cancels are in
claim_cancel.py; what the desk reads (an order's claimable lines, its claims) is in
claim_queries.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from desktop_oms.domain.claims import (
    ClaimKind,
    ClaimRefused,
    ClaimStatus,
    Disposition,
    capped_refund,
    check_order_status,
    check_step,
    refund_for,
)
from desktop_oms.domain.payment import refund_state
from desktop_oms.domain.status import OrderStatus
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.services import stock_moves
from desktop_oms.services.changes import Changes
from desktop_oms.services.claim_records import (
    ClaimResult,
    LineQuantities,
    claim_lines_of,
    commit_order,
    describe_lines,
    load_claim,
    load_order,
    new_claim,
    pick_lines,
    units,
)
from desktop_oms.services.claim_replacement import replacement_order
from desktop_oms.services.order_events import add_event
from desktop_oms.storage.tables import Claim, Order
from desktop_oms.storage.uow import Database


def request_return(
    db: Database,
    order_id: int,
    lines: LineQuantities,
    who: str,
    *,
    reason: str = "",
    now: datetime | None = None,
) -> ClaimResult:
    """Open a return (반품) of some shipped units; money goes back when it is refunded."""
    now = now or datetime.now()
    with db.unit_of_work() as uow:
        s = uow.session
        order = load_order(s, order_id)
        check_order_status(ClaimKind.RETURN, order.order_no, OrderStatus(order.status))
        picked = pick_lines(s, order, lines)
        amount = refund_for((state, qty) for _, state, qty in picked)
        claim = new_claim(s, order, ClaimKind.RETURN, picked, reason, amount, now)
        add_event(
            s,
            order,
            kind="CLAIM_RETURN",
            who=who,
            now=now,
            reason=f"반품 요청 #{claim.id}: {describe_lines(units(picked))}, 환불 예정 {amount:,}원"
            + (f" ({reason})" if reason else ""),
        )
        uow.touch("orders")
        commit_order(uow, order, now)
        return ClaimResult(claim.id, Changes(order_ids={order.id}))


def request_exchange(
    db: Database,
    order_id: int,
    lines: LineQuantities,
    new_skus: Mapping[int, str],
    who: str,
    *,
    reason: str = "",
    now: datetime | None = None,
) -> ClaimResult:
    """Open an exchange (교환): a return plus a free replacement order that reserves stock.

    The replacement (channel EXCHANGE, amount 0, 상품준비중) goes through the normal
    waybill flow; it is 배송준비중 at once when its stock could be reserved.
    """
    now = now or datetime.now()
    with db.unit_of_work() as uow:
        s = uow.session
        order = load_order(s, order_id)
        check_order_status(ClaimKind.EXCHANGE, order.order_no, OrderStatus(order.status))
        picked = pick_lines(s, order, lines)
        claim = new_claim(s, order, ClaimKind.EXCHANGE, picked, reason, 0, now)
        replacement = replacement_order(s, order, claim, units(picked), new_skus, who, now)
        claim.replacement_order_id = replacement.id
        add_event(
            s,
            order,
            kind="CLAIM_EXCHANGE",
            who=who,
            now=now,
            reason=f"교환 요청 #{claim.id}: {describe_lines(units(picked))} → 교환 주문 "
            f"{replacement.order_no}" + (f" ({reason})" if reason else ""),
        )
        uow.touch("orders", "stock")
        commit_order(uow, order, now)
        changes = Changes(
            order_ids={order.id, replacement.id}, statuses={OrderStatus(replacement.status)}
        )
        return ClaimResult(claim.id, changes, replacement.order_no)


def advance_claim(
    db: Database,
    claim_id: int,
    target: ClaimStatus,
    who: str,
    *,
    dispositions: Mapping[int, Disposition] | Disposition | None = None,
    deduction: int = 0,
    note: str = "",
    now: datetime | None = None,
) -> Changes:
    """Move a return or exchange one step: collected, received (per-line restock or
    write-off), refunded (payment state follows) or completed."""
    now = now or datetime.now()
    with db.unit_of_work() as uow:
        s = uow.session
        claim, order = load_claim(s, claim_id)
        kind = ClaimKind(claim.kind)
        check_step(kind, ClaimStatus(claim.status), target)
        changes = Changes(order_ids={order.id})
        detail = ""
        if target is ClaimStatus.RECEIVED:
            detail = _receive(s, claim, order, dispositions, note, who, now, changes)
        elif target is ClaimStatus.REFUNDED:
            refund = capped_refund(
                claim.refund_amount, deduction, order.total_amount, order.refunded_amount
            )
            order.refunded_amount += refund
            order.payment_state = refund_state(order.total_amount, order.refunded_amount).value
            claim.refund_amount = refund
            detail = f"환불 {refund:,}원 기록" + (f" (차감 {deduction:,}원)" if deduction else "")
        claim.status = target.value
        order.updated_at = now
        text = f"{kind.korean} #{claim.id} {target.korean}" + (f": {detail}" if detail else "")
        add_event(
            s,
            order,
            kind=f"CLAIM_{target.value}",
            who=who,
            now=now,
            reason=(text + (f" ({note})" if note else ""))[:300],
        )
        uow.touch("orders", "stock")
        commit_order(uow, order, now)
        return changes


def _receive(
    s: Session,
    claim: Claim,
    order: Order,
    dispositions: Mapping[int, Disposition] | Disposition | None,
    note: str,
    who: str,
    now: datetime,
    changes: Changes,
) -> str:
    """Put received goods back in stock (ledger RETURN) or write them off, line by line."""
    parts = []
    for claim_line, line in claim_lines_of(s, claim):
        choice = (
            dispositions.get(line.line_no) if isinstance(dispositions, Mapping) else dispositions
        )
        if choice is None:
            raise ClaimRefused(
                f"{line.line_no}번 품목을 재입고할지 폐기할지 고르세요.",
                f"Choose restock or write-off for line {line.line_no}.",
            )
        if line.sku_id is not None:
            delta = claim_line.quantity if choice is Disposition.RESTOCK else 0
            kind = LedgerKind.RETURN if choice is Disposition.RESTOCK else LedgerKind.ADJUSTMENT
            stock_moves.record_stock_change(
                s,
                sku_id=line.sku_id,
                kind=kind,
                on_hand_delta=delta,
                who=who,
                now=now,
                document=order.order_no,
                source="CLAIM",
                note=f"{ClaimKind(claim.kind).korean} #{claim.id} {choice.korean} "
                f"{claim_line.quantity}개" + (f": {note}" if note else ""),
            )
            changes.sku_ids.add(line.sku_id)
        claim_line.disposition = choice.value
        claim_line.note = note[:200]
        parts.append(f"{line.line_no}번 ×{claim_line.quantity} {choice.korean}")
    return ", ".join(parts)
