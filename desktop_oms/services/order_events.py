"""The order history: one event row per thing that happened to an order."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desktop_oms.storage.tables import Order, OrderEvent


def add_event(
    session: Session,
    order: Order,
    *,
    kind: str,
    who: str,
    now: datetime,
    source: str | None = None,
    target: str | None = None,
    reason: str = "",
) -> None:
    session.add(
        OrderEvent(
            order_id=order.id,
            at=now,
            operator=who,
            kind=kind,
            from_status=source,
            to_status=target,
            reason=reason,
        )
    )
