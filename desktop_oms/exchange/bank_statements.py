"""Read a bank's transaction download (거래내역) into the deposits it lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop_oms.exchange.order_files import RowProblem, parse_number, parse_when
from desktop_oms.exchange.spreadsheet_in import Cell, Sheet, SpreadsheetError, cell_text

#: Column names Korean banks use, per field.
BANK_COLUMNS: dict[str, tuple[str, ...]] = {
    "when": ("거래일시", "거래일자", "거래일", "입금일시", "일자", "날짜"),
    "name": ("입금자명", "입금자", "보낸분", "기재내용", "적요", "내용", "의뢰인", "거래내용"),
    "amount": ("입금액", "입금금액", "입금(원)", "맡기신금액", "입금"),
}


@dataclass(frozen=True, slots=True)
class Deposit:
    """One incoming transfer: row number, when, who sent it, how much."""

    row: int
    at: datetime
    name: str
    amount: int


@dataclass(slots=True)
class BankStatement:
    """The deposits of a statement and the rows that could not be read."""

    deposits: list[Deposit] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def _find_columns(sheet: Sheet) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(sheet.rows[:15]):
        names = [cell_text(c).replace(" ", "") for c in row]
        found: dict[str, int] = {}
        for key, options in BANK_COLUMNS.items():
            for option in options:
                if option in names:
                    found[key] = names.index(option)
                    break
        if len(found) == 3:
            return index, found
    return None


def _cell(cells: list[Cell], index: int) -> Cell:
    return cells[index] if index < len(cells) else None


def parse_statement(sheets: list[Sheet]) -> BankStatement:
    """Deposits (rows with an incoming amount) of the first sheet that looks like a statement."""
    for sheet in sheets:
        located = _find_columns(sheet)
        if located is None:
            continue
        header, cols = located
        statement = BankStatement()
        for offset, cells in enumerate(sheet.rows[header + 1 :]):
            row_no = header + 2 + offset
            if not any(cell_text(c) for c in cells):
                continue
            amount_text = cell_text(_cell(cells, cols["amount"]))
            if not amount_text or amount_text in ("0", "-"):
                continue  # a withdrawal or a balance line
            amount = parse_number(amount_text)
            at = parse_when(_cell(cells, cols["when"]))
            name = cell_text(_cell(cells, cols["name"]))
            if amount is None:
                statement.problems.append(
                    RowProblem(row_no, f"입금액이 숫자가 아닙니다: {amount_text!r}")
                )
            elif at is None:
                statement.problems.append(RowProblem(row_no, "거래일시를 읽을 수 없습니다"))
            elif not name:
                statement.problems.append(RowProblem(row_no, "입금자명이 없습니다"))
            elif amount > 0:
                statement.deposits.append(Deposit(row_no, at, name, amount))
        return statement
    raise SpreadsheetError(
        "은행 거래내역 양식이 아닙니다 (거래일시·입금자명·입금액 열이 필요합니다).",
        "Not a bank statement: needs date, depositor and deposit amount columns.",
    )
