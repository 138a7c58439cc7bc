"""Way 1: export in the courier's layout, import its result file, apply once."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from desktop_oms.domain.waybill_result import RowVerdict
from desktop_oms.exchange.excel_out import write_xlsx
from desktop_oms.resources import courier_registry
from desktop_oms.services.courier_files import (
    apply_courier_result,
    export_courier_file,
    preview_courier_result,
)
from desktop_oms.services.waybills import WaybillError
from desktop_oms.storage.tables import Order, Shipment
from desktop_oms.storage.uow import Database
from tests.integration.waybill_helpers import ready_orders


def exported_keys(path: Path) -> list[str]:
    sheet = load_workbook(path).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    column = header.index("고객주문번호")
    return [str(row[column]) for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_combined_orders_are_one_row_with_the_shipment_key(db: Database, tmp_path: Path) -> None:
    ids = ready_orders(db, 3)
    out = tmp_path / "cj.xlsx"
    export_courier_file(db, "CJ", out, "test", order_ids=ids[:1])
    with db.unit_of_work() as uow:  # 합포장: the second order joins the first one's parcel
        first = uow.session.get(Order, ids[0])
        assert first is not None
        uow.session.execute(
            update(Order).where(Order.id == ids[1]).values(shipment_id=first.shipment_id)
        )
        uow.commit()
    result = export_courier_file(db, "CJ", out, "test")
    keys = exported_keys(out)
    assert result.shipments == 2 and len(keys) == 2
    assert all(k.startswith("S") for k in keys)
    sheet = load_workbook(out).active
    assert sheet is not None
    assert [c.value for c in sheet[1]][:2] == ["고객주문번호", "받는분성명"]


def test_orders_on_hold_are_refused_for_export(db: Database, tmp_path: Path) -> None:
    ids = ready_orders(db, 1)
    with db.unit_of_work() as uow:
        uow.session.execute(update(Order).values(hold_reason="주소 확인 중"))
        uow.commit()
    with pytest.raises(WaybillError, match="보류 중인 주문"):
        export_courier_file(db, "CJ", tmp_path / "cj.xlsx", "test", order_ids=ids)


def result_file(path: Path, rows: list[list[str]]) -> Path:
    header = ["운송장번호", "고객주문번호", "받는분성명"]
    return write_xlsx(path, [("결과", header, rows)])


def test_result_rows_are_sorted_and_reimport_changes_nothing(db: Database, tmp_path: Path) -> None:
    ids = ready_orders(db, 4)
    export_courier_file(db, "CJ", tmp_path / "cj.xlsx", "test")
    keys = exported_keys(tmp_path / "cj.xlsx")
    rows = [
        ["6123-4567-8901", keys[0], "홍길동"],
        ["612345678902", keys[1], "홍길동"],
        ["612345678903", "S99999999", "모르는 사람"],
        ["612345678904", keys[2], "홍길동"],
        ["612345678904", keys[3], "홍길동"],
        ["", keys[3], "홍길동"],
    ]
    path = result_file(tmp_path / "result.xlsx", rows)
    preview = preview_courier_result(db, path)
    assert [r.verdict for r in preview.rows] == [
        RowVerdict.MATCHED,
        RowVerdict.MATCHED,
        RowVerdict.UNMATCHED,
        RowVerdict.DUPLICATE,
        RowVerdict.DUPLICATE,
        RowVerdict.INVALID,
    ]
    changes = apply_courier_result(db, preview, "test")
    assert len(changes.order_ids) == 2
    with db.reading() as s:
        numbers = set(
            s.scalars(select(Shipment.waybill_no).where(Shipment.waybill_no.is_not(None)))
        )
    assert numbers == {"612345678901", "612345678902"}
    again = preview_courier_result(db, path)
    assert again.count(RowVerdict.MATCHED) == 0
    assert again.count(RowVerdict.UNCHANGED) == 2
    assert not apply_courier_result(db, again, "test").order_ids
    assert len(ids) == 4


def test_a_number_breaking_the_lotte_rule_is_invalid_and_csv_works(
    db: Database, tmp_path: Path
) -> None:
    ready_orders(db, 2)
    export_courier_file(db, "LOTTE", tmp_path / "lotte.xlsx", "test")
    keys = exported_keys(tmp_path / "lotte.xlsx")
    lotte = courier_registry().get("LOTTE")
    assert lotte is not None
    good = lotte.with_check_digit(30_000_000_001)
    bad = good[:-1] + str((int(good[-1]) + 1) % 7)
    csv_path = tmp_path / "result.csv"
    csv_path.write_text(f"고객주문번호,운송장번호\n{keys[0]},{good}\n{keys[1]},{bad}\n", "cp949")
    preview = preview_courier_result(db, csv_path)
    assert [r.verdict for r in preview.rows] == [RowVerdict.MATCHED, RowVerdict.INVALID]
    assert "검증번호" in preview.rows[1].reason


def test_a_number_already_on_another_shipment_is_a_duplicate(db: Database, tmp_path: Path) -> None:
    ready_orders(db, 2)
    export_courier_file(db, "CJ", tmp_path / "cj.xlsx", "test")
    keys = exported_keys(tmp_path / "cj.xlsx")
    first = result_file(tmp_path / "r1.xlsx", [["612345678901", keys[0], ""]])
    apply_courier_result(db, preview_courier_result(db, first), "test")
    second = result_file(tmp_path / "r2.xlsx", [["612345678901", keys[1], ""]])
    (row,) = preview_courier_result(db, second).rows
    assert row.verdict is RowVerdict.DUPLICATE
    assert "이미 쓰인" in row.reason
    spaced = result_file(tmp_path / "r3.xlsx", [["6123 4567 8901", keys[1], ""]])
    (row,) = preview_courier_result(db, spaced).rows
    assert row.verdict is RowVerdict.DUPLICATE  # written with spaces, still the same number


def test_layouts_are_copied_to_the_data_folder_where_edits_take_effect(
    db: Database, tmp_path: Path
) -> None:
    import json

    from desktop_oms.services.courier_files import courier_layout, user_layouts_dir

    courier_layout("CJ")
    edited = user_layouts_dir() / "CJ.json"
    raw = json.loads(edited.read_text("utf-8"))
    raw["columns"].append({"header": "거래처코드", "value": "A123"})
    edited.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    ready_orders(db, 1)
    out = tmp_path / "cj.xlsx"
    export_courier_file(db, "CJ", out, "test")
    sheet = load_workbook(out).active
    assert sheet is not None
    assert [c.value for c in sheet[1]][-1] == "거래처코드"
    assert sheet.cell(2, sheet.max_column).value == "A123"
