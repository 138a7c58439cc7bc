"""An order's history reads like a story, from entry to purchase confirmation."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop_oms.domain.status import Action
from desktop_oms.exchange.delivery_files import DeliveryFile, DeliveryRow
from desktop_oms.services.delivery import confirm_due, import_delivery
from desktop_oms.services.holds import hold_orders, record_dispatch_delay, release_holds
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.orders import move_orders
from desktop_oms.services.packing import finish_parcel, load_parcel, start_session
from desktop_oms.services.queries import order_detail
from desktop_oms.storage.tables import Order, Shipment
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku, new_order
from tests.integration.test_claims_helpers import ledger_agrees


def test_the_timeline_tells_the_whole_story(db: Database) -> None:
    add_sku(db, "A-1", 10)
    (number,), _ = create_orders(db, [new_order(("A-1", 1))], "owner", now=NOW)
    (oid,), _ = order_ids_for(db, [number])
    hold_orders(db, [oid], "고객 요청", "owner", now=NOW)
    release_holds(db, [oid], "owner", now=NOW)
    move_orders(db, [oid], Action.RESERVE_STOCK, "owner", now=NOW)
    record_dispatch_delay(db, [oid], date(2026, 11, 30), "입고 지연", "owner", now=NOW)
    with db.unit_of_work() as uow:
        shipment = Shipment(key="S-1", courier_code="CJ", waybill_no="123456789012")
        uow.session.add(shipment)
        uow.session.flush()
        order = uow.session.get(Order, oid)
        assert order is not None
        order.shipment_id = shipment.id
        uow.commit()
    parcel = load_parcel(db, "123456789012")
    session = start_session(db, parcel)
    session.scan("A-1")
    assert session.complete
    finish_parcel(db, parcel, "packer", now=NOW)
    file = DeliveryFile(rows=[DeliveryRow(2, "123456789012", datetime(2026, 11, 28, 15, 0))])
    import_delivery(db, file, "owner", now=NOW + timedelta(days=2))
    confirm_due(db, datetime(2026, 12, 6, 16, 0))

    detail = order_detail(db, oid)
    assert detail is not None
    story = [(e.kind, e.to_status) for e in detail.events]
    assert story == [
        ("CREATED", "PAID"),
        ("HOLD", None),
        ("RELEASE_HOLD", None),
        ("STATUS", "READY_TO_SHIP"),
        ("DISPATCH_DELAY", None),
        ("STATUS", "SHIPPED"),
        ("PACKED", None),
        ("DELIVERED_IMPORT", "DELIVERED"),
        ("STATUS", "CONFIRMED"),
    ]
    assert detail.events[-1].operator == "자동"
    assert ledger_agrees(db)
