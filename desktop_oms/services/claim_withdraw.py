"""Withdraw (철회) a return or exchange the customer no longer wants, before its goods are back.

A return or exchange request changes nothing on the order but the claim itself, so
withdrawing it leaves the order as it was before: its units are claimable again and
구매확정 is no longer held back. An exchange's replacement order, not yet shipped, is
cancelled with it (its reserved stock released). The claim row stays, WITHDRAWN, and the
order's history says who withdrew it, when and why. All or nothing, refused with a
`ClaimRefused` in Korean and English.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desktop_oms.domain.claims import ClaimKind, ClaimRefused, ClaimStatus, check_withdrawal
from desktop_oms.domain.status import Action, OrderStatus, TransitionRefused
from desktop_oms.services.changes import Changes
from desktop_oms.services.claim_records import (
    claim_lines_of,
    commit_order,
    describe_lines,
    load_claim,
)
from desktop_oms.services.order_events import add_event
from desktop_oms.services.orders import apply_action
from desktop_oms.storage.tables import Claim, Order
from desktop_oms.storage.uow import Database


def withdraw_claim(
    db: Database,
    claim_id: int,
    who: str,
    *,
    reason: str,
    now: datetime | None = None,
) -> Changes:
    """Withdraw a return or exchange that is requested or collected, with a reason."""
    now = now or datetime.now()
    if not reason.strip():
        raise ClaimRefused("철회 사유를 입력해야 합니다.", "A withdrawal needs a reason.")
    with db.unit_of_work() as uow:
        s = uow.session
        claim, order = load_claim(s, claim_id)
        kind, source = ClaimKind(claim.kind), ClaimStatus(claim.status)
        replacement = _replacement(s, claim)
        check_withdrawal(kind, source, OrderStatus(replacement.status) if replacement else None)
        changes = Changes(order_ids={order.id})
        lines = describe_lines((line, cl.quantity) for cl, line in claim_lines_of(s, claim))
        text = f"{kind.korean} #{claim.id} 철회 ({source.korean} 상태에서): {lines}"
        if replacement is not None:
            text += " — " + _cancel_replacement(s, claim, replacement, who, reason, now, changes)
        claim.status = ClaimStatus.WITHDRAWN.value
        add_event(
            s,
            order,
            kind="CLAIM_WITHDRAWN",
            who=who,
            now=now,
            reason=f"{text} (사유: {reason.strip()})"[:300],
        )
        uow.touch("orders", "stock")
        commit_order(uow, order, now)
        return changes


def _replacement(s: Session, claim: Claim) -> Order | None:
    if claim.replacement_order_id is None:
        return None
    return s.get(Order, claim.replacement_order_id)


def _cancel_replacement(
    s: Session,
    claim: Claim,
    replacement: Order,
    who: str,
    reason: str,
    now: datetime,
    changes: Changes,
) -> str:
    """Cancel the exchange's replacement order through the status table (stock released)."""
    if replacement.status == OrderStatus.CANCELLED.value:
        return f"교환 주문 {replacement.order_no}은(는) 이미 취소됨"
    try:
        changes.merge(
            apply_action(
                s,
                replacement,
                Action.CANCEL,
                who,
                reason=f"교환 철회 (클레임 #{claim.id}): {reason.strip()}",
                now=now,
            )
        )
    except TransitionRefused as refused:
        raise ClaimRefused(refused.message_ko, refused.message_en) from None
    return f"교환 주문 {replacement.order_no} 취소"
