"""What every claim request shares: the order, the picked lines, the claim row, the commit.

Refusals are `ClaimRefused` (Korean and English); a commit that meets an order another PC
changed meanwhile is refused too, so a request is all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop_oms.domain.claims import (
    FIRST_STATUS,
    ClaimKind,
    ClaimRefused,
    LineState,
    check_quantity,
)
from desktop_oms.services.changes import Changes
from desktop_oms.services.claim_queries import claimed_units
from desktop_oms.storage.tables import Claim, ClaimLine, Order, OrderLine
from desktop_oms.storage.uow import UnitOfWork

#: Requested units per line number, e.g. {1: 2} = two of line 1.
LineQuantities = Mapping[int, int]

#: An order line picked for a claim: the line, its claim state and the units asked.
PickedLine = tuple[OrderLine, LineState, int]


@dataclass(frozen=True, slots=True)
class ClaimResult:
    """The claim a request made and what it changed."""

    claim_id: int
    changes: Changes
    replacement_order_no: str = ""


def commit_order(uow: UnitOfWork, order: Order, now: datetime) -> None:
    """Commit; an order another PC changed meanwhile (its version moved) is refused."""
    number = order.order_no
    order.updated_at = now
    try:
        uow.commit()
    except StaleDataError:
        raise ClaimRefused(
            f"주문 {number}은(는) 다른 PC에서 변경되었습니다 — 다시 불러오세요.",
            f"Order {number} was changed by someone else — reload.",
        ) from None


def load_order(s: Session, order_id: int) -> Order:
    """The order, or a refusal when it does not exist."""
    order = s.get(Order, order_id)
    if order is None:
        raise ClaimRefused("주문을 찾을 수 없습니다.", "No such order.")
    return order


def load_claim(s: Session, claim_id: int) -> tuple[Claim, Order]:
    """The claim and its order, or a refusal when the claim does not exist.

    The claim is read again after its order, so a step another PC took in between is seen
    here, or else the order's moved version refuses the commit.
    """
    claim = s.get(Claim, claim_id)
    if claim is None:
        raise ClaimRefused(f"클레임 #{claim_id}이(가) 없습니다.", f"No claim #{claim_id}.")
    order = load_order(s, claim.order_id)
    s.refresh(claim)
    return claim, order


def pick_lines(s: Session, order: Order, wanted: LineQuantities) -> list[PickedLine]:
    """The asked order lines with their state, each quantity checked against what is left."""
    if not wanted:
        raise ClaimRefused("클레임할 품목을 고르세요.", "Choose at least one line.")
    claimed = claimed_units(s, order.id)
    by_no = {line.line_no: line for line in order.lines}
    picked = []
    for line_no, quantity in sorted(wanted.items()):
        line = by_no.get(line_no)
        if line is None:
            raise ClaimRefused(
                f"주문 {order.order_no}에 {line_no}번 품목이 없습니다.",
                f"Order {order.order_no} has no line {line_no}.",
            )
        state = LineState(
            line.line_no,
            line.quantity,
            line.cancelled_qty,
            claimed.get(line.id, 0),
            line.unit_price,
        )
        check_quantity(state, quantity)
        picked.append((line, state, quantity))
    return picked


def describe_lines(lines: Iterable[tuple[OrderLine, int]]) -> str:
    """Lines and units as the order history says them: `1번 상품 ×2, …`."""
    return ", ".join(f"{ln.line_no}번 {ln.product_name} ×{qty}" for ln, qty in lines)


def units(picked: list[PickedLine]) -> list[tuple[OrderLine, int]]:
    """The picked lines as (line, units asked)."""
    return [(line, qty) for line, _, qty in picked]


def claim_lines_of(s: Session, claim: Claim) -> list[tuple[ClaimLine, OrderLine]]:
    """A claim's lines with their order lines, in line order."""
    rows = s.execute(
        select(ClaimLine, OrderLine)
        .join(OrderLine, OrderLine.id == ClaimLine.order_line_id)
        .where(ClaimLine.claim_id == claim.id)
        .order_by(OrderLine.line_no)
    ).all()
    return [(claim_line, line) for claim_line, line in rows]


def new_claim(
    s: Session,
    order: Order,
    kind: ClaimKind,
    picked: list[PickedLine],
    reason: str,
    refund: int,
    now: datetime,
) -> Claim:
    """A new claim row in its first status, with one claim line per picked line."""
    claim = Claim(
        order_id=order.id,
        kind=kind.value,
        status=FIRST_STATUS[kind].value,
        reason=reason[:300],
        refund_amount=refund,
        created_at=now,
    )
    s.add(claim)
    s.flush()
    for line, _, qty in picked:
        s.add(ClaimLine(claim_id=claim.id, order_line_id=line.id, quantity=qty))
    return claim
