"""The shortage view: paid orders short of stock (재고부족), grouped by SKU and by supplier,
with purchase suggestions, and cancelling them with a customer notice."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_oms.domain.purchasing import OPEN_PO_STATUSES, SuggestionInput, suggested_quantity
from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.services.changes import Changes
from desktop_oms.services.orders import move_orders
from desktop_oms.services.stock_allocation import (
    LINE_NEED,
    allocate_to_waiting,
    waiting_order_filter,
)
from desktop_oms.storage.tables import (
    Order,
    OrderLine,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    ShopSetting,
    Sku,
    Supplier,
)
from desktop_oms.storage.uow import Database

NO_SUPPLIER = "(공급처 미지정)"
NOTICE_KEY = "short_notice_template"
DEFAULT_NOTICE = (
    "[{쇼핑몰}] {수취인}님, 주문하신 {상품} 상품이 품절되어 주문({주문번호})을 취소하였습니다. "
    "사유: {사유}. 결제하신 금액 {금액}원은 결제수단으로 환불됩니다. 불편을 드려 죄송합니다."
)


@dataclass(frozen=True, slots=True)
class ShortOrder:
    """One paid order flagged 재고부족, with what it still needs."""

    order_id: int
    order_no: str
    paid_at: datetime | None
    recipient_name: str
    goods: str
    total_amount: int
    version: int
    needs: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class SkuShortage:
    """One SKU that short orders wait for, with a suggested purchase quantity."""

    sku_id: int
    code: str
    product_name: str
    option_text: str
    supplier_id: int | None
    supplier_name: str
    on_hand: int
    reserved: int
    safety_stock: int
    on_order: int
    waiting_need: int
    short_orders: int
    suggested: int

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved

    @property
    def missing(self) -> int:
        return max(self.waiting_need - max(self.available, 0), 0)


@dataclass(frozen=True, slots=True)
class SupplierShortage:
    """The shortages of one supplier: what one purchase order would hold."""

    supplier_id: int | None
    supplier_name: str
    skus: tuple[SkuShortage, ...]

    @property
    def suggested(self) -> int:
        return sum(s.suggested for s in self.skus)


@dataclass(frozen=True, slots=True)
class ShortageReport:
    """Everything the shortage view shows."""

    orders: list[ShortOrder]
    by_sku: list[SkuShortage]
    by_supplier: list[SupplierShortage] = field(default_factory=list)


def on_order_by_sku(session: Session, sku_ids: Sequence[int] | None = None) -> dict[int, int]:
    """Units still to come per SKU on open purchase orders."""
    query = (
        select(
            PurchaseOrderLine.sku_id,
            func.sum(PurchaseOrderLine.quantity - PurchaseOrderLine.received_qty),
        )
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.purchase_order_id)
        .where(PurchaseOrder.status.in_([s.value for s in OPEN_PO_STATUSES]))
        .group_by(PurchaseOrderLine.sku_id)
    )
    if sku_ids is not None:
        query = query.where(PurchaseOrderLine.sku_id.in_(sku_ids))
    return {sku_id: int(qty or 0) for sku_id, qty in session.execute(query)}


def _short_orders(session: Session) -> list[ShortOrder]:
    rows = session.execute(
        select(
            Order.id,
            Order.order_no,
            Order.paid_at,
            Order.recipient_name,
            Order.goods_summary,
            Order.total_amount,
            Order.version,
            Sku.code,
            LINE_NEED,
        )
        .join(OrderLine, OrderLine.order_id == Order.id)
        .outerjoin(Sku, Sku.id == OrderLine.sku_id)
        .where(Order.status == OrderStatus.PAID.value, Order.short_of_stock.is_(True))
        .order_by(Order.paid_at, Order.id, OrderLine.line_no)
    )
    orders: dict[int, ShortOrder] = {}
    needs: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for oid, order_no, paid_at, name, goods, amount, version, code, need in rows:
        if oid not in orders:
            orders[oid] = ShortOrder(oid, order_no, paid_at, name, goods, amount, version, ())
        if need > 0:
            needs[oid].append((code or "?", int(need)))
    return [replace(order, needs=tuple(needs[oid])) for oid, order in orders.items()]


def _waiting_need(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(OrderLine.sku_id, func.sum(LINE_NEED))
        .join(Order, Order.id == OrderLine.order_id)
        .where(waiting_order_filter(), OrderLine.sku_id.is_not(None), LINE_NEED > 0)
        .group_by(OrderLine.sku_id)
    )
    return {sku_id: int(qty) for sku_id, qty in rows if sku_id is not None}


def short_sku_ids(db: Database) -> set[int]:
    """SKUs that waiting 재고부족 orders need more of than is available (the "short" filter)."""
    with db.reading() as s:
        return {r.sku_id for r in _sku_shortages(s, _short_orders(s)) if r.missing > 0}


def _sku_shortages(session: Session, orders: list[ShortOrder]) -> list[SkuShortage]:
    counts: dict[str, int] = defaultdict(int)
    for order in orders:
        for code in {c for c, _ in order.needs}:
            counts[code] += 1
    if not counts:
        return []
    need = _waiting_need(session)
    rows = session.execute(
        select(
            Sku.id,
            Sku.code,
            Product.name,
            Sku.option_text,
            Sku.supplier_id,
            func.coalesce(Supplier.name, NO_SUPPLIER),
            Sku.on_hand,
            Sku.reserved,
            Sku.safety_stock,
        )
        .join(Product, Product.id == Sku.product_id)
        .outerjoin(Supplier, Supplier.id == Sku.supplier_id)
        .where(Sku.code.in_(list(counts)))
        .order_by(Sku.code)
    ).all()
    on_order = on_order_by_sku(session, [r[0] for r in rows])
    result = []
    for sku_id, code, name, option, supplier_id, supplier, on_hand, reserved, safety in rows:
        figures = SuggestionInput(
            need.get(sku_id, 0), safety, on_hand, reserved, on_order.get(sku_id, 0)
        )
        result.append(
            SkuShortage(
                sku_id,
                code,
                name,
                option,
                supplier_id,
                supplier,
                on_hand,
                reserved,
                safety,
                on_order.get(sku_id, 0),
                need.get(sku_id, 0),
                counts[code],
                suggested_quantity(figures),
            )
        )
    return result


def group_by_supplier(skus: Sequence[SkuShortage]) -> list[SupplierShortage]:
    """One group per supplier (SKUs without a supplier in their own group, last)."""
    groups: dict[int | None, list[SkuShortage]] = defaultdict(list)
    for sku in skus:
        groups[sku.supplier_id].append(sku)
    result = [
        SupplierShortage(supplier_id, items[0].supplier_name, tuple(items))
        for supplier_id, items in groups.items()
    ]
    return sorted(result, key=lambda g: (g.supplier_id is None, g.supplier_name))


def shortage_report(db: Database) -> ShortageReport:
    """Short orders (oldest payment first), and their SKUs per SKU and per supplier."""
    with db.reading() as s:
        orders = _short_orders(s)
        by_sku = _sku_shortages(s, orders)
    return ShortageReport(orders, by_sku, group_by_supplier(by_sku))


def notice_template(db: Database) -> str:
    """The customer notice for a cancelled out-of-stock order (editable, a shop setting)."""
    with db.reading() as s:
        stored = s.get(ShopSetting, NOTICE_KEY)
        return stored.value if stored is not None and stored.value.strip() else DEFAULT_NOTICE


def save_notice_template(db: Database, text: str) -> None:
    with db.unit_of_work() as uow:
        uow.session.merge(ShopSetting(key=NOTICE_KEY, value=text))
        uow.touch("settings")
        uow.commit()


def render_notice(template: str, order: ShortOrder, reason: str, shop_name: str) -> str:
    """Fill {수취인} {주문번호} {상품} {사유} {금액} {쇼핑몰}; unknown names stay as written."""
    values = {
        "수취인": order.recipient_name,
        "주문번호": order.order_no,
        "상품": order.goods,
        "사유": reason,
        "금액": f"{order.total_amount:,}",
        "쇼핑몰": shop_name,
    }
    text = template
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


@dataclass(slots=True)
class CancelResult:
    """Orders cancelled from the shortage view and a notice text for each customer."""

    changes: Changes
    notices: list[tuple[str, str]]


def cancel_short_orders(
    db: Database, order_ids: Sequence[int], reason: str, who: str, *, now: datetime | None = None
) -> CancelResult:
    """Cancel out-of-stock orders (stock released, refund recorded) and write the notices."""
    from desktop_oms.services.shop_settings import load_shop_settings

    wanted = set(order_ids)
    before = {o.order_id: o for o in shortage_report(db).orders if o.order_id in wanted}
    changes = move_orders(db, list(order_ids), Action.CANCEL, who, reason=reason, now=now)
    template = notice_template(db)
    shop = load_shop_settings(db).shop_name
    notices = [
        (order.order_no, render_notice(template, order, reason.strip(), shop))
        for oid, order in before.items()
        if oid in changes.order_ids
    ]
    return CancelResult(changes, notices)


@dataclass(frozen=True, slots=True)
class AllocationSummary:
    """What giving free stock to waiting orders did."""

    covered: int
    moved: int
    changes: Changes


def allocate_waiting_orders(
    db: Database, who: str, *, now: datetime | None = None
) -> AllocationSummary:
    """Give free stock to waiting paid orders, oldest payment first (after an adjustment, a
    WMS sync or a return made stock free again); as on receipt, whole orders only."""
    from desktop_oms.services.shop_settings import load_shop_settings

    now = now or datetime.now()
    move_ready = load_shop_settings(db).auto_ready_on_receipt
    with db.unit_of_work() as uow:
        s = uow.session
        wanted = list(_waiting_need(s))
        allocation = allocate_to_waiting(
            s, wanted, who=who, now=now, document="", move_ready=move_ready
        )
        uow.touch("stock", "orders")
        uow.commit()
    changes = Changes(order_ids=set(allocation.covered_order_ids), sku_ids=allocation.sku_ids)
    return AllocationSummary(
        len(allocation.covered_order_ids), len(allocation.moved_order_ids), changes
    )
