"""Fuzz: garbage bytes and garbage cells never crash the readers or the order parsing."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_oms.exchange.bank_statements import parse_statement
from desktop_oms.exchange.channel_presets import BUILTIN_PRESETS, SMARTSTORE, detect_preset
from desktop_oms.exchange.order_files import parse_orders
from desktop_oms.exchange.spreadsheet_in import Sheet, SpreadsheetError, cell_text, read_bytes
from tests.unit.test_channel_files import SMARTSTORE_HEADER

NOW = datetime(2026, 11, 26, 10, 0)

cells = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1900, 1, 1)),
    st.datetimes(min_value=datetime(1900, 1, 1)),
    st.sampled_from(["39,000", "010 1234 5678", "PAYMENT_WAITING", "가상계좌", "배송중", "🙏"]),
)
rows = st.lists(st.lists(cells, max_size=len(SMARTSTORE_HEADER) + 3), max_size=15)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2_000), st.sampled_from(["a.xlsx", "a.xls", "a.csv", "a.ods", ""]))
def test_garbage_bytes_are_a_spreadsheet_error_or_rows(data: bytes, name: str) -> None:
    try:
        sheets = read_bytes(data, name)
    except SpreadsheetError as error:
        assert error.message_ko and error.message_en
        return
    for sheet in sheets:
        head = [[cell_text(c) for c in row] for row in sheet.rows[:10]]
        detect_preset(head, BUILTIN_PRESETS)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows)
def test_garbage_cells_under_a_real_header_give_orders_or_row_reasons(
    body: list[list[object]],
) -> None:
    sheet = [list(SMARTSTORE_HEADER), *body]
    parsed = parse_orders(sheet, 0, SMARTSTORE, NOW)  # type: ignore[arg-type]
    rows_seen = {p.row for p in parsed.problems} | {p.row for p in parsed.skipped}
    rows_seen |= {r for o in parsed.orders for r in o.rows}
    assert all(2 <= r <= len(sheet) for r in rows_seen)
    assert all(p.reason for p in parsed.problems)
    for order in parsed.orders:
        assert order.new.lines and all(line.quantity > 0 for line in order.new.lines)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows)
def test_garbage_bank_statement_rows_never_crash(body: list[list[object]]) -> None:
    sheet = Sheet("거래내역", [["거래일시", "적요", "입금액"], *body])  # type: ignore[list-item]
    statement = parse_statement([sheet])
    assert all(p.reason for p in statement.problems)
