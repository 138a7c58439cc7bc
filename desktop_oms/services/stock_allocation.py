"""Give newly arrived stock to the waiting paid orders, oldest payment first — set-based.

Used by receiving (입고처리): one transaction loads the waiting orders that need the
received SKUs, decides in memory which orders can be covered completely (all their lines),
and writes the reservations with a few bulk statements. SKU rows are locked first
(FOR UPDATE on PostgreSQL; SQLite transactions are already IMMEDIATE), and each SKU's
reserved figure is raised by a conditional UPDATE, so nothing can be reserved twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, Table, and_, bindparam, insert, select, update
from sqlalchemy.orm import Session

from desktop_oms.domain.status import OrderStatus
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.storage.tables import Order, OrderEvent, OrderLine, Sku, StockLedger

CHUNK = 500

#: What a line still needs before it is fully reserved.
LINE_NEED = OrderLine.quantity - OrderLine.cancelled_qty - OrderLine.reserved_qty


def waiting_order_filter() -> ColumnElement[bool]:
    """Paid orders not on hold: the ones that wait for stock."""
    return and_(Order.status == OrderStatus.PAID.value, Order.hold_reason == "")


class AllocationConflict(RuntimeError):
    """Another PC changed the same orders or SKUs meanwhile; the whole receipt is undone."""


@dataclass(slots=True)
class Allocation:
    """What one allocation run did."""

    covered_order_ids: list[int] = field(default_factory=list)
    moved_order_ids: list[int] = field(default_factory=list)
    sku_ids: set[int] = field(default_factory=set)


@dataclass(slots=True)
class _WaitingOrder:
    id: int
    order_no: str
    version: int
    lines: list[tuple[int, int, int]] = field(default_factory=list)  # line id, sku id, need


def _waiting_orders(session: Session, sku_ids: list[int]) -> list[_WaitingOrder]:
    wanted = (
        select(OrderLine.order_id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(waiting_order_filter(), OrderLine.sku_id.in_(sku_ids), LINE_NEED > 0)
        .distinct()
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Order.id,
            Order.order_no,
            Order.version,
            OrderLine.id,
            OrderLine.sku_id,
            LINE_NEED,
        )
        .join(OrderLine, OrderLine.order_id == Order.id)
        .where(Order.id.in_(wanted))
        .order_by(Order.paid_at, Order.id, OrderLine.line_no)
    )
    orders: dict[int, _WaitingOrder] = {}
    for order_id, order_no, version, line_id, sku_id, need in rows:
        order = orders.get(order_id)
        if order is None:
            order = orders[order_id] = _WaitingOrder(order_id, order_no, version)
        order.lines.append((line_id, sku_id if sku_id is not None else -1, int(need)))
    return list(orders.values())


def _lock_available(session: Session, sku_ids: set[int]) -> dict[int, int]:
    available: dict[int, int] = {}
    ids = sorted(sku_ids)
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(Sku.id, Sku.on_hand - Sku.reserved)
            .where(Sku.id.in_(ids[start : start + CHUNK]))
            .order_by(Sku.id)
            .with_for_update()
        )
        available.update((sku_id, int(free)) for sku_id, free in rows)
    return available


def allocate_to_waiting(
    session: Session,
    sku_ids: Iterable[int],
    *,
    who: str,
    now: datetime,
    document: str,
    move_ready: bool,
) -> Allocation:
    """Reserve stock of `sku_ids` for waiting orders, oldest payment first.

    An order is served only when all of its lines can be covered; an order that cannot is
    skipped (it stays 재고부족) and later orders may still be served. Covered orders lose
    the 재고부족 flag; with `move_ready` they move on to 배송준비중 at once.
    """
    result = Allocation()
    wanted = sorted(set(sku_ids))
    if not wanted:
        return result
    orders = _waiting_orders(session, wanted)
    if not orders:
        return result
    available = _lock_available(session, {s for o in orders for _, s, _ in o.lines if s > 0})
    line_adds: list[dict[str, int]] = []
    sku_adds: dict[int, int] = defaultdict(int)
    ledger: list[dict[str, object]] = []
    covered: list[_WaitingOrder] = []
    for order in orders:
        needs: dict[int, int] = defaultdict(int)
        for _, sku_id, need in order.lines:
            if need > 0:
                needs[sku_id] += need
        if any(sku_id <= 0 or available.get(sku_id, 0) < n for sku_id, n in needs.items()):
            continue
        for sku_id, n in needs.items():
            available[sku_id] -= n
            sku_adds[sku_id] += n
        for line_id, sku_id, need in order.lines:
            if need <= 0:
                continue
            line_adds.append({"line_id": line_id, "add": need})
            ledger.append(
                {
                    "sku_id": sku_id,
                    "at": now,
                    "kind": LedgerKind.RESERVE.value,
                    "on_hand_delta": 0,
                    "reserved_delta": need,
                    "order_id": order.id,
                    "purchase_order_id": None,
                    "document": order.order_no,
                    "source": "",
                    "operator": who,
                    "note": f"입고 {document} 할당" if document else "대기주문 할당",
                }
            )
        covered.append(order)
    if not covered:
        return result
    _write(session, sku_adds, line_adds, ledger, covered, who, now, document, move_ready)
    result.covered_order_ids = [o.id for o in covered]
    result.moved_order_ids = result.covered_order_ids if move_ready else []
    result.sku_ids = set(sku_adds)
    return result


def _write(
    session: Session,
    sku_adds: dict[int, int],
    line_adds: list[dict[str, int]],
    ledger: list[dict[str, object]],
    covered: list[_WaitingOrder],
    who: str,
    now: datetime,
    document: str,
    move_ready: bool,
) -> None:
    conn = session.connection()
    skus, lines, orders = _table(Sku), _table(OrderLine), _table(Order)
    for sku_id, qty in sorted(sku_adds.items()):
        done = conn.execute(
            update(skus)
            .where(skus.c.id == sku_id, skus.c.on_hand - skus.c.reserved >= qty)
            .values(reserved=skus.c.reserved + qty)
        )
        if done.rowcount != 1:
            raise AllocationConflict(f"SKU {sku_id}")
    conn.execute(
        update(lines)
        .where(lines.c.id == bindparam("line_id"))
        .values(reserved_qty=lines.c.reserved_qty + bindparam("add")),
        line_adds,
    )
    conn.execute(insert(_table(StockLedger)), ledger)
    values: dict[str, object] = {
        "short_of_stock": False,
        "updated_at": now,
        "version": orders.c.version + 1,
    }
    if move_ready:
        values["status"] = OrderStatus.READY_TO_SHIP.value
    done = conn.execute(
        update(orders)
        .where(
            orders.c.id == bindparam("oid"),
            orders.c.version == bindparam("seen"),
            orders.c.status == OrderStatus.PAID.value,
        )
        .values(**values),
        [{"oid": o.id, "seen": o.version} for o in covered],
    )
    if done.rowcount != len(covered):
        raise AllocationConflict("orders")
    reason = f"입고 {document}: 재고 할당" if document else "대기주문 재고 할당"
    events: list[dict[str, object]] = [
        {
            "order_id": o.id,
            "at": now,
            "operator": who,
            "kind": "STATUS" if move_ready else "STOCK_RESERVED",
            "from_status": OrderStatus.PAID.value if move_ready else None,
            "to_status": OrderStatus.READY_TO_SHIP.value if move_ready else None,
            "reason": reason,
        }
        for o in covered
    ]
    conn.execute(insert(_table(OrderEvent)), events)


def _table(entity: type[object]) -> Table:
    table = entity.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table
