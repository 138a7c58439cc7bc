"""Delivery result import, hand delivery, and purchase confirmation after N days."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.exchange.delivery_files import read_delivery_file
from desktop_oms.services.claims import request_return
from desktop_oms.services.delivery import (
    confirm_due,
    import_delivery,
    mark_delivered,
    preview_delivery,
)
from desktop_oms.services.orders import move_orders
from desktop_oms.services.shop_settings import load_shop_settings, save_shop_settings
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku
from tests.integration.test_claims_helpers import history, order_of, ready_order, shipped_order


def _tracking_file(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "배송조회.csv"
    with path.open("w", encoding="cp949", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["CJ대한통운 배송조회 결과"])
        writer.writerow(["순번", "송장번호", "받는분", "배달완료일시"])
        writer.writerows(rows)
    return path


def test_a_tracking_file_marks_parcels_delivered_at_the_files_date(
    db: Database, tmp_path: Path
) -> None:
    add_sku(db, "A-1", 10)
    delivered = shipped_order(db, ("A-1", 1), waybill="123456789012")
    on_the_way = shipped_order(db, ("A-1", 1), waybill="223456789012")
    not_shipped = ready_order(db, ("A-1", 1), waybill="323456789012")
    path = _tracking_file(
        tmp_path,
        [
            ["1", "1234-5678-9012", "홍길동", "2026-11-27 14:05"],
            ["2", "223456789012", "김철수", ""],
            ["3", "999999999999", "박영희", "2026.11.27"],
            ["4", "323456789012", "이순신", "2026-11-27"],
        ],
    )
    file = read_delivery_file(path)
    preview = preview_delivery(db, file)
    assert [r.waybill_no for r in preview.matched] == ["123456789012"]
    assert [r.waybill_no for r in preview.unmatched] == ["999999999999"]
    assert [r.waybill_no for r, _ in preview.not_shipped] == ["323456789012"]

    result = import_delivery(db, file, "tester", file_name=path.name, now=NOW + timedelta(days=2))
    assert result.changes.order_ids == {delivered}
    order = order_of(db, delivered)
    assert order.status == OrderStatus.DELIVERED.value
    assert order.delivered_at == datetime(2026, 11, 27, 14, 5)
    assert history(db, delivered)[-1][0] == "DELIVERED_IMPORT"
    assert order_of(db, on_the_way).status == OrderStatus.SHIPPED.value
    assert order_of(db, not_shipped).status == OrderStatus.READY_TO_SHIP.value


def test_importing_the_same_file_again_changes_nothing(db: Database, tmp_path: Path) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    file = read_delivery_file(_tracking_file(tmp_path, [["1", "123456789012", "홍", "20261127"]]))
    import_delivery(db, file, "tester", now=NOW + timedelta(days=2))
    events = len(history(db, oid))
    again = import_delivery(db, file, "tester", now=NOW + timedelta(days=3))
    assert not again.changes.order_ids
    assert [r.waybill_no for r in again.already_delivered] == ["123456789012"]
    assert len(history(db, oid)) == events


def test_a_dry_run_changes_nothing(db: Database, tmp_path: Path) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    file = read_delivery_file(_tracking_file(tmp_path, [["1", "123456789012", "홍", "20261127"]]))
    preview = import_delivery(db, file, "tester", dry_run=True)
    assert len(preview.matched) == 1
    assert order_of(db, oid).status == OrderStatus.SHIPPED.value


def test_purchase_is_confirmed_automatically_after_the_set_days(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    mark_delivered(db, [oid], "tester", now=NOW)
    assert not confirm_due(db, NOW + timedelta(days=7)).order_ids
    assert confirm_due(db, NOW + timedelta(days=8)).order_ids == {oid}
    assert order_of(db, oid).status == OrderStatus.CONFIRMED.value
    assert "8일 경과 자동 구매확정" in history(db, oid)[-1][1]


def test_the_confirmation_period_is_a_shop_setting(db: Database) -> None:
    settings = load_shop_settings(db)
    settings.auto_confirm_days = 3
    save_shop_settings(db, settings)
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    move_orders(db, [oid], Action.MARK_DELIVERED, "tester", now=NOW)
    assert confirm_due(db, NOW + timedelta(days=3)).order_ids == {oid}


def test_an_order_with_an_open_return_is_not_confirmed_automatically(db: Database) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    mark_delivered(db, [oid], "tester", now=NOW)
    request_return(db, oid, {1: 1}, "tester", reason="단순 변심", now=NOW)
    assert not confirm_due(db, NOW + timedelta(days=30)).order_ids
