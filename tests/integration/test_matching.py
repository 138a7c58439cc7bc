"""Product matching: imported lines wait for a SKU, a mapping is remembered and applied."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_oms.domain.status import Action
from desktop_oms.services.intake import import_orders, preview_import
from desktop_oms.services.matching import (
    mappings,
    search_skus,
    set_mapping,
    unmatched_items,
)
from desktop_oms.services.orders import move_orders
from desktop_oms.storage.tables import Order, OrderLine
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku
from tests.unit.test_channel_files import smartstore_row, smartstore_rows, write_xlsx_rows


def _import(db: Database, path: Path) -> None:
    import_orders(db, preview_import(db, path, now=NOW), "tester", now=NOW)


def test_unmatched_lines_wait_until_the_user_picks_a_sku_then_reserve(
    db: Database, tmp_path: Path
) -> None:
    sku_id = add_sku(db, "TEE-BK-L", 10, name="오버핏 코튼 반팔티")
    _import(db, write_xlsx_rows(tmp_path / "a.xlsx", smartstore_rows(2)))
    (item,) = unmatched_items(db)
    assert (item.channel, item.orders, item.quantity) == ("SMARTSTORE", 2, 2)
    assert [c.code for c in search_skus(db, "반팔")] == ["TEE-BK-L"]

    changes = set_mapping(db, item.channel, item.product_text, item.option_text, sku_id, "me")
    assert len(changes.order_ids) == 2
    assert unmatched_items(db) == []
    with db.reading() as s:
        assert not any(s.scalars(select(Order.needs_matching)))
        ids = list(s.scalars(select(Order.id)))
    moved = move_orders(db, ids, Action.RESERVE_STOCK, "me")
    assert moved.refused == []
    assert len(moved.order_ids) == 2


def test_a_remembered_mapping_matches_the_next_import_at_once(db: Database, tmp_path: Path) -> None:
    sku_id = add_sku(db, "TEE-BK-L", 10)
    set_mapping(db, "SMARTSTORE", "오버핏 코튼 반팔티", "색상: 블랙 / 사이즈: L", sku_id, "me")
    _import(db, write_xlsx_rows(tmp_path / "a.xlsx", smartstore_rows(1)))
    with db.reading() as s:
        assert list(s.scalars(select(OrderLine.sku_id))) == [sku_id]
        assert list(s.scalars(select(Order.needs_matching))) == [False]
    assert mappings(db)[0].sku_code == "TEE-BK-L"


def test_an_order_stays_waiting_while_one_of_its_lines_is_unmatched(
    db: Database, tmp_path: Path
) -> None:
    sku_id = add_sku(db, "TEE", 10)
    rows = smartstore_rows(0)
    rows.append(smartstore_row("L1", "O1", product="반팔티"))
    rows.append(smartstore_row("L2", "O1", product="머플러"))
    _import(db, write_xlsx_rows(tmp_path / "a.xlsx", rows))
    set_mapping(db, "SMARTSTORE", "반팔티", "색상: 블랙 / 사이즈: L", sku_id, "me")
    with db.reading() as s:
        assert list(s.scalars(select(Order.needs_matching))) == [True]
    assert [i.product_text for i in unmatched_items(db)] == ["머플러"]
