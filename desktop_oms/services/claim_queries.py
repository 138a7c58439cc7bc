"""Claims desk, read side: an order with its claimable lines, and the claims it has.

Plain row objects for the claims view and the CLI; nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop_oms.domain.claims import (
    ORDER_STATUSES_FOR,
    ClaimKind,
    ClaimStatus,
    Disposition,
    can_withdraw,
    next_statuses,
)
from desktop_oms.domain.payment import PaymentState
from desktop_oms.domain.status import OrderStatus
from desktop_oms.storage.tables import Claim, ClaimLine, Order, OrderLine, Sku
from desktop_oms.storage.uow import Database


def claimed_units(s: Session, order_id: int) -> dict[int, int]:
    """Units per order line already under a return or exchange claim (not withdrawn)."""
    rows = s.execute(
        select(ClaimLine.order_line_id, func.sum(ClaimLine.quantity))
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(
            Claim.order_id == order_id,
            Claim.kind.in_([ClaimKind.RETURN.value, ClaimKind.EXCHANGE.value]),
            Claim.status != ClaimStatus.WITHDRAWN.value,
        )
        .group_by(ClaimLine.order_line_id)
    )
    return {line_id: int(qty) for line_id, qty in rows}


@dataclass(frozen=True, slots=True)
class ClaimableLine:
    """One order line as the claims desk shows it."""

    line_no: int
    sku_code: str
    product_name: str
    option_text: str
    quantity: int
    cancelled_qty: int
    claimed_qty: int
    unit_price: int

    @property
    def claimable(self) -> int:
        return self.quantity - self.cancelled_qty - self.claimed_qty


@dataclass(frozen=True, slots=True)
class ClaimOrder:
    """An order as the claims desk shows it: status, money and claimable lines."""

    order_id: int
    order_no: str
    status: OrderStatus
    payment_state: PaymentState
    total_amount: int
    refunded_amount: int
    hold_reason: str
    lines: list[ClaimableLine]

    @property
    def allowed_kinds(self) -> list[ClaimKind]:
        return [k for k in ClaimKind if self.status in ORDER_STATUSES_FOR[k]]


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One claim of an order, with where it may go next."""

    claim_id: int
    kind: ClaimKind
    status: ClaimStatus
    reason: str
    refund_amount: int
    created_at: datetime
    replacement_order_no: str
    lines: str
    line_nos: tuple[int, ...] = ()
    replacement_status: OrderStatus | None = None

    @property
    def next_statuses(self) -> list[ClaimStatus]:
        return next_statuses(self.kind, self.status)

    @property
    def can_withdraw(self) -> bool:
        return can_withdraw(self.kind, self.status, self.replacement_status)


def claim_order(db: Database, order_no: str) -> ClaimOrder | None:
    """The order with this shop or channel order number, for the claims desk."""
    number = order_no.strip()
    with db.reading() as s:
        order = s.scalars(
            select(Order)
            .where(or_(Order.order_no == number, Order.channel_order_no == number))
            .order_by(Order.id)
        ).first()
        if order is None:
            return None
        claimed = claimed_units(s, order.id)
        sku_ids = [ln.sku_id for ln in order.lines if ln.sku_id is not None]
        codes = {
            sku_id: code
            for sku_id, code in s.execute(select(Sku.id, Sku.code).where(Sku.id.in_(sku_ids)))
        }
        return ClaimOrder(
            order_id=order.id,
            order_no=order.order_no,
            status=OrderStatus(order.status),
            payment_state=PaymentState(order.payment_state),
            total_amount=order.total_amount,
            refunded_amount=order.refunded_amount,
            hold_reason=order.hold_reason,
            lines=[
                ClaimableLine(
                    line_no=ln.line_no,
                    sku_code=codes.get(ln.sku_id or 0, ""),
                    product_name=ln.product_name,
                    option_text=ln.option_text,
                    quantity=ln.quantity,
                    cancelled_qty=ln.cancelled_qty,
                    claimed_qty=claimed.get(ln.id, 0),
                    unit_price=ln.unit_price,
                )
                for ln in order.lines
            ],
        )


def claim_line_nos(db: Database, claim_id: int) -> list[int]:
    """The order line numbers a claim is on, in order (empty when there is no such claim)."""
    with db.reading() as s:
        return list(
            s.scalars(
                select(OrderLine.line_no)
                .join(ClaimLine, ClaimLine.order_line_id == OrderLine.id)
                .where(ClaimLine.claim_id == claim_id)
                .order_by(OrderLine.line_no)
            )
        )


def claims_of_order(db: Database, order_id: int) -> list[ClaimRow]:
    """The claims of an order, oldest first."""
    with db.reading() as s:
        claims = list(s.scalars(select(Claim).where(Claim.order_id == order_id).order_by(Claim.id)))
        rows = []
        for claim in claims:
            parts = s.execute(
                select(
                    OrderLine.line_no,
                    OrderLine.product_name,
                    ClaimLine.quantity,
                    ClaimLine.disposition,
                )
                .join(OrderLine, OrderLine.id == ClaimLine.order_line_id)
                .where(ClaimLine.claim_id == claim.id)
                .order_by(OrderLine.line_no)
            ).all()
            text = ", ".join(
                f"{no}번 {name} ×{qty}" + (f" {Disposition(d).korean}" if d else "")
                for no, name, qty, d in parts
            )
            replacement = (
                s.get(Order, claim.replacement_order_id) if claim.replacement_order_id else None
            )
            rows.append(
                ClaimRow(
                    claim_id=claim.id,
                    kind=ClaimKind(claim.kind),
                    status=ClaimStatus(claim.status),
                    reason=claim.reason,
                    refund_amount=claim.refund_amount,
                    created_at=claim.created_at,
                    replacement_order_no=replacement.order_no if replacement else "",
                    lines=text,
                    line_nos=tuple(no for no, _, _, _ in parts),
                    replacement_status=OrderStatus(replacement.status) if replacement else None,
                )
            )
        return rows
