"""Combined shipment (합포장): orders to one recipient and address share one parcel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_oms.domain.privacy import normalize_phone
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.changes import Changes, Refusal
from desktop_oms.services.order_events import add_event
from desktop_oms.services.sequences import take_numbers
from desktop_oms.storage.tables import Order, Shipment
from desktop_oms.storage.uow import Database

#: Orders not yet handed to the courier can still share a parcel.
COMBINABLE = (OrderStatus.PAID.value, OrderStatus.READY_TO_SHIP.value)


class CombineError(ValueError):
    """Orders could not be combined; the message is Korean / English."""


@dataclass(frozen=True, slots=True)
class CombineOrder:
    """One order of a candidate group."""

    order_id: int
    order_no: str
    status: OrderStatus
    goods: str
    shipment_id: int | None


@dataclass(frozen=True, slots=True)
class CombineGroup:
    """Orders to the same recipient, phone and address that could ship as one parcel."""

    recipient_name: str
    phone: str
    address: str
    orders: tuple[CombineOrder, ...]

    @property
    def already_combined(self) -> bool:
        ids = {o.shipment_id for o in self.orders}
        return len(ids) == 1 and None not in ids


def recipient_key(name: str, phone: str, address: str, detail: str) -> tuple[str, str, str]:
    """Name, phone digits and address with spacing ignored — what makes 'the same recipient'."""
    return (
        "".join(name.split()),
        normalize_phone(phone) or phone,
        "".join(f"{address}{detail}".split()),
    )


def combine_candidates(db: Database) -> list[CombineGroup]:
    """Groups of two or more open orders to one recipient, not locked out of combining."""
    with db.reading() as s:
        rows = s.execute(
            select(
                Order.id,
                Order.order_no,
                Order.status,
                Order.goods_summary,
                Order.shipment_id,
                Order.recipient_name,
                Order.recipient_phone,
                Order.address,
                Order.address_detail,
            )
            .outerjoin(Shipment, Shipment.id == Order.shipment_id)
            .where(
                Order.status.in_(COMBINABLE),
                Order.no_combine.is_(False),
                Shipment.waybill_no.is_(None),
            )
            .order_by(Order.id)
        ).all()
    groups: dict[tuple[str, str, str], list[tuple[CombineOrder, str, str, str]]] = {}
    for oid, no, status, goods, ship, name, phone, address, detail in rows:
        key = recipient_key(name, phone, address, detail)
        item = CombineOrder(oid, no, OrderStatus(status), goods, ship)
        groups.setdefault(key, []).append((item, name, phone, f"{address} {detail}".strip()))
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        _, name, phone, address = members[0]
        group = CombineGroup(name, phone, address, tuple(m[0] for m in members))
        if not group.already_combined:
            out.append(group)
    return out


def combine_orders(
    db: Database, order_ids: Sequence[int], who: str, now: datetime | None = None
) -> Changes:
    """Put the orders in one shipment (one waybill later); refused unless all may combine."""
    now = now or datetime.now()
    if len(set(order_ids)) < 2:
        raise CombineError("두 건 이상 골라야 합니다 / pick two or more orders")
    changes = Changes()
    with db.unit_of_work() as uow:
        s = uow.session
        orders = list(s.scalars(select(Order).where(Order.id.in_(order_ids)).order_by(Order.id)))
        _check(orders, _numbered_shipments(s, orders))
        shipment_ids = {o.shipment_id for o in orders if o.shipment_id is not None}
        if shipment_ids:
            shipment_id = min(shipment_ids)
            key = s.scalar(select(Shipment.key).where(Shipment.id == shipment_id)) or ""
        else:
            key = f"S{take_numbers(s, 'shipments')[0]:08d}"
            shipment = Shipment(key=key)
            s.add(shipment)
            s.flush()
            shipment_id = shipment.id
        numbers = ", ".join(o.order_no for o in orders)
        for order in orders:
            if order.shipment_id == shipment_id:
                continue
            order.shipment_id = shipment_id
            order.updated_at = now
            add_event(
                s, order, kind="COMBINED", who=who, now=now, reason=f"합포장 {key}: {numbers}"
            )
            changes.order_ids.add(order.id)
            changes.statuses.add(OrderStatus(order.status))
        s.flush()
        _drop_empty_shipments(s, shipment_ids - {shipment_id})
        uow.touch("orders")
        uow.commit()
    return changes


def _check(orders: list[Order], numbered: dict[int, bool]) -> None:
    """Refuse unless every order may join: open status, not locked, no waybill yet, one
    recipient. (A numbered parcel joined to another would leave its number on no order.)"""
    if len(orders) < 2:
        raise CombineError("없는 주문이 있습니다 / some orders do not exist")
    for order in orders:
        if order.status not in COMBINABLE:
            raise CombineError(
                f"주문 {order.order_no}은(는) {OrderStatus(order.status).korean} 상태라 합포장할 "
                f"수 없습니다 / order {order.order_no} is {order.status}"
            )
        if order.shipment_id is not None and numbered.get(order.shipment_id):
            raise CombineError(
                f"주문 {order.order_no}에는 이미 송장번호가 있어 합포장할 수 없습니다 / order "
                f"{order.order_no} already has a waybill number"
            )
        if order.no_combine:
            raise CombineError(
                f"주문 {order.order_no}은(는) 합포장 제외로 잠겨 있습니다 / order "
                f"{order.order_no} is locked out of combining"
            )
    keys = {
        recipient_key(o.recipient_name, o.recipient_phone, o.address, o.address_detail)
        for o in orders
    }
    if len(keys) > 1:
        raise CombineError(
            "받는 사람·연락처·주소가 같은 주문만 합포장할 수 있습니다 / only orders to the "
            "same recipient, phone and address can be combined"
        )


def _numbered_shipments(s: Session, orders: list[Order]) -> dict[int, bool]:
    ids = {o.shipment_id for o in orders if o.shipment_id is not None}
    if not ids:
        return {}
    rows = s.execute(select(Shipment.id, Shipment.waybill_no).where(Shipment.id.in_(ids)))
    return {sid: bool(number) for sid, number in rows}


def _drop_empty_shipments(s: Session, shipment_ids: set[int]) -> None:
    for sid in shipment_ids:
        used = s.scalar(select(func.count()).select_from(Order).where(Order.shipment_id == sid))
        shipment = s.get(Shipment, sid)
        if not used and shipment is not None and shipment.waybill_no is None:
            s.delete(shipment)


def set_no_combine(
    db: Database, order_ids: Sequence[int], locked: bool, who: str, now: datetime | None = None
) -> Changes:
    """Lock orders out of combining (or allow it again); a locked order leaves its parcel."""
    now = now or datetime.now()
    changes = Changes()
    with db.unit_of_work() as uow:
        s = uow.session
        for order in s.scalars(select(Order).where(Order.id.in_(order_ids))):
            if order.no_combine == locked:
                continue
            if locked and order.shipment_id is not None:
                shipment = s.get(Shipment, order.shipment_id)
                if shipment is not None and shipment.waybill_no is None:
                    others = s.scalar(
                        select(func.count())
                        .select_from(Order)
                        .where(Order.shipment_id == order.shipment_id, Order.id != order.id)
                    )
                    if others:
                        order.shipment_id = None
            order.no_combine = locked
            order.updated_at = now
            add_event(
                s,
                order,
                kind="NO_COMBINE" if locked else "COMBINE_ALLOWED",
                who=who,
                now=now,
                reason="합포장 제외" if locked else "합포장 제외 해제",
            )
            changes.order_ids.add(order.id)
            changes.statuses.add(OrderStatus(order.status))
        if not changes.order_ids and order_ids:
            changes.refused.append(Refusal("", "바뀐 주문이 없습니다.", "Nothing changed."))
        uow.touch("orders")
        uow.commit()
    return changes
