"""The packing station's service: load a parcel by waybill or order number, ship it packed."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_oms.domain.packing import ScanOutcome
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.holds import hold_orders
from desktop_oms.services.packing import (
    PackingRefused,
    finish_parcel,
    load_parcel,
    start_session,
)
from desktop_oms.storage.tables import Order, Sku
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku
from tests.integration.test_claims_helpers import (
    history,
    ledger_agrees,
    order_of,
    ready_order,
    shipped_order,
    stock_of,
)


def _barcode(db: Database, code: str, barcode: str) -> None:
    with db.unit_of_work() as uow:
        uow.session.query(Sku).filter(Sku.code == code).one().barcode = barcode
        uow.commit()


def test_a_fully_scanned_parcel_ships_and_says_so_in_the_history(db: Database) -> None:
    add_sku(db, "A-1", 10)
    add_sku(db, "B-1", 10)
    _barcode(db, "A-1", "8800000000011")
    oid = ready_order(db, ("A-1", 2), ("B-1", 1), waybill="123456789012")

    parcel = load_parcel(db, "1234-5678-9012")
    assert [(i.sku_code, i.quantity) for i in parcel.items] == [("A-1", 2), ("B-1", 1)]
    session = start_session(db, parcel)
    assert session.scan("8800000000011").outcome is ScanOutcome.COUNTED
    assert session.scan("B-1").outcome is ScanOutcome.COUNTED
    assert session.scan("8800000000011").outcome is ScanOutcome.COMPLETE

    changes = finish_parcel(db, parcel, "packer", now=NOW)
    assert changes.order_ids == {oid}
    assert order_of(db, oid).status == OrderStatus.SHIPPED.value
    assert stock_of(db, "A-1") == (8, 0)
    assert [k for k, _ in history(db, oid)][-2:] == ["STATUS", "PACKED"]
    assert ledger_agrees(db)


def test_the_ship_and_its_scan_check_note_are_written_together_or_not_at_all(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_oms.services import orders

    add_sku(db, "A-1", 10)
    oid = ready_order(db, ("A-1", 1), waybill="133456789012")
    parcel = load_parcel(db, "133456789012")
    real_add_event = orders.add_event

    def connection_lost_at_the_note(*args: object, **kwargs: object) -> None:
        if kwargs.get("kind") == "PACKED":
            raise ConnectionError("lost the database while writing the scan check")
        real_add_event(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(orders, "add_event", connection_lost_at_the_note)
    with pytest.raises(ConnectionError):
        finish_parcel(db, parcel, "packer", now=NOW)
    assert order_of(db, oid).status == OrderStatus.READY_TO_SHIP.value
    assert stock_of(db, "A-1") == (10, 1)
    assert "PACKED" not in [k for k, _ in history(db, oid)]


def test_a_parcel_is_found_by_its_order_number_too(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = ready_order(db, ("A-1", 1), waybill="223456789012")
    number = order_of(db, oid).order_no
    assert load_parcel(db, number).order_ids == (oid,)
    assert load_parcel(db, number.replace("-", "")).waybill_no == "223456789012"


def test_a_scanned_sku_of_another_parcel_is_named_as_a_wrong_item(db: Database) -> None:
    add_sku(db, "A-1", 10)
    add_sku(db, "MUG", 10)
    ready_order(db, ("A-1", 1), waybill="323456789012")
    session = start_session(db, load_parcel(db, "323456789012"))
    result = session.scan("MUG")
    assert result.outcome is ScanOutcome.WRONG_ITEM and "MUG" in result.message_ko


def test_orders_without_a_waybill_are_refused(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = ready_order(db, ("A-1", 1))
    with pytest.raises(PackingRefused, match="송장번호가 없습니다"):
        load_parcel(db, order_of(db, oid).order_no)


def test_unknown_numbers_are_refused(db: Database) -> None:
    with pytest.raises(PackingRefused, match="찾을 수 없습니다"):
        load_parcel(db, "999999999999")


def test_held_orders_are_refused(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = ready_order(db, ("A-1", 1), waybill="423456789012")
    hold_orders(db, [oid], "주소 확인 필요", "tester", now=NOW)
    with pytest.raises(PackingRefused, match="보류 중인 주문입니다"):
        load_parcel(db, "423456789012")


def test_an_already_shipped_parcel_is_refused(db: Database) -> None:
    add_sku(db, "A-1", 10)
    shipped_order(db, ("A-1", 1), waybill="523456789012")
    with pytest.raises(PackingRefused, match="이미 발송된"):
        load_parcel(db, "523456789012")


def test_a_parcel_changed_on_another_pc_after_the_scan_is_refused(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = ready_order(db, ("A-1", 1), waybill="623456789012")
    parcel = load_parcel(db, "623456789012")
    hold_orders(db, [oid], "고객 요청", "other-pc", until=date(2026, 12, 1), now=NOW)
    changes = finish_parcel(db, parcel, "packer", now=NOW)
    assert not changes.order_ids and changes.refused
    assert order_of(db, oid).status == OrderStatus.READY_TO_SHIP.value


def combined_parcel(db: Database) -> tuple[int, int]:
    """Two ready orders to one recipient sharing waybill 723456789012 (A-1 ×2, B-1 ×1)."""
    add_sku(db, "A-1", 10)
    add_sku(db, "B-1", 10)
    first = ready_order(db, ("A-1", 1), waybill="723456789012")
    second = ready_order(db, ("A-1", 1), ("B-1", 1))
    with db.unit_of_work() as uow:
        one, two = (uow.session.get(Order, oid) for oid in (first, second))
        assert one is not None and two is not None
        two.shipment_id = one.shipment_id
        uow.commit()
    return first, second


def test_a_combined_parcel_of_two_orders_is_packed_and_shipped_together(db: Database) -> None:
    first, second = combined_parcel(db)

    parcel = load_parcel(db, "723456789012")
    assert [(i.sku_code, i.quantity) for i in parcel.items] == [("A-1", 2), ("B-1", 1)]
    session = start_session(db, parcel)
    for code in ("A-1", "B-1", "A-1"):
        session.scan(code)
    assert session.complete
    assert finish_parcel(db, parcel, "packer", now=NOW).order_ids == {first, second}
    assert stock_of(db, "A-1") == (8, 0)
    assert ledger_agrees(db)


def test_a_combined_parcel_ships_whole_or_not_at_all(db: Database) -> None:
    """Another PC cancels part of one order after the scan: nothing in the box ships."""
    from desktop_oms.services.claim_cancel import cancel_lines

    first, second = combined_parcel(db)
    parcel = load_parcel(db, "723456789012")
    cancel_lines(db, second, {2: 1}, "other-pc", reason="고객요청", now=NOW)

    changes = finish_parcel(db, parcel, "packer", now=NOW)

    assert changes.order_ids == set()
    assert changes.refused
    assert order_of(db, first).status == OrderStatus.READY_TO_SHIP.value
    assert order_of(db, second).status == OrderStatus.READY_TO_SHIP.value
