"""WMS sync: compare a WMS stock file with the program's figures, then apply the differences
as ledger rows (kind WMS_SYNC, source "WMS") in one transaction."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from desktop_oms.domain.stock import LedgerKind
from desktop_oms.exchange.wms_files import WmsFile, WmsLayout, read_wms_file
from desktop_oms.services.changes import Changes
from desktop_oms.services.stock_moves import record_stock_change
from desktop_oms.storage.tables import ImportPreset, Sku
from desktop_oms.storage.uow import Database

PRESET_KIND = "WMS"
CHUNK = 500


@dataclass(frozen=True, slots=True)
class WmsDifference:
    """One SKU: the program's on hand against the WMS count."""

    sku_id: int
    code: str
    on_hand: int
    reserved: int
    wms_quantity: int
    problem: str = ""

    @property
    def delta(self) -> int:
        return self.wms_quantity - self.on_hand

    @property
    def applicable(self) -> bool:
        return self.delta != 0 and not self.problem


@dataclass(slots=True)
class WmsPreview:
    """What applying the file would change, and the rows that cannot be used."""

    file_name: str
    differences: list[WmsDifference] = field(default_factory=list)
    unknown: list[tuple[int, str]] = field(default_factory=list)
    bad_rows: list[tuple[int, str]] = field(default_factory=list)
    unchanged: int = 0

    @property
    def to_apply(self) -> list[WmsDifference]:
        return [d for d in self.differences if d.applicable]


def preview_wms_file(db: Database, path: Path | str, layout: WmsLayout | None = None) -> WmsPreview:
    return preview_wms_sync(db, read_wms_file(path, layout), Path(path).name)


def preview_wms_sync(db: Database, parsed: WmsFile, file_name: str = "") -> WmsPreview:
    """Per SKU in the file: the difference, or why the row cannot be used."""
    preview = WmsPreview(file_name)
    totals: dict[str, int] = defaultdict(int)
    first_row: dict[str, int] = {}
    for row in parsed.rows:
        if row.problems or row.quantity is None:
            preview.bad_rows.append((row.row_no, "; ".join(row.problems)))
            continue
        totals[row.code] += row.quantity  # a WMS may list one SKU per location
        first_row.setdefault(row.code, row.row_no)
    codes = list(totals)
    found: dict[str, tuple[int, int, int]] = {}
    with db.reading() as s:
        for start in range(0, len(codes), CHUNK):
            query = select(Sku.code, Sku.id, Sku.on_hand, Sku.reserved).where(
                Sku.code.in_(codes[start : start + CHUNK])
            )
            found.update((code, (i, h, r)) for code, i, h, r in s.execute(query))
    for code, quantity in totals.items():
        if code not in found:
            preview.unknown.append((first_row[code], code))
            continue
        sku_id, on_hand, reserved = found[code]
        problem = ""
        if quantity < reserved:
            problem = f"할당된 수량({reserved})보다 적습니다 — 적용하지 않습니다"
        diff = WmsDifference(sku_id, code, on_hand, reserved, quantity, problem)
        if diff.delta == 0:
            preview.unchanged += 1
        else:
            preview.differences.append(diff)
    return preview


@dataclass(slots=True)
class WmsApplyResult:
    """SKUs set to the WMS count, and those refused when applying."""

    applied: int = 0
    refused: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)


def apply_wms_sync(
    db: Database, preview: WmsPreview, who: str, *, now: datetime | None = None
) -> WmsApplyResult:
    """Set each SKU's on hand to the WMS count (recomputed against the figure at this moment),
    one WMS_SYNC ledger row each; a SKU whose count is below its reservations is skipped."""
    now = now or datetime.now()
    result = WmsApplyResult()
    with db.unit_of_work() as uow:
        s = uow.session
        for diff in preview.to_apply:
            current = s.execute(
                select(Sku.on_hand, Sku.reserved).where(Sku.id == diff.sku_id).with_for_update()
            ).one()
            delta = diff.wms_quantity - current.on_hand
            if delta == 0:
                continue
            if not record_stock_change(
                s,
                sku_id=diff.sku_id,
                kind=LedgerKind.WMS_SYNC,
                on_hand_delta=delta,
                who=who,
                now=now,
                document=preview.file_name[:100],
                source="WMS",
                note=f"WMS {diff.wms_quantity} (프로그램 {current.on_hand})",
            ):
                result.refused.append(
                    f"{diff.code}: 할당({current.reserved})보다 적게 맞출 수 없습니다"
                )
                continue
            result.applied += 1
            result.changes.sku_ids.add(diff.sku_id)
        uow.touch("stock")
        uow.commit()
    return result


def wms_layouts(db: Database) -> dict[str, WmsLayout]:
    """Saved WMS column layouts by name."""
    with db.reading() as s:
        rows = s.execute(
            select(ImportPreset.name, ImportPreset.mapping_json).where(
                ImportPreset.kind == PRESET_KIND
            )
        )
        return {name: WmsLayout.from_json(text) for name, text in rows}


def save_wms_layout(db: Database, name: str, layout: WmsLayout) -> None:
    """Remember a WMS file layout under `name` (replacing one of the same name)."""
    with db.unit_of_work() as uow:
        s = uow.session
        found = s.scalars(
            select(ImportPreset).where(ImportPreset.kind == PRESET_KIND, ImportPreset.name == name)
        ).one_or_none()
        if found is None:
            s.add(ImportPreset(kind=PRESET_KIND, name=name, mapping_json=layout.to_json()))
        else:
            found.mapping_json = layout.to_json()
        uow.touch("settings")
        uow.commit()
