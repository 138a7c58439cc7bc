"""Retention: destroy recipient personal data of old orders, keeping sums, SKUs and dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, insert, or_, select, update

from desktop_oms.domain.permissions import Permission
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.access_log import AccessAction, record
from desktop_oms.services.changes import Changes
from desktop_oms.services.privacy import PURGED_NAME, Viewer
from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.storage.tables import Order, OrderEvent
from desktop_oms.storage.uow import Database

CHUNK = 500
SAMPLE = 20


@dataclass(frozen=True, slots=True)
class PurgePreview:
    """What a purge would destroy: how many orders, up to which date, a few order numbers."""

    retention_years: int
    cutoff: datetime
    count: int
    oldest: datetime | None
    sample_order_nos: tuple[str, ...]


def years_before(moment: datetime, years: int) -> datetime:
    """The same day and time `years` earlier (29 February becomes 28 February)."""
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:
        return moment.replace(year=moment.year - years, day=28)


def _due(cutoff: datetime) -> ColumnElement[bool]:
    """Orders whose period ended: confirmed before the cutoff, or cancelled before it."""
    return and_(
        Order.personal_data_purged.is_(False),
        or_(
            and_(Order.confirmed_at.is_not(None), Order.confirmed_at <= cutoff),
            and_(
                Order.status == OrderStatus.CANCELLED.value,
                Order.cancelled_at.is_not(None),
                Order.cancelled_at <= cutoff,
            ),
        ),
    )


def _period_end() -> ColumnElement[datetime]:
    return func.coalesce(Order.confirmed_at, Order.cancelled_at)


def purge_preview(db: Database, now: datetime | None = None) -> PurgePreview:
    """How many orders are past the retention period (setting retention_years) at `now`."""
    now = now or datetime.now()
    years = load_shop_settings(db).retention_years
    cutoff = years_before(now, years)
    with db.reading() as s:
        count, oldest = s.execute(
            select(func.count(), func.min(_period_end())).where(_due(cutoff))
        ).one()
        sample = s.scalars(
            select(Order.order_no).where(_due(cutoff)).order_by(Order.id).limit(SAMPLE)
        ).all()
    return PurgePreview(years, cutoff, int(count or 0), oldest, tuple(sample))


PURGED_VALUES: dict[str, object] = {
    "recipient_name": PURGED_NAME,
    "buyer_name": PURGED_NAME,
    "recipient_phone": "",
    "recipient_phone2": "",
    "buyer_phone": "",
    "postal_code": "",
    "address": "",
    "address_detail": "",
    "message": "",
    "depositor_name": "",
    "personal_data_purged": True,
}


def purge(db: Database, viewer: Viewer, now: datetime | None = None) -> Changes:
    """Destroy the personal data of every order past the retention period (owner only).

    Amounts, lines (SKUs, quantities, prices), statuses and dates stay. Each order gets a
    PURGED event and the whole purge one access-log row (DELETE), in the same transaction."""
    viewer.require(Permission.PURGE_PERSONAL)
    now = now or datetime.now()
    years = load_shop_settings(db).retention_years
    cutoff = years_before(now, years)
    changes = Changes()
    with db.unit_of_work() as uow:
        s = uow.session
        due = s.execute(select(Order.id, Order.status).where(_due(cutoff))).all()
        ids = [order_id for order_id, _status in due]
        reason = f"보관기간 {years}년 경과 / retention period of {years} years ended"
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            s.execute(
                update(Order)
                .where(Order.id.in_(chunk))
                .values(**PURGED_VALUES, updated_at=now, version=Order.version + 1)
                .execution_options(synchronize_session=False)
            )
            s.execute(
                insert(OrderEvent),
                [
                    {
                        "order_id": i,
                        "at": now,
                        "operator": viewer.name,
                        "kind": "PURGED",
                        "from_status": None,
                        "to_status": None,
                        "reason": reason,
                    }
                    for i in chunk
                ],
            )
        if ids:
            record(uow, viewer.name, AccessAction.DELETE, ids, reason, now=now)
            uow.touch("orders")
        uow.commit()
    changes.order_ids.update(ids)
    changes.statuses.update(OrderStatus(status) for _id, status in due)
    return changes
