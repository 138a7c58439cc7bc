"""Reserving stock for an order (재고할당): the quick checks, and the 재고부족 flag when short."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desktop_oms.services import stock_moves
from desktop_oms.services.order_events import add_event
from desktop_oms.services.order_refusals import refuse
from desktop_oms.storage.tables import Order, OrderLine


def check_reservable(s: Session, order: Order, who: str, now: datetime) -> None:
    """Refuse before touching anything: unmatched lines, or stock that is plainly short.

    This is only the quick answer; the conditional UPDATE in `reserve_order` stays the
    guard when another PC reserves the same SKU in between."""
    lines = stock_moves.order_lines(s, order)
    if any(line.sku_id is None for line in lines):
        raise refuse(
            order,
            "상품 매칭이 필요한 품목이 있어 재고를 할당할 수 없습니다.",
            "some lines are not matched to a SKU yet, so stock cannot be reserved.",
        )
    short = shortage_text(s, lines)
    if short:
        mark_short(s, order, who, now, short)
        raise refuse(order, f"재고가 부족합니다 ({short}).", f"not enough stock ({short}).")


def reserve(s: Session, order: Order, who: str, now: datetime) -> set[int]:
    touched = stock_moves.reserve_order(s, order, who, now)
    if touched is not None:
        return touched
    raise Short(shortage_text(s, stock_moves.order_lines(s, order)))


def shortage_text(s: Session, lines: list[OrderLine]) -> str:
    """'CODE need/available' for every SKU the lines need more of than is available."""
    need: dict[int, int] = {}
    for line in lines:
        if line.sku_id is not None:
            want = line.quantity - line.cancelled_qty - line.reserved_qty
            need[line.sku_id] = need.get(line.sku_id, 0) + max(want, 0)
    figures = stock_moves.available_for(s, set(need))
    return ", ".join(
        f"{figures[sku][0]} {qty}/{figures[sku][1]}"
        for sku, qty in need.items()
        if sku in figures and qty > figures[sku][1]
    )


class Short(Exception):
    """Reservation failed; the move is undone and the order flagged 재고부족."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def mark_short(s: Session, order: Order, who: str, now: datetime, detail: str) -> None:
    """재고부족 is a flag kept in 상품준비중, written even though the move was refused."""
    if order.short_of_stock:
        return
    order.short_of_stock = True
    order.updated_at = now
    add_event(s, order, kind="STOCK_SHORT", who=who, now=now, reason=f"재고부족: {detail}")
    s.flush()
