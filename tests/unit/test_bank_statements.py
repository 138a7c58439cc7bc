"""Bank statements: deposits read from CSV (CP949) and xls layouts, withdrawals left out."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop_oms.exchange.bank_statements import parse_statement
from desktop_oms.exchange.spreadsheet_in import SpreadsheetError, read_bytes, read_sheets
from tests.unit.test_channel_files import csv_bytes


def test_cp949_csv_statement_gives_deposits_and_row_problems() -> None:
    rows: list[list[object]] = [
        ["농협 거래내역"],
        ["거래일자", "입금자명", "출금(원)", "입금액", "잔액"],
        ["2026.11.26 13:05:00", "홍길동", "0", "39,000", "139,000"],
        ["2026.11.26 14:00:00", "관리비", "50,000", "0", "89,000"],
        ["2026.11.26 15:00:00", "김영희", "0", "삼만원", "89,000"],
        ["", "", "", "", ""],
    ]
    statement = parse_statement(read_bytes(csv_bytes(rows, "cp949"), "bank.csv"))
    (deposit,) = statement.deposits
    assert (deposit.row, deposit.name, deposit.amount) == (3, "홍길동", 39_000)
    assert deposit.at == datetime(2026, 11, 26, 13, 5)
    assert [(p.row, p.reason) for p in statement.problems] == [
        (5, "입금액이 숫자가 아닙니다: '삼만원'")
    ]


def test_xls_statement_is_read(tmp_path: Path) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("거래내역")
    for c, name in enumerate(["거래일시", "기재내용", "찾으신금액", "맡기신금액"]):
        sheet.write(0, c, name)
    for c, value in enumerate(["2026-11-26 10:00:00", "이 하 은", 0, 27_900]):
        sheet.write(1, c, value)
    path = tmp_path / "bank.xls"
    book.save(str(path))
    (deposit,) = parse_statement(read_sheets(path)).deposits
    assert (deposit.name, deposit.amount) == ("이 하 은", 27_900)


def test_a_sheet_without_statement_columns_is_refused() -> None:
    with pytest.raises(SpreadsheetError) as error:
        parse_statement(read_bytes(csv_bytes([["이름", "금액"], ["a", "1"]]), "x.csv"))
    assert "은행 거래내역 양식이 아닙니다" in error.value.message_ko
