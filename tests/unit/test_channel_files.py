"""Channel order downloads as the shops get them, and how their layouts are recognised.

The builders here (`smartstore_rows`, `write_xlsx_rows` …) are shared by the intake tests.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop_oms.exchange.channel_presets import (
    BUILTIN_PRESETS,
    CAFE24,
    COUPANG,
    GENERIC,
    SMARTSTORE,
    ChannelStatus,
    channel_status,
    detect_preset,
)

SMARTSTORE_HEADER = [
    "상품주문번호", "주문번호", "배송방법", "택배사", "송장번호", "구매자명", "수취인명",
    "옵션정보", "수량", "수취인연락처1", "수취인연락처2", "통합배송지", "배송메세지",
    "구매자연락처", "발송일", "주문상태", "결제일", "상품번호", "상품명", "상품가격",
    "정산예정금액", "주문일시", "발송기한", "우편번호", "결제수단",
]  # fmt: skip


def smartstore_row(
    line_no: str,
    order_no: str,
    *,
    name: str = "홍길동",
    phone: str = "010-1234-5678",
    product: str = "오버핏 코튼 반팔티",
    option: str = "색상: 블랙 / 사이즈: L",
    qty: object = 1,
    price: object = "19,900",
    status: str = "결제완료",
    method: str = "신용카드",
    message: str = "부재 시 문 앞에 놓아주세요",
    address: str = "서울특별시 강남구 테헤란로 152 101동 1203호",
) -> list[object]:
    return [
        line_no, order_no, "택배", "", "", name, name, option, qty, phone, "",
        address, message, phone, "", status, "2026-11-25 09:12:00", "8123",
        product, price, "18,000", "2026-11-25 09:10:00", "2026-11-28", "06236", method,
    ]  # fmt: skip


def smartstore_rows(count: int, start: int = 1, **kwargs: object) -> list[list[object]]:
    """An instruction row, the header, and `count` one-line orders."""
    rows: list[list[object]] = [["발주발송관리 — 엑셀 일괄발송 안내: 양식을 수정하지 마세요"]]
    rows.append(list(SMARTSTORE_HEADER))
    for n in range(start, start + count):
        rows.append(smartstore_row(f"2026112{n:07d}", f"2026113{n:07d}", **kwargs))  # type: ignore[arg-type]
    return rows


COUPANG_HEADER = [
    "번호", "묶음배송번호", "주문번호", "택배사", "운송장번호", "분리배송 Y/N", "주문일",
    "등록상품명", "등록옵션명", "옵션ID", "업체상품코드", "결제액", "배송비", "구매수(수량)",
    "구매자", "구매자전화번호", "수취인이름", "수취인전화번호", "우편번호", "수취인 주소",
    "배송메세지", "주문시 출고예정일",
]  # fmt: skip

CAFE24_HEADER = [
    "주문번호", "품목별 주문번호", "상품품목코드", "주문상품명", "상품옵션", "수량", "판매가",
    "수령인", "수령인 휴대전화", "수령인 우편번호", "수령인 주소", "배송메세지", "총주문금액",
    "결제금액", "운송장번호", "결제수단", "주문상태", "입금자명",
]  # fmt: skip

GENERIC_HEADER = [
    "주문번호", "수취인", "연락처", "우편번호", "주소", "상세주소", "상품명", "옵션", "수량",
    "단가", "결제수단", "주문일시",
]  # fmt: skip


def write_xlsx_rows(path: Path, rows: list[list[object]], sheet: str = "주문") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def csv_bytes(rows: list[list[object]], encoding: str = "utf-8-sig") -> bytes:
    import csv
    import io

    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


def as_text(rows: list[list[object]]) -> list[list[str]]:
    return [["" if c is None else str(c) for c in row] for row in rows]


def test_smartstore_header_below_its_instruction_row_is_recognised() -> None:
    found = detect_preset(as_text(smartstore_rows(2)), BUILTIN_PRESETS)
    assert found == (SMARTSTORE, 1)


def test_coupang_cafe24_and_generic_headers_are_recognised() -> None:
    assert detect_preset([COUPANG_HEADER], BUILTIN_PRESETS) == (COUPANG, 0)
    assert detect_preset([CAFE24_HEADER], BUILTIN_PRESETS) == (CAFE24, 0)
    assert detect_preset([["설명"], GENERIC_HEADER], BUILTIN_PRESETS) == (GENERIC, 1)


def test_a_sheet_of_other_columns_matches_no_preset() -> None:
    assert (
        detect_preset([["이름", "나이", "주소"], ["홍길동", "30", "서울"]], BUILTIN_PRESETS) is None
    )


def test_channel_statuses_map_to_waiting_paid_or_done() -> None:
    assert channel_status("PAYMENT_WAITING")[0] == ChannelStatus.WAITING
    assert channel_status("입금전")[0] == ChannelStatus.WAITING
    assert channel_status("N00")[0] == ChannelStatus.WAITING
    assert channel_status("결제완료")[0] == ChannelStatus.PAID
    assert channel_status("PAYED")[0] == ChannelStatus.PAID
    assert channel_status("N20")[0] == ChannelStatus.PAID
    assert channel_status("ACCEPT")[0] == ChannelStatus.PAID
    assert channel_status("배송완료") == (ChannelStatus.DONE, "배송완료")
    assert channel_status("CANCELED_BY_NOPAYMENT") == (ChannelStatus.DONE, "취소")
    assert channel_status("C48") == (ChannelStatus.DONE, "취소")
    assert channel_status("R10") == (ChannelStatus.DONE, "반품")
    assert channel_status("") == (ChannelStatus.UNKNOWN, "")
    assert channel_status("이상한상태") == (ChannelStatus.UNKNOWN, "이상한상태")
