"""The product list as a spreadsheet: one row per SKU, read with per-row problems and written
for editing in Excel (stock figures are exported for reading only, never imported)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_oms.exchange.excel_out import write_xlsx
from desktop_oms.exchange.spreadsheet_in import Cell, cell_text, read_sheets

#: field → (header written, names accepted when reading)
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "code": ("SKU코드", ("SKU코드", "SKU", "상품코드", "품목코드", "옵션코드", "code")),
    "product_name": ("상품명", ("상품명", "품명", "제품명", "product")),
    "option_text": ("옵션", ("옵션", "옵션명", "옵션정보", "option")),
    "barcode": ("바코드", ("바코드", "barcode", "EAN")),
    "supplier_name": ("공급처", ("공급처", "거래처", "매입처", "supplier")),
    "cost": ("원가", ("원가", "매입가", "cost")),
    "price": ("판매가", ("판매가", "가격", "price")),
    "safety_stock": ("안전재고", ("안전재고", "safety")),
    "location": ("보관위치", ("보관위치", "위치", "로케이션", "location")),
    "active": ("사용", ("사용", "사용여부", "active")),
}
REQUIRED = ("code", "product_name")
NUMBERS = ("cost", "price", "safety_stock")
READ_ONLY = ["현재고", "할당", "가용"]


@dataclass(frozen=True, slots=True)
class ProductLine:
    """One SKU as the shop describes it (the input of create, edit and import)."""

    code: str
    product_name: str
    option_text: str = ""
    barcode: str = ""
    supplier_name: str = ""
    cost: int = 0
    price: int = 0
    safety_stock: int = 0
    location: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class ProductFileRow:
    """One data row of a product file: the SKU read, or why it could not be read."""

    row_no: int
    line: ProductLine | None
    problems: tuple[str, ...] = ()


@dataclass(slots=True)
class ProductFile:
    """Every row of a product file."""

    rows: list[ProductFileRow] = field(default_factory=list)

    @property
    def good(self) -> list[ProductLine]:
        return [r.line for r in self.rows if r.line is not None and not r.problems]

    @property
    def bad(self) -> list[ProductFileRow]:
        return [r for r in self.rows if r.problems]


class ProductFileError(ValueError):
    """The file is not a product list; Korean first, then English."""


def _column_index(header: list[Cell]) -> dict[str, int]:
    names = [cell_text(c).replace(" ", "").lower() for c in header]
    index: dict[str, int] = {}
    for key, (_, aliases) in COLUMNS.items():
        for alias in aliases:
            wanted = alias.replace(" ", "").lower()
            if wanted in names:
                index[key] = names.index(wanted)
                break
    return index


def _number(text: str, label: str, problems: list[str]) -> int:
    cleaned = text.replace(",", "").replace("원", "").strip()
    if not cleaned:
        return 0
    try:
        value = float(cleaned)
    except ValueError:
        problems.append(f"{label}이(가) 숫자가 아닙니다: {text}")
        return 0
    if value < 0 or not value.is_integer():
        problems.append(f"{label}은(는) 0 이상의 정수여야 합니다: {text}")
        return 0
    return int(value)


def parse_product_rows(rows: list[list[Cell]]) -> ProductFile:
    """Find the header (the first of the top ten rows naming a code and a product name column,
    aliases accepted), then read every non-empty row."""
    header_at = next(
        (i for i, row in enumerate(rows[:10]) if set(REQUIRED) <= set(_column_index(row))), None
    )
    index = _column_index(rows[header_at]) if header_at is not None else {}
    missing = [COLUMNS[k][0] for k in REQUIRED if k not in index]
    if header_at is None or missing:
        raise ProductFileError(
            "상품 목록의 머리글을 찾을 수 없습니다 (필요: SKU코드, 상품명)"
            " / no product header found (SKU code and product name are needed)"
        )
    result = ProductFile()
    for offset, cells in enumerate(rows[header_at + 1 :], start=header_at + 2):
        texts = {k: cell_text(cells[i]) if i < len(cells) else "" for k, i in index.items()}
        if not any(texts.values()):
            continue
        problems: list[str] = [
            f"{COLUMNS[k][0]}이(가) 비어 있습니다" for k in REQUIRED if not texts.get(k)
        ]
        numbers = {k: _number(texts.get(k, ""), COLUMNS[k][0], problems) for k in NUMBERS}
        active = texts.get("active", "").strip().upper() not in (
            "N",
            "X",
            "0",
            "FALSE",
            "미사용",
            "아니오",
        )
        line = ProductLine(
            code=texts.get("code", "").strip(),
            product_name=texts.get("product_name", "").strip(),
            option_text=texts.get("option_text", ""),
            barcode=texts.get("barcode", ""),
            supplier_name=texts.get("supplier_name", ""),
            location=texts.get("location", ""),
            active=active,
            **numbers,
        )
        result.rows.append(ProductFileRow(offset, line, tuple(problems)))
    return result


def read_product_file(path: Path | str, password: str | None = None) -> ProductFile:
    """Read the first sheet that holds a product header."""
    errors: list[str] = []
    for sheet in read_sheets(path, password):
        try:
            return parse_product_rows(sheet.rows)
        except ProductFileError as error:
            errors.append(str(error))
    raise ProductFileError(errors[0] if errors else "빈 파일입니다 / the file is empty")


def write_product_file(path: Path | str, lines: Iterable[tuple[ProductLine, int, int]]) -> Path:
    """Every SKU with its figures (on hand, reserved, available) for reading."""
    header = [label for label, _ in COLUMNS.values()] + READ_ONLY
    rows = (
        [
            line.code,
            line.product_name,
            line.option_text,
            line.barcode,
            line.supplier_name,
            line.cost,
            line.price,
            line.safety_stock,
            line.location,
            "Y" if line.active else "N",
            on_hand,
            reserved,
            on_hand - reserved,
        ]
        for line, on_hand, reserved in lines
    )
    return write_xlsx(path, [("상품목록", header, rows)])
