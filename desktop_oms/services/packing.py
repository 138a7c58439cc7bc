"""Packing station (검수): load a parcel by its waybill or order number, ship it when packed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_oms.domain.packing import ExpectedItem, PackingSession, normalize_code
from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.services.changes import Changes
from desktop_oms.services.orders import move_orders
from desktop_oms.storage.tables import Order, OrderLine, Shipment, Sku
from desktop_oms.storage.uow import Database

_ORDER_NO_DIGITS = re.compile(r"^(\d{8})(\d{6})$")


class PackingRefused(Exception):
    """The scanned parcel cannot be packed now; Korean and English say why."""

    def __init__(self, message_ko: str, message_en: str) -> None:
        super().__init__(f"{message_ko} / {message_en}")
        self.message_ko = message_ko
        self.message_en = message_en


@dataclass(frozen=True, slots=True)
class ParcelToPack:
    """One shipment (one waybill, maybe several 합포장 orders) and what it must hold."""

    shipment_id: int
    courier_code: str
    waybill_no: str
    order_ids: tuple[int, ...]
    order_nos: tuple[str, ...]
    versions: dict[int, int]
    recipient_name: str
    items: tuple[ExpectedItem, ...]


def _find_shipment(s: Session, code: str) -> tuple[Shipment | None, Order | None]:
    """The shipment whose waybill is `code`, or the order numbered `code` (and its shipment)."""
    digits = normalize_code(code)
    shipment = s.scalars(select(Shipment).where(Shipment.waybill_no == digits)).first()
    if shipment is not None:
        return shipment, None
    candidates = {code.strip(), digits}
    found = _ORDER_NO_DIGITS.match(digits)
    if found:
        candidates.add(f"{found.group(1)}-{found.group(2)}")
    order = s.scalars(
        select(Order).where(
            or_(Order.order_no.in_(candidates), Order.channel_order_no.in_(candidates))
        )
    ).first()
    if order is None or order.shipment_id is None:
        return None, order
    return s.get(Shipment, order.shipment_id), order


def load_parcel(db: Database, code: str) -> ParcelToPack:
    """The parcel to pack for a scanned waybill or order number, or PackingRefused."""
    with db.reading() as s:
        shipment, order = _find_shipment(s, code)
        if shipment is None:
            if order is not None:
                raise PackingRefused(
                    f"주문 {order.order_no}에는 아직 송장번호가 없습니다.",
                    f"Order {order.order_no} has no waybill number yet.",
                )
            raise PackingRefused(
                f"송장번호나 주문번호를 찾을 수 없습니다: {code.strip()}",
                f"No waybill or order number {code.strip()}.",
            )
        if not shipment.waybill_no:
            raise PackingRefused(
                "이 배송에는 아직 송장번호가 없습니다.", "This shipment has no waybill yet."
            )
        orders = list(
            s.scalars(select(Order).where(Order.shipment_id == shipment.id).order_by(Order.id))
        )
        _check_orders(orders)
        return ParcelToPack(
            shipment_id=shipment.id,
            courier_code=shipment.courier_code or "",
            waybill_no=shipment.waybill_no,
            order_ids=tuple(o.id for o in orders),
            order_nos=tuple(o.order_no for o in orders),
            versions={o.id: o.version for o in orders},
            recipient_name=orders[0].recipient_name,
            items=tuple(_expected_items(s, [o.id for o in orders])),
        )


def _check_orders(orders: list[Order]) -> None:
    if not orders:
        raise PackingRefused("이 송장에 묶인 주문이 없습니다.", "No order uses this waybill.")
    for order in orders:
        status = OrderStatus(order.status)
        if status is OrderStatus.SHIPPED or status in (
            OrderStatus.DELIVERED,
            OrderStatus.CONFIRMED,
        ):
            raise PackingRefused(
                f"이미 발송된 주문입니다: {order.order_no} ({status.korean})",
                f"Order {order.order_no} was already shipped ({status.value}).",
            )
        if status is not OrderStatus.READY_TO_SHIP:
            raise PackingRefused(
                f"주문 {order.order_no}은(는) {status.korean} 상태라 포장할 수 없습니다 "
                "(배송준비중만 가능).",
                f"Order {order.order_no} is {status.value}; only READY_TO_SHIP can be packed.",
            )
        if order.hold_reason:
            raise PackingRefused(
                f"보류 중인 주문입니다: {order.order_no} ({order.hold_reason})",
                f"Order {order.order_no} is on hold ({order.hold_reason}).",
            )


def _expected_items(s: Session, order_ids: list[int]) -> list[ExpectedItem]:
    rows = s.execute(
        select(OrderLine, Sku)
        .outerjoin(Sku, Sku.id == OrderLine.sku_id)
        .where(OrderLine.order_id.in_(order_ids))
        .order_by(OrderLine.order_id, OrderLine.line_no)
    ).all()
    totals: dict[str, ExpectedItem] = {}
    for line, sku in rows:
        quantity = line.quantity - line.cancelled_qty
        if quantity <= 0:
            continue
        if sku is None:
            raise PackingRefused(
                f"상품 매칭이 안 된 품목이 있습니다: {line.product_name}",
                f"A line is not matched to a SKU: {line.product_name}",
            )
        known = totals.get(sku.code)
        totals[sku.code] = ExpectedItem(
            sku_code=sku.code,
            name=line.product_name,
            quantity=quantity + (known.quantity if known else 0),
            barcode=sku.barcode or "",
            option_text=line.option_text or sku.option_text,
        )
    return list(totals.values())


def identify_code(db: Database, code: str) -> str | None:
    """'SKU-CODE 상품명' for a scanned barcode or SKU code, or None if no SKU has it."""
    wanted = {code.strip(), normalize_code(code)}
    with db.reading() as s:
        sku = s.scalars(
            select(Sku).where(or_(Sku.barcode.in_(wanted), Sku.code.in_(wanted)))
        ).first()
        if sku is None:
            return None
        return f"{sku.code} {sku.option_text}".strip()


def start_session(db: Database, parcel: ParcelToPack) -> PackingSession:
    """A packing session for `parcel` that names wrongly scanned SKUs from the catalogue."""
    return PackingSession(parcel.items, identify=lambda code: identify_code(db, code))


def finish_parcel(
    db: Database, parcel: ParcelToPack, who: str, now: datetime | None = None
) -> Changes:
    """Mark the packed parcel's orders shipped (배송중), noting the scan check in each history.

    A parcel changed on another PC since it was scanned is refused as stale — all of its
    orders, since they leave in one box.
    """
    goods = ", ".join(f"{i.sku_code}×{i.quantity}" for i in parcel.items)
    return move_orders(
        db,
        list(parcel.order_ids),
        Action.MARK_SHIPPED,
        who,
        reason=f"검수 완료 후 발송 (송장 {parcel.waybill_no})",
        seen_versions=parcel.versions,
        together=True,
        note=("PACKED", f"스캔 검수 완료: {goods} (송장 {parcel.waybill_no})"),
        now=now or datetime.now(),
    )
