"""Way 3: a courier's booking API behind one small interface, and a fake for tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from desktop_oms.domain.couriers import Courier
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.labels import load_shipments
from desktop_oms.services.waybills import (
    ShipmentBatch,
    WaybillError,
    courier_or_refuse,
    prepare_shipments,
    record_numbers,
    used_numbers,
    without_number,
)
from desktop_oms.storage.uow import Database


@dataclass(frozen=True, slots=True)
class Booking:
    """What a courier's API needs to book one parcel."""

    shipment_key: str
    recipient_name: str
    recipient_phone: str
    postal_code: str
    address: str
    goods: str
    quantity: int


class CourierApi(Protocol):
    """A courier's booking API: book a parcel, get its waybill number."""

    courier: Courier

    def book(self, booking: Booking) -> str:
        """Book one parcel and return its waybill number (raise on failure)."""
        ...


class FakeCourierApi:
    """A stand-in API handing out valid numbers from a counter (remembers bookings)."""

    def __init__(self, courier: Courier, start: int | None = None) -> None:
        self.courier = courier
        self._next = start or (30_000_000_000 if courier.check_digit else 700_000_000_000)
        self.bookings: dict[str, str] = {}

    def book(self, booking: Booking) -> str:
        if booking.shipment_key in self.bookings:
            return self.bookings[booking.shipment_key]
        number = self.courier.with_check_digit(self._next)
        self._next += 1
        self.bookings[booking.shipment_key] = number
        return number


def assign_from_api(
    db: Database,
    order_ids: Sequence[int],
    api: CourierApi,
    who: str,
    now: datetime | None = None,
) -> ShipmentBatch:
    """Book each unnumbered shipment through the API and store the numbers it returns."""
    courier = courier_or_refuse(api.courier.code)
    now = now or datetime.now()
    with db.unit_of_work() as uow:
        s = uow.session
        batch = prepare_shipments(s, order_ids, reprint=True)
        details = load_shipments(s, without_number(s, batch.shipment_ids))
        numbers = {}
        for d in details:
            number = courier.normalize(
                api.book(
                    Booking(
                        d.key,
                        d.recipient_name,
                        d.recipient_phone,
                        d.postal_code,
                        d.address,
                        d.goods,
                        d.quantity,
                    )
                )
            )
            check = courier.check(number)
            if check.refused:
                raise WaybillError(check.message_ko, check.message_en)
            numbers[d.shipment_id] = (courier.code, number)
        used = used_numbers(s, [n for _, n in numbers.values()])
        if used:
            raise WaybillError(
                f"API가 이미 쓰인 송장번호를 돌려주었습니다: {', '.join(used)}",
                "The courier API returned numbers already in use.",
            )
        batch.changes.order_ids |= record_numbers(s, numbers, "API", who, now)
        if batch.changes.order_ids:  # a preview that numbered nothing wakes no other PC
            batch.changes.statuses.add(OrderStatus.READY_TO_SHIP)
            uow.touch("orders", "waybills")
        uow.commit()
    return batch
