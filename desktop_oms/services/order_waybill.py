"""The courier and waybill number of a single order marked shipped by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_oms.resources import courier_registry
from desktop_oms.services.order_refusals import refuse
from desktop_oms.services.sequences import take_numbers
from desktop_oms.storage.tables import Order, Shipment


@dataclass(frozen=True, slots=True)
class Shipping:
    """Courier and waybill number given when marking a single order shipped."""

    courier_code: str
    waybill_no: str


def attach_waybill(s: Session, order: Order, shipping: Shipping | None, now: datetime) -> None:
    """A shipped order needs a courier and a valid, unused waybill number."""
    if order.shipment_id is not None:
        shipment = s.get(Shipment, order.shipment_id)
        if shipment and shipment.waybill_no and shipping is None:
            return
    if shipping is None:
        raise refuse(
            order, "택배사와 송장번호가 없습니다.", "a courier and waybill number are needed."
        )
    courier = courier_registry().get(shipping.courier_code)
    if courier is None:
        raise refuse(
            order,
            f"알 수 없는 택배사입니다: {shipping.courier_code}",
            f"unknown courier {shipping.courier_code}",
        )
    check = courier.check(shipping.waybill_no)
    if check.refused:
        raise refuse(order, check.message_ko, check.message_en)
    number = courier.normalize(shipping.waybill_no)
    used = s.scalar(select(func.count()).select_from(Shipment).where(Shipment.waybill_no == number))
    if used:
        raise refuse(
            order,
            f"이미 다른 배송에 쓰인 송장번호입니다: {number}",
            f"waybill number {number} is already used on another shipment.",
        )
    if order.shipment_id is None:
        key = f"S{take_numbers(s, 'shipments')[0]:08d}"
        shipment = Shipment(key=key)
        s.add(shipment)
        s.flush()
        order.shipment_id = shipment.id
    else:
        shipment = s.get(Shipment, order.shipment_id)
        assert shipment is not None
    shipment.courier_code = courier.code
    shipment.waybill_no = number
    shipment.numbering = shipment.numbering or "MANUAL"
    shipment.shipped_at = now
