"""Write .xlsx files safely: customer text never starts a formula (formula injection)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: object) -> bool:
    """Text a spreadsheet would run as a formula (numbers are never escaped)."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def put(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    """Write one cell; formula-like text is stored as plain text with Excel's quote prefix,
    so it reads back as the same string and is never evaluated."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters xlsx cannot hold
    if is_formula_like(value):
        cell.value = value
        cell.data_type = "s"
        cell.quotePrefix = True
    else:
        cell.value = value
    return cell


def append_row(sheet: Worksheet, values: Sequence[object], row: int | None = None) -> int:
    """`sheet.append` with formula escaping; pass `row` to skip looking for the last row
    (`max_row` scans the sheet, which is slow row after row)."""
    if row is None:
        row = sheet.max_row + 1 if sheet.max_row > 1 or sheet.cell(1, 1).value is not None else 1
    for column, value in enumerate(values, start=1):
        put(sheet, row, column, value)
    return row


def write_xlsx(
    path: Path | str,
    sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence[object]]]],
) -> Path:
    """Write (sheet name, header, rows) triples; bold header, sensible column widths."""
    path = Path(path)
    book = Workbook()
    book.remove(book.active)
    for title, header, rows in sheets:
        sheet = book.create_sheet(title[:31])
        append_row(sheet, header, 1)
        widths = [max(8, _width(str(h))) for h in header]
        for number, row in enumerate(rows, start=2):
            append_row(sheet, row, number)
            for i, value in enumerate(row[: len(widths)]):
                widths[i] = min(60, max(widths[i], _width(str(value))))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
        for i, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = width + 2
        sheet.freeze_panes = "A2"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    book.save(tmp)
    tmp.replace(path)
    return path


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x1100 else 1 for ch in text)
