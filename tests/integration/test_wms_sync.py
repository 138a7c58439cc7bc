"""WMS sync: a WMS stock file compared with the program, then applied as WMS_SYNC rows."""

from __future__ import annotations

from pathlib import Path

from desktop_oms.domain.status import Action
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.exchange.excel_out import write_xlsx
from desktop_oms.exchange.wms_files import WmsLayout
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.orders import move_orders
from desktop_oms.services.stock import check_stock, stock_why
from desktop_oms.services.wms_sync import (
    apply_wms_sync,
    preview_wms_file,
    save_wms_layout,
    wms_layouts,
)
from desktop_oms.storage.uow import Database
from tests.conftest import add_sku, new_order


def wms_file(tmp_path: Path, header: list[str], rows: list[list[object]]) -> Path:
    return write_xlsx(tmp_path / "wms.xlsx", [("재고현황", header, rows)])


def test_preview_shows_differences_unknown_codes_and_bad_rows(db: Database, tmp_path: Path) -> None:
    add_sku(db, "A", 10)
    add_sku(db, "B", 4)
    add_sku(db, "C", 7)
    path = wms_file(
        tmp_path,
        ["No", "품목코드", "품목명", "가용재고"],
        [[1, "A", "티셔츠", 12], [2, "B", "머그", 4], [3, "ZZZ", "?", 1], [4, "C", "비누", "많음"]],
    )

    preview = preview_wms_file(db, path)

    assert [(d.code, d.on_hand, d.wms_quantity, d.delta) for d in preview.differences] == [
        ("A", 10, 12, 2)
    ]
    assert preview.unchanged == 1
    assert preview.unknown == [(4, "ZZZ")]
    assert [row for row, _ in preview.bad_rows] == [5]
    assert stock_why(db, "A").on_hand == 10


def test_apply_records_wms_sync_rows_and_skips_counts_below_reservations(
    db: Database, tmp_path: Path
) -> None:
    add_sku(db, "A", 10)
    add_sku(db, "B", 5)
    numbers, _ = create_orders(db, [new_order(("B", 4))], "t")
    ids, _ = order_ids_for(db, numbers)
    move_orders(db, ids, Action.RESERVE_STOCK, "t")
    path = wms_file(tmp_path, ["상품코드", "수량"], [["A", 8], ["B", 2]])

    preview = preview_wms_file(db, path)
    result = apply_wms_sync(db, preview, "wms-user")

    assert result.applied == 1
    assert [d.problem != "" for d in preview.differences] == [False, True]
    last = stock_why(db, "A").lines[-1]
    assert (last.kind, last.on_hand_delta, last.source, last.document) == (
        LedgerKind.WMS_SYNC,
        -2,
        "WMS",
        "wms.xlsx",
    )
    assert stock_why(db, "B").on_hand == 5
    assert check_stock(db) == []


def test_a_saved_layout_reads_columns_with_other_names(db: Database, tmp_path: Path) -> None:
    add_sku(db, "A", 1)
    save_wms_layout(db, "우리창고", WmsLayout("ITEM", "STOCK"))
    path = wms_file(tmp_path, ["ITEM", "STOCK"], [["A", 3]])

    preview = preview_wms_file(db, path, wms_layouts(db)["우리창고"])

    assert [(d.code, d.delta) for d in preview.differences] == [("A", 2)]
