"""Turn the rows of a channel's order download into orders, with a Korean reason per bad row."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from operator import itemgetter
from typing import Any

from desktop_oms.domain.order import NewLine, NewOrder, validate
from desktop_oms.domain.payment import PaymentMethod, parse_payment_method
from desktop_oms.domain.status import OrderStatus
from desktop_oms.exchange.channel_presets import (
    FIELDS,
    REQUIRED_FIELDS,
    ChannelPreset,
    ChannelStatus,
    channel_status,
    column_indexes,
)
from desktop_oms.exchange.spreadsheet_in import Cell, cell_text

_NUMBER = re.compile(r"^-?\d+(\.0+)?$")
_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%Y.%m.%d %H:%M:%S",
    "%Y.%m.%d %H:%M",
    "%Y.%m.%d",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%Y%m%d%H%M%S",
    "%Y%m%d",
)
_EXCEL_EPOCH = datetime(1899, 12, 30)


@dataclass(slots=True)
class RowProblem:
    """A row that cannot come in: its number as the user sees it in Excel, and why."""

    row: int
    reason: str


@dataclass(slots=True)
class ParsedOrder:
    """One order built from one or more rows, with the status the channel gave it."""

    new: NewOrder
    status: OrderStatus
    rows: list[int]
    product_codes: list[str]


@dataclass(slots=True)
class ParsedFile:
    """What a file holds: good orders, bad rows, rows skipped on purpose, repeats in the file."""

    preset: ChannelPreset
    orders: list[ParsedOrder] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)
    repeated_rows: int = 0
    rows_read: int = 0


@lru_cache(maxsize=4096)
def parse_number(text: str) -> int | None:
    """'39,000' / '39000.0' / '₩39,000원' → 39000; None when it is no whole number.

    Cached: a file repeats the same prices, quantities and fees thousands of times."""
    if not text:
        return None
    cleaned = text.replace(",", "").replace("원", "").replace("₩", "").replace(" ", "")
    if not _NUMBER.match(cleaned):
        return None
    return int(float(cleaned))


def parse_when(value: Cell) -> datetime | None:
    """A date or date-time from a cell (Excel date, serial number or text), else None."""
    if value is None:
        return None
    if type(value) is str:
        return _when_from_text(value.strip())
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool) and 20000 < value < 80000:
        return _EXCEL_EPOCH + timedelta(days=float(value))  # an Excel serial date
    return _when_from_text(cell_text(value))


@lru_cache(maxsize=4096)
def _when_from_text(text: str) -> datetime | None:
    if not text:
        return None
    text = text.replace("T", " ")[:19]
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


_payment_method = lru_cache(maxsize=256)(parse_payment_method)
_channel_status = lru_cache(maxsize=256)(channel_status)


#: Fields kept as the cell itself (a date cell, an Excel serial); every other field is text.
_DATE_FIELDS = frozenset({"ordered_at", "paid_at", "ship_by", "deposit_deadline"})

#: One row of a file as field name → its text ("" when the layout has no such column);
#: a date field holds its cell (None when missing) for `parse_when`.
Record = dict[str, Any]


def _records(body: list[list[Cell]], index: dict[str, int]) -> list[Record]:
    """Every row of `body` as a Record, converted column by column.

    Only the columns the layout maps are read (a SmartStore download has about 70, an
    order needs about 25), and each in one pass over the rows: a 10,000-row file takes
    a few hundredths of a second instead of a tenth or more cell by cell.
    """
    width = max(index.values(), default=-1) + 1
    rows = [r if len(r) >= width else [*r, *[None] * (width - len(r))] for r in body]
    columns: list[list[Cell]] = []
    for name in FIELDS:
        i = index.get(name)
        if i is None:
            columns.append([None if name in _DATE_FIELDS else ""] * len(rows))
            continue
        cells = list(map(itemgetter(i), rows))
        if name not in _DATE_FIELDS:
            cells = [
                c.strip() if type(c) is str else "" if c is None else cell_text(c) for c in cells
            ]
        columns.append(cells)
    names = list(FIELDS)
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def _blank(cells: list[Cell]) -> bool:
    return all(c is None or (type(c) is str and not c.strip()) for c in cells)


def missing_columns(preset: ChannelPreset, header: list[str]) -> list[str]:
    """Required fields the header lacks, by their Korean names."""
    found = column_indexes(preset, header)
    return [FIELDS[f] for f in REQUIRED_FIELDS if f not in found]


def parse_orders(
    rows: list[list[Cell]], header_index: int, preset: ChannelPreset, now: datetime
) -> ParsedFile:
    """Orders from the rows below `header_index`; rows of one order number become one order.

    A row repeated cell for cell is counted once (channel downloads overlap when a user
    joins two of them), blank rows are passed over, and row numbers are Excel's.
    """
    header = [cell_text(c) for c in rows[header_index]]
    body = rows[header_index + 1 :]
    records = _records(body, column_indexes(preset, header))
    result = ParsedFile(preset=preset)
    groups: dict[str, list[tuple[int, Record]]] = {}
    seen_rows: set[tuple[Cell, ...]] = set()
    first_row_no = header_index + 2
    for offset, (cells, record) in enumerate(zip(body, records, strict=True)):
        order_no = record["channel_order_no"]
        if not order_no and _blank(cells):
            continue
        result.rows_read += 1
        key = tuple(cells)
        if key in seen_rows:
            result.repeated_rows += 1
            continue
        seen_rows.add(key)
        row_no = first_row_no + offset
        if not order_no:
            result.problems.append(RowProblem(row_no, "주문번호가 없습니다"))
            continue
        groups.setdefault(order_no, []).append((row_no, record))
    for order_no, members in groups.items():
        _build_order(result, preset, order_no, members, now)
    return result


def _build_order(
    result: ParsedFile,
    preset: ChannelPreset,
    order_no: str,
    members: list[tuple[int, Record]],
    now: datetime,
) -> None:
    open_members = []
    for row_no, row in members:
        row_state, word = _channel_status(row["status"])
        if row_state == ChannelStatus.DONE:
            result.skipped.append(
                RowProblem(row_no, f"판매처에서 이미 {word} 상태인 주문이라 가져오지 않습니다")
            )
        else:
            open_members.append((row_no, row))
    if not open_members:
        return
    members = open_members
    first_no, first = members[0]
    row_nos = [n for n, _ in members]
    state, korean = _channel_status(first["status"])
    problems: dict[int, list[str]] = {}
    if state == ChannelStatus.UNKNOWN and korean:
        problems.setdefault(first_no, []).append(f"알 수 없는 주문상태입니다: {korean!r}")
    lines, codes = [], []
    seen_line_nos: set[str] = set()
    for row_no, row in members:
        line_no = row["channel_line_no"]
        if line_no and line_no in seen_line_nos:
            result.repeated_rows += 1
            continue
        seen_line_nos.add(line_no)
        line, line_problems = _line(row)
        if line_problems:
            problems.setdefault(row_no, []).extend(line_problems)
        if line is not None:
            lines.append(line)
            codes.append(row["product_code"])
    method_text = first["payment_method"]
    method = _payment_method(method_text) if method_text else None
    if method_text and method is None:
        problems.setdefault(first_no, []).append(f"알 수 없는 결제수단입니다: {method_text!r}")
    if method is None:
        if state == ChannelStatus.WAITING:
            method = PaymentMethod.VIRTUAL_ACCOUNT
        else:
            method = preset.default_method or PaymentMethod.CARD
    if state == ChannelStatus.WAITING:
        status = OrderStatus.AWAITING_PAYMENT
    elif state == ChannelStatus.PAID:
        status = OrderStatus.PAID
    else:
        status = OrderStatus.AWAITING_PAYMENT if method.waits_for_deposit else OrderStatus.PAID
    new = _order(first, preset, order_no, method, lines, now)
    if not problems:
        for text in validate(new):
            if "상품" in text and "번째" in text:
                continue  # line problems were reported on their own rows
            problems.setdefault(first_no, []).append(text)
    if problems:
        for n in row_nos:
            reasons = problems.get(n)
            if reasons:
                result.problems.extend(RowProblem(n, r) for r in reasons)
            else:
                result.problems.append(
                    RowProblem(n, f"같은 주문({order_no})의 다른 행에 문제가 있습니다")
                )
        return
    result.orders.append(ParsedOrder(new, status, row_nos, codes))


def _line(row: Record) -> tuple[NewLine | None, list[str]]:
    problems = []
    name = row["product_name"]
    if not name:
        problems.append("상품명이 없습니다")
    qty_text = row["quantity"]
    quantity = parse_number(qty_text)
    if quantity is None:
        problems.append(f"수량이 숫자가 아닙니다: {qty_text!r}" if qty_text else "수량이 없습니다")
    elif quantity <= 0:
        problems.append(f"수량은 1 이상이어야 합니다: {qty_text!r}")
    price = _amount(row, "unit_price", problems)
    line_amount = _amount(row, "line_amount", problems)
    if problems or quantity is None:
        return None, problems
    if price is None:
        price = line_amount // quantity if line_amount is not None else 0
    return NewLine(
        product_name=name,
        quantity=quantity,
        unit_price=price,
        option_text=row["option_text"],
        channel_line_no=row["channel_line_no"],
    ), []


def _amount(row: Record, name: str, problems: list[str]) -> int | None:
    text: str = row[name]
    if not text:
        return None
    value = parse_number(text)
    if value is None:
        problems.append(f"금액이 숫자가 아닙니다: {text!r}")
    return value


def _order(
    first: Record,
    preset: ChannelPreset,
    order_no: str,
    method: PaymentMethod,
    lines: list[NewLine],
    now: datetime,
) -> NewOrder:
    r = first
    months = parse_number(r["installment_months"].replace("개월", "").replace("일시불", "0"))
    total = parse_number(r["total_amount"]) if r["total_amount"] else None
    ordered_at = parse_when(r["ordered_at"]) or now
    ship_by = parse_when(r["ship_by"])
    postal_code: str = r["postal_code"]
    return NewOrder(
        recipient_name=r["recipient_name"][:50],
        recipient_phone=r["recipient_phone"],
        recipient_phone2=r["recipient_phone2"],
        address=r["address"][:200],
        address_detail=r["address_detail"][:200],
        postal_code=postal_code.zfill(5) if postal_code.isdigit() else postal_code,
        message=r["message"][:300],
        buyer_name=r["buyer_name"][:50],
        buyer_phone=r["buyer_phone"][:20],
        lines=lines,
        payment_method=method,
        ordered_at=ordered_at,
        paid_at=parse_when(r["paid_at"]),
        channel=preset.channel,
        channel_order_no=order_no[:60],
        channel_bundle_no=r["channel_bundle_no"][:60],
        card_company=r["card_company"][:30],
        installment_months=months or 0,
        approval_no=r["approval_no"][:40],
        va_bank=r["va_bank"][:30],
        va_account=r["va_account"][:40],
        depositor_name=r["depositor_name"][:50],
        deposit_deadline=parse_when(r["deposit_deadline"]),
        shipping_fee=parse_number(r["shipping_fee"]) or 0,
        total_amount=total,
        ship_by=ship_by.date() if ship_by else None,
    )
