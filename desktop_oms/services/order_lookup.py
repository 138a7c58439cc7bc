"""Finding orders by their order numbers."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from desktop_oms.storage.tables import Order
from desktop_oms.storage.uow import Database

CHUNK = 500


def order_ids_for(db: Database, order_nos: Iterable[str]) -> tuple[list[int], list[str]]:
    """Ids of the given order numbers, and the numbers that do not exist."""
    wanted = list(dict.fromkeys(order_nos))
    found: dict[str, int] = {}
    with db.reading() as s:
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            rows = s.execute(select(Order.order_no, Order.id).where(Order.order_no.in_(chunk)))
            found.update((number, oid) for number, oid in rows)
    return [found[n] for n in wanted if n in found], [n for n in wanted if n not in found]
