"""Purchase-order history (발주 이력): every change of a purchase order leaves one entry."""

from __future__ import annotations

import uuid
from datetime import datetime

from alembic import command
from sqlalchemy import text

from desktop_oms.services.purchase_history import purchase_order_history
from desktop_oms.services.purchasing import (
    PoLineInput,
    cancel_purchase_order,
    create_from_shortages,
    create_purchase_order,
    send_purchase_order,
)
from desktop_oms.services.receiving import receive_purchase_order
from desktop_oms.storage.engine import make_engine
from desktop_oms.storage.migrate import alembic_config, current_revision, head_revision
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku
from tests.integration.test_receiving import give_supplier, short_orders


def kinds(db: Database, po_no: str) -> list[str]:
    return [event.kind.value for event in purchase_order_history(db, po_no)]


def test_a_po_received_in_two_parts_shows_its_whole_life_newest_first(db: Database) -> None:
    add_sku(db, "A-1", 0)
    po_no = create_purchase_order(db, None, [PoLineInput("A-1", 10)], "kim", now=NOW)
    send_purchase_order(db, po_no, "kim", now=NOW)
    receive_purchase_order(db, po_no, str(uuid.uuid4()), "lee", quantities={"A-1": 4}, now=NOW)
    receive_purchase_order(db, po_no, str(uuid.uuid4()), "lee", now=NOW)

    history = purchase_order_history(db, po_no)

    assert kinds(db, po_no) == ["CLOSED", "RECEIVED", "RECEIVED", "SENT", "CREATED"]
    assert history[-1].detail == "품목 1개, 수량 10"
    assert history[2].detail.endswith(": A-1 4개 (합계 4개)")
    assert history[1].detail.endswith(": A-1 6개 (합계 6개)")
    assert history[2].detail.startswith("입고 #")
    assert [(e.operator, e.at) for e in history[:3]] == [("lee", NOW)] * 3


def test_cancelling_records_the_reason(db: Database) -> None:
    add_sku(db, "A-1", 0)
    po_no = create_purchase_order(db, None, [PoLineInput("A-1", 1)], "kim")

    cancel_purchase_order(db, po_no, "park", "공급처 단종")

    newest = purchase_order_history(db, po_no)[0]
    assert (newest.kind.value, newest.operator, newest.detail) == (
        "CANCELLED",
        "park",
        "사유: 공급처 단종",
    )


def test_purchase_orders_made_from_the_shortages_start_with_a_created_entry(
    db: Database,
) -> None:
    add_sku(db, "TEE", 0)
    give_supplier(db, "TEE")
    short_orders(db, "TEE", [3])

    (po_no,) = create_from_shortages(db, "kim").po_nos

    (created,) = purchase_order_history(db, po_no)
    assert (created.kind.value, created.operator) == ("CREATED", "kim")
    assert created.detail == "재고부족 주문에서 생성 — 품목 1개, 수량 3"


def test_upgrading_a_database_gives_existing_purchase_orders_a_created_entry(
    db: Database, db_url: str
) -> None:
    engine = make_engine(db_url)
    command.downgrade(alembic_config(engine), "0007")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO purchase_orders (po_no, status, created_at, note, version) "
                "VALUES ('PO-OLD', 'SENT', :at, '', 2)"
            ),
            {"at": datetime(2025, 3, 4, 9, 30)},
        )

    command.upgrade(alembic_config(engine), "head")

    assert current_revision(engine) == head_revision()
    (created,) = purchase_order_history(db, "PO-OLD")
    assert (created.kind.value, created.at) == ("CREATED", datetime(2025, 3, 4, 9, 30))
    engine.dispose()
