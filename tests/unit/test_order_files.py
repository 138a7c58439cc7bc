"""Parsing order rows: numbers stored as text, dates, phones, grouping and per-row reasons."""

from __future__ import annotations

from datetime import date, datetime

from desktop_oms.domain.status import OrderStatus
from desktop_oms.exchange.channel_presets import GENERIC, SMARTSTORE
from desktop_oms.exchange.order_files import parse_number, parse_orders, parse_when
from tests.unit.test_channel_files import GENERIC_HEADER, smartstore_row, smartstore_rows

NOW = datetime(2026, 11, 26, 10, 0)


def test_numbers_stored_as_text_are_read_as_numbers() -> None:
    assert parse_number("39,000") == 39_000
    assert parse_number("39000.0") == 39_000
    assert parse_number("₩39,000원") == 39_000
    assert parse_number("한 개") is None
    assert parse_number("1.5") is None


def test_dates_come_from_text_excel_serials_and_date_cells() -> None:
    assert parse_when("2026-11-25 09:10:00") == datetime(2026, 11, 25, 9, 10)
    assert parse_when("2026.11.25") == datetime(2026, 11, 25)
    assert parse_when("20261125") == datetime(2026, 11, 25)
    assert parse_when(46352.5) == datetime(2026, 11, 26, 12, 0)
    assert parse_when(date(2026, 11, 28)) == datetime(2026, 11, 28)
    assert parse_when("내일") is None


def test_postal_code_read_as_a_number_keeps_its_leading_zero() -> None:
    rows = [GENERIC_HEADER, ["A1", "홍길동", "1012345678", 6236, "서울 강남구 테헤란로 1", "",
                             "사과", "", 1, "1000", "카드", ""]]  # fmt: skip
    parsed = parse_orders(rows, 0, GENERIC, NOW)  # type: ignore[arg-type]
    (order,) = parsed.orders
    assert order.new.postal_code == "06236"
    assert order.new.recipient_phone == "010-1234-5678"


def test_one_bad_row_holds_back_its_whole_order_and_says_so() -> None:
    rows = smartstore_rows(0)
    rows.append(smartstore_row("L1", "O1"))
    rows.append(smartstore_row("L2", "O1", qty="0"))
    parsed = parse_orders(rows, 1, SMARTSTORE, NOW)  # type: ignore[arg-type]
    assert parsed.orders == []
    reasons = {p.row: p.reason for p in parsed.problems}
    assert reasons[4] == "수량은 1 이상이어야 합니다: '0'"
    assert "같은 주문(O1)의 다른 행에 문제가 있습니다" in reasons[3]


def test_waiting_status_with_no_payment_column_is_a_virtual_account_order() -> None:
    rows = smartstore_rows(0)
    rows.append(smartstore_row("L1", "O1", status="PAYMENT_WAITING", method=""))
    (order,) = parse_orders(rows, 1, SMARTSTORE, NOW).orders  # type: ignore[arg-type]
    assert order.status is OrderStatus.AWAITING_PAYMENT
    assert order.new.payment_method.value == "VIRTUAL_ACCOUNT"


def test_a_paid_row_without_payment_method_takes_the_channels_default() -> None:
    rows = smartstore_rows(0)
    rows.append(smartstore_row("L1", "O1", method=""))
    (order,) = parse_orders(rows, 1, SMARTSTORE, NOW).orders  # type: ignore[arg-type]
    assert order.status is OrderStatus.PAID
    assert order.new.payment_method.value == "NAVER_PAY"


def test_an_unknown_channel_status_is_a_row_problem() -> None:
    rows = smartstore_rows(0)
    rows.append(smartstore_row("L1", "O1", status="외계인"))
    parsed = parse_orders(rows, 1, SMARTSTORE, NOW)  # type: ignore[arg-type]
    assert parsed.problems[0].reason == "알 수 없는 주문상태입니다: '외계인'"


def test_an_item_cancelled_in_the_channel_is_left_out_of_its_order() -> None:
    rows = smartstore_rows(0)
    rows.append(smartstore_row("L1", "O1", product="반팔티"))
    rows.append(smartstore_row("L2", "O1", product="머플러", status="취소완료"))
    parsed = parse_orders(rows, 1, SMARTSTORE, NOW)  # type: ignore[arg-type]
    (order,) = parsed.orders
    assert [line.product_name for line in order.new.lines] == ["반팔티"]
    assert [(p.row, p.reason) for p in parsed.skipped] == [
        (4, "판매처에서 이미 취소 상태인 주문이라 가져오지 않습니다")
    ]
