"""Read a courier's tracking / delivery result file: waybill number and delivered date per row.

The header row is found by its names (운송장번호/송장번호 and 배송완료일/배달완료일시 and
their spellings), wherever it sits in the first rows of any sheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop_oms.exchange.spreadsheet_in import (
    Cell,
    Sheet,
    SpreadsheetError,
    cell_text,
    read_sheets,
)

WAYBILL_NAMES = ("운송장번호", "송장번호", "운송장 번호", "송장 번호", "운송장", "waybill")
DELIVERED_NAMES = (
    "배송완료일",
    "배달완료일시",
    "배송완료일시",
    "배달완료일",
    "배송완료일자",
    "배달일시",
    "완료일시",
    "delivered",
)
HEADER_SCAN = 15
_EXCEL_EPOCH = datetime(1899, 12, 30)
_DATE_TEXT = re.compile(
    r"^(\d{4})[-./년 ]\s*(\d{1,2})[-./월 ]\s*(\d{1,2})일?"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class DeliveryRow:
    """One delivered parcel: the sheet row number (as Excel shows it), waybill, date."""

    row_no: int
    waybill_no: str
    delivered_at: datetime


@dataclass(slots=True)
class DeliveryFile:
    """The delivered rows of a file and the rows that could not be read, with why."""

    rows: list[DeliveryRow] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)


def _header_index(names: list[str], aliases: tuple[str, ...]) -> int | None:
    folded = [n.replace(" ", "").lower() for n in names]
    for alias in aliases:
        key = alias.replace(" ", "").lower()
        if key in folded:
            return folded.index(key)
    return None


def parse_delivered(value: Cell) -> datetime | None:
    """A delivered date/time from a cell: a date, an Excel serial, or Korean date text."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool) and 20000 < value < 80000:
        return _EXCEL_EPOCH + timedelta(days=float(value))
    text = cell_text(value)
    match = _DATE_TEXT.match(text) or _COMPACT_DATE.match(text)
    if not match:
        return None
    parts = [int(p) if p else 0 for p in match.groups()]
    try:
        year, month, day, hour, minute, second = parts
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def find_delivery_header(sheet: Sheet) -> tuple[int, int, int] | None:
    """(header row, waybill column, date column) of a sheet, or None if it has no such header."""
    for index, row in enumerate(sheet.rows[:HEADER_SCAN]):
        names = [cell_text(c) for c in row]
        waybill = _header_index(names, WAYBILL_NAMES)
        delivered = _header_index(names, DELIVERED_NAMES)
        if waybill is not None and delivered is not None:
            return index, waybill, delivered
    return None


def rows_from_sheets(sheets: list[Sheet]) -> DeliveryFile:
    """The delivered rows of the first sheet that has a delivery header."""
    for sheet in sheets:
        found = find_delivery_header(sheet)
        if found is None:
            continue
        header, waybill_col, date_col = found
        result = DeliveryFile()
        for index, row in enumerate(sheet.rows[header + 1 :], start=header + 2):
            cells = list(row) + [None] * (max(waybill_col, date_col) + 1 - len(row))
            waybill = re.sub(r"[\s-]", "", cell_text(cells[waybill_col]))
            raw_date = cells[date_col]
            if not waybill and not cell_text(raw_date):
                continue
            if not waybill.isdigit():
                result.problems.append((index, f"송장번호가 올바르지 않습니다: {waybill!r}"))
                continue
            if not cell_text(raw_date):
                continue  # not delivered yet: tracking files list parcels still on the way
            delivered = parse_delivered(raw_date)
            if delivered is None:
                result.problems.append((index, f"배송완료일을 읽을 수 없습니다: {raw_date!r}"))
                continue
            result.rows.append(DeliveryRow(index, waybill, delivered))
        return result
    raise SpreadsheetError(
        "운송장번호(송장번호)와 배송완료일(배달완료일시) 열을 찾을 수 없습니다.",
        "No waybill-number and delivered-date columns were found.",
    )


def read_delivery_file(path: Path | str, password: str | None = None) -> DeliveryFile:
    """Read a tracking / delivery result file (xlsx, xls, ods, csv)."""
    return rows_from_sheets(read_sheets(path, password))
