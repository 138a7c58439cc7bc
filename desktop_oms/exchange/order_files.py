"""Turn the rows of a channel's order download into orders, with a Korean reason per bad row."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from desktop_oms.domain.order import NewLine, NewOrder, validate
from desktop_oms.domain.payment import PaymentMethod, parse_payment_method
from desktop_oms.domain.status import OrderStatus
from desktop_oms.exchange.channel_presets import (
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


def parse_number(text: str) -> int | None:
    """'39,000' / '39000.0' / '₩39,000원' → 39000; None when it is no whole number."""
    cleaned = text.replace(",", "").replace("원", "").replace("₩", "").replace(" ", "")
    if not _NUMBER.match(cleaned):
        return None
    return int(float(cleaned))


def parse_when(value: Cell) -> datetime | None:
    """A date or date-time from a cell (Excel date, serial number or text), else None."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20000 < value < 80000:
            return _EXCEL_EPOCH + timedelta(days=float(value))
        value = cell_text(value)
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


class _Row:
    """Access to one row's cells (and their texts) by field name."""

    __slots__ = ("cells", "index", "texts")

    def __init__(self, cells: list[Cell], texts: tuple[str, ...], index: dict[str, int]) -> None:
        self.cells = cells
        self.texts = texts
        self.index = index

    def raw(self, name: str) -> Cell:
        i = self.index.get(name)
        if i is None or i >= len(self.cells):
            return None
        return self.cells[i]

    def text(self, name: str) -> str:
        i = self.index.get(name)
        if i is None or i >= len(self.texts):
            return ""
        return self.texts[i]


def missing_columns(preset: ChannelPreset, header: list[str]) -> list[str]:
    """Required fields the header lacks, by their Korean names."""
    from desktop_oms.exchange.channel_presets import FIELDS

    found = column_indexes(preset, header)
    return [FIELDS[f] for f in REQUIRED_FIELDS if f not in found]


def parse_orders(
    rows: list[list[Cell]], header_index: int, preset: ChannelPreset, now: datetime
) -> ParsedFile:
    """Orders from the rows below `header_index`; rows of one order number become one order."""
    header = [cell_text(c) for c in rows[header_index]]
    index = column_indexes(preset, header)
    result = ParsedFile(preset=preset)
    groups: dict[str, list[tuple[int, _Row]]] = {}
    seen_rows: set[tuple[str, ...]] = set()
    for offset, cells in enumerate(rows[header_index + 1 :]):
        row_no = header_index + 2 + offset
        key = tuple([c.strip() if type(c) is str else cell_text(c) for c in cells])
        if not any(key):
            continue
        result.rows_read += 1
        row = _Row(cells, key, index)
        if key in seen_rows:
            result.repeated_rows += 1
            continue
        seen_rows.add(key)
        order_no = row.text("channel_order_no")
        if not order_no:
            result.problems.append(RowProblem(row_no, "주문번호가 없습니다"))
            continue
        groups.setdefault(order_no, []).append((row_no, row))
    for order_no, members in groups.items():
        _build_order(result, preset, order_no, members, now)
    return result


def _build_order(
    result: ParsedFile,
    preset: ChannelPreset,
    order_no: str,
    members: list[tuple[int, _Row]],
    now: datetime,
) -> None:
    open_members = []
    for row_no, row in members:
        row_state, word = _channel_status(row.text("status"))
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
    state, korean = _channel_status(first.text("status"))
    problems: dict[int, list[str]] = {}
    if state == ChannelStatus.UNKNOWN and korean:
        problems.setdefault(first_no, []).append(f"알 수 없는 주문상태입니다: {korean!r}")
    lines, codes = [], []
    seen_line_nos: set[str] = set()
    for row_no, row in members:
        line_no = row.text("channel_line_no")
        if line_no and line_no in seen_line_nos:
            result.repeated_rows += 1
            continue
        seen_line_nos.add(line_no)
        line, line_problems = _line(row)
        if line_problems:
            problems.setdefault(row_no, []).extend(line_problems)
        if line is not None:
            lines.append(line)
            codes.append(row.text("product_code"))
    method_text = first.text("payment_method")
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


def _line(row: _Row) -> tuple[NewLine | None, list[str]]:
    problems = []
    name = row.text("product_name")
    if not name:
        problems.append("상품명이 없습니다")
    qty_text = row.text("quantity")
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
        option_text=row.text("option_text"),
        channel_line_no=row.text("channel_line_no"),
    ), []


def _amount(row: _Row, name: str, problems: list[str]) -> int | None:
    text = row.text(name)
    if not text:
        return None
    value = parse_number(text)
    if value is None:
        problems.append(f"금액이 숫자가 아닙니다: {text!r}")
    return value


def _order(
    first: _Row,
    preset: ChannelPreset,
    order_no: str,
    method: PaymentMethod,
    lines: list[NewLine],
    now: datetime,
) -> NewOrder:
    t = first.text
    months = parse_number(t("installment_months").replace("개월", "").replace("일시불", "0"))
    total = parse_number(t("total_amount")) if t("total_amount") else None
    ordered_at = parse_when(first.raw("ordered_at")) or now
    ship_by = parse_when(first.raw("ship_by"))
    return NewOrder(
        recipient_name=t("recipient_name")[:50],
        recipient_phone=t("recipient_phone"),
        recipient_phone2=t("recipient_phone2"),
        address=t("address")[:200],
        address_detail=t("address_detail")[:200],
        postal_code=t("postal_code").zfill(5) if t("postal_code").isdigit() else t("postal_code"),
        message=t("message")[:300],
        buyer_name=t("buyer_name")[:50],
        buyer_phone=t("buyer_phone")[:20],
        lines=lines,
        payment_method=method,
        ordered_at=ordered_at,
        paid_at=parse_when(first.raw("paid_at")),
        channel=preset.channel,
        channel_order_no=order_no[:60],
        card_company=t("card_company")[:30],
        installment_months=months or 0,
        approval_no=t("approval_no")[:40],
        va_bank=t("va_bank")[:30],
        va_account=t("va_account")[:40],
        depositor_name=t("depositor_name")[:50],
        deposit_deadline=parse_when(first.raw("deposit_deadline")),
        shipping_fee=parse_number(t("shipping_fee")) or 0,
        total_amount=total,
        ship_by=ship_by.date() if ship_by else None,
    )
