"""Products and their SKUs: list, create, edit, and the product file (import with preview,
export); an import is written in one transaction or not at all."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, insert, or_, select, update
from sqlalchemy.orm import Session

from desktop_oms.exchange.product_files import (
    ProductFile,
    ProductLine,
    read_product_file,
    write_product_file,
)
from desktop_oms.services.changes import Changes
from desktop_oms.storage.tables import Product, Sku, Supplier
from desktop_oms.storage.uow import Database

CHUNK = 500


class ProductInputError(ValueError):
    """A SKU or an import was refused; `problems` say why, in Korean."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems) + " / the product data was refused")
        self.problems = problems


@dataclass(frozen=True, slots=True)
class SkuRecord:
    """One SKU as the product dialog lists it."""

    sku_id: int
    line: ProductLine
    on_hand: int
    reserved: int


def line_problems(line: ProductLine) -> list[str]:
    """What is wrong with one SKU's data (Korean), empty when it is fine."""
    problems = []
    if not line.code.strip():
        problems.append("SKU코드가 비어 있습니다")
    elif len(line.code) > 60 or any(ch.isspace() for ch in line.code.strip()):
        problems.append(f"SKU코드는 공백 없이 60자 이내여야 합니다: {line.code}")
    if not line.product_name.strip():
        problems.append("상품명이 비어 있습니다")
    for label, value in (
        ("원가", line.cost),
        ("판매가", line.price),
        ("안전재고", line.safety_stock),
    ):
        if value < 0:
            problems.append(f"{label}은(는) 0 이상이어야 합니다")
    return problems


def _records_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Sku.id,
            Sku.code,
            Product.name,
            Sku.option_text,
            Sku.barcode,
            func.coalesce(Supplier.name, ""),
            Sku.cost,
            Sku.price,
            Sku.safety_stock,
            Sku.location,
            Sku.active,
            Sku.on_hand,
            Sku.reserved,
        )
        .join(Product, Product.id == Sku.product_id)
        .outerjoin(Supplier, Supplier.id == Sku.supplier_id)
        .order_by(Product.name, Sku.code)
    )


def sku_records(db: Database, search: str = "") -> list[SkuRecord]:
    """Every SKU (active or not), by product name; `search` matches code, name or barcode."""
    query = _records_query()
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(
            or_(Sku.code.like(pattern), Product.name.like(pattern), Sku.barcode.like(pattern))
        )
    with db.reading() as s:
        return [
            SkuRecord(
                sku_id,
                ProductLine(code, name, option, barcode or "", sup, cost, price, safety, loc, act),
                on_hand,
                reserved,
            )
            for sku_id, code, name, option, barcode, sup, cost, price, safety, loc, act, on_hand, reserved in s.execute(  # noqa: E501
                query
            )
        ]


def supplier_names(db: Database) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(Supplier.name).order_by(Supplier.name)))


def _supplier_id(session: Session, name: str, cache: dict[str, int]) -> int | None:
    name = name.strip()
    if not name:
        return None
    if name not in cache:
        found = session.scalar(select(Supplier.id).where(Supplier.name == name))
        if found is None:
            found = session.execute(
                insert(Supplier).values(name=name, contact="").returning(Supplier.id)
            ).scalar_one()
        cache[name] = int(found)
    return cache[name]


def _product_id(session: Session, name: str, cache: dict[str, int]) -> int:
    name = name.strip()
    if name not in cache:
        found = session.scalar(select(Product.id).where(Product.name == name).limit(1))
        if found is None:
            found = session.execute(
                insert(Product).values(name=name).returning(Product.id)
            ).scalar_one()
        cache[name] = int(found)
    return cache[name]


def _barcode_clash(session: Session, line: ProductLine, sku_id: int | None) -> str | None:
    if not line.barcode.strip():
        return None
    other = session.scalar(
        select(Sku.code).where(Sku.barcode == line.barcode.strip(), Sku.id != (sku_id or -1))
    )
    return f"바코드 {line.barcode}은(는) 이미 {other}에 쓰입니다" if other else None


def _values(line: ProductLine, product_id: int, supplier_id: int | None) -> dict[str, object]:
    return {
        "product_id": product_id,
        "code": line.code.strip(),
        "option_text": line.option_text.strip(),
        "barcode": line.barcode.strip() or None,
        "supplier_id": supplier_id,
        "cost": line.cost,
        "price": line.price,
        "safety_stock": line.safety_stock,
        "location": line.location.strip(),
        "active": line.active,
    }


def save_sku(db: Database, line: ProductLine, *, sku_id: int | None = None) -> Changes:
    """Create a SKU (sku_id None) or change one; stock figures are never touched here."""
    problems = line_problems(line)
    changes = Changes()
    with db.unit_of_work() as uow:
        s = uow.session
        same_code = s.scalar(select(Sku.id).where(Sku.code == line.code.strip()))
        if same_code is not None and same_code != sku_id:
            problems.append(f"SKU코드 {line.code}이(가) 이미 있습니다")
        clash = _barcode_clash(s, line, sku_id)
        if clash:
            problems.append(clash)
        if problems:
            raise ProductInputError(problems)
        values = _values(
            line, _product_id(s, line.product_name, {}), _supplier_id(s, line.supplier_name, {})
        )
        if sku_id is None:
            sku_id = s.execute(
                insert(Sku).values(**values, on_hand=0, reserved=0).returning(Sku.id)
            ).scalar_one()
        else:
            s.execute(update(Sku).where(Sku.id == sku_id).values(**values))
        uow.touch("stock")
        uow.commit()
    changes.sku_ids.add(sku_id)
    return changes


class ImportAction(StrEnum):
    """What importing one row would do."""

    NEW = "NEW"
    UPDATE = "UPDATE"
    REFUSED = "REFUSED"


@dataclass(frozen=True, slots=True)
class ImportPreviewRow:
    """One file row and what importing it would do (or why it cannot)."""

    row_no: int
    code: str
    product_name: str
    action: ImportAction
    problems: tuple[str, ...]


@dataclass(slots=True)
class ProductImportPreview:
    """The preview the user agrees to before anything is written."""

    rows: list[ImportPreviewRow] = field(default_factory=list)
    lines: list[ProductLine] = field(default_factory=list)

    @property
    def good_lines(self) -> list[ProductLine]:
        refused = {r.row_no for r in self.rows if r.action is ImportAction.REFUSED}
        return [ln for r, ln in zip(self.rows, self.lines, strict=True) if r.row_no not in refused]

    @property
    def refused(self) -> list[ImportPreviewRow]:
        return [r for r in self.rows if r.action is ImportAction.REFUSED]


def preview_product_file(db: Database, path: Path | str) -> ProductImportPreview:
    return preview_product_import(db, read_product_file(path))


def preview_product_import(db: Database, parsed: ProductFile) -> ProductImportPreview:
    """Per row: new SKU, update of an existing one, or refused with its problems."""
    preview = ProductImportPreview()
    codes = [r.line.code for r in parsed.rows if r.line is not None]
    with db.reading() as s:
        existing: dict[str, int] = {}
        barcodes: dict[str, str] = {}
        for start in range(0, len(codes), CHUNK):
            chunk = codes[start : start + CHUNK]
            existing.update(
                (code, sku_id)
                for code, sku_id in s.execute(select(Sku.code, Sku.id).where(Sku.code.in_(chunk)))
            )
        for code, barcode in s.execute(select(Sku.code, Sku.barcode)):
            if barcode:
                barcodes[barcode] = code
    seen_codes: set[str] = set()
    for row in parsed.rows:
        line = row.line or ProductLine("", "")
        problems = list(row.problems) or line_problems(line)
        if line.code in seen_codes:
            problems.append(f"파일 안에 SKU코드 {line.code}이(가) 두 번 있습니다")
        seen_codes.add(line.code)
        owner = barcodes.get(line.barcode.strip())
        if line.barcode.strip() and owner not in (None, line.code):
            problems.append(f"바코드 {line.barcode}은(는) 이미 {owner}에 쓰입니다")
        barcodes.setdefault(line.barcode.strip(), line.code)
        action = ImportAction.UPDATE if line.code in existing else ImportAction.NEW
        preview.rows.append(
            ImportPreviewRow(
                row.row_no,
                line.code,
                line.product_name,
                ImportAction.REFUSED if problems else action,
                tuple(problems),
            )
        )
        preview.lines.append(line)
    return preview


@dataclass(frozen=True, slots=True)
class ProductImportResult:
    """How many SKUs an import created and changed."""

    created: int
    updated: int
    changes: Changes


def import_products(db: Database, lines: Sequence[ProductLine]) -> ProductImportResult:
    """Create or update every SKU in one transaction; refused whole if any line is wrong."""
    problems = [f"{ln.code or '?'}: {p}" for ln in lines for p in line_problems(ln)]
    if problems:
        raise ProductInputError(problems)
    created = updated = 0
    changes = Changes()
    with db.unit_of_work() as uow:
        s = uow.session
        suppliers: dict[str, int] = {}
        products: dict[str, int] = {}
        existing: dict[str, int] = {}
        codes = [ln.code.strip() for ln in lines]
        for start in range(0, len(codes), CHUNK):
            chunk = codes[start : start + CHUNK]
            existing.update(
                (code, sku_id)
                for code, sku_id in s.execute(select(Sku.code, Sku.id).where(Sku.code.in_(chunk)))
            )
        new_rows, updates = [], []
        for line in lines:
            values = _values(
                line,
                _product_id(s, line.product_name, products),
                _supplier_id(s, line.supplier_name, suppliers),
            )
            sku_id = existing.get(line.code.strip())
            if sku_id is None:
                new_rows.append({**values, "on_hand": 0, "reserved": 0})
            else:
                updates.append({**values, "id": sku_id})
                changes.sku_ids.add(sku_id)
        conn = s.connection()
        if new_rows:
            conn.execute(insert(Sku), new_rows)
            created = len(new_rows)
        if updates:
            s.execute(update(Sku), updates)
            updated = len(updates)
        uow.touch("stock")
        uow.commit()
    return ProductImportResult(created, updated, changes)


def export_products(db: Database, path: Path | str) -> Path:
    """Every SKU to an .xlsx that can be edited and imported back."""
    records = sku_records(db)
    return write_product_file(path, ((r.line, r.on_hand, r.reserved) for r in records))
