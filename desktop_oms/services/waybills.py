"""Waybill numbers: shipments for ready orders, numbers recorded, label batches.

The two ways of getting numbers build on this: the shop's own band (waybill_band.py) and
the courier's program via upload and result files (courier_files.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desktop_oms.domain.couriers import Courier
from desktop_oms.domain.status import OrderStatus
from desktop_oms.resources import courier_registry
from desktop_oms.services.changes import Changes, Refusal
from desktop_oms.services.sequences import take_numbers
from desktop_oms.storage.tables import Order, OrderEvent, Shipment
from desktop_oms.storage.uow import Database

CHUNK = 500
READY = OrderStatus.READY_TO_SHIP.value
#: Statuses whose labels may be printed again (same number) after shipping.
REPRINTABLE = (READY, OrderStatus.SHIPPED.value)


class WaybillError(ValueError):
    """A waybill action was refused as a whole; Korean then English."""

    def __init__(self, message_ko: str, message_en: str) -> None:
        super().__init__(f"{message_ko} / {message_en}")
        self.message_ko = message_ko
        self.message_en = message_en


@dataclass(slots=True)
class ShipmentBatch:
    """Shipments (in order) for the orders given, and the orders refused."""

    shipment_ids: list[int] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)


def courier_or_refuse(code: str) -> Courier:
    """The courier with this code, or a `WaybillError` when there is none."""
    courier = courier_registry().find(code)
    if courier is None:
        raise WaybillError(f"알 수 없는 택배사입니다: {code}", f"Unknown courier: {code}")
    return courier


def ready_order_ids(db: Database) -> list[int]:
    """Every 배송준비중 order not on hold, oldest first."""
    with db.reading() as s:
        rows = s.scalars(
            select(Order.id)
            .where(Order.status == READY, Order.hold_reason == "")
            .order_by(Order.id)
        )
        return list(rows)


def prepare_shipments(
    s: Session, order_ids: Sequence[int], *, reprint: bool = False, create: bool = True
) -> ShipmentBatch:
    """Shipments for the orders; an order without one gets its own (unless `create` is
    off: then it is refused as having no number). Orders on hold or not 배송준비중
    (배송중 too when `reprint`) are refused with the reason."""
    batch = ShipmentBatch()
    allowed = REPRINTABLE if reprint else (READY,)
    seen: set[int] = set()
    for start in range(0, len(order_ids), CHUNK):
        chunk = list(order_ids[start : start + CHUNK])
        rows = s.execute(
            select(Order.id, Order.order_no, Order.status, Order.hold_reason, Order.shipment_id)
            .where(Order.id.in_(chunk))
            .order_by(Order.id)
        ).all()
        for row in rows:
            if row.hold_reason:
                batch.changes.refused.append(_on_hold(row.order_no, row.hold_reason))
                continue
            if row.status not in allowed:
                batch.changes.refused.append(_not_ready(row.order_no, row.status))
                continue
            shipment_id = row.shipment_id
            if shipment_id is None and not create:
                batch.changes.refused.append(_no_number(row.order_no))
                continue
            if shipment_id is None:
                key = f"S{take_numbers(s, 'shipments')[0]:08d}"
                shipment_id = s.execute(
                    insert(Shipment).values(key=key, print_count=0).returning(Shipment.id)
                ).scalar_one()
                s.execute(
                    update(Order)
                    .where(Order.id == row.id)
                    .values(shipment_id=shipment_id, version=Order.version + 1)
                )
                batch.changes.order_ids.add(row.id)
            if shipment_id not in seen:
                seen.add(shipment_id)
                batch.shipment_ids.append(shipment_id)
    return batch


def _no_number(order_no: str) -> Refusal:
    return Refusal(
        order_no,
        f"주문 {order_no}: 송장번호가 아직 없습니다.",
        f"Order {order_no} has no waybill number yet.",
    )


def _on_hold(order_no: str, reason: str) -> Refusal:
    return Refusal(
        order_no,
        f"주문 {order_no}: 보류 중인 주문은 송장을 출력하거나 내보낼 수 없습니다 ({reason}).",
        f"Order {order_no}: an order on hold cannot be exported or printed ({reason}).",
    )


def _not_ready(order_no: str, status: str) -> Refusal:
    korean = OrderStatus(status).korean
    return Refusal(
        order_no,
        f"주문 {order_no}: {korean} 상태입니다 — 배송준비중 주문만 송장을 받을 수 있습니다.",
        f"Order {order_no} is {status}; only orders ready to ship get waybills.",
    )


def record_numbers(
    s: Session, assigned: dict[int, tuple[str, str]], numbering: str, who: str, now: datetime
) -> set[int]:
    """Write courier + number on each shipment and a WAYBILL event on each of its orders."""
    for shipment_id, (courier_code, number) in assigned.items():
        s.execute(
            update(Shipment)
            .where(Shipment.id == shipment_id)
            .values(courier_code=courier_code, waybill_no=number, numbering=numbering)
        )
    if not assigned:
        return set()
    orders = s.execute(
        select(Order.id, Order.shipment_id).where(Order.shipment_id.in_(list(assigned)))
    ).all()
    s.execute(
        insert(OrderEvent),
        [
            dict(
                order_id=o.id,
                at=now,
                operator=who,
                kind="WAYBILL",
                from_status=None,
                to_status=None,
                reason=f"{assigned[o.shipment_id][0]} {assigned[o.shipment_id][1]} ({numbering})",
            )
            for o in orders
        ],
    )
    return {o.id for o in orders}


def without_number(s: Session, shipment_ids: Sequence[int]) -> list[int]:
    """Those of the shipments that have no waybill number yet, in the order given."""
    have: set[int] = set()
    for start in range(0, len(shipment_ids), CHUNK):
        chunk = list(shipment_ids[start : start + CHUNK])
        have |= set(
            s.scalars(
                select(Shipment.id).where(Shipment.id.in_(chunk), Shipment.waybill_no.is_not(None))
            )
        )
    return [i for i in shipment_ids if i not in have]


def used_numbers(s: Session, numbers: Sequence[str]) -> dict[str, int]:
    """Waybill number → shipment id, for those of the numbers given already in use."""
    query = select(Shipment.waybill_no, Shipment.id)
    found: dict[str, int] = {}
    for start in range(0, len(numbers), CHUNK):
        chunk = list(numbers[start : start + CHUNK])
        found.update(
            (str(n), int(i)) for n, i in s.execute(query.where(Shipment.waybill_no.in_(chunk)))
        )
    return found


def prepare_label_batch(db: Database, order_ids: Sequence[int]) -> ShipmentBatch:
    """Shipments of the orders that already carry a number (courier file or earlier print);
    orders still without a number are refused, never numbered here."""
    with db.reading() as s:
        batch = prepare_shipments(s, order_ids, reprint=True, create=False)
        missing = set(without_number(s, batch.shipment_ids))
        if missing:
            for order_no in s.scalars(
                select(Order.order_no).where(Order.shipment_id.in_(list(missing)))
            ):
                batch.changes.refused.append(_no_number(order_no))
        batch.shipment_ids = [i for i in batch.shipment_ids if i not in missing]
    return batch  # read only: nothing to commit
