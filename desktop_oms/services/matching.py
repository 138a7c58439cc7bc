"""Product matching: a channel's product + option text remembered as one of the shop's SKUs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, func, or_, select, update
from sqlalchemy.orm import Session

from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.changes import Changes
from desktop_oms.storage.tables import Order, OrderEvent, OrderLine, Product, ProductMapping, Sku
from desktop_oms.storage.uow import Database

#: Lines of orders in these statuses still wait for a SKU.
OPEN_STATUSES = (
    OrderStatus.AWAITING_PAYMENT.value,
    OrderStatus.PAID.value,
    OrderStatus.READY_TO_SHIP.value,
)


class MatchingError(ValueError):
    """A mapping was refused (unknown SKU, empty product text); Korean / English."""


@dataclass(frozen=True, slots=True)
class UnmatchedItem:
    """One channel product + option that waits for a SKU, over all waiting lines."""

    channel: str
    product_text: str
    option_text: str
    orders: int
    quantity: int


@dataclass(frozen=True, slots=True)
class SkuChoice:
    """A SKU the user can pick, with what is available of it."""

    sku_id: int
    code: str
    product_name: str
    option_text: str
    available: int
    price: int = 0

    @property
    def label(self) -> str:
        option = f" ({self.option_text})" if self.option_text else ""
        return f"{self.code} {self.product_name}{option}"


@dataclass(frozen=True, slots=True)
class MappingRow:
    """One remembered mapping."""

    channel: str
    product_text: str
    option_text: str
    sku_code: str
    sku_label: str


def unmatched_items(db: Database) -> list[UnmatchedItem]:
    """The 'match products' queue: open lines with no SKU, grouped by channel text."""
    with db.reading() as s:
        rows = s.execute(
            select(
                Order.channel,
                OrderLine.product_name,
                OrderLine.option_text,
                func.count(func.distinct(Order.id)),
                func.sum(OrderLine.quantity),
            )
            .join(Order, Order.id == OrderLine.order_id)
            .where(OrderLine.sku_id.is_(None), Order.status.in_(OPEN_STATUSES))
            .group_by(Order.channel, OrderLine.product_name, OrderLine.option_text)
            .order_by(func.count(func.distinct(Order.id)).desc(), OrderLine.product_name)
        ).all()
    return [UnmatchedItem(c, p, o, int(n), int(q or 0)) for c, p, o, n, q in rows]


def search_skus(db: Database, text: str = "", limit: int = 50) -> list[SkuChoice]:
    """Active SKUs whose code, barcode, product name or option contains every word of `text`."""
    query = select(
        Sku.id, Sku.code, Product.name, Sku.option_text, Sku.on_hand - Sku.reserved, Sku.price
    ).join(Product, Product.id == Sku.product_id)
    query = query.where(Sku.active.is_(True))
    for word in text.split():
        like = f"%{word}%"
        query = query.where(
            or_(
                Sku.code.ilike(like),
                Sku.barcode.ilike(like),
                Product.name.ilike(like),
                Sku.option_text.ilike(like),
            )
        )
    with db.reading() as s:
        rows = s.execute(query.order_by(Product.name, Sku.code).limit(limit)).all()
    return [SkuChoice(int(i), c, n, o, int(a), int(p)) for i, c, n, o, a, p in rows]


def mappings(db: Database, channel: str | None = None) -> list[MappingRow]:
    """Every remembered mapping (of one channel when given)."""
    query = (
        select(
            ProductMapping.channel,
            ProductMapping.product_text,
            ProductMapping.option_text,
            Sku.code,
            Product.name,
            Sku.option_text,
        )
        .join(Sku, Sku.id == ProductMapping.sku_id)
        .join(Product, Product.id == Sku.product_id)
        .order_by(ProductMapping.channel, ProductMapping.product_text, ProductMapping.option_text)
    )
    if channel:
        query = query.where(ProductMapping.channel == channel)
    with db.reading() as s:
        rows = s.execute(query).all()
    return [
        MappingRow(ch, p, o, code, f"{name} ({opt})" if opt else name)
        for ch, p, o, code, name, opt in rows
    ]


def sku_id_for_code(db: Database, code: str) -> int:
    with db.reading() as s:
        found = s.scalar(select(Sku.id).where(Sku.code == code.strip()))
    if found is None:
        raise MatchingError(f"없는 상품코드입니다: {code} / no SKU with code {code}")
    return int(found)


def set_mapping(
    db: Database,
    channel: str,
    product_text: str,
    option_text: str,
    sku_id: int,
    who: str,
    now: datetime | None = None,
) -> Changes:
    """Remember the mapping and give every waiting line of that text the SKU.

    Orders whose lines are all matched lose their needs_matching flag, so their stock can
    be reserved normally.
    """
    now = now or datetime.now()
    if not product_text.strip():
        raise MatchingError("상품명이 비어 있습니다 / the product text is empty")
    changes = Changes()
    with db.unit_of_work() as uow:
        s = uow.session
        if s.get(Sku, sku_id) is None:
            raise MatchingError(f"없는 상품입니다 (id {sku_id}) / no such SKU")
        _remember(s, channel, product_text, option_text, sku_id)
        line_ids = list(
            s.scalars(
                select(OrderLine.id)
                .join(Order, Order.id == OrderLine.order_id)
                .where(
                    Order.channel == channel,
                    Order.status.in_(OPEN_STATUSES),
                    OrderLine.sku_id.is_(None),
                    OrderLine.product_name == product_text,
                    OrderLine.option_text == option_text,
                )
            )
        )
        order_ids = _apply(s, line_ids, sku_id, who, now)
        changes.order_ids |= order_ids
        if order_ids:
            found = s.scalars(select(Order.status).where(Order.id.in_(order_ids)).distinct())
            changes.statuses |= {OrderStatus(st) for st in found}
        changes.sku_ids.add(sku_id)
        uow.touch("orders")
        uow.commit()
    return changes


def _remember(s: Session, channel: str, product: str, option: str, sku_id: int) -> None:
    row = s.scalar(
        select(ProductMapping).where(
            ProductMapping.channel == channel,
            ProductMapping.product_text == product,
            ProductMapping.option_text == option,
        )
    )
    if row is None:
        s.add(
            ProductMapping(channel=channel, product_text=product, option_text=option, sku_id=sku_id)
        )
    else:
        row.sku_id = sku_id
    s.flush()


def _apply(s: Session, line_ids: list[int], sku_id: int, who: str, now: datetime) -> set[int]:
    """Set the SKU on the lines; clear needs_matching where an order is fully matched."""
    if not line_ids:
        return set()
    order_ids: set[int] = set()
    for start in range(0, len(line_ids), 500):
        chunk = line_ids[start : start + 500]
        order_ids.update(s.scalars(select(OrderLine.order_id).where(OrderLine.id.in_(chunk))))
        s.execute(
            update(OrderLine)
            .where(OrderLine.id.in_(chunk))
            .values(sku_id=sku_id)
            .execution_options(synchronize_session=False)
        )
    s.execute(  # their lines changed: a copy shown on another PC is now stale
        update(Order)
        .where(Order.id.in_(order_ids))
        .values(version=Order.version + 1)
        .execution_options(synchronize_session=False)
    )
    still_open = exists().where(OrderLine.order_id == Order.id, OrderLine.sku_id.is_(None))
    done = list(
        s.scalars(
            select(Order.id).where(Order.id.in_(order_ids), Order.needs_matching, ~still_open)
        )
    )
    if done:
        s.execute(
            update(Order)
            .where(Order.id.in_(done))
            .values(needs_matching=False, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        s.execute(
            OrderEvent.__table__.insert(),  # type: ignore[attr-defined]
            [
                dict(
                    order_id=oid,
                    at=now,
                    operator=who,
                    kind="MATCHED",
                    from_status=None,
                    to_status=None,
                    reason="상품 매칭 완료",
                )
                for oid in done
            ],
        )
    return order_ids
