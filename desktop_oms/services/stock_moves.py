"""Stock changes made on behalf of orders: reserve, release, ship — each with a ledger row.

Reservation is one conditional UPDATE per SKU (`... WHERE on_hand - reserved >= qty`),
never read-then-write, so several processes on one database can never oversell.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desktop_oms.domain.stock import LedgerKind
from desktop_oms.storage.tables import Order, OrderLine, Sku, StockLedger


def _ledger(
    session: Session,
    *,
    sku_id: int,
    kind: LedgerKind,
    now: datetime,
    who: str,
    on_hand: int = 0,
    reserved: int = 0,
    order: Order | None = None,
    document: str = "",
    source: str = "",
    note: str = "",
    purchase_order_id: int | None = None,
) -> None:
    session.execute(
        insert(StockLedger).values(
            sku_id=sku_id,
            at=now,
            kind=kind.value,
            on_hand_delta=on_hand,
            reserved_delta=reserved,
            order_id=order.id if order else None,
            purchase_order_id=purchase_order_id,
            document=document or (order.order_no if order else ""),
            source=source,
            operator=who,
            note=note,
        )
    )


def try_reserve_sku(session: Session, sku_id: int, quantity: int) -> bool:
    """Reserve `quantity` of one SKU if available — one atomic conditional update."""
    if quantity <= 0:
        return True
    result = session.execute(
        update(Sku)
        .where(Sku.id == sku_id, Sku.on_hand - Sku.reserved >= quantity)
        .values(reserved=Sku.reserved + quantity)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]


def order_lines(session: Session, order: Order) -> list[OrderLine]:
    """The order's lines in line order (loaded with the order when the caller asked)."""
    return list(order.lines)


def available_for(session: Session, sku_ids: set[int]) -> dict[int, tuple[str, int]]:
    """Code and available quantity (on hand − reserved) of each SKU, read now."""
    rows = session.execute(
        select(Sku.id, Sku.code, Sku.on_hand - Sku.reserved).where(Sku.id.in_(sku_ids))
    )
    return {sku_id: (code, available) for sku_id, code, available in rows}


def reserve_order(session: Session, order: Order, who: str, now: datetime) -> set[int] | None:
    """Reserve every line of `order` or nothing; the SKU ids touched, or None when short.

    Runs in a savepoint: if one SKU is short the lines reserved before it are undone.
    """
    touched: set[int] = set()
    lines = order_lines(session, order)
    savepoint = session.begin_nested()
    for line in lines:
        need = line.quantity - line.cancelled_qty - line.reserved_qty
        if line.sku_id is None or need <= 0:
            continue
        if not try_reserve_sku(session, line.sku_id, need):
            savepoint.rollback()
            session.expire(order)
            return None
        line.reserved_qty += need
        _ledger(
            session,
            sku_id=line.sku_id,
            kind=LedgerKind.RESERVE,
            now=now,
            who=who,
            reserved=need,
            order=order,
        )
        touched.add(line.sku_id)
    savepoint.commit()
    return touched


def release_order(
    session: Session, order: Order, who: str, now: datetime, note: str = ""
) -> set[int]:
    """Give back whatever `order` has reserved (a cancel, a hold, a split)."""
    return _clear_reservations(session, order, who, now, LedgerKind.RELEASE, note)


def ship_order(session: Session, order: Order, who: str, now: datetime) -> set[int]:
    """The goods leave the shop: on hand and reserved both drop by the reserved quantity."""
    return _clear_reservations(session, order, who, now, LedgerKind.SHIPMENT)


def release_units(
    session: Session,
    order: Order,
    line: OrderLine,
    quantity: int,
    who: str,
    now: datetime,
    note: str = "",
) -> int:
    """Give back up to `quantity` of one line's reservation (a partial cancel); how many."""
    release = min(quantity, line.reserved_qty)
    if release <= 0 or line.sku_id is None:
        return 0
    session.execute(
        update(Sku)
        .where(Sku.id == line.sku_id)
        .values(reserved=Sku.reserved - release)
        .execution_options(synchronize_session=False)
    )
    line.reserved_qty -= release
    _ledger(
        session,
        sku_id=line.sku_id,
        kind=LedgerKind.RELEASE,
        now=now,
        who=who,
        reserved=-release,
        order=order,
        source="CLAIM",
        note=note,
    )
    return release


def _clear_reservations(
    session: Session, order: Order, who: str, now: datetime, kind: LedgerKind, note: str = ""
) -> set[int]:
    """Drop each line's reservation; a shipment takes the goods off on hand as well."""
    leaves_shop = kind is LedgerKind.SHIPMENT
    touched: set[int] = set()
    for line in order_lines(session, order):
        if line.sku_id is None or line.reserved_qty <= 0:
            continue
        qty = line.reserved_qty
        on_hand_delta = -qty if leaves_shop else 0
        session.execute(
            update(Sku)
            .where(Sku.id == line.sku_id)
            .values(on_hand=Sku.on_hand + on_hand_delta, reserved=Sku.reserved - qty)
            .execution_options(synchronize_session=False)
        )
        line.reserved_qty = 0
        _ledger(
            session,
            sku_id=line.sku_id,
            kind=kind,
            now=now,
            who=who,
            on_hand=on_hand_delta,
            reserved=-qty,
            order=order,
            note=note,
        )
        touched.add(line.sku_id)
    return touched


def record_stock_change(
    session: Session,
    *,
    sku_id: int,
    kind: LedgerKind,
    on_hand_delta: int,
    who: str,
    now: datetime,
    document: str = "",
    source: str = "",
    note: str = "",
    purchase_order_id: int | None = None,
) -> bool:
    """Change on hand (receipt, return, adjustment, WMS sync); refused if it would go below
    what is reserved or below zero. True when applied."""
    result = session.execute(
        update(Sku)
        .where(Sku.id == sku_id, Sku.on_hand + on_hand_delta >= Sku.reserved)
        .values(on_hand=Sku.on_hand + on_hand_delta)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    _ledger(
        session,
        sku_id=sku_id,
        kind=kind,
        now=now,
        who=who,
        on_hand=on_hand_delta,
        document=document,
        source=source,
        note=note,
        purchase_order_id=purchase_order_id,
    )
    return True
