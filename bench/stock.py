"""Benchmark: receiving one purchase order that releases 5,000 waiting orders on 200 SKUs."""

from __future__ import annotations

import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from desktop_oms.services.receiving import receive_purchase_order
from desktop_oms.services.stock import check_stock
from desktop_oms.storage.tables import (
    Order,
    OrderLine,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    Sku,
    Supplier,
)
from desktop_oms.storage.uow import Database

SKUS = 200
ORDERS = 5_000
TARGET_SECONDS = 2.0
START = datetime(2026, 11, 1, 9, 0)


def build_scenario(db: Database, skus: int = SKUS, orders: int = ORDERS) -> str:
    """Out-of-stock SKUs, paid orders waiting for them (재고부족), one sent PO covering all."""
    with db.unit_of_work() as uow:
        conn = uow.session.connection()
        conn.execute(insert(Supplier), [{"id": 1, "name": "(주)벤치공급", "contact": ""}])
        conn.execute(
            insert(Product), [{"id": n, "name": f"벤치 상품 {n}"} for n in range(1, skus + 1)]
        )
        conn.execute(
            insert(Sku),
            [
                {
                    "id": n,
                    "product_id": n,
                    "code": f"BENCH-{n:04d}",
                    "option_text": "기본",
                    "supplier_id": 1,
                    "cost": 1_000,
                    "price": 2_000,
                    "safety_stock": 0,
                    "location": "",
                    "on_hand": 0,
                    "reserved": 0,
                    "active": True,
                }
                for n in range(1, skus + 1)
            ],
        )
        order_rows, line_rows, need = [], [], dict.fromkeys(range(1, skus + 1), 0)
        for n in range(1, orders + 1):
            at = START + timedelta(seconds=n)
            order_rows.append(
                {
                    "id": n,
                    "order_no": f"B{n:07d}",
                    "channel": "MANUAL",
                    "channel_order_no": f"B{n:07d}",
                    "status": "PAID",
                    "payment_state": "PAID",
                    "payment_method": "CARD",
                    "recipient_name": "홍길동",
                    "recipient_phone": "010-1234-5678",
                    "total_amount": 20_000,
                    "ordered_at": at,
                    "paid_at": at,
                    "short_of_stock": True,
                    "updated_at": at,
                    "version": 1,
                }
            )
            sku_id = (n % skus) + 1
            qty = 1 + n % 3
            need[sku_id] += qty
            line_rows.append(
                {
                    "order_id": n,
                    "line_no": 1,
                    "sku_id": sku_id,
                    "product_name": f"벤치 상품 {sku_id}",
                    "quantity": qty,
                    "unit_price": 20_000,
                }
            )
        conn.execute(insert(Order), order_rows)
        conn.execute(insert(OrderLine), line_rows)
        conn.execute(
            insert(PurchaseOrder),
            [
                {
                    "id": 1,
                    "po_no": "PO-BENCH",
                    "supplier_id": 1,
                    "status": "SENT",
                    "created_at": START,
                }
            ],
        )
        conn.execute(
            insert(PurchaseOrderLine),
            [
                {"purchase_order_id": 1, "sku_id": s, "quantity": q, "unit_cost": 1_000}
                for s, q in need.items()
            ],
        )
        uow.commit()
    return "PO-BENCH"


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        po_no = build_scenario(db)
        started = time.perf_counter()
        result = receive_purchase_order(db, po_no, "bench-token", "bench")
        elapsed = time.perf_counter() - started
        problems = check_stock(db)
        db.dispose()
    print(
        f"입고 1건 → 대기주문 {result.covered_orders:,}건 할당 ({SKUS} SKU): "
        f"{elapsed:.2f} s (목표 ≤ {TARGET_SECONDS:.1f} s) "
        f"{'OK' if elapsed <= TARGET_SECONDS else 'SLOW'}; 재고 검증 불일치 {len(problems)}건"
    )


if __name__ == "__main__":
    run()
