"""A WMS stock file: SKU code and quantity per row, found by header aliases or a saved layout.

The header may sit below a title row; the first of the top ten rows that names both a code
column and a quantity column is taken as the header.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop_oms.exchange.spreadsheet_in import Cell, cell_text, read_sheets

CODE_ALIASES = ("SKU코드", "SKU", "상품코드", "품목코드", "옵션코드", "자체상품코드", "ITEM_CODE")
QUANTITY_ALIASES = ("수량", "재고", "재고수량", "현재고", "가용재고", "실재고", "정상재고", "QTY")


@dataclass(frozen=True, slots=True)
class WmsLayout:
    """Which columns hold the SKU code and the quantity (None = recognise by alias)."""

    code_column: str | None = None
    quantity_column: str | None = None

    def to_json(self) -> str:
        return json.dumps({"code": self.code_column, "quantity": self.quantity_column})

    @classmethod
    def from_json(cls, text: str) -> WmsLayout:
        data = json.loads(text or "{}")
        return cls(data.get("code"), data.get("quantity"))


@dataclass(frozen=True, slots=True)
class WmsRow:
    """One data row: the code and quantity read, or the problems with it."""

    row_no: int
    code: str
    quantity: int | None
    problems: tuple[str, ...] = ()


@dataclass(slots=True)
class WmsFile:
    """The rows of a WMS stock file and the column names used."""

    code_column: str
    quantity_column: str
    rows: list[WmsRow] = field(default_factory=list)


class WmsFileError(ValueError):
    """The file has no recognisable code and quantity columns; Korean / English."""


def _normal(text: str) -> str:
    return text.replace(" ", "").upper()


def _pick(header: list[str], wanted: str | None, aliases: tuple[str, ...]) -> int | None:
    names = [_normal(h) for h in header]
    for name in [wanted] if wanted else aliases:
        if _normal(name) in names:
            return names.index(_normal(name))
    return None


def parse_wms_rows(rows: list[list[Cell]], layout: WmsLayout | None = None) -> WmsFile:
    """Find the header row, then read code and quantity from every non-empty row."""
    layout = layout or WmsLayout()
    at = next((i for i, r in enumerate(rows[:10]) if _has_both(r, layout)), None)
    header = [cell_text(c) for c in rows[at]] if at is not None else []
    code_i = _pick(header, layout.code_column, CODE_ALIASES)
    qty_i = _pick(header, layout.quantity_column, QUANTITY_ALIASES)
    if at is None or code_i is None or qty_i is None:
        raise WmsFileError(
            "상품코드와 수량 열을 찾을 수 없습니다 (예: 상품코드/SKU/품목코드, 수량/재고/가용재고) "
            "/ no SKU code and quantity columns found"
        )
    result = WmsFile(header[code_i], header[qty_i])
    for row_no, cells in enumerate(rows[at + 1 :], start=at + 2):
        code = cell_text(cells[code_i]) if code_i < len(cells) else ""
        raw = cell_text(cells[qty_i]) if qty_i < len(cells) else ""
        if not code and not raw:
            continue
        problems: list[str] = []
        if not code:
            problems.append("상품코드가 비어 있습니다")
        quantity = _quantity(raw, problems)
        result.rows.append(WmsRow(row_no, code, quantity, tuple(problems)))
    return result


def _has_both(row: list[Cell], layout: WmsLayout) -> bool:
    header = [cell_text(c) for c in row]
    return (
        _pick(header, layout.code_column, CODE_ALIASES) is not None
        and _pick(header, layout.quantity_column, QUANTITY_ALIASES) is not None
    )


def _quantity(raw: str, problems: list[str]) -> int | None:
    cleaned = raw.replace(",", "").strip()
    try:
        value = float(cleaned)
    except ValueError:
        problems.append(f"수량이 숫자가 아닙니다: {raw!r}")
        return None
    if value < 0 or not value.is_integer():
        problems.append(f"수량은 0 이상의 정수여야 합니다: {raw}")
        return None
    return int(value)


def read_wms_file(
    path: Path | str, layout: WmsLayout | None = None, password: str | None = None
) -> WmsFile:
    """Read the first sheet that has code and quantity columns."""
    first_error: WmsFileError | None = None
    for sheet in read_sheets(path, password):
        try:
            return parse_wms_rows(sheet.rows, layout)
        except WmsFileError as error:
            first_error = first_error or error
    raise first_error or WmsFileError("빈 파일입니다 / the file is empty")
