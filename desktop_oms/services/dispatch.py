"""Waybill numbers back to the sales channels, and the list of parcels not sent back yet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update

from desktop_oms.domain.status import OrderStatus
from desktop_oms.exchange.channel_dispatch import (
    CHANNELS,
    DispatchLine,
    channel_key,
    write_dispatch_file,
)
from desktop_oms.resources import courier_registry
from desktop_oms.services.changes import Changes
from desktop_oms.storage.tables import Order, OrderLine, Shipment
from desktop_oms.storage.uow import Database

LIVE = (OrderStatus.READY_TO_SHIP.value, OrderStatus.SHIPPED.value)


@dataclass(frozen=True, slots=True)
class UnsentShipment:
    """A parcel whose label was printed but whose number the channel has not got yet."""

    shipment_id: int
    key: str
    courier_code: str
    waybill_no: str
    channel: str
    order_nos: str
    printed_at: datetime | None


def unsent_shipments(db: Database, channel: str | None = None) -> list[UnsentShipment]:
    """The alarm list: printed labels not yet sent back to their channel."""
    query = (
        select(
            Shipment.id,
            Shipment.key,
            Shipment.courier_code,
            Shipment.waybill_no,
            Order.channel,
            Order.order_no,
            Shipment.label_printed_at,
        )
        .join(Order, Order.shipment_id == Shipment.id)
        .where(
            Shipment.label_printed_at.is_not(None),
            Shipment.sent_to_channel_at.is_(None),
            Shipment.waybill_no.is_not(None),
            Order.status.in_(LIVE),
            Order.channel != "MANUAL",
        )
        .order_by(Shipment.id, Order.id)
    )
    if channel:
        query = query.where(Order.channel == CHANNELS[channel_key(channel)])
    found: dict[int, UnsentShipment] = {}
    with db.reading() as s:
        for row in s.execute(query):
            before = found.get(row.id)
            nos = f"{before.order_nos}, {row.order_no}" if before else row.order_no
            found[row.id] = UnsentShipment(
                row.id,
                row.key,
                row.courier_code or "",
                row.waybill_no or "",
                row.channel,
                nos,
                row.label_printed_at,
            )
    return list(found.values())


@dataclass(slots=True)
class DispatchExport:
    """What a channel dispatch export wrote and marked sent."""

    path: Path
    lines: int
    shipments: int
    changes: Changes


def export_dispatch_file(
    db: Database, channel: str, out: Path, who: str, now: datetime | None = None
) -> DispatchExport:
    """The channel's bulk dispatch file for every numbered, unsent parcel of that channel;
    the parcels are marked sent to the channel in the same transaction."""
    key = channel_key(channel)
    stored = CHANNELS[key]
    now = now or datetime.now()
    registry = courier_registry()
    changes = Changes()
    with db.unit_of_work() as uow:
        s = uow.session
        rows = s.execute(
            select(
                Order.id,
                Order.status,
                Order.channel_order_no,
                Order.channel_bundle_no,
                OrderLine.channel_line_no,
                Shipment.id.label("shipment_id"),
                Shipment.courier_code,
                Shipment.waybill_no,
                OrderLine.product_name,
                OrderLine.option_text,
                (OrderLine.quantity - OrderLine.cancelled_qty).label("open_qty"),
            )
            .join(Shipment, Shipment.id == Order.shipment_id)
            .join(OrderLine, OrderLine.order_id == Order.id)
            .where(
                Order.channel == stored,
                Order.status.in_(LIVE),
                Shipment.waybill_no.is_not(None),
                Shipment.sent_to_channel_at.is_(None),
                OrderLine.quantity > OrderLine.cancelled_qty,
            )
            .order_by(Order.id, OrderLine.line_no)
        ).all()
        lines = []
        for r in rows:
            courier = registry.get(r.courier_code or "")
            code = courier.channel_codes.get(key, courier.code) if courier else r.courier_code
            lines.append(
                DispatchLine(
                    r.channel_order_no,
                    r.channel_line_no,
                    code or "",
                    r.waybill_no or "",
                    r.product_name,
                    r.option_text,
                    int(r.open_qty),
                    bundle_no=r.channel_bundle_no,
                )
            )
        write_dispatch_file(out, key, lines)
        shipment_ids = sorted({r.shipment_id for r in rows})
        if shipment_ids:
            s.execute(
                update(Shipment).where(Shipment.id.in_(shipment_ids)).values(sent_to_channel_at=now)
            )
        changes.order_ids |= {r.id for r in rows}
        changes.statuses |= {OrderStatus(r.status) for r in rows}
        uow.touch("orders")
        uow.commit()
    return DispatchExport(out, len(lines), len(shipment_ids), changes)
