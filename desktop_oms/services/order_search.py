"""Search of a status tab that stays fast on 100,000 orders.

The general filter of queries.order_page tests every column and every order line of every
row. Here the words decide the columns: digits look in order numbers and phones, letters
in names and goods; products are found through the catalogue (SKU ids, an indexed lookup)
and unmatched lines through their own small index range, never by scanning all lines.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, func, or_, select

from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.queries import OrderRow, _order_columns, _to_row
from desktop_oms.storage.tables import Order, OrderLine, Product, Sku
from desktop_oms.storage.uow import Database

#: Most SKUs a product word may stand for before it is too vague to narrow anything.
MAX_SKUS = 500


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def looks_numeric(text: str) -> bool:
    """An order number or phone fragment: digits with dashes or spaces only."""
    return bool(_digits(text)) and all(ch.isdigit() or ch in "- " for ch in text)


def _sku_ids(db: Database, pattern: str) -> list[int]:
    query = (
        select(Sku.id)
        .join(Product, Product.id == Sku.product_id)
        .where(or_(Product.name.like(pattern), Sku.code.like(pattern)))
        .limit(MAX_SKUS + 1)
    )
    with db.reading() as s:
        return [int(i) for i in s.scalars(query)]


def search_filter(db: Database, text: str) -> ColumnElement[bool]:
    """Which orders match `text` (order no, recipient name, phone, product)."""
    text = text.strip()
    pattern = f"%{text}%"
    if looks_numeric(text):
        digits = _digits(text)
        conditions: list[ColumnElement[bool]] = [
            Order.order_no.like(pattern),
            Order.channel_order_no.like(pattern),
        ]
        if len(digits) >= 3:
            conditions.append(func.replace(Order.recipient_phone, "-", "").like(f"%{digits}%"))
        return or_(*conditions)
    conditions = [Order.recipient_name.like(pattern), Order.goods_summary.like(pattern)]
    if any(ch.isascii() and ch.isalnum() for ch in text):
        conditions += [Order.order_no.like(pattern), Order.channel_order_no.like(pattern)]
    unmatched = select(OrderLine.order_id).where(
        OrderLine.sku_id.is_(None), OrderLine.product_name.like(pattern)
    )
    conditions.append(Order.id.in_(unmatched))
    sku_ids = _sku_ids(db, pattern)
    if sku_ids and len(sku_ids) <= MAX_SKUS:
        conditions.append(
            Order.id.in_(select(OrderLine.order_id).where(OrderLine.sku_id.in_(sku_ids)))
        )
    return or_(*conditions) if conditions else false()


def search_page(
    db: Database,
    status: OrderStatus | None,
    text: str,
    *,
    offset: int = 0,
    limit: int = 200,
) -> list[OrderRow]:
    """One page of the orders of `status` matching `text`, newest first."""
    query = _order_columns().where(search_filter(db, text))
    if status is not None:
        query = query.where(Order.status == status.value)
    query = query.order_by(Order.id.desc()).offset(offset).limit(limit)
    with db.reading() as s:
        return [_to_row(tuple(r)) for r in s.execute(query)]
