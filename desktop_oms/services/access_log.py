"""The access log: who viewed, printed, exported, changed or deleted personal data, and why."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop_oms.domain.permissions import Permission
from desktop_oms.exchange.excel_out import write_xlsx
from desktop_oms.storage.tables import AccessLog
from desktop_oms.storage.uow import Database, UnitOfWork

if TYPE_CHECKING:
    from desktop_oms.services.privacy import Viewer

REASON_LIMIT = 300


class AccessAction(StrEnum):
    """What was done with personal data."""

    VIEW_CLEAR = "VIEW_CLEAR"
    PRINT = "PRINT"
    EXPORT = "EXPORT"
    CHANGE = "CHANGE"
    DELETE = "DELETE"

    @property
    def korean(self) -> str:
        return ACTION_KOREAN[self]


ACTION_KOREAN: dict[AccessAction, str] = {
    AccessAction.VIEW_CLEAR: "열람",
    AccessAction.PRINT: "출력",
    AccessAction.EXPORT: "다운로드",
    AccessAction.CHANGE: "수정",
    AccessAction.DELETE: "파기",
}


@dataclass(frozen=True, slots=True)
class AccessLogRow:
    """One line of the access log as the owner reads it."""

    id: int
    at: datetime
    operator: str
    action: str
    order_ids: tuple[int, ...]
    reason: str

    @property
    def action_korean(self) -> str:
        try:
            return AccessAction(self.action).korean
        except ValueError:
            return self.action


def ids_text(order_ids: Iterable[int]) -> str:
    """Order ids as stored: sorted, comma-separated."""
    return ",".join(str(i) for i in sorted(set(order_ids)))


def parse_ids(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip().isdigit())


def record(
    target: Database | UnitOfWork | Session,
    operator: str,
    action: AccessAction | str,
    order_ids: Iterable[int],
    reason: str = "",
    *,
    now: datetime | None = None,
) -> None:
    """Write one access-log row. Given a session or unit of work, the row joins its
    transaction (committed with the change it records); given a Database, it commits alone."""
    values = {
        "at": now or datetime.now(),
        "operator": operator[:50],
        "action": AccessAction(action).value,
        "order_ids": ids_text(order_ids),
        "reason": reason.strip()[:REASON_LIMIT],
    }
    if isinstance(target, Database):
        with target.unit_of_work() as uow:
            uow.session.execute(insert(AccessLog).values(**values))
            uow.commit()
        return
    session = target.session if isinstance(target, UnitOfWork) else target
    session.execute(insert(AccessLog).values(**values))


def access_log_rows(
    db: Database,
    viewer: Viewer,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[AccessLogRow]:
    """The newest rows first (owner only)."""
    viewer.require(Permission.VIEW_ACCESS_LOG)
    query = select(AccessLog).order_by(AccessLog.at.desc(), AccessLog.id.desc())
    if since is not None:
        query = query.where(AccessLog.at >= since)
    if until is not None:
        query = query.where(AccessLog.at < until)
    with db.reading() as s:
        found = s.scalars(query.limit(limit).offset(offset)).all()
        return [
            AccessLogRow(r.id, r.at, r.operator, r.action, parse_ids(r.order_ids), r.reason)
            for r in found
        ]


def count_access_log(db: Database, viewer: Viewer, *, since: datetime | None = None) -> int:
    viewer.require(Permission.VIEW_ACCESS_LOG)
    query = select(func.count()).select_from(AccessLog)
    if since is not None:
        query = query.where(AccessLog.at >= since)
    with db.reading() as s:
        return int(s.scalar(query) or 0)


EXPORT_HEADER = ("일시", "작업자", "작업", "주문 수", "주문 ID", "사유")


def export_access_log_xlsx(
    db: Database, viewer: Viewer, path: Path | str, *, since: datetime | None = None
) -> int:
    """Write the access log (owner only) to an .xlsx file; the number of rows written."""
    rows = access_log_rows(db, viewer, since=since, limit=10_000_000)
    write_xlsx(
        path,
        [
            (
                "접속기록",
                EXPORT_HEADER,
                (
                    (
                        f"{r.at:%Y-%m-%d %H:%M:%S}",
                        r.operator,
                        r.action_korean,
                        len(r.order_ids),
                        _cell_text(ids_text(r.order_ids)),
                        r.reason,
                    )
                    for r in rows
                ),
            )
        ],
    )
    return len(rows)


def _cell_text(text: str, limit: int = 32_000) -> str:
    """Excel holds at most 32,767 characters in a cell."""
    return text if len(text) <= limit else text[:limit] + "…"
