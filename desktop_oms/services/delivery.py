"""Delivery (배송완료) from a tracking result file or by hand, and purchase confirmation.

Importing the same file twice changes nothing: a parcel already delivered is reported as
such. Purchase is confirmed by hand or automatically `auto_confirm_days` after delivery;
an order with an open return or exchange is never confirmed automatically.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from desktop_oms.domain.claims import FINAL_STATUSES
from desktop_oms.domain.status import Action, OrderStatus, transition_for
from desktop_oms.exchange.delivery_files import DeliveryFile, DeliveryRow
from desktop_oms.services.changes import Changes
from desktop_oms.services.order_events import add_event
from desktop_oms.services.orders import move_orders
from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.storage.tables import Claim, Order, Shipment
from desktop_oms.storage.uow import Database

CHUNK = 500
DONE = (OrderStatus.DELIVERED.value, OrderStatus.CONFIRMED.value)


@dataclass(slots=True)
class DeliveryPreview:
    """What an import would do (or did): rows sorted into what happens to them."""

    matched: list[DeliveryRow] = field(default_factory=list)
    already_delivered: list[DeliveryRow] = field(default_factory=list)
    unmatched: list[DeliveryRow] = field(default_factory=list)
    not_shipped: list[tuple[DeliveryRow, str]] = field(default_factory=list)
    duplicates: list[DeliveryRow] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    @property
    def summary_ko(self) -> str:
        return (
            f"배송완료 처리 {len(self.matched)}건 · 이미 배송완료 {len(self.already_delivered)}건"
            f" · 송장 없음 {len(self.unmatched)}건 · 발송 전 {len(self.not_shipped)}건"
            f" · 중복 {len(self.duplicates)}건 · 읽을 수 없는 행 {len(self.problems)}건"
        )


def _orders_by_waybill(s: Session, waybills: list[str]) -> dict[str, list[Order]]:
    found: dict[str, list[Order]] = {}
    for start in range(0, len(waybills), CHUNK):
        chunk = waybills[start : start + CHUNK]
        rows = s.execute(
            select(Shipment.waybill_no, Order)
            .join(Order, Order.shipment_id == Shipment.id)
            .where(Shipment.waybill_no.in_(chunk))
            .order_by(Order.id)
        )
        for waybill, order in rows:
            found.setdefault(waybill or "", []).append(order)
    return found


def _sort(s: Session, file: DeliveryFile) -> tuple[DeliveryPreview, dict[str, list[Order]]]:
    preview = DeliveryPreview(problems=list(file.problems))
    seen: set[str] = set()
    rows: list[DeliveryRow] = []
    for row in file.rows:
        if row.waybill_no in seen:
            preview.duplicates.append(row)
        else:
            seen.add(row.waybill_no)
            rows.append(row)
    orders = _orders_by_waybill(s, [r.waybill_no for r in rows])
    for row in rows:
        found = orders.get(row.waybill_no)
        if not found:
            preview.unmatched.append(row)
        elif all(o.status in DONE for o in found):
            preview.already_delivered.append(row)
        elif all(o.status in (OrderStatus.SHIPPED.value, *DONE) for o in found):
            preview.matched.append(row)
        else:
            blocking = next(o for o in found if o.status not in (OrderStatus.SHIPPED.value, *DONE))
            preview.not_shipped.append(
                (row, f"{blocking.order_no} {OrderStatus(blocking.status).korean}")
            )
    return preview, orders


def preview_delivery(db: Database, file: DeliveryFile) -> DeliveryPreview:
    """Sort the file's rows into matched, already delivered, unmatched … without changing."""
    with db.reading() as s:
        return _sort(s, file)[0]


def import_delivery(
    db: Database,
    file: DeliveryFile,
    who: str,
    *,
    file_name: str = "",
    dry_run: bool = False,
    now: datetime | None = None,
) -> DeliveryPreview:
    """Mark the matched parcels' orders 배송완료 at the file's delivered date (one transaction)."""
    if dry_run:
        return preview_delivery(db, file)
    now = now or datetime.now()
    with db.unit_of_work() as uow:
        preview, orders = _sort(uow.session, file)
        for row in preview.matched:
            for order in orders[row.waybill_no]:
                _deliver(uow.session, order, row, who, now, file_name, preview.changes)
        uow.touch("orders")
        uow.commit()
    return preview


def _deliver(
    s: Session,
    order: Order,
    row: DeliveryRow,
    who: str,
    now: datetime,
    file_name: str,
    changes: Changes,
) -> None:
    source = OrderStatus(order.status)
    transition = transition_for(Action.MARK_DELIVERED, source)
    if transition is None:
        return  # already delivered (a combined parcel half done before)
    order.status = transition.target.value
    order.delivered_at = min(row.delivered_at, now)
    order.updated_at = now
    where = f"{file_name} " if file_name else ""
    add_event(
        s,
        order,
        kind="DELIVERED_IMPORT",
        who=who,
        now=now,
        source=source.value,
        target=transition.target.value,
        reason=f"배송조회 결과 {where}{row.row_no}행: 송장 {row.waybill_no} "
        f"{row.delivered_at:%Y-%m-%d %H:%M} 배송완료",
    )
    changes.order_ids.add(order.id)
    changes.statuses |= {source, transition.target}


def mark_delivered(
    db: Database, order_ids: Sequence[int], who: str, *, now: datetime | None = None
) -> Changes:
    """Mark shipped orders delivered by hand (the customer said the parcel arrived)."""
    return move_orders(db, order_ids, Action.MARK_DELIVERED, who, reason="수동 배송완료", now=now)


def confirm_purchases(
    db: Database, order_ids: Sequence[int], who: str, *, now: datetime | None = None
) -> Changes:
    """Confirm purchase by hand (the customer confirmed on the channel)."""
    return move_orders(db, order_ids, Action.CONFIRM_PURCHASE, who, reason="수동 구매확정", now=now)


def due_for_confirmation(db: Database, now: datetime) -> list[int]:
    """Delivered orders whose confirmation period is over and that have no open claim."""
    days = load_shop_settings(db).auto_confirm_days
    open_claim = exists().where(
        Claim.order_id == Order.id, Claim.status.not_in([s.value for s in FINAL_STATUSES])
    )
    with db.reading() as s:
        return list(
            s.scalars(
                select(Order.id)
                .where(
                    Order.status == OrderStatus.DELIVERED.value,
                    Order.delivered_at.is_not(None),
                    Order.delivered_at <= now - timedelta(days=days),
                    ~open_claim,
                )
                .order_by(Order.id)
            )
        )


def confirm_due(db: Database, now: datetime, who: str = "자동") -> Changes:
    """구매확정 for every order delivered `auto_confirm_days` (default 8) or more days ago."""
    days = load_shop_settings(db).auto_confirm_days
    ids = due_for_confirmation(db, now)
    if not ids:
        return Changes()
    return move_orders(
        db,
        ids,
        Action.CONFIRM_PURCHASE,
        who,
        reason=f"배송완료 후 {days}일 경과 자동 구매확정",
        now=now,
    )
