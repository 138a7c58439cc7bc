"""Import a sales channel's order file: preview first, then all good rows in one transaction."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from desktop_oms.domain.status import OrderStatus
from desktop_oms.exchange.channel_presets import (
    BUILTIN_PRESETS,
    ChannelPreset,
    detect_preset,
)
from desktop_oms.exchange.order_files import ParsedFile, ParsedOrder, parse_orders
from desktop_oms.exchange.spreadsheet_in import Cell, Sheet, cell_text, read_sheets
from desktop_oms.services.changes import Changes
from desktop_oms.services.intake_store import existing_order_nos, store_orders
from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.storage.tables import ImportPreset
from desktop_oms.storage.uow import Database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
PRESET_KIND = "ORDERS"


class LayoutUnknown(Exception):
    """No preset fits the file; the user maps the columns (the sheets are kept for that)."""

    def __init__(self, sheets: list[Sheet]) -> None:
        super().__init__(
            "파일의 양식을 알 수 없습니다. 양식을 고르거나 열을 지정하세요. / "
            "Unknown layout: pick a preset or map the columns."
        )
        self.sheets = sheets


class ImportCancelled(Exception):
    """The user cancelled an import; nothing was written."""


@dataclass(slots=True)
class Layout:
    """Where the orders sit in a file: which sheet, which preset, which header row."""

    sheet: Sheet
    preset: ChannelPreset
    header_index: int


@dataclass(slots=True)
class ImportPreview:
    """What an import would do, shown before anything is written."""

    file_name: str
    layout: Layout
    parsed: ParsedFile
    new_orders: list[ParsedOrder] = field(default_factory=list)
    already_imported: list[ParsedOrder] = field(default_factory=list)

    @property
    def problem_rows(self) -> int:
        return len({p.row for p in self.parsed.problems})

    @property
    def new_lines(self) -> int:
        return sum(len(o.new.lines) for o in self.new_orders)

    def summary(self) -> str:
        """One line a user reads (Korean / English)."""
        p = self.parsed
        return (
            f"[{self.layout.preset.name}] 새 주문 {len(self.new_orders):,}건"
            f"(품목 {self.new_lines:,}), 이미 가져온 주문 {len(self.already_imported):,}건, "
            f"문제 있는 행 {self.problem_rows:,}개, 건너뛴 행 {len(p.skipped):,}개, "
            f"중복 행 {p.repeated_rows:,}개 / new orders {len(self.new_orders):,}, "
            f"already imported {len(self.already_imported):,}, rows with problems "
            f"{self.problem_rows:,}, skipped {len(p.skipped):,}, repeated {p.repeated_rows:,}"
        )


@dataclass(slots=True)
class ImportResult:
    """What an import wrote."""

    imported: int
    lines: int
    unmatched_lines: int
    batch_id: int | None
    changes: Changes


def available_presets(db: Database) -> list[ChannelPreset]:
    """Saved presets first (they are the user's), then the built-in channel layouts."""
    with db.reading() as s:
        saved = s.execute(
            select(ImportPreset.name, ImportPreset.mapping_json)
            .where(ImportPreset.kind == PRESET_KIND)
            .order_by(ImportPreset.name)
        ).all()
    presets: list[ChannelPreset] = []
    for name, text in saved:
        try:
            presets.append(ChannelPreset.from_json(name, text))
        except (ValueError, KeyError, TypeError):
            continue
    return presets + list(BUILTIN_PRESETS)


def save_preset(db: Database, preset: ChannelPreset) -> Changes:
    """Store (or replace) a user's column mapping under its name."""
    if not preset.name.strip():
        raise ValueError("양식 이름을 입력하세요 / enter a preset name")
    if any(p.name == preset.name for p in BUILTIN_PRESETS):
        raise ValueError("기본 양식과 같은 이름은 쓸 수 없습니다 / name taken by a built-in preset")
    with db.unit_of_work() as uow:
        s = uow.session
        row = s.scalar(
            select(ImportPreset).where(
                ImportPreset.kind == PRESET_KIND, ImportPreset.name == preset.name
            )
        )
        if row is None:
            s.add(ImportPreset(kind=PRESET_KIND, name=preset.name, mapping_json=preset.to_json()))
        else:
            row.mapping_json = preset.to_json()
        uow.touch("settings")
        uow.commit()
    return Changes()


def find_layout(
    sheets: list[Sheet], presets: list[ChannelPreset], preset_name: str | None = None
) -> Layout | None:
    """The sheet, preset and header row of a file: the named preset, or one recognised."""
    candidates = [p for p in presets if preset_name is None or p.name == preset_name]
    if preset_name is not None and not candidates:
        names = ", ".join(p.name for p in presets)
        raise ValueError(f"없는 양식입니다: {preset_name} (있는 양식: {names})")
    for sheet in sheets:
        head = [[cell_text(c) for c in row] for row in sheet.rows[:10]]
        found = detect_preset(head, candidates)
        if found is not None:
            return Layout(sheet, found[0], found[1])
        if preset_name is not None:
            relaxed = _relaxed(candidates[0])
            found = detect_preset(head, [relaxed])
            if found is not None:
                return Layout(sheet, candidates[0], found[1])
    return None


def _relaxed(preset: ChannelPreset) -> ChannelPreset:
    """The same preset without its signature: a header with the required columns fits."""
    return ChannelPreset(preset.name, preset.channel, preset.columns, preset.default_method)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a file's rows become orders and rows.

    Those steps allocate tens of thousands of objects that live until the end, and each
    allocation burst makes the collector walk everything alive — the whole workbook
    included — again and again: about a tenth of an import's time, for nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def preview_layout(
    db: Database, layout: Layout, file_name: str, now: datetime | None = None
) -> ImportPreview:
    """Parse the rows under the header and sort the orders into new and already imported."""
    now = now or datetime.now()
    with _collector_paused():
        parsed = parse_orders(layout.sheet.rows, layout.header_index, layout.preset, now)
    known = existing_order_nos(
        db, layout.preset.channel, [o.new.channel_order_no for o in parsed.orders]
    )
    preview = ImportPreview(file_name, layout, parsed)
    for order in parsed.orders:
        target = (
            preview.already_imported if order.new.channel_order_no in known else preview.new_orders
        )
        target.append(order)
    return preview


def preview_import(
    db: Database,
    path: Path | str,
    *,
    preset_name: str | None = None,
    password: str | None = None,
    now: datetime | None = None,
) -> ImportPreview:
    """Read and preview a file; PasswordRequired, SpreadsheetError or LayoutUnknown if not."""
    with _collector_paused():
        sheets = read_sheets(path, password)
    layout = find_layout(sheets, available_presets(db), preset_name)
    if layout is None:
        raise LayoutUnknown(sheets)
    return preview_layout(db, layout, Path(path).name, now)


def import_orders(
    db: Database,
    preview: ImportPreview,
    who: str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Write the preview's new orders in one transaction: all of them, or nothing."""
    now = now or datetime.now()
    days = load_shop_settings(db).deposit_deadline_days
    for order in preview.new_orders:
        new = order.new
        if order.status is OrderStatus.AWAITING_PAYMENT and new.deposit_deadline is None:
            new.deposit_deadline = new.ordered_at + timedelta(days=days)
    with _collector_paused(), db.unit_of_work() as uow:
        stored = store_orders(
            uow.session,
            preview.new_orders,
            channel=preview.layout.preset.channel,
            preset_name=preview.layout.preset.name,
            file_name=preview.file_name,
            rows_read=preview.parsed.rows_read,
            who=who,
            now=now,
            progress=progress,
            checkpoint=lambda: _checkpoint(cancelled),
        )
        if stored.order_ids:
            uow.touch("orders")
        uow.commit()
    changes = Changes(order_ids=set(stored.order_ids))
    changes.statuses = {o.status for o in preview.new_orders}
    return ImportResult(
        imported=len(stored.order_ids),
        lines=stored.lines,
        unmatched_lines=stored.unmatched_lines,
        batch_id=stored.batch_id,
        changes=changes,
    )


def _checkpoint(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled("가져오기를 취소했습니다 / import cancelled")


def header_preview(sheet: Sheet, header_index: int, rows: int = 5) -> list[list[str]]:
    """The header and the first rows under it as text (for the mapping dialog)."""
    return [
        [cell_text(c) for c in row] for row in sheet.rows[header_index : header_index + rows + 1]
    ]


def guess_header_index(rows: list[list[Cell]]) -> int:
    """The first row that looks like a header: the first with at least three filled cells."""
    for i, row in enumerate(rows[:10]):
        if sum(1 for c in row if cell_text(c)) >= 3:
            return i
    return 0
