"""The access log records who saw personal data in clear, and only the owner reads it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop_oms.domain.permissions import PermissionDenied
from desktop_oms.services.access_log import (
    AccessAction,
    access_log_rows,
    count_access_log,
    export_access_log_xlsx,
    record,
)
from desktop_oms.services.privacy import RevealRefused, reveal
from desktop_oms.storage.uow import Database
from tests.conftest import NOW
from tests.integration.privacy_helpers import OWNER, STAFF, at, one_order


def test_showing_personal_data_to_staff_returns_it_in_clear_and_logs_who_and_why(
    db: Database,
) -> None:
    order_id = one_order(db)
    contacts = reveal(db, STAFF, [order_id], "고객 배송 문의", now=NOW)
    assert contacts[0].recipient_name == "홍길동"
    assert contacts[0].recipient_phone == "010-1234-5678"
    [row] = access_log_rows(db, OWNER)
    assert (row.at, row.operator, row.action, row.order_ids, row.reason) == (
        NOW,
        "알바",
        "VIEW_CLEAR",
        (order_id,),
        "고객 배송 문의",
    )
    assert row.action_korean == "열람"


def test_showing_nothing_is_refused_and_logs_nothing(db: Database) -> None:
    with pytest.raises(RevealRefused, match="no orders selected"):
        reveal(db, STAFF, [], "문의")
    assert count_access_log(db, OWNER) == 0


def test_the_log_never_holds_the_personal_data_itself(db: Database) -> None:
    order_id = one_order(db)
    reveal(db, OWNER, [order_id], "", now=NOW)
    [row] = access_log_rows(db, OWNER)
    assert "홍길동" not in repr(row)
    assert "5678" not in repr(row)


def test_a_row_written_inside_a_unit_of_work_is_rolled_back_with_it(db: Database) -> None:
    with db.unit_of_work() as uow:
        record(uow, "사장", AccessAction.CHANGE, [1, 2], "주소 수정")
        # no commit: the change failed, so its log row must go too
    assert count_access_log(db, OWNER) == 0
    record(db, "사장", AccessAction.PRINT, [3, 1, 3], "송장 출력", now=NOW)
    [row] = access_log_rows(db, OWNER)
    assert row.order_ids == (1, 3)


def test_staff_may_not_read_or_export_the_access_log(db: Database, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied, match="접속기록 조회"):
        access_log_rows(db, STAFF)
    with pytest.raises(PermissionDenied):
        export_access_log_xlsx(db, STAFF, tmp_path / "log.xlsx")
    assert not (tmp_path / "log.xlsx").exists()


def test_the_owner_reads_rows_since_a_date_newest_first(db: Database) -> None:
    record(db, "사장", AccessAction.PRINT, [1], now=at("2026-01-01 09:00"))
    record(db, "알바", AccessAction.EXPORT, [2], "택배사 전달", now=at("2026-11-01 09:00"))
    record(db, "사장", AccessAction.DELETE, [3], now=at("2026-11-20 09:00"))
    rows = access_log_rows(db, OWNER, since=at("2026-06-01 00:00"))
    assert [r.action for r in rows] == ["DELETE", "EXPORT"]


def test_the_owner_exports_the_access_log_to_excel(db: Database, tmp_path: Path) -> None:
    record(db, "알바", AccessAction.EXPORT, [5, 6], "=택배사 전달", now=NOW)
    written = export_access_log_xlsx(db, OWNER, tmp_path / "log.xlsx")
    assert written == 1
    sheet = openpyxl.load_workbook(tmp_path / "log.xlsx").active
    assert [c.value for c in sheet[1]] == ["일시", "작업자", "작업", "주문 수", "주문 ID", "사유"]
    assert [c.value for c in sheet[2]] == [
        "2026-11-26 10:00:00",
        "알바",
        "다운로드",
        2,
        "5,6",
        "=택배사 전달",
    ]
    assert sheet.cell(2, 6).data_type == "s"
