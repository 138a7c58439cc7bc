"""Products and SKUs: created and edited in the program, exported and imported as Excel."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_oms.exchange.excel_out import write_xlsx
from desktop_oms.exchange.product_files import ProductLine
from desktop_oms.services.products import (
    ImportAction,
    ProductInputError,
    export_products,
    import_products,
    preview_product_file,
    save_sku,
    sku_records,
)
from desktop_oms.storage.uow import Database

TEE = ProductLine(
    "TEE-BK-M", "오버핏 반팔티", "블랙/M", "8801234567890", "(주)한빛섬유", 7_000, 19_900, 5, "A-01"
)


def test_a_sku_is_created_and_edited_with_supplier_and_location(db: Database) -> None:
    (sku_id,) = save_sku(db, TEE).sku_ids
    save_sku(db, ProductLine(**{**_fields(TEE), "location": "B-02", "cost": 7_500}), sku_id=sku_id)

    (record,) = sku_records(db)
    assert record.line.location == "B-02" and record.line.cost == 7_500
    assert record.line.supplier_name == "(주)한빛섬유"
    assert (record.on_hand, record.reserved) == (0, 0)


def test_duplicate_code_or_barcode_is_refused(db: Database) -> None:
    save_sku(db, TEE)
    with pytest.raises(ProductInputError, match="이미 있습니다"):
        save_sku(db, TEE)
    other = ProductLine(**{**_fields(TEE), "code": "TEE-BK-L"})
    with pytest.raises(ProductInputError, match="바코드"):
        save_sku(db, other)


def test_export_then_import_round_trip_changes_nothing(db: Database, tmp_path: Path) -> None:
    save_sku(db, TEE)
    save_sku(db, ProductLine("MUG-1", "머그컵", "", "", "코리아리빙", 2_000, 8_000, 0, ""))
    path = export_products(db, tmp_path / "상품.xlsx")

    preview = preview_product_file(db, path)
    result = import_products(db, preview.good_lines)

    assert [r.action for r in preview.rows] == [ImportAction.UPDATE, ImportAction.UPDATE]
    assert (result.created, result.updated) == (0, 2)
    assert [r.line for r in sku_records(db)] == [
        ProductLine("MUG-1", "머그컵", "", "", "코리아리빙", 2_000, 8_000, 0, ""),
        TEE,
    ]
    assert load_workbook(path)["상품목록"].cell(1, 11).value == "현재고"


def test_import_preview_lists_problems_per_row_and_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "new.xlsx",
        [
            (
                "시트1",
                ["상품코드", "상품명", "옵션", "원가", "안전재고"],
                [
                    ["NEW-1", "새 상품", "기본", "1,000", 3],
                    ["", "코드 없음", "", 0, 0],
                    ["NEW-2", "새 상품", "", "abc", 0],
                    ["NEW-1", "중복", "", 0, 0],
                ],
            )
        ],
    )

    preview = preview_product_file(db, path)

    assert [(r.row_no, r.action) for r in preview.rows] == [
        (2, ImportAction.NEW),
        (3, ImportAction.REFUSED),
        (4, ImportAction.REFUSED),
        (5, ImportAction.REFUSED),
    ]
    assert "숫자가 아닙니다" in preview.rows[2].problems[0]
    assert sku_records(db) == []
    with pytest.raises(ProductInputError):
        import_products(db, preview.lines)
    assert sku_records(db) == []
    assert import_products(db, preview.good_lines).created == 1


def _fields(line: ProductLine) -> dict[str, object]:
    return {f: getattr(line, f) for f in line.__dataclass_fields__}
