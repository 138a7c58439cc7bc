"""Moving a shop's SQLite file into an empty shared database keeps every row."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_oms.domain.status import Action
from desktop_oms.services.demo import fill_demo
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.orders import move_orders
from desktop_oms.services.queries import order_detail, status_counts
from desktop_oms.services.transfer import TransferRefused, copy_database
from desktop_oms.storage.tables import Order, Sku
from desktop_oms.storage.uow import Database
from tests.conftest import add_sku, new_order


@pytest.fixture
def shop_file(sqlite_db: Database, sqlite_url: str) -> str:
    """A SQLite shop with demo orders in every status, and one SKU of our own."""
    fill_demo(sqlite_db, 300, seed=11)
    add_sku(sqlite_db, "OWN-1", 50)
    sqlite_db.dispose()
    return sqlite_url


def _orders(db: Database) -> list[tuple[str, str, int]]:
    with db.reading() as s:
        rows = s.execute(
            select(Order.order_no, Order.status, Order.total_amount).order_by(Order.order_no)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def _assert_copy_is_whole_and_usable(source_url: str, target_url: str) -> None:
    report = copy_database(source_url, target_url, batch=97)

    assert report.ok, report.mismatches
    assert report.rows > 1000
    assert {c.table for c in report.counts} >= {"orders", "order_lines", "stock_ledger"}
    source, target = Database.open(source_url), Database.open(target_url)
    try:
        assert _orders(target) == _orders(source)
        assert status_counts(target) == status_counts(source)
        (number,), _ = create_orders(target, [new_order(("OWN-1", 2))], "tester")
        (oid,), _ = order_ids_for(target, [number])
        assert move_orders(target, [oid], Action.RESERVE_STOCK, "tester").order_ids == {oid}
        detail = order_detail(target, oid)
        assert detail is not None and detail.row.order_no == number
        with target.reading() as s:
            sku = s.scalars(select(Sku).where(Sku.code == "OWN-1")).one()
            assert (sku.on_hand, sku.reserved) == (50, 2)
    finally:
        source.dispose()
        target.dispose()


@pytest.mark.postgres
def test_a_sqlite_shop_moves_into_an_empty_server_database(
    shop_file: str, pg_empty_url: str
) -> None:
    _assert_copy_is_whole_and_usable(shop_file, pg_empty_url)


def test_a_sqlite_shop_copies_into_another_file(shop_file: str, tmp_path: Path) -> None:
    _assert_copy_is_whole_and_usable(shop_file, f"sqlite:///{tmp_path / 'copy.sqlite3'}")


def test_a_target_with_data_is_refused_and_left_alone(shop_file: str, db: Database) -> None:
    add_sku(db, "THEIRS", 1)
    db.dispose()

    with pytest.raises(TransferRefused, match="비어 있지 않아") as refused:
        copy_database(shop_file, str(db.engine.url.render_as_string(False)))

    assert "skus 1" in str(refused.value)
    with db.reading() as s:
        assert s.scalars(select(Sku.code)).all() == ["THEIRS"]


def test_copy_reports_progress_up_to_every_row(shop_file: str, tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    report = copy_database(
        shop_file,
        f"sqlite:///{tmp_path / 'copy.sqlite3'}",
        progress=lambda table, done, total: seen.append((table, done, total)),
    )
    assert seen[-1][1] == seen[-1][2] == report.rows
