"""Numbers back to the channels: dispatch files, the unsent alarm list, the API adapter."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import String, cast, literal, select, update

from desktop_oms.resources import courier_registry
from desktop_oms.services.courier_api import FakeCourierApi, assign_from_api
from desktop_oms.services.dispatch import export_dispatch_file, unsent_shipments
from desktop_oms.services.labels import mark_printed
from desktop_oms.storage.tables import Order, OrderLine, Shipment
from desktop_oms.storage.uow import Database
from tests.integration.waybill_helpers import ready_orders


def smartstore_orders(db: Database, count: int) -> list[int]:
    ids = ready_orders(db, count)
    with db.unit_of_work() as uow:
        uow.session.execute(update(Order).values(channel="SMARTSTORE"))
        uow.session.execute(
            update(OrderLine).values(
                channel_line_no=literal("2026112600") + cast(OrderLine.order_id, String)
            )
        )
        uow.commit()
    return ids


def test_printed_parcels_wait_in_the_alarm_list_until_the_dispatch_file_is_made(
    db: Database, tmp_path: Path
) -> None:
    ids = smartstore_orders(db, 2)
    lotte = courier_registry().get("LOTTE")
    assert lotte is not None
    batch = assign_from_api(db, ids, FakeCourierApi(lotte), "test")
    mark_printed(db, batch.shipment_ids, "test")
    assert len(unsent_shipments(db)) == 2
    out = tmp_path / "smartstore.xlsx"
    result = export_dispatch_file(db, "smartstore", out, "test")
    assert (result.lines, result.shipments) == (2, 2)
    sheet = load_workbook(out)["발송처리"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("상품주문번호", "배송방법", "택배사", "송장번호")
    assert rows[1][1:3] == ("택배", "HYUNDAI")
    assert str(rows[1][0]).startswith("2026112600")
    assert not lotte.check(str(rows[1][3])).refused
    assert unsent_shipments(db) == []
    again = export_dispatch_file(db, "smartstore", tmp_path / "again.xlsx", "test")
    assert again.lines == 0


def test_the_fake_api_numbers_each_parcel_once(db: Database) -> None:
    ids = ready_orders(db, 3)
    cj = courier_registry().get("CJ")
    assert cj is not None
    api = FakeCourierApi(cj)
    assign_from_api(db, ids, api, "test")
    assign_from_api(db, ids, api, "test")
    with db.reading() as s:
        numbers = s.scalars(select(Shipment.waybill_no)).all()
    assert len(numbers) == 3 == len(set(numbers)) == len(api.bookings)


def test_coupang_and_cafe24_files_carry_their_own_courier_codes(
    db: Database, tmp_path: Path
) -> None:
    ids = ready_orders(db, 2)
    with db.unit_of_work() as uow:
        uow.session.execute(update(Order).where(Order.id == ids[0]).values(channel="COUPANG"))
        uow.session.execute(update(Order).where(Order.id == ids[1]).values(channel="CAFE24"))
        uow.commit()
    cj = courier_registry().get("CJ")
    assert cj is not None
    assign_from_api(db, ids, FakeCourierApi(cj), "test")
    export_dispatch_file(db, "coupang", tmp_path / "coupang.xlsx", "test")
    export_dispatch_file(db, "cafe24", tmp_path / "cafe24.xlsx", "test")
    coupang = list(
        load_workbook(tmp_path / "coupang.xlsx")["배송리스트"].iter_rows(values_only=True)
    )
    cafe24 = list(load_workbook(tmp_path / "cafe24.xlsx").active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert coupang[0][2:4] == ("택배사", "운송장번호") and coupang[1][2] == "CJGLS"
    assert cafe24[0][2:4] == ("배송업체코드", "운송장번호") and cafe24[1][2] == "0006"


def test_the_coupang_upload_names_each_orders_bundle_as_the_download_did(
    db: Database, tmp_path: Path
) -> None:
    ids = ready_orders(db, 2)
    with db.unit_of_work() as uow:
        for oid, bundle in zip(ids, ["3100000777", ""], strict=True):
            uow.session.execute(
                update(Order)
                .where(Order.id == oid)
                .values(channel="COUPANG", channel_order_no=f"C{oid}", channel_bundle_no=bundle)
            )
        uow.commit()
    cj = courier_registry().get("CJ")
    assert cj is not None
    assign_from_api(db, ids, FakeCourierApi(cj), "test")
    export_dispatch_file(db, "coupang", tmp_path / "coupang.xlsx", "test")
    sheet = load_workbook(tmp_path / "coupang.xlsx")["배송리스트"]
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert header[:2] == ("묶음배송번호", "주문번호")
    bundles = {row[1]: row[0] for row in rows}
    # an order imported before bundles were kept falls back to its order number
    assert bundles == {f"C{ids[0]}": "3100000777", f"C{ids[1]}": f"C{ids[1]}"}
