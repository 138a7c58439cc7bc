"""Killing the program (SIGKILL) in the middle of a bulk status change loses nothing and
half-changes nothing: the move is one transaction, so it is all or none."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.services.backup import integrity_problems
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.orders import move_orders
from desktop_oms.services.stock import check_stock
from desktop_oms.services.transfer import copy_database
from desktop_oms.storage.tables import Order, OrderLine, StockLedger
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku, new_order
from tests.integration.kill_helpers import kill_when_marked

ORDERS = 5000
pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def big_shop(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite shop with 5,000 paid two-line orders and plenty of stock (built once)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('big') / 'big.sqlite3'}"
    db = Database.open(url)
    for n in range(10):
        add_sku(db, f"SKU-{n}", 100_000)
    for start in range(0, ORDERS, 1000):
        batch = [
            new_order((f"SKU-{k % 10}", 1), (f"SKU-{(k + 3) % 10}", 2))
            for k in range(start, start + 1000)
        ]
        create_orders(db, batch, "test", NOW)
    db.dispose()
    return url


def _order_numbers(db: Database) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(Order.order_no).order_by(Order.id)))


#: A bulk reservation of every order that stops inside its transaction once 1,000 orders
#: are changed (each flushed, none committed), says so through the marker file, and waits
#: to be killed.
PAUSED_MOVE = """
import sys, time
from pathlib import Path
from sqlalchemy import select
from desktop_oms.domain.status import Action
from desktop_oms.services import orders
from desktop_oms.storage.tables import Order
from desktop_oms.storage.uow import Database

db = Database.open(sys.argv[1])
marker = Path(sys.argv[2])
real_add_event, moved = orders.add_event, 0

def add_event_then_pause_at_the_thousandth(*args, **kwargs):
    global moved
    real_add_event(*args, **kwargs)
    moved += 1
    if moved == 1000:
        marker.write_text("1,000 orders changed, not committed")
        time.sleep(120)

orders.add_event = add_event_then_pause_at_the_thousandth
with db.reading() as s:
    ids = list(s.scalars(select(Order.id).order_by(Order.id)))
orders.move_orders(db, ids, Action.RESERVE_STOCK, "kill-test")
"""


def _half_changed_orders(db: Database) -> list[str]:
    """Orders whose status and reserved quantities disagree."""
    with db.reading() as s:
        rows = s.execute(
            select(
                Order.order_no,
                Order.status,
                func.sum(OrderLine.reserved_qty),
                func.sum(OrderLine.quantity - OrderLine.cancelled_qty),
            )
            .join(OrderLine, OrderLine.order_id == Order.id)
            .group_by(Order.id, Order.order_no, Order.status)
        )
        bad = []
        for number, status, reserved, wanted in rows:
            if status == OrderStatus.READY_TO_SHIP.value and reserved != wanted:
                bad.append(number)
            if status == OrderStatus.PAID.value and reserved != 0:
                bad.append(number)
        return bad


def test_killing_a_bulk_move_midway_leaves_every_order_whole(
    big_shop: str, db: Database, db_url: str, tmp_path: Path
) -> None:
    copy_database(big_shop, db_url)
    numbers = _order_numbers(db)
    assert len(numbers) == ORDERS
    marker = tmp_path / "inside.marker"
    returncode = kill_when_marked(
        PAUSED_MOVE,
        [db_url, str(marker)],
        marker,
        ended_early="the mover ended before changing 1,000 orders",
        never_marked="the mover never got 1,000 orders in",
    )
    assert returncode == -signal.SIGKILL

    db.dispose()
    assert integrity_problems(db) == []
    assert check_stock(db) == []
    assert _half_changed_orders(db) == []
    with db.reading() as s:
        statuses = dict(s.execute(select(Order.status, func.count()).group_by(Order.status)).all())
        reserve_rows = s.scalar(select(func.count()).where(StockLedger.kind == "RESERVE"))
    assert statuses == {OrderStatus.PAID.value: ORDERS}
    assert reserve_rows == 0

    ids, _ = order_ids_for(db, numbers[:20])
    assert move_orders(db, ids, Action.RESERVE_STOCK, "after", now=NOW).order_ids == set(ids)
    assert check_stock(db) == []
    assert _half_changed_orders(db) == []
