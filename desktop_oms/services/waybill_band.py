"""Way 2 of getting waybill numbers: the shop's own band of numbers from the courier.

Bands are registered once; numbers are taken race-free across PCs and given to the
shipments of ready orders (numbers already given are kept).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_oms.domain.couriers import Courier
from desktop_oms.domain.status import OrderStatus
from desktop_oms.domain.waybill_band import BandRefused, BandStatus, band_bounds
from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.services.waybills import (
    ShipmentBatch,
    WaybillError,
    courier_or_refuse,
    prepare_shipments,
    record_numbers,
    used_numbers,
    without_number,
)
from desktop_oms.storage.tables import WaybillBand
from desktop_oms.storage.uow import Database


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
