"""Purchase-order history (발주 이력): every change of a purchase order as one event row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_oms.domain.purchasing import PoEventKind
from desktop_oms.storage.tables import PurchaseOrder, PurchaseOrderEvent
from desktop_oms.storage.uow import Database


@dataclass(frozen=True, slots=True)
class PoEventRow:
    """One entry of a purchase order's history as the dialog and `po show` list it."""

    at: datetime
    operator: str
    kind: PoEventKind
    detail: str


def record_po_event(
    session: Session, po_id: int, kind: PoEventKind, who: str, now: datetime, detail: str = ""
) -> None:
    """Add one history entry inside the caller's unit of work (written with the change)."""
    session.add(
        PurchaseOrderEvent(
            purchase_order_id=po_id, at=now, operator=who[:50], kind=kind.value, detail=detail
        )
    )


def purchase_order_history(db: Database, po_no: str) -> list[PoEventRow]:
    """The history of purchase order `po_no`, last recorded first (empty if there is no such PO)."""
    query = (
        select(
            PurchaseOrderEvent.at,
            PurchaseOrderEvent.operator,
            PurchaseOrderEvent.kind,
            PurchaseOrderEvent.detail,
        )
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderEvent.purchase_order_id)
        .where(PurchaseOrder.po_no == po_no.strip())
        .order_by(PurchaseOrderEvent.id.desc())
    )
    with db.reading() as s:
        return [
            PoEventRow(at, operator, PoEventKind(kind), detail)
            for at, operator, kind, detail in s.execute(query)
        ]
