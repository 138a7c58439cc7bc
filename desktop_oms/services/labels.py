"""Labels, pick lists and packing slips from the database (Core reads), and print records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desktop_oms.domain.privacy import mask_name, mask_phone
from desktop_oms.domain.status import OrderStatus
from desktop_oms.exchange.labels import LabelData, LabelTemplate, render_labels
from desktop_oms.exchange.pick_list import PackingSlip, PickLine, render_packing_slips
from desktop_oms.exchange.pick_list import render_pick_list as draw_pick_list
from desktop_oms.resources import courier_registry, resource
from desktop_oms.services import access_log
from desktop_oms.services.access_log import AccessAction
from desktop_oms.services.changes import Changes
from desktop_oms.services.shop_settings import ShopSettings, load_shop_settings
from desktop_oms.storage.tables import Order, OrderEvent, OrderLine, Shipment, Sku
from desktop_oms.storage.uow import Database

CHUNK = 500
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class LineDetail:
    """One order line of a shipment, with its SKU code and bin location."""

    order_id: int
    channel_line_no: str
    product_name: str
    option_text: str
    quantity: int
    sku_code: str
    location: str


@dataclass(frozen=True, slots=True)
class ShipmentDetail:
    """A parcel with its orders, recipient and goods, read in one pass."""

    shipment_id: int
    key: str
    courier_code: str
    waybill_no: str
    print_count: int
    order_ids: tuple[int, ...]
    order_nos: tuple[str, ...]
    channels: tuple[str, ...]
    channel_order_nos: tuple[str, ...]
    recipient_name: str
    recipient_phone: str
    recipient_phone2: str
    postal_code: str
    address: str
    message: str
    lines: tuple[LineDetail, ...]

    @property
    def quantity(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def goods(self) -> str:
        """ "first item (option) 외 N건" as labels and courier files print it."""
        if not self.lines:
            return ""
        first = self.lines[0]
        text = f"{first.product_name} {first.option_text}".strip()
        return f"{text} 외 {len(self.lines) - 1}건" if len(self.lines) > 1 else text


def load_shipments(session: Session, shipment_ids: Sequence[int]) -> list[ShipmentDetail]:
    """Details of the shipments in the given order (orders and lines by Core, in chunks)."""
    found: dict[int, ShipmentDetail] = {}
    for start in range(0, len(shipment_ids), CHUNK):
        chunk = list(shipment_ids[start : start + CHUNK])
        heads = session.execute(
            select(
                Shipment.id,
                Shipment.key,
                Shipment.courier_code,
                Shipment.waybill_no,
                Shipment.print_count,
            ).where(Shipment.id.in_(chunk))
        ).all()
        orders = session.execute(
            select(
                Order.id,
                Order.shipment_id,
                Order.order_no,
                Order.channel,
                Order.channel_order_no,
                Order.recipient_name,
                Order.recipient_phone,
                Order.recipient_phone2,
                Order.postal_code,
                Order.address,
                Order.address_detail,
                Order.message,
            )
            .where(Order.shipment_id.in_(chunk), Order.status != OrderStatus.CANCELLED.value)
            .order_by(Order.id)
        ).all()
        order_ids = [o.id for o in orders]
        lines = session.execute(
            select(
                OrderLine.order_id,
                OrderLine.channel_line_no,
                OrderLine.product_name,
                OrderLine.option_text,
                OrderLine.quantity - OrderLine.cancelled_qty,
                Sku.code,
                Sku.location,
            )
            .outerjoin(Sku, Sku.id == OrderLine.sku_id)
            .where(OrderLine.order_id.in_(order_ids), OrderLine.quantity > OrderLine.cancelled_qty)
            .order_by(OrderLine.order_id, OrderLine.line_no)
        ).all()
        lines_of: dict[int, list[LineDetail]] = {}
        for ln in lines:
            lines_of.setdefault(ln[0], []).append(
                LineDetail(ln[0], ln[1], ln[2], ln[3], int(ln[4]), ln[5] or "", ln[6] or "")
            )
        orders_of: dict[int, list[Any]] = {}
        for o in orders:
            orders_of.setdefault(o.shipment_id, []).append(o)
        for head in heads:
            members = orders_of.get(head.id, [])
            if not members:
                continue
            first = members[0]
            found[head.id] = ShipmentDetail(
                shipment_id=head.id,
                key=head.key,
                courier_code=head.courier_code or "",
                waybill_no=head.waybill_no or "",
                print_count=head.print_count or 0,
                order_ids=tuple(o.id for o in members),
                order_nos=tuple(o.order_no for o in members),
                channels=tuple(o.channel for o in members),
                channel_order_nos=tuple(o.channel_order_no for o in members),
                recipient_name=first.recipient_name,
                recipient_phone=first.recipient_phone,
                recipient_phone2=first.recipient_phone2,
                postal_code=first.postal_code,
                address=f"{first.address} {first.address_detail}".strip(),
                message=next((o.message for o in members if o.message), ""),
                lines=tuple(ln for o in members for ln in lines_of.get(o.id, [])),
            )
    return [found[i] for i in shipment_ids if i in found]


def label_data(detail: ShipmentDetail, settings: ShopSettings, print_date: str) -> LabelData:
    """What one label shows; name and phone masked unless the shop turned masking off."""
    courier = courier_registry().get(detail.courier_code)
    name = mask_name(detail.recipient_name) if settings.mask_labels else detail.recipient_name
    phone = mask_phone(detail.recipient_phone) if settings.mask_labels else detail.recipient_phone
    orders = detail.order_nos[0] + (
        f" 외 {len(detail.order_nos) - 1}건" if len(detail.order_nos) > 1 else ""
    )
    return LabelData(
        courier_name=courier.name if courier else detail.courier_code,
        waybill_no=detail.waybill_no,
        waybill_display=courier.display(detail.waybill_no) if courier else detail.waybill_no,
        sender_name=settings.shop_name,
        sender_phone=settings.sender_phone,
        sender_address=settings.sender_address,
        recipient_name=name,
        recipient_phone=phone,
        postal_code=detail.postal_code,
        address=detail.address,
        goods=detail.goods,
        quantity=detail.quantity,
        message=detail.message,
        order_no=orders,
        print_date=print_date,
        shipment_key=detail.key,
        goods_lines=tuple(
            f"{ln.product_name} {ln.option_text} ×{ln.quantity}".replace("  ", " ")
            for ln in detail.lines
        ),
    )


def render_shipment_labels(
    db: Database,
    shipment_ids: Sequence[int],
    template: LabelTemplate,
    *,
    start_position: int = 1,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The label PDF for shipments that carry a waybill number (others are skipped)."""
    settings = load_shop_settings(db)
    with db.reading() as s:
        details = [d for d in load_shipments(s, shipment_ids) if d.waybill_no]
    date_text = f"{(now or datetime.now()):%Y-%m-%d}"
    labels = [label_data(d, settings, date_text) for d in details]
    return render_labels(
        labels,
        template,
        start_position=start_position,
        progress=progress,
        fonts_dir=resource("fonts"),
    )


def sample_label_pdf(db: Database) -> bytes:
    """One 100×150 label of the latest numbered shipment — the smoke run's proof that the
    Korean font and the barcode work where the program is installed."""
    with db.reading() as s:
        shipment_id = s.scalar(
            select(Shipment.id)
            .where(Shipment.waybill_no.is_not(None))
            .order_by(Shipment.id.desc())
            .limit(1)
        )
    if shipment_id is None:
        raise LookupError("송장번호가 있는 배송이 없습니다 / no shipment has a waybill number")
    return render_shipment_labels(db, [shipment_id], LabelTemplate.THERMAL_100X150)


def mark_printed(
    db: Database, shipment_ids: Iterable[int], who: str, now: datetime | None = None
) -> Changes:
    """Record a print: first time LABEL_PRINTED, later LABEL_REPRINTED; numbers never change."""
    now = now or datetime.now()
    ids = list(dict.fromkeys(shipment_ids))
    changes = Changes()
    masked = load_shop_settings(db).mask_labels
    with db.unit_of_work() as uow:
        s = uow.session
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            rows = s.execute(
                select(Shipment.id, Shipment.print_count, Shipment.waybill_no).where(
                    Shipment.id.in_(chunk), Shipment.waybill_no.is_not(None)
                )
            ).all()
            printed = {r.id: r for r in rows}
            if not printed:
                continue
            s.execute(
                update(Shipment)
                .where(Shipment.id.in_(list(printed)))
                .values(print_count=Shipment.print_count + 1, label_printed_at=now)
            )
            orders = s.execute(
                select(Order.id, Order.shipment_id, Order.status).where(
                    Order.shipment_id.in_(list(printed))
                )
            ).all()
            events = [
                dict(
                    order_id=o.id,
                    at=now,
                    operator=who,
                    kind="LABEL_REPRINTED"
                    if printed[o.shipment_id].print_count
                    else "LABEL_PRINTED",
                    from_status=None,
                    to_status=None,
                    reason=f"송장 {printed[o.shipment_id].waybill_no}",
                )
                for o in orders
            ]
            if events:
                s.execute(insert(OrderEvent), events)
            changes.order_ids |= {o.id for o in orders}
            changes.statuses |= {OrderStatus(o.status) for o in orders}
        if changes.order_ids:
            why = "송장 출력" + ("" if masked else " (이름·전화 마스킹 해제)")
            access_log.record(uow, who, AccessAction.PRINT, changes.order_ids, why, now=now)
        uow.touch("orders")
        uow.commit()
    return changes


def pick_lines(details: Sequence[ShipmentDetail]) -> list[PickLine]:
    """One line per SKU and option over the batch, sorted by bin location."""
    totals: dict[tuple[str, str, str], list[int]] = {}
    meta: dict[tuple[str, str, str], str] = {}
    for detail in details:
        for ln in detail.lines:
            key = (ln.sku_code, ln.product_name, ln.option_text)
            entry = totals.setdefault(key, [0, 0])
            entry[0] += ln.quantity
            entry[1] += 1
            meta[key] = ln.location
    return sorted(
        (PickLine(meta[k], k[0], k[1], k[2], qty, count) for k, (qty, count) in totals.items()),
        key=lambda p: (p.location or "~", p.sku_code, p.product_name),
    )


def render_pick_list(
    db: Database, shipment_ids: Sequence[int], now: datetime | None = None
) -> bytes:
    with db.reading() as s:
        details = load_shipments(s, shipment_ids)
    title = f"피킹 리스트 {(now or datetime.now()):%Y-%m-%d %H:%M} · {len(details)}건"
    return draw_pick_list(pick_lines(details), title, fonts_dir=resource("fonts"))


def render_packing(db: Database, shipment_ids: Sequence[int], now: datetime | None = None) -> bytes:
    """One packing slip per shipment; recipient masked as on the label."""
    settings = load_shop_settings(db)
    with db.reading() as s:
        details = load_shipments(s, shipment_ids)
    date_text = f"{(now or datetime.now()):%Y-%m-%d}"
    slips = []
    for d in details:
        label = label_data(d, settings, date_text)
        slips.append(
            PackingSlip(
                shipment_key=d.key,
                courier_name=label.courier_name,
                waybill_display=label.waybill_display,
                order_nos=", ".join(d.order_nos),
                recipient=f"{label.recipient_name} {label.recipient_phone}",
                address=f"({d.postal_code}) {d.address}",
                message=d.message,
                lines=tuple(
                    (ln.sku_code, ln.product_name, ln.option_text, ln.quantity) for ln in d.lines
                ),
                shop_name=settings.shop_name,
                print_date=date_text,
            )
        )
    return render_packing_slips(slips, fonts_dir=resource("fonts"))
