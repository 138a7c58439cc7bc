"""Benchmark: export 10,000 orders to Excel, purge 10,000 expired orders, mask 100,000 log lines."""

from __future__ import annotations

import logging
import tempfile
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert

from desktop_oms.domain.permissions import Role
from desktop_oms.services.log_privacy import PersonalDataFilter
from desktop_oms.services.order_export import export_orders_xlsx
from desktop_oms.services.privacy import Viewer
from desktop_oms.services.retention import purge, purge_preview
from desktop_oms.storage.tables import Order, OrderLine
from desktop_oms.storage.uow import Database

ORDERS = 10_000
LOG_LINES = 100_000
OWNER = Viewer("사장", Role.OWNER)
STAFF = Viewer("알바", Role.STAFF)
NOW = datetime(2026, 11, 26, 10, 0)
CONFIRMED = datetime(2019, 6, 1, 12, 0)


def build_orders(db: Database, count: int = ORDERS) -> None:
    """`count` confirmed orders from 2019 (past five years), two lines each."""
    orders = [
        {
            "id": n,
            "order_no": f"20190601-{n:06d}",
            "channel": "SMARTSTORE",
            "channel_order_no": f"S{n}",
            "status": "CONFIRMED",
            "payment_state": "PAID",
            "payment_method": "CARD",
            "total_amount": 25_000,
            "recipient_name": "홍길동",
            "recipient_phone": "010-1234-5678",
            "postal_code": "06236",
            "address": "서울특별시 강남구 테헤란로 152",
            "address_detail": f"{n}호",
            "ordered_at": CONFIRMED,
            "confirmed_at": CONFIRMED,
            "updated_at": CONFIRMED,
        }
        for n in range(1, count + 1)
    ]
    lines = [
        {
            "order_id": n,
            "line_no": line,
            "product_name": f"상품 {line}",
            "quantity": line,
            "unit_price": 10_000 if line == 1 else 7_500,
        }
        for n in range(1, count + 1)
        for line in (1, 2)
    ]
    with db.unit_of_work() as uow:
        conn = uow.session.connection()
        conn.execute(insert(Order), orders)
        conn.execute(insert(OrderLine), lines)
        uow.commit()


def _timed(label: str, target: float, work: object) -> None:
    start = time.perf_counter()
    result = work()  # type: ignore[operator]
    took = time.perf_counter() - start
    print(f"{label}: {took:.2f} s (target < {target:.0f} s) {result}", flush=True)


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-privacy-") as folder:
        db = Database.open(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        try:
            build_orders(db)
            out = Path(folder) / "orders.xlsx"
            _timed(
                f"export {ORDERS:,} orders (20,000 rows, masked) to xlsx",
                15,
                lambda: export_orders_xlsx(db, STAFF, out, "bench").rows,
            )
            _timed("purge preview", 1, lambda: purge_preview(db, NOW).count)
            _timed(
                f"purge {ORDERS:,} expired orders",
                5,
                lambda: len(purge(db, OWNER, NOW).order_ids),
            )
        finally:
            db.dispose()
    privacy = PersonalDataFilter()
    record = logging.LogRecord(
        "bench",
        logging.INFO,
        __file__,
        1,
        "주문 %s 수취인: %s 연락처 %s 주소: %s",
        None,
        None,
    )

    def mask_lines() -> int:
        for n in range(LOG_LINES):
            record.msg = "주문 %s 수취인: %s 연락처 %s 주소: %s"
            record.args = (n, "홍길동", "010-1234-5678", "서울특별시 강남구 테헤란로 152")
            privacy.filter(record)
        return LOG_LINES

    _timed(f"mask {LOG_LINES:,} log lines (target: < 100 µs a line)", 10, mask_lines)


if __name__ == "__main__":
    run()
