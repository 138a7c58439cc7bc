"""Courier upload files (editable JSON column layouts) and the courier's result file."""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop_oms.domain.waybill_result import ResultRow
from desktop_oms.exchange.excel_out import write_xlsx
from desktop_oms.exchange.spreadsheet_in import Cell, SpreadsheetError, cell_text, read_sheets


@dataclass(frozen=True, slots=True)
class ShipmentRow:
    """One parcel as a courier's upload file needs it (combined orders already merged)."""

    shipment_key: str
    order_no: str
    recipient_name: str
    recipient_phone: str
    recipient_phone2: str
    postal_code: str
    address: str
    goods: str
    quantity: int
    message: str
    sender_name: str
    sender_phone: str
    sender_address: str
    waybill_no: str = ""


FIELDS = frozenset(ShipmentRow.__dataclass_fields__)


@dataclass(frozen=True, slots=True)
class LayoutColumn:
    """One column of an upload file: a header and either a field or a fixed value."""

    header: str
    field: str = ""
    value: str = ""


@dataclass(frozen=True, slots=True)
class CourierLayout:
    """A courier's upload layout and the headers to look for in its result file."""

    courier: str
    name: str
    sheet: str
    columns: tuple[LayoutColumn, ...]
    key_headers: tuple[str, ...]
    waybill_headers: tuple[str, ...]

    @classmethod
    def from_json(cls, text: str) -> CourierLayout:
        raw = json.loads(text)
        columns = tuple(
            LayoutColumn(c["header"], c.get("field", ""), str(c.get("value", "")))
            for c in raw["columns"]
        )
        bad = [c.field for c in columns if c.field and c.field not in FIELDS]
        if bad:
            raise ValueError(f"알 수 없는 항목 / unknown field: {', '.join(bad)}")
        result = raw.get("result", {})
        key_column = next((c.header for c in columns if c.field == "shipment_key"), "")
        return cls(
            courier=raw["courier"],
            name=raw.get("name", raw["courier"]),
            sheet=raw.get("sheet", "Sheet1"),
            columns=columns,
            key_headers=tuple(result.get("key", [])) or ((key_column,) if key_column else ()),
            waybill_headers=tuple(result.get("waybill", ["운송장번호", "송장번호"])),
        )

    def cells(self, row: ShipmentRow) -> list[object]:
        values = asdict(row)
        return [values[c.field] if c.field else c.value for c in self.columns]


def load_layout(code: str, shipped_dir: Path, user_dir: Path | None = None) -> CourierLayout:
    """The user's edited layout for `code` if there is one, else the shipped default."""
    for folder in (user_dir, shipped_dir):
        if folder is None:
            continue
        path = folder / f"{code.upper()}.json"
        if path.is_file():
            return CourierLayout.from_json(path.read_text("utf-8"))
    return CourierLayout.from_json((shipped_dir / "OTHER.json").read_text("utf-8"))


def copy_default_layouts(shipped_dir: Path, user_dir: Path) -> list[Path]:
    """Copy the shipped layouts the user has not got yet, so they can be edited."""
    user_dir.mkdir(parents=True, exist_ok=True)
    copied = []
    for source in sorted(shipped_dir.glob("*.json")):
        target = user_dir / source.name
        if not target.exists():
            shutil.copyfile(source, target)
            copied.append(target)
    return copied


def write_upload_file(path: Path, layout: CourierLayout, rows: Sequence[ShipmentRow]) -> Path:
    """The courier's upload .xlsx: one row per shipment, formula-safe."""
    header = [c.header for c in layout.columns]
    return write_xlsx(path, [(layout.sheet, header, (layout.cells(r) for r in rows))])


def read_result_file(path: Path, layout: CourierLayout) -> list[ResultRow]:
    """The (key, waybill number) rows of a courier's result file (.xlsx/.xls/.csv)."""
    for sheet in read_sheets(path):
        header_at = _header_row(sheet.rows, layout)
        if header_at is None:
            continue
        names = [cell_text(c) for c in sheet.rows[header_at]]
        key_col = _column(names, layout.key_headers)
        number_col = _column(names, layout.waybill_headers)
        if key_col is None or number_col is None:
            continue
        rows = []
        for offset, row in enumerate(sheet.rows[header_at + 1 :], start=header_at + 2):
            key = cell_text(row[key_col]) if key_col < len(row) else ""
            number = cell_text(row[number_col]) if number_col < len(row) else ""
            if key or number:
                rows.append(ResultRow(offset, key, number))
        return rows
    raise SpreadsheetError(
        "결과 파일에서 주문키와 송장번호 열을 찾을 수 없습니다 "
        f"(찾는 열: {', '.join(layout.key_headers)} / {', '.join(layout.waybill_headers)}).",
        "The result file has no shipment-key and waybill-number columns.",
    )


def _column(names: list[str], wanted: Sequence[str]) -> int | None:
    for header in wanted:
        if header in names:
            return names.index(header)
    return None


def _header_row(rows: list[list[Cell]], layout: CourierLayout) -> int | None:
    """The first of the top rows holding a key header and a waybill header (couriers
    often put a title row above the header)."""
    for index, row in enumerate(rows[:10]):
        names = [cell_text(c) for c in row]
        has_key = _column(names, layout.key_headers) is not None
        if has_key and _column(names, layout.waybill_headers) is not None:
            return index
    return None
