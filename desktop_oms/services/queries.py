"""Read side for screens and commands: plain row objects, one page at a time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, or_, select

from desktop_oms.domain.payment import PaymentMethod, PaymentState
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.order_search import search_filter
from desktop_oms.storage.tables import (
    ChangeCounter,
    Order,
    OrderEvent,
    OrderLine,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    Shipment,
    Sku,
)
from desktop_oms.storage.uow import Database


@dataclass(frozen=True, slots=True)
class OrderRow:
    """One row of a status tab."""

    id: int
    order_no: str
    channel: str
    channel_order_no: str
    status: OrderStatus
    ordered_at: datetime
    recipient_name: str
    recipient_phone: str
    address: str
    goods: str
    total_amount: int
    payment_method: PaymentMethod
    ship_by: date | None
    hold_reason: str
    short_of_stock: bool
    needs_matching: bool
    waybill_no: str | None
    courier_code: str | None
    version: int


@dataclass(frozen=True, slots=True)
class LineRow:
    line_no: int
    sku_code: str | None
    product_name: str
    option_text: str
    quantity: int
    unit_price: int
    reserved_qty: int


@dataclass(frozen=True, slots=True)
class EventRow:
    at: datetime
    operator: str
    kind: str
    from_status: str | None
    to_status: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class OrderDetail:
    """Everything the detail pane shows of one order."""

    row: OrderRow
    payment_state: PaymentState
    card_company: str
    installment_months: int
    approval_no: str
    va_bank: str
    va_account: str
    deposit_deadline: datetime | None
    paid_at: datetime | None
    refunded_amount: int
    shipping_fee: int
    buyer_name: str
    recipient_phone2: str
    postal_code: str
    address_detail: str
    message: str
    lines: list[LineRow]
    events: list[EventRow]


@dataclass(frozen=True, slots=True)
class StockRow:
    """One SKU of the stock panel."""

    sku_id: int
    code: str
    product_name: str
    option_text: str
    on_hand: int
    reserved: int
    safety_stock: int
    on_order: int

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved

    @property
    def below_safety(self) -> bool:
        return self.available <= self.safety_stock


def order_columns() -> Select[*tuple[Any, ...]]:
    return select(
        Order.id,
        Order.order_no,
        Order.channel,
        Order.channel_order_no,
        Order.status,
        Order.ordered_at,
        Order.recipient_name,
        Order.recipient_phone,
        Order.address,
        Order.goods_summary,
        Order.total_amount,
        Order.payment_method,
        Order.ship_by,
        Order.hold_reason,
        Order.short_of_stock,
        Order.needs_matching,
        Shipment.waybill_no,
        Shipment.courier_code,
        Order.version,
    ).outerjoin(Shipment, Shipment.id == Order.shipment_id)


def to_row(r: Sequence[Any]) -> OrderRow:
    values = list(r)
    values[4] = OrderStatus(values[4])
    values[11] = PaymentMethod(values[11])
    return OrderRow(*values)


def status_counts(db: Database) -> dict[OrderStatus, int]:
    """How many orders each status tab holds."""
    with db.reading() as s:
        rows = s.execute(select(Order.status, func.count()).group_by(Order.status)).all()
    counts = dict.fromkeys(OrderStatus, 0)
    for status, count in rows:
        counts[OrderStatus(status)] = count
    return counts


def order_page(
    db: Database,
    status: OrderStatus | None,
    *,
    search: str = "",
    offset: int = 0,
    limit: int = 200,
) -> list[OrderRow]:
    """One page of a tab, newest first."""
    query = order_columns()
    if status is not None:
        query = query.where(Order.status == status.value)
    if search.strip():
        query = query.where(search_filter(db, search))
    query = query.order_by(Order.id.desc()).offset(offset).limit(limit)
    with db.reading() as s:
        return [to_row(tuple(r)) for r in s.execute(query)]


def count_orders(db: Database, status: OrderStatus | None, search: str = "") -> int:
    query = select(func.count()).select_from(Order)
    if status is not None:
        query = query.where(Order.status == status.value)
    if search.strip():
        query = query.where(search_filter(db, search))
    with db.reading() as s:
        return int(s.scalar(query) or 0)


def order_detail(db: Database, order_id: int) -> OrderDetail | None:
    """One order with its lines and history, for the detail pane."""
    with db.reading() as s:
        head = s.execute(order_columns().where(Order.id == order_id)).first()
        order = s.get(Order, order_id)
        if head is None or order is None:
            return None
        lines = [
            LineRow(
                line_no=ln.line_no,
                sku_code=code,
                product_name=ln.product_name,
                option_text=ln.option_text,
                quantity=ln.quantity,
                unit_price=ln.unit_price,
                reserved_qty=ln.reserved_qty,
            )
            for ln, code in s.execute(
                select(OrderLine, Sku.code)
                .outerjoin(Sku, Sku.id == OrderLine.sku_id)
                .where(OrderLine.order_id == order_id)
                .order_by(OrderLine.line_no)
            )
        ]
        events = [
            EventRow(e.at, e.operator, e.kind, e.from_status, e.to_status, e.reason)
            for e in s.scalars(
                select(OrderEvent).where(OrderEvent.order_id == order_id).order_by(OrderEvent.id)
            )
        ]
        return OrderDetail(
            row=to_row(tuple(head)),
            payment_state=PaymentState(order.payment_state),
            card_company=order.card_company,
            installment_months=order.installment_months,
            approval_no=order.approval_no,
            va_bank=order.va_bank,
            va_account=order.va_account,
            deposit_deadline=order.deposit_deadline,
            paid_at=order.paid_at,
            refunded_amount=order.refunded_amount,
            shipping_fee=order.shipping_fee,
            buyer_name=order.buyer_name,
            recipient_phone2=order.recipient_phone2,
            postal_code=order.postal_code,
            address_detail=order.address_detail,
            message=order.message,
            lines=lines,
            events=events,
        )


OPEN_PO_STATUSES = ("DRAFT", "SENT", "PARTLY_RECEIVED")


def stock_rows(
    db: Database, *, only_below_safety: bool = False, search: str = ""
) -> list[StockRow]:
    """Every active SKU with on hand, reserved, available and on order."""
    on_order = (
        select(
            PurchaseOrderLine.sku_id,
            func.sum(PurchaseOrderLine.quantity - PurchaseOrderLine.received_qty).label("qty"),
        )
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.purchase_order_id)
        .where(PurchaseOrder.status.in_(OPEN_PO_STATUSES))
        .group_by(PurchaseOrderLine.sku_id)
        .subquery()
    )
    query = (
        select(
            Sku.id,
            Sku.code,
            Product.name,
            Sku.option_text,
            Sku.on_hand,
            Sku.reserved,
            Sku.safety_stock,
            func.coalesce(on_order.c.qty, 0),
        )
        .join(Product, Product.id == Sku.product_id)
        .outerjoin(on_order, on_order.c.sku_id == Sku.id)
        .where(Sku.active.is_(True))
        .order_by(Sku.code)
    )
    if only_below_safety:
        query = query.where(Sku.on_hand - Sku.reserved <= Sku.safety_stock)
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(or_(Sku.code.like(pattern), Product.name.like(pattern)))
    with db.reading() as s:
        return [StockRow(*r) for r in s.execute(query)]


def revisions(db: Database) -> dict[str, int]:
    """The change counters other PCs poll (orders, stock, …)."""
    with db.reading() as s:
        rows = s.execute(
            select(ChangeCounter.area, ChangeCounter.revision).where(
                ~ChangeCounter.area.like("seq:%")
            )
        )
        return {area: int(rev) for area, rev in rows}
