"""Move a whole database (e.g. this PC's SQLite file) into an empty one (a shared server).

Tables are copied in dependency order with Core, in batches, in ONE transaction on the
target: a failure leaves the target empty. PostgreSQL's id sequences are moved past the
copied ids, and every table's row count is compared afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, func, insert, select

from desktop_oms.storage.id_sequences import catch_up_id_sequences
from desktop_oms.storage.tables import Base
from desktop_oms.storage.uow import Database

BATCH = 2_000

#: Called with (table name, rows copied so far in all tables, rows in all tables).
Progress = Callable[[str, int, int], None]


class TransferRefused(Exception):
    """The copy was refused before anything was written; Korean first, then English."""


@dataclass(frozen=True, slots=True)
class TableCount:
    """Rows of one table in the source and in the target after the copy."""

    table: str
    source: int
    target: int


@dataclass(slots=True)
class TransferReport:
    """What was copied, table by table."""

    counts: list[TableCount] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(c.source == c.target for c in self.counts)

    @property
    def rows(self) -> int:
        return sum(c.target for c in self.counts)

    @property
    def mismatches(self) -> list[TableCount]:
        return [c for c in self.counts if c.source != c.target]


def tables_in_order() -> list[Table]:
    """Every table of the schema, parents before children."""
    return list(Base.metadata.sorted_tables)


def row_counts(conn: Connection) -> dict[str, int]:
    return {
        table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        for table in tables_in_order()
    }


def copy_database(
    source_url: str,
    target_url: str,
    *,
    batch: int = BATCH,
    progress: Progress | None = None,
) -> TransferReport:
    """Copy every row of `source_url` into the empty database at `target_url`."""
    if source_url == target_url:
        raise TransferRefused(
            "원본과 대상이 같습니다 / the source and the target are the same database"
        )
    source = Database.open(source_url)
    target = Database.open(target_url)
    try:
        return _copy(source, target, batch, progress)
    finally:
        source.dispose()
        target.dispose()


def _copy(
    source: Database, target: Database, batch: int, progress: Progress | None
) -> TransferReport:
    with target.engine.connect() as conn:
        filled = {name: n for name, n in row_counts(conn).items() if n}
    if filled:
        listing = ", ".join(f"{name} {n:,}" for name, n in sorted(filled.items()))
        raise TransferRefused(
            f"대상 데이터베이스가 비어 있지 않아 복사하지 않았습니다 ({listing}). "
            f"/ The target database is not empty, nothing was copied ({listing})."
        )
    with source.engine.connect() as src:
        before = row_counts(src)
        total = sum(before.values())
        done = 0
        with target.engine.begin() as dst:
            for table in tables_in_order():
                done = _copy_table(src, dst, table, batch, done, total, progress)
            if dst.dialect.name == "postgresql":
                catch_up_id_sequences(dst)
    with target.engine.connect() as conn:
        after = row_counts(conn)
    return TransferReport([TableCount(name, before[name], after[name]) for name in before])


def _copy_table(
    src: Connection,
    dst: Connection,
    table: Table,
    batch: int,
    done: int,
    total: int,
    progress: Progress | None,
) -> int:
    ordered = select(table).order_by(*table.primary_key.columns)
    result = src.execution_options(stream_results=True, yield_per=batch).execute(ordered)
    for rows in result.partitions(batch):
        dst.execute(insert(table), [row._asdict() for row in rows])
        done += len(rows)
        if progress is not None:
            progress(table.name, done, total)
    return done
