"""Benchmark: a 5,000-parcel delivery result import, auto-confirmation, and a packing scan."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select

from desktop_oms.domain.status import OrderStatus
from desktop_oms.exchange.delivery_files import DeliveryFile, DeliveryRow
from desktop_oms.services.delivery import confirm_due, import_delivery, preview_delivery
from desktop_oms.services.demo import fill_demo
from desktop_oms.services.packing import load_parcel
from desktop_oms.storage.tables import Order, Shipment
from desktop_oms.storage.uow import Database

ORDERS = 50_000
T = TypeVar("T")
#: Own targets (the issue names none): a file of a day's parcels must feel instant.
TARGETS = {"preview": 2.0, "import": 10.0, "confirm": 10.0, "parcel": 0.2}


def _shipped_waybills(db: Database) -> list[str]:
    with db.reading() as s:
        return [
            w
            for w in s.scalars(
                select(Shipment.waybill_no)
                .join(Order, Order.shipment_id == Shipment.id)
                .where(Order.status == OrderStatus.SHIPPED.value)
            )
            if w
        ]


def _timed(label: str, target: float, work: Callable[[], T]) -> T:
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    print(f"{label:<44} {seconds:7.2f} s   (target < {target:.1f} s)")
    return result


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        fill_demo(db, ORDERS, seed=7)
        waybills = _shipped_waybills(db)
        now = datetime.now()
        file = DeliveryFile(
            rows=[DeliveryRow(n + 2, w, now - timedelta(days=9)) for n, w in enumerate(waybills)]
        )
        print(f"{len(waybills):,} shipped parcels in a {ORDERS:,}-order database")
        _timed(
            "preview of the delivery file", TARGETS["preview"], lambda: preview_delivery(db, file)
        )
        result = _timed(
            "import (mark 배송완료, one transaction)",
            TARGETS["import"],
            lambda: import_delivery(db, file, "bench", now=now),
        )
        print(f"  delivered: {len(result.changes.order_ids):,}")
        changes = _timed(
            "auto purchase confirmation (confirm_due)",
            TARGETS["confirm"],
            lambda: confirm_due(db, now),
        )
        print(f"  confirmed: {len(changes.order_ids):,}")
        with db.reading() as s:
            ready = s.scalars(
                select(Shipment.waybill_no)
                .join(Order, Order.shipment_id == Shipment.id)
                .where(Order.status == OrderStatus.READY_TO_SHIP.value, Order.hold_reason == "")
            ).first()
        if ready:
            _timed(
                "load one parcel by waybill scan", TARGETS["parcel"], lambda: load_parcel(db, ready)
            )
        db.dispose()


if __name__ == "__main__":
    run()
