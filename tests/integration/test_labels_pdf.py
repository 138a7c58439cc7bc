"""Rendered labels read back: masked name, waybill number, decodable barcode, page size."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from desktop_oms.exchange.labels import LabelTemplate
from desktop_oms.services.labels import (
    mark_printed,
    render_packing,
    render_pick_list,
    render_shipment_labels,
)
from desktop_oms.services.shop_settings import load_shop_settings, save_shop_settings
from desktop_oms.services.waybill_band import add_band, assign_from_band
from desktop_oms.storage.tables import Order, OrderEvent, Shipment
from desktop_oms.storage.uow import Database
from tests.integration.waybill_helpers import ready_orders

MM = 72 / 25.4


def numbered(db: Database, count: int, lines: int = 1) -> list[int]:
    ids = ready_orders(db, count, lines=lines)
    add_band(db, "CJ", "612345678900", "612345679999")
    batch = assign_from_band(db, ids, "CJ", "test")
    return batch.shipment_ids


def first_waybill(db: Database) -> str:
    with db.reading() as s:
        return str(s.scalar(select(Shipment.waybill_no).order_by(Shipment.id)))


def barcodes_on_page(pdf: bytes, tmp_path: Path, page: int = 1) -> list[str]:
    source = tmp_path / "labels.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "200",
            "-f",
            str(page),
            "-l",
            str(page),
            "-png",
            str(source),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    (image,) = sorted(tmp_path.glob("page*.png"))
    return [r.text for r in zxingcpp.read_barcodes(Image.open(image))]


def test_thermal_label_shows_masked_recipient_and_a_barcode_of_the_number(
    db: Database, tmp_path: Path
) -> None:
    shipment_ids = numbered(db, 2, lines=3)
    pdf = render_shipment_labels(db, shipment_ids, LabelTemplate.THERMAL_100X150)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (100, 150)
    text = reader.pages[0].extract_text()
    number = first_waybill(db)
    assert "홍*동" in text and "홍길동" not in text
    assert "010-1234-****" in text
    assert f"{number[:4]}-{number[4:8]}-{number[8:]}" in text
    assert "외 2건" in text
    assert barcodes_on_page(pdf, tmp_path) == [number]


def test_masking_turned_off_prints_the_full_name(db: Database) -> None:
    shipment_ids = numbered(db, 1)
    settings = load_shop_settings(db)
    settings.mask_labels = False
    save_shop_settings(db, settings)
    pdf = render_shipment_labels(db, shipment_ids, LabelTemplate.CJ_123X100)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "홍길동" in text and "010-1234-5678" in text


def test_a4_sheet_of_three_starts_at_the_given_position(db: Database, tmp_path: Path) -> None:
    shipment_ids = numbered(db, 3)
    pdf = render_shipment_labels(db, shipment_ids, LabelTemplate.A4_3, start_position=3)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2  # one label fills slot 3, two go on the next sheet
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (210, 297)
    assert first_waybill(db) in barcodes_on_page(pdf, tmp_path)


def test_printing_twice_is_recorded_as_a_reprint_with_the_same_number(db: Database) -> None:
    shipment_ids = numbered(db, 1)
    before = first_waybill(db)
    mark_printed(db, shipment_ids, "test")
    assign_from_band(db, [], "CJ", "test")
    mark_printed(db, shipment_ids, "test")
    with db.reading() as s:
        shipment = s.get(Shipment, shipment_ids[0])
        assert shipment is not None
        assert (shipment.print_count, shipment.waybill_no) == (2, before)
        kinds = s.scalars(
            select(OrderEvent.kind)
            .join(Order, Order.id == OrderEvent.order_id)
            .where(OrderEvent.kind.like("LABEL%"))
            .order_by(OrderEvent.id)
        ).all()
    assert kinds == ["LABEL_PRINTED", "LABEL_REPRINTED"]


def test_pick_list_sums_each_sku_over_the_batch_and_slips_come_one_per_parcel(
    db: Database,
) -> None:
    shipment_ids = numbered(db, 4, lines=2)
    text = PdfReader(io.BytesIO(render_pick_list(db, shipment_ids))).pages[0].extract_text()
    assert "TEE-BK-M" in text and "합계 2종 12개" in text
    slips = PdfReader(io.BytesIO(render_packing(db, shipment_ids)))
    assert len(slips.pages) == 4
    assert "홍*동" in slips.pages[0].extract_text()


def test_printing_labels_is_written_to_the_access_log(db: Database) -> None:
    from desktop_oms.storage.tables import AccessLog

    shipment_ids = numbered(db, 2)
    mark_printed(db, shipment_ids, "직원1")
    with db.reading() as s:
        (row,) = s.execute(select(AccessLog.operator, AccessLog.action, AccessLog.order_ids)).all()
    assert (row.operator, row.action) == ("직원1", "PRINT")
    assert len(row.order_ids.split(",")) == 2


def test_reprinting_orders_that_have_no_number_refuses_and_writes_nothing(db: Database) -> None:
    from desktop_oms.services.queries import order_detail
    from desktop_oms.services.waybills import prepare_label_batch
    from tests.integration.waybill_helpers import ready_orders

    (oid,) = ready_orders(db, 1)
    before = order_detail(db, oid)
    assert before is not None

    batch = prepare_label_batch(db, [oid])

    assert batch.shipment_ids == []
    assert "송장번호가 아직 없습니다" in batch.changes.refused[0].message_ko
    after = order_detail(db, oid)
    assert after is not None
    assert after.row.version == before.row.version
    assert after.row.waybill_no is None
