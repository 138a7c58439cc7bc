"""Way 1 of getting waybill numbers: the courier's upload file out, its result file in.

Layouts are the user's editable copies of the shipped ones; a result file is previewed
(nothing written), then applied with every number re-checked in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update

from desktop_oms.domain.couriers import Courier
from desktop_oms.domain.status import OrderStatus
from desktop_oms.domain.waybill_result import KnownShipment, ResultPreview, normalize, sort_rows
from desktop_oms.exchange.courier_files import (
    CourierLayout,
    ShipmentRow,
    copy_default_layouts,
    load_layout,
    read_result_file,
    write_upload_file,
)
from desktop_oms.resources import courier_registry, resource
from desktop_oms.services import access_log
from desktop_oms.services.access_log import AccessAction
from desktop_oms.services.changes import Changes
from desktop_oms.services.labels import ShipmentDetail, load_shipments
from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.services.waybills import (
    CHUNK,
    WaybillError,
    courier_or_refuse,
    prepare_shipments,
    ready_order_ids,
    record_numbers,
    used_numbers,
    without_number,
)
from desktop_oms.storage.engine import data_dir
from desktop_oms.storage.tables import Shipment
from desktop_oms.storage.uow import Database


def user_layouts_dir() -> Path:
    """Where the user's edited courier layouts live (copied from the shipped ones)."""
    return data_dir() / "courier_layouts"


def courier_layout(courier_code: str) -> CourierLayout:
    """The layout for the courier: the user's copy (made on first use, then editable)."""
    shipped = resource("templates", "courier_layouts")
    user_dir = user_layouts_dir()
    with suppress(OSError):  # a read-only data folder still gets the shipped layouts
        copy_default_layouts(shipped, user_dir)
    return load_layout(courier_code, shipped, user_dir)


def shipment_row(detail: ShipmentDetail, sender: tuple[str, str, str]) -> ShipmentRow:
    """One upload-file row for a shipment, with the shop as sender (name, phone, address)."""
    return ShipmentRow(
        shipment_key=detail.key,
        order_no=", ".join(detail.order_nos),
        recipient_name=detail.recipient_name,
        recipient_phone=detail.recipient_phone,
        recipient_phone2=detail.recipient_phone2,
        postal_code=detail.postal_code,
        address=detail.address,
        goods=detail.goods,
        quantity=detail.quantity,
        message=detail.message,
        sender_name=sender[0],
        sender_phone=sender[1],
        sender_address=sender[2],
        waybill_no=detail.waybill_no,
    )


@dataclass(slots=True)
class ExportResult:
    """What a courier upload export wrote."""

    path: Path
    shipments: int
    changes: Changes


def export_courier_file(
    db: Database,
    courier_code: str,
    out: Path,
    who: str,
    order_ids: Sequence[int] | None = None,
) -> ExportResult:
    """The courier's upload file for the selection (default: every 배송준비중 order
    without a waybill number), one row per shipment, keyed by the shipment key."""
    courier = courier_or_refuse(courier_code)
    layout = courier_layout(courier.code)
    settings = load_shop_settings(db)
    sender = (settings.shop_name, settings.sender_phone, settings.sender_address)
    ids = list(order_ids) if order_ids is not None else ready_order_ids(db)
    with db.unit_of_work() as uow:
        s = uow.session
        batch = prepare_shipments(s, ids)
        targets = without_number(s, batch.shipment_ids) if order_ids is None else batch.shipment_ids
        if not targets:
            refused = "; ".join(r.message_ko for r in batch.changes.refused[:3])
            raise WaybillError(
                f"내보낼 배송준비중 주문이 없습니다. {refused}".strip(),
                "There are no ready-to-ship orders to export.",
            )
        s.execute(
            update(Shipment)
            .where(Shipment.id.in_(targets), Shipment.waybill_no.is_(None))
            .values(courier_code=courier.code, numbering="FILE")
        )
        details = load_shipments(s, targets)
        write_upload_file(out, layout, [shipment_row(d, sender) for d in details])
        exported = {i for d in details for i in d.order_ids}
        why = f"택배사 송장 발급용 업로드 파일 ({courier.name}): {out.name}"
        access_log.record(uow, who, AccessAction.EXPORT, exported, why)
        uow.touch("orders")
        uow.commit()
    return ExportResult(out, len(details), batch.changes)


def preview_courier_result(
    db: Database, path: Path, courier_code: str | None = None
) -> ResultPreview:
    """Read a result file and sort its rows; nothing is written."""
    layout = courier_layout(courier_code or "OTHER")
    rows = read_result_file(path, layout)
    fallback = courier_or_refuse(courier_code) if courier_code else None
    with db.reading() as s:
        keys = list({r.key.strip() for r in rows if r.key.strip()})
        known: dict[str, KnownShipment] = {}
        for start in range(0, len(keys), CHUNK):
            chunk = keys[start : start + CHUNK]
            for row in s.execute(
                select(Shipment.key, Shipment.id, Shipment.courier_code, Shipment.waybill_no).where(
                    Shipment.key.in_(chunk)
                )
            ):
                known[row.key] = KnownShipment(row.id, row.courier_code, row.waybill_no)
        numbers = list({normalize(r.waybill_no) for r in rows})
        used = used_numbers(s, numbers)

    def courier_of(code: str | None) -> Courier:
        found = courier_registry().find(code) if code else None
        return fallback or found or courier_or_refuse("OTHER")

    return sort_rows(rows, known, used, courier_of)


def apply_courier_result(
    db: Database, preview: ResultPreview, who: str, now: datetime | None = None
) -> Changes:
    """Set courier + number on each matched shipment, re-checking each number in the same
    transaction (another PC may have used it since the preview)."""
    now = now or datetime.now()
    changes = Changes()
    rows = preview.to_apply
    with db.unit_of_work() as uow:
        s = uow.session
        used = used_numbers(s, [r.number for r in rows])
        free = set(
            s.scalars(
                select(Shipment.id).where(
                    Shipment.id.in_([r.shipment_id for r in rows]), Shipment.waybill_no.is_(None)
                )
            )
        )
        assigned = {
            r.shipment_id: (r.courier_code, r.number)
            for r in rows
            if r.shipment_id is not None and r.shipment_id in free and r.number not in used
        }
        changes.order_ids |= record_numbers(s, assigned, "FILE", who, now)
        changes.statuses.add(OrderStatus.READY_TO_SHIP)
        uow.touch("orders", "waybills")
        uow.commit()
    return changes
