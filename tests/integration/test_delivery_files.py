"""Reading courier tracking result files: header aliases, date forms, bad rows."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_oms.exchange.delivery_files import (
    parse_delivered,
    read_delivery_file,
    rows_from_sheets,
)
from desktop_oms.exchange.excel_out import write_xlsx
from desktop_oms.exchange.spreadsheet_in import Sheet, SpreadsheetError


def test_an_xlsx_with_real_dates_and_the_운송장번호_header_is_read(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "tracking.xlsx",
        [
            (
                "배송조회",
                ["운송장 번호", "받는분", "배송완료일"],
                [
                    ["1234-5678-9012", "홍길동", datetime(2026, 11, 27, 9, 30)],
                    ["223456789012", "김철수", None],
                ],
            )
        ],
    )
    file = read_delivery_file(path)
    assert [(r.row_no, r.waybill_no, r.delivered_at) for r in file.rows] == [
        (2, "123456789012", datetime(2026, 11, 27, 9, 30))
    ]
    assert file.problems == []


def test_the_header_may_sit_below_a_title_row() -> None:
    sheet = Sheet(
        "s",
        [
            ["우체국 배달결과"],
            [None],
            ["등기번호", "송장번호", "배달완료일시"],
            [1, 1234, "2026.11.27 13:05"],
        ],
    )
    (row,) = rows_from_sheets([sheet]).rows
    assert row.row_no == 4 and row.delivered_at == datetime(2026, 11, 27, 13, 5)


def test_unreadable_rows_are_listed_with_their_reason() -> None:
    sheet = Sheet("s", [["송장번호", "배송완료일"], ["ABC", "2026-11-27"], ["1234", "어제"]])
    file = rows_from_sheets([sheet])
    assert file.rows == []
    assert [n for n, _ in file.problems] == [2, 3]
    assert "배송완료일을 읽을 수 없습니다" in file.problems[1][1]


def test_a_file_without_the_columns_is_refused_in_korean() -> None:
    with pytest.raises(SpreadsheetError, match="운송장번호"):
        rows_from_sheets([Sheet("s", [["주문번호", "수량"], ["1", "2"]])])


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2026-11-27", datetime(2026, 11, 27)),
        ("2026/11/27 08:01:02", datetime(2026, 11, 27, 8, 1, 2)),
        ("2026년 11월 27일", datetime(2026, 11, 27)),
        ("20261127", datetime(2026, 11, 27)),
        ("202611271530", datetime(2026, 11, 27, 15, 30)),
        (date(2026, 11, 27), datetime(2026, 11, 27)),
        (46353.5, datetime(2026, 11, 27, 12, 0)),
        ("2026-13-40", None),
    ],
)
def test_delivered_dates_come_in_many_forms(cell: object, expected: datetime | None) -> None:
    assert parse_delivered(cell) == expected  # type: ignore[arg-type]
