"""Bulk writing of imported orders with SQLAlchemy Core (10,000 rows in well under a second)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select, update
from sqlalchemy.orm import Session

from desktop_oms.domain.order import goods_summary
from desktop_oms.domain.payment import PaymentState
from desktop_oms.domain.status import OrderStatus
from desktop_oms.exchange.order_files import ParsedOrder
from desktop_oms.services.order_search import index_import_batch
from desktop_oms.services.sequences import order_numbers
from desktop_oms.storage.tables import (
    ImportBatch,
    Order,
    OrderEvent,
    OrderLine,
    ProductMapping,
    Sku,
)
from desktop_oms.storage.uow import Database

CHUNK = 500
ORDERS = cast(Table, Order.__table__)
LINES = cast(Table, OrderLine.__table__)
EVENTS = cast(Table, OrderEvent.__table__)
WRITE_CHUNK = 2_000


@dataclass(slots=True)
class Stored:
    """Ids and counts of what `store_orders` wrote."""

    order_ids: list[int] = field(default_factory=list)
    lines: int = 0
    unmatched_lines: int = 0
    batch_id: int | None = None


def existing_order_nos(db: Database, channel: str, numbers: Iterable[str]) -> set[str]:
    """The channel order numbers among `numbers` that are already in the database."""
    with db.reading() as s:
        return _existing(s, channel, numbers)


def _existing(s: Session, channel: str, numbers: Iterable[str]) -> set[str]:
    wanted = list(dict.fromkeys(numbers))
    found: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(
            s.scalars(
                select(Order.channel_order_no).where(
                    Order.channel == channel, Order.channel_order_no.in_(chunk)
                )
            )
        )
    return found


def sku_ids_by_code(s: Session, codes: Iterable[str]) -> dict[str, int]:
    wanted = [c for c in dict.fromkeys(codes) if c]
    found: dict[str, int] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(
            (code, sid)
            for code, sid in s.execute(select(Sku.code, Sku.id).where(Sku.code.in_(chunk)))
        )
    return found


def mappings_for(s: Session, channel: str) -> dict[tuple[str, str], int]:
    rows = s.execute(
        select(
            ProductMapping.product_text, ProductMapping.option_text, ProductMapping.sku_id
        ).where(ProductMapping.channel == channel)
    )
    return {(p, o): sid for p, o, sid in rows}


def store_orders(
    s: Session,
    orders: Sequence[ParsedOrder],
    *,
    channel: str,
    preset_name: str,
    file_name: str,
    rows_read: int,
    who: str,
    now: datetime,
    progress: Callable[[int, int], None] | None,
    checkpoint: Callable[[], None],
) -> Stored:
    """Insert orders, lines, history and the batch row; the caller owns the transaction.

    Orders another PC imported since the preview are left out (checked again here).
    """
    stored = Stored()
    known = _existing(s, channel, [o.new.channel_order_no for o in orders])
    todo = [o for o in orders if o.new.channel_order_no not in known]
    if not todo:
        return stored  # nothing new: not even a batch row, so a re-import changes nothing
    mapping = mappings_for(s, channel)
    by_code = sku_ids_by_code(s, [c for o in todo for c in o.product_codes])
    batch_id = s.execute(
        insert(ImportBatch).returning(ImportBatch.id),
        [
            dict(
                kind="ORDERS",
                preset=preset_name[:40],
                file_name=file_name[:300],
                at=now,
                operator=who,
                rows_read=rows_read,
                rows_imported=0,
            )
        ],
    ).scalar_one()
    stored.batch_id = batch_id
    numbers = order_numbers(s, len(todo), now) if todo else []
    conn = s.connection()
    done = 0
    for start in range(0, len(todo), WRITE_CHUNK):
        checkpoint()
        part = todo[start : start + WRITE_CHUNK]
        line_sets = [_matched_lines(o, mapping, by_code) for o in part]
        order_rows = [
            _order_row(o, numbers[start + i], batch_id, now, lines)
            for i, (o, lines) in enumerate(zip(part, line_sets, strict=True))
        ]
        ids = _insert_orders(conn, order_rows)
        line_rows: list[dict[str, Any]] = []
        event_rows: list[dict[str, Any]] = []
        for oid, order, lines in zip(ids, part, line_sets, strict=True):
            for n, (line_dict, sku_id) in enumerate(lines, start=1):
                line_rows.append({**line_dict, "order_id": oid, "line_no": n, "sku_id": sku_id})
                stored.unmatched_lines += sku_id is None
            event_rows.append(
                dict(
                    order_id=oid,
                    at=now,
                    operator=who,
                    kind="CREATED",
                    from_status=None,
                    to_status=order.status.value,
                    reason=f"{preset_name} 가져오기 ({file_name})"[:300],
                )
            )
        bulk_insert(conn, LINES, line_rows)
        bulk_insert(conn, EVENTS, event_rows)
        stored.order_ids.extend(ids)
        stored.lines += len(line_rows)
        done += len(part)
        if progress:
            progress(done, len(todo))
    checkpoint()
    index_import_batch(conn, batch_id)
    s.execute(
        update(ImportBatch)
        .where(ImportBatch.id == batch_id)
        .values(rows_imported=sum(len(o.rows) for o in todo))
    )
    return stored


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One executemany of `rows` (all with the same keys) into `table`.

    On SQLite the statement is compiled once and the values converted by the column
    types' own bind processors, then handed to the driver's executemany: the same rows
    SQLAlchemy would write, without its per-row parameter bookkeeping (about twice as
    fast for 10,000 rows). Other engines take the plain Core insert.
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    keys = list(rows[0])
    dialect = conn.dialect
    processors = [table.c[k].type.dialect_impl(dialect).bind_processor(dialect) for k in keys]
    convert = [(i, p) for i, p in enumerate(processors) if p is not None]
    names = ", ".join(f'"{k}"' for k in keys)
    marks = ", ".join("?" for _ in keys)
    pick = itemgetter(*keys)
    values: list[tuple[Any, ...]] = []
    for row in rows:
        value = list(pick(row))
        for i, process in convert:
            if value[i] is not None:
                value[i] = process(value[i])
        values.append(tuple(value))
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', values)


def _insert_orders(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Insert order rows and return their ids in row order.

    SQLite: the transaction holds the write lock from BEGIN IMMEDIATE, so the next ids can
    be given explicitly (RETURNING in row order would insert one row at a time there).
    Other engines: one multi-row INSERT … RETURNING, sorted by parameter order.
    """
    table = ORDERS
    if conn.dialect.name == "sqlite":
        first = int(conn.execute(select(func.coalesce(func.max(Order.id), 0))).scalar_one()) + 1
        ids = list(range(first, first + len(rows)))
        bulk_insert(conn, table, [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
        return ids
    result = conn.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True),
        rows,
    )
    return [int(row[0]) for row in result]


def _matched_lines(
    order: ParsedOrder, mapping: dict[tuple[str, str], int], by_code: dict[str, int]
) -> list[tuple[dict[str, Any], int | None]]:
    out = []
    for line, code in zip(order.new.lines, order.product_codes, strict=True):
        sku_id = mapping.get((line.product_name, line.option_text)) or by_code.get(code)
        out.append(
            (
                dict(
                    channel_line_no=line.channel_line_no[:60],
                    product_name=line.product_name[:200],
                    option_text=line.option_text[:200],
                    quantity=line.quantity,
                    unit_price=line.unit_price,
                    reserved_qty=0,
                    cancelled_qty=0,
                ),
                sku_id,
            )
        )
    return out


def _order_row(
    order: ParsedOrder,
    number: str,
    batch_id: int,
    now: datetime,
    lines: list[tuple[dict[str, Any], int | None]],
) -> dict[str, Any]:
    new = order.new
    paid = order.status is OrderStatus.PAID
    return dict(
        order_no=number,
        channel=new.channel,
        channel_order_no=new.channel_order_no,
        status=order.status.value,
        payment_state=(PaymentState.PAID if paid else PaymentState.UNPAID).value,
        payment_method=new.payment_method.value,
        card_company=new.card_company,
        installment_months=new.installment_months,
        approval_no=new.approval_no,
        va_bank=new.va_bank,
        va_account=new.va_account,
        deposit_deadline=None if paid else new.deposit_deadline,
        depositor_name=new.depositor_name,
        total_amount=new.amount,
        shipping_fee=new.shipping_fee,
        refunded_amount=0,
        buyer_name=new.buyer_name,
        buyer_phone=new.buyer_phone,
        recipient_name=new.recipient_name.strip(),
        recipient_phone=new.recipient_phone,
        recipient_phone2=new.recipient_phone2,
        postal_code=new.postal_code.strip(),
        address=new.address.strip(),
        address_detail=new.address_detail.strip(),
        message=new.message,
        goods_summary=goods_summary(new.lines)[:300],
        ordered_at=new.ordered_at,
        paid_at=(new.paid_at or new.ordered_at) if paid else None,
        ship_by=new.ship_by,
        shipped_at=None,
        delivered_at=None,
        confirmed_at=None,
        cancelled_at=None,
        hold_reason="",
        hold_until=None,
        short_of_stock=False,
        needs_matching=any(sku_id is None for _, sku_id in lines),
        no_combine=False,
        shipment_id=None,
        import_batch_id=batch_id,
        personal_data_purged=False,
        version=1,
        updated_at=now,
    )
