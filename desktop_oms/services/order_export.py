"""Export orders to Excel: masked for staff, clear for the owner, always with a logged reason."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from desktop_oms.domain.permissions import Permission
from desktop_oms.domain.status import OrderStatus
from desktop_oms.exchange.excel_out import write_xlsx
from desktop_oms.services.access_log import AccessAction, record
from desktop_oms.services.privacy import Viewer
from desktop_oms.storage.tables import Order, OrderLine
from desktop_oms.storage.uow import Database

CHUNK = 500

EXPORT_HEADER = (
    "주문번호",
    "채널",
    "상태",
    "주문일시",
    "수취인",
    "연락처",
    "우편번호",
    "주소",
    "상품",
    "수량",
    "금액",
)


class ExportRefused(ValueError):
    """An export was refused before anything was written; Korean first, then English."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote: the file, how many orders and rows."""

    path: Path
    orders: int
    rows: int


def _check(reason: str, path: Path) -> None:
    if not reason.strip():
        raise ExportRefused(
            "개인정보가 담긴 엑셀을 내려받는 사유를 입력하세요 / "
            "give the reason for downloading personal data"
        )
    if path.suffix.lower() != ".xlsx":
        raise ExportRefused("파일 이름은 .xlsx 로 끝나야 합니다 / the file name must end in .xlsx")
    if path.is_dir():
        raise ExportRefused(f"폴더입니다: {path} / this is a folder: {path}")


def _selected_ids(
    db: Database, order_ids: Iterable[int] | None, status: OrderStatus | None
) -> list[int]:
    """The orders to export, in id order: the given ones (of `status` if given), or a tab.

    A selection is checked in chunks: one IN list of every id would pass PostgreSQL's
    65,535 parameters when a whole 구매확정 tab of a large shop is selected."""
    query = select(Order.id).order_by(Order.id)
    if status is not None:
        query = query.where(Order.status == status.value)
    with db.reading() as s:
        if order_ids is None:
            return list(s.scalars(query).all())
        wanted = sorted(set(order_ids))
        found: list[int] = []
        for start in range(0, len(wanted), CHUNK):
            found.extend(s.scalars(query.where(Order.id.in_(wanted[start : start + CHUNK]))))
        return found


def _rows(
    db: Database,
    viewer: Viewer,
    ids: Sequence[int],
    progress: Callable[[int, int], None] | None,
) -> Iterator[tuple[object, ...]]:
    for start in range(0, len(ids), CHUNK):
        if progress is not None:
            progress(start, len(ids))
        chunk = ids[start : start + CHUNK]
        with db.reading() as s:
            found = s.execute(
                select(Order, OrderLine)
                .outerjoin(OrderLine, OrderLine.order_id == Order.id)
                .where(Order.id.in_(chunk))
                .order_by(Order.id, OrderLine.line_no)
            ).all()
            yield from (_row(viewer, order, line) for order, line in found)


def _row(viewer: Viewer, order: Order, line: OrderLine | None) -> tuple[object, ...]:
    try:
        status = OrderStatus(order.status).korean
    except ValueError:
        status = order.status
    address = " ".join(p for p in (order.address, order.address_detail) if p)
    goods = ""
    quantity: object = ""
    amount: object = order.total_amount
    if line is not None:
        goods = f"{line.product_name} {line.option_text}".strip()
        quantity = line.quantity
        amount = line.quantity * line.unit_price
    return (
        order.order_no,
        order.channel,
        status,
        f"{order.ordered_at:%Y-%m-%d %H:%M}",
        viewer.display_name(order.recipient_name),
        viewer.display_phone(order.recipient_phone),
        order.postal_code,
        viewer.display_address(address),
        goods,
        quantity,
        amount,
    )


def export_orders_xlsx(
    db: Database,
    viewer: Viewer,
    path: Path | str,
    reason: str,
    *,
    order_ids: Iterable[int] | None = None,
    status: OrderStatus | None = None,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Write the chosen orders (ids, a status, or all) one row per line, and log the reason.

    An empty reason, a wrong file name or no matching order is refused before anything is
    written. The access-log row (EXPORT) is written once the file is complete."""
    viewer.require(Permission.EXPORT_ORDERS)
    path = Path(path)
    _check(reason, path)
    ids = _selected_ids(db, order_ids, status)
    if not ids:
        raise ExportRefused("내보낼 주문이 없습니다 / no orders to export")
    counted = 0

    def counting() -> Iterator[tuple[object, ...]]:
        nonlocal counted
        for row in _rows(db, viewer, ids, progress):
            counted += 1
            yield row

    write_xlsx(path, [("주문", EXPORT_HEADER, counting())])
    if progress is not None:
        progress(len(ids), len(ids))
    try:
        record(
            db, viewer.name, AccessAction.EXPORT, ids, f"{reason.strip()} ({path.name})", now=now
        )
    except Exception:
        path.unlink(missing_ok=True)
        raise
    return ExportResult(path, len(ids), counted)
