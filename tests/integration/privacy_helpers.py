"""Orders for the privacy tests: created through the services, then aged in place."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update

from desktop_oms.domain.permissions import Role
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.privacy import Viewer
from desktop_oms.storage.tables import Order
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku, new_order

OWNER = Viewer("사장", Role.OWNER)
STAFF = Viewer("알바", Role.STAFF)


def one_order(db: Database, sku: str = "A-1", *, name: str = "홍길동", qty: int = 2) -> int:
    """A paid card order for `qty` of `sku` (created if new); its id."""
    add_sku(db, sku, 100)
    numbers, changes = create_orders(db, [new_order((sku, qty), name=name)], "test", NOW)
    assert numbers
    return next(iter(changes.order_ids))


def age(db: Database, order_id: int, **values: object) -> None:
    """Set dates and status of an order directly (what years of work would have done)."""
    with db.unit_of_work() as uow:
        uow.session.execute(update(Order).where(Order.id == order_id).values(**values))
        uow.commit()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)
