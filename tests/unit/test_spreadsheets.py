"""Reading and writing spreadsheets: encodings, header detection, formula escaping."""

from __future__ import annotations

from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from desktop_oms.exchange.excel_out import write_xlsx
from desktop_oms.exchange.spreadsheet_in import (
    SpreadsheetError,
    cell_text,
    find_header_row,
    read_bytes,
    read_sheets,
)


def test_cp949_and_utf8_csv_read_the_same_korean() -> None:
    text = '수취인명,수량\n홍길동,"39,000"\n'
    for encoding in ("utf-8-sig", "cp949", "utf-8"):
        (sheet,) = read_bytes(text.encode(encoding), "orders.csv")
        assert sheet.rows[1] == ["홍길동", "39,000"]


def test_header_below_an_instruction_row_is_found() -> None:
    rows = [
        ["발주발송관리 안내: 아래 양식을 수정하지 마세요"],
        ["상품주문번호", "수취인명", "수량"],
        ["1", "홍길동", "1"],
    ]
    assert find_header_row(rows, {"상품주문번호", "수취인명", "수량", "택배사"}) == 1


def test_file_that_is_not_a_spreadsheet_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"PK\x03\x04garbage" * 10)
    with pytest.raises(SpreadsheetError) as error:
        read_sheets(path)
    assert "스프레드시트" in error.value.message_ko


def test_written_formula_text_reads_back_as_plain_text(tmp_path: Path) -> None:
    evil = '=HYPERLINK("http://evil.example","클릭")'
    path = write_xlsx(
        tmp_path / "out.xlsx", [("주문", ["수취인", "금액"], [[evil, -3000], ["+82", 1]])]
    )
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert rows[1][0] == evil
    assert rows[1][1] == -3000
    assert rows[2][0] == "+82"
    (sheet,) = read_sheets(path)
    assert cell_text(sheet.rows[1][0]) == evil


def test_control_characters_in_customer_text_are_dropped_not_fatal(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "out.xlsx", [("주문", ["메시지"], [["문 앞\x0b에\x00 놓아주세요"]])]
    )
    (sheet,) = read_sheets(path)
    assert cell_text(sheet.rows[1][0]) == "문 앞에 놓아주세요"
