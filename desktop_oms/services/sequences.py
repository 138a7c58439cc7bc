"""Gap-tolerant number sequences shared by every PC (order numbers, PO numbers …)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_oms.storage.tables import ChangeCounter


def take_numbers(session: Session, name: str, count: int = 1) -> range:
    """Reserve `count` consecutive numbers of sequence `name` in one atomic update."""
    area = f"seq:{name}"
    row = session.execute(
        update(ChangeCounter)
        .where(ChangeCounter.area == area)
        .values(revision=ChangeCounter.revision + count)
        .returning(ChangeCounter.revision)
    ).scalar_one_or_none()
    if row is None:
        try:
            with session.begin_nested():
                session.execute(insert(ChangeCounter).values(area=area, revision=count))
            row = count
        except IntegrityError:
            return take_numbers(session, name, count)
    last = int(row)
    return range(last - count + 1, last + 1)


def order_numbers(session: Session, count: int, now: datetime) -> list[str]:
    """Shop order numbers like 20261126-000123 (date of entry, then a shared counter)."""
    day = f"{now:%Y%m%d}-"  # formatted once: an import numbers thousands of orders
    return [f"{day}{n:06d}" for n in take_numbers(session, "orders", count)]


def current(session: Session, name: str) -> int:
    value = session.execute(
        select(ChangeCounter.revision).where(ChangeCounter.area == f"seq:{name}")
    ).scalar_one_or_none()
    return int(value or 0)
