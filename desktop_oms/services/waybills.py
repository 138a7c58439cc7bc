"""Waybill numbers: shipments for ready orders, number bands, courier upload/result files."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desktop_oms.domain.couriers import Courier
from desktop_oms.domain.status import OrderStatus
from desktop_oms.domain.waybill_band import BandRefused, BandStatus, band_bounds
from desktop_oms.domain.waybill_result import KnownShipment, ResultPreview, sort_rows
from desktop_oms.exchange.courier_files import (
    CourierLayout,
    ShipmentRow,
    copy_default_layouts,
    load_layout,
    read_result_file,
    write_upload_file,
)
from desktop_oms.resources import courier_registry, resource
from desktop_oms.services import access_log
from desktop_oms.services.access_log import AccessAction
from desktop_oms.services.changes import Changes, Refusal
from desktop_oms.services.labels import ShipmentDetail, load_shipments
from desktop_oms.services.sequences import take_numbers
from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.storage.engine import data_dir
from desktop_oms.storage.tables import Order, OrderEvent, Shipment, WaybillBand
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
    s: Session, order_ids: Sequence[int], *, reprint: bool = False
) -> ShipmentBatch:
    """Shipments for the orders; an order without one gets its own. Orders on hold or
    not 배송준비중 (배송중 too when `reprint`) are refused with the reason."""
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
            if shipment_id is None:
                key = f"S{take_numbers(s, 'shipments')[0]:08d}"
                shipment_id = s.execute(
                    insert(Shipment).values(key=key, print_count=0).returning(Shipment.id)
                ).scalar_one()
                s.execute(update(Order).where(Order.id == row.id).values(shipment_id=shipment_id))
                batch.changes.order_ids.add(row.id)
            if shipment_id not in seen:
                seen.add(shipment_id)
                batch.shipment_ids.append(shipment_id)
    return batch


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


# --- Way 2: the shop's own band of numbers -------------------------------------------


def add_band(
    db: Database, courier_code: str, first: str, last: str, now: datetime | None = None
) -> BandStatus:
    """Register a band the courier gave the shop; overlapping an existing band is refused."""
    courier = courier_or_refuse(courier_code)
    try:
        low, high = band_bounds(courier, first, last)
    except BandRefused as refused:
        raise WaybillError(refused.message_ko, refused.message_en) from None
    with db.unit_of_work() as uow:
        s = uow.session
        clash = s.scalar(
            select(WaybillBand.id).where(
                WaybillBand.courier_code == courier.code,
                WaybillBand.first_no <= high,
                WaybillBand.last_no >= low,
            )
        )
        if clash is not None:
            raise WaybillError(
                "이미 등록된 대역과 겹칩니다.", "The band overlaps a band already registered."
            )
        band = WaybillBand(
            courier_code=courier.code,
            first_no=low,
            last_no=high,
            next_no=low,
            active=True,
            created_at=now or datetime.now(),
        )
        s.add(band)
        uow.touch("waybills")
        uow.commit()
        band_id = band.id
    return next(b for b in band_statuses(db) if b.band_id == band_id)


def band_statuses(db: Database, courier_code: str | None = None) -> list[BandStatus]:
    """Every band with how many numbers are left and whether that is below the warning."""
    warn = load_shop_settings(db).band_low_warning
    with db.reading() as s:
        query = select(WaybillBand).order_by(WaybillBand.courier_code, WaybillBand.id)
        if courier_code:
            query = query.where(WaybillBand.courier_code == courier_code)
        return [
            BandStatus(b.id, b.courier_code, b.first_no, b.last_no, b.next_no, b.active, warn)
            for b in s.scalars(query)
        ]


def take_band_serials(s: Session, courier: Courier, count: int) -> list[int]:
    """Take `count` serials from the courier's active bands, oldest band first.

    Each take is one conditional `UPDATE … SET next_no = next_no + k WHERE next_no = seen
    RETURNING next_no`, so two PCs never get the same serial: a PC that lost the race
    matches no row and reads again.
    """
    taken: list[int] = []
    while len(taken) < count:
        band = s.execute(
            select(WaybillBand.id, WaybillBand.next_no, WaybillBand.last_no)
            .where(
                WaybillBand.courier_code == courier.code,
                WaybillBand.active.is_(True),
                WaybillBand.next_no <= WaybillBand.last_no,
            )
            .order_by(WaybillBand.id)
            .limit(1)
        ).first()
        if band is None:
            raise WaybillError(
                f"{courier.name} 송장번호 대역에 남은 번호가 없습니다 "
                f"(필요 {count - len(taken)}개).",
                f"The {courier.name_en} waybill band has no numbers left.",
            )
        k = min(count - len(taken), band.last_no - band.next_no + 1)
        moved = s.execute(
            update(WaybillBand)
            .where(WaybillBand.id == band.id, WaybillBand.next_no == band.next_no)
            .values(next_no=WaybillBand.next_no + k)
            .returning(WaybillBand.next_no)
        ).scalar_one_or_none()
        if moved is None:
            continue
        taken.extend(range(int(moved) - k, int(moved)))
    return taken


def assign_from_band(
    db: Database,
    order_ids: Sequence[int],
    courier_code: str,
    who: str,
    now: datetime | None = None,
) -> ShipmentBatch:
    """Number the shipments of the orders from the band; numbers already given are kept."""
    courier = courier_or_refuse(courier_code)
    now = now or datetime.now()
    with db.unit_of_work() as uow:
        s = uow.session
        batch = prepare_shipments(s, order_ids, reprint=True)
        missing = without_number(s, batch.shipment_ids)
        assigned: dict[int, tuple[str, str]] = {}
        while len(assigned) < len(missing):
            serials = take_band_serials(s, courier, len(missing) - len(assigned))
            numbers = [courier.with_check_digit(n) for n in serials]
            used = used_numbers(s, numbers)
            for number in numbers:
                if number in used or courier.check(number).refused:
                    continue  # typed in by hand earlier: skip it, never hand it out twice
                assigned[missing[len(assigned)]] = (courier.code, number)
        batch.changes.order_ids |= record_numbers(s, assigned, "BAND", who, now)
        if batch.changes.order_ids:  # a preview that numbered nothing wakes no other PC
            batch.changes.statuses.add(OrderStatus.READY_TO_SHIP)
            uow.touch("orders", "waybills")
        uow.commit()
    return batch


def without_number(s: Session, shipment_ids: Sequence[int]) -> list[int]:
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


# --- Way 1: the courier's own program (upload file out, result file in) ---------------


def user_layouts_dir() -> Path:
    """Where the user's edited courier layouts live (copied from the shipped ones)."""
    return data_dir() / "courier_layouts"


def courier_layout(courier_code: str) -> CourierLayout:
    """The layout for the courier: the user's copy (made on first use, then editable)."""
    shipped = resource("templates", "courier_layouts")
    user_dir = user_layouts_dir()
    with suppress(OSError):  # a read-only data folder still gets the shipped layouts
        copy_default_layouts(shipped, user_dir)
    return load_layout(courier_code, shipped, user_dir)


def shipment_row(detail: ShipmentDetail, sender: tuple[str, str, str]) -> ShipmentRow:
    return ShipmentRow(
        shipment_key=detail.key,
        order_no=", ".join(detail.order_nos),
        recipient_name=detail.recipient_name,
        recipient_phone=detail.recipient_phone,
        recipient_phone2=detail.recipient_phone2,
        postal_code=detail.postal_code,
        address=detail.address,
        goods=detail.goods,
        quantity=detail.quantity,
        message=detail.message,
        sender_name=sender[0],
        sender_phone=sender[1],
        sender_address=sender[2],
        waybill_no=detail.waybill_no,
    )


@dataclass(slots=True)
class ExportResult:
    """What a courier upload export wrote."""

    path: Path
    shipments: int
    changes: Changes


def export_courier_file(
    db: Database,
    courier_code: str,
    out: Path,
    who: str,
    order_ids: Sequence[int] | None = None,
) -> ExportResult:
    """The courier's upload file for the selection (default: every 배송준비중 order
    without a waybill number), one row per shipment, keyed by the shipment key."""
    courier = courier_or_refuse(courier_code)
    layout = courier_layout(courier.code)
    settings = load_shop_settings(db)
    sender = (settings.shop_name, settings.sender_phone, settings.sender_address)
    ids = list(order_ids) if order_ids is not None else ready_order_ids(db)
    with db.unit_of_work() as uow:
        s = uow.session
        batch = prepare_shipments(s, ids)
        targets = without_number(s, batch.shipment_ids) if order_ids is None else batch.shipment_ids
        if not targets:
            refused = "; ".join(r.message_ko for r in batch.changes.refused[:3])
            raise WaybillError(
                f"내보낼 배송준비중 주문이 없습니다. {refused}".strip(),
                "There are no ready-to-ship orders to export.",
            )
        s.execute(
            update(Shipment)
            .where(Shipment.id.in_(targets), Shipment.waybill_no.is_(None))
            .values(courier_code=courier.code, numbering="FILE")
        )
        details = load_shipments(s, targets)
        write_upload_file(out, layout, [shipment_row(d, sender) for d in details])
        exported = {i for d in details for i in d.order_ids}
        why = f"택배사 송장 발급용 업로드 파일 ({courier.name}): {out.name}"
        access_log.record(uow, who, AccessAction.EXPORT, exported, why)
        uow.touch("orders")
        uow.commit()
    return ExportResult(out, len(details), batch.changes)


def preview_courier_result(
    db: Database, path: Path, courier_code: str | None = None
) -> ResultPreview:
    """Read a result file and sort its rows; nothing is written."""
    layout = courier_layout(courier_code or "OTHER")
    rows = read_result_file(path, layout)
    fallback = courier_or_refuse(courier_code) if courier_code else None
    with db.reading() as s:
        keys = list({r.key.strip() for r in rows if r.key.strip()})
        known: dict[str, KnownShipment] = {}
        for start in range(0, len(keys), CHUNK):
            chunk = keys[start : start + CHUNK]
            for row in s.execute(
                select(Shipment.key, Shipment.id, Shipment.courier_code, Shipment.waybill_no).where(
                    Shipment.key.in_(chunk)
                )
            ):
                known[row.key] = KnownShipment(row.id, row.courier_code, row.waybill_no)
        numbers = list({r.waybill_no.replace("-", "").strip() for r in rows})
        used = used_numbers(s, numbers)

    def courier_of(code: str | None) -> Courier:
        found = courier_registry().find(code) if code else None
        return fallback or found or courier_or_refuse("OTHER")

    return sort_rows(rows, known, used, courier_of)


def apply_courier_result(
    db: Database, preview: ResultPreview, who: str, now: datetime | None = None
) -> Changes:
    """Set courier + number on each matched shipment, re-checking each number in the same
    transaction (another PC may have used it since the preview)."""
    now = now or datetime.now()
    changes = Changes()
    rows = preview.to_apply
    with db.unit_of_work() as uow:
        s = uow.session
        used = used_numbers(s, [r.number for r in rows])
        free = set(
            s.scalars(
                select(Shipment.id).where(
                    Shipment.id.in_([r.shipment_id for r in rows]), Shipment.waybill_no.is_(None)
                )
            )
        )
        assigned = {
            r.shipment_id: (r.courier_code, r.number)
            for r in rows
            if r.shipment_id is not None and r.shipment_id in free and r.number not in used
        }
        changes.order_ids |= record_numbers(s, assigned, "FILE", who, now)
        changes.statuses.add(OrderStatus.READY_TO_SHIP)
        uow.touch("orders", "waybills")
        uow.commit()
    return changes


def prepare_label_batch(db: Database, order_ids: Sequence[int]) -> ShipmentBatch:
    """Shipments of the orders that already carry a number (courier file or earlier print);
    orders still without a number are refused, never numbered here."""
    with db.unit_of_work() as uow:
        s = uow.session
        batch = prepare_shipments(s, order_ids, reprint=True)
        missing = set(without_number(s, batch.shipment_ids))
        if missing:
            for order_no in s.scalars(
                select(Order.order_no).where(Order.shipment_id.in_(list(missing)))
            ):
                batch.changes.refused.append(
                    Refusal(
                        order_no,
                        f"주문 {order_no}: 송장번호가 아직 없습니다.",
                        f"Order {order_no} has no waybill number yet.",
                    )
                )
        batch.shipment_ids = [i for i in batch.shipment_ids if i not in missing]
        if batch.changes.order_ids:
            uow.touch("orders")
        uow.commit()
    return batch
