"""The hourly jobs: overdue deposits cancelled, holds back, purchases confirmed, backup made."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from desktop_oms.domain.payment import PaymentMethod
from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.services.backup import list_backups
from desktop_oms.services.holds import hold_orders
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.order_waybill import Shipping
from desktop_oms.services.orders import move_orders
from desktop_oms.services.queries import order_detail
from desktop_oms.storage.uow import Database
from desktop_oms.ui.housekeeping import Housekeeping, run_due_jobs
from tests.conftest import NOW, add_sku, new_order
from tests.integration.test_intake_search import segments


def _one(db: Database, order: object) -> int:
    numbers, _ = create_orders(db, [order], "test", now=NOW - timedelta(days=20))  # type: ignore[list-item]
    (oid,), _ = order_ids_for(db, numbers)
    return oid


def _status(db: Database, oid: int) -> OrderStatus:
    detail = order_detail(db, oid)
    assert detail is not None
    return detail.row.status


def shop_with_due_work(db: Database) -> dict[str, int]:
    add_sku(db, "A-1", 10)
    late = new_order(("A-1", 1), method=PaymentMethod.VIRTUAL_ACCOUNT)
    late.deposit_deadline = NOW - timedelta(days=1)
    waiting = new_order(("A-1", 1), method=PaymentMethod.VIRTUAL_ACCOUNT)
    waiting.deposit_deadline = NOW + timedelta(days=1)
    ids = {
        "late": _one(db, late),
        "waiting": _one(db, waiting),
        "held": _one(db, new_order(("A-1", 1))),
        "delivered": _one(db, new_order(("A-1", 1))),
    }
    held = hold_orders(
        db,
        [ids["held"]],
        "고객 요청",
        "test",
        until=NOW.date() - timedelta(days=2),
        now=NOW - timedelta(days=10),
    )
    assert held.order_ids == {ids["held"]}
    d = ids["delivered"]
    move_orders(db, [d], Action.RESERVE_STOCK, "t", now=NOW - timedelta(days=12))
    move_orders(
        db,
        [d],
        Action.MARK_SHIPPED,
        "t",
        shipping=Shipping("CJ", "123456789012"),
        now=NOW - timedelta(days=11),
    )
    move_orders(db, [d], Action.MARK_DELIVERED, "t", now=NOW - timedelta(days=9))
    return ids


def test_due_jobs_do_what_the_shop_would_otherwise_forget(db: Database) -> None:
    ids = shop_with_due_work(db)

    changes = run_due_jobs(db, NOW)

    assert _status(db, ids["late"]) is OrderStatus.CANCELLED
    assert _status(db, ids["waiting"]) is OrderStatus.AWAITING_PAYMENT
    assert _status(db, ids["delivered"]) is OrderStatus.CONFIRMED
    held = order_detail(db, ids["held"])
    assert held is not None and held.row.hold_reason == ""
    assert {ids["late"], ids["delivered"], ids["held"]} <= changes.order_ids
    backups = list_backups(db.engine.url.render_as_string(hide_password=False))
    assert [b.kind for b in backups] == ["auto"]
    if db.is_sqlite:  # the day's writes left the search index in pieces; now it is one
        assert segments(db) == 1


def test_running_the_jobs_again_changes_nothing(db: Database) -> None:
    shop_with_due_work(db)
    run_due_jobs(db, NOW)
    again = run_due_jobs(db, NOW)
    assert not again.changed


def test_housekeeping_runs_in_the_background_and_reports_what_changed(
    qtbot: QtBot, db: Database
) -> None:
    ids = shop_with_due_work(db)
    keeper = Housekeeping(db, interval_ms=3_600_000)
    with qtbot.waitSignal(keeper.changed, timeout=20_000) as signal:
        keeper.start()
    keeper.stop()
    assert ids["late"] in signal.args[0].order_ids
