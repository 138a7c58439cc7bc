"""Each sales channel's bulk dispatch upload (waybill numbers back to the channel)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_oms.exchange.excel_out import write_xlsx


@dataclass(frozen=True, slots=True)
class DispatchLine:
    """One order line to report as dispatched, with the channel's courier code."""

    channel_order_no: str
    channel_line_no: str
    courier_code: str
    waybill_no: str
    product_name: str
    option_text: str
    quantity: int
    #: The channel's bundle (Coupang 묶음배송번호); "" for orders imported without one.
    bundle_no: str = ""


#: Channel (as stored on orders) → (sheet name, header, row builder).
SMARTSTORE_HEADER = ["상품주문번호", "배송방법", "택배사", "송장번호"]
COUPANG_HEADER = [
    "묶음배송번호",
    "주문번호",
    "택배사",
    "운송장번호",
    "분리배송 Y/N",
    "등록상품명",
    "등록옵션명",
    "구매수(수량)",
]
CAFE24_HEADER = ["주문번호", "품목별 주문번호", "배송업체코드", "운송장번호"]

CHANNELS = {"smartstore": "SMARTSTORE", "coupang": "COUPANG", "cafe24": "CAFE24"}


def channel_key(text: str) -> str:
    """'smartstore', 'coupang' or 'cafe24' from any spelling; ValueError otherwise."""
    key = text.strip().lower().replace("_", "").replace(" ", "")
    aliases = {
        "스마트스토어": "smartstore",
        "naver": "smartstore",
        "쿠팡": "coupang",
        "카페24": "cafe24",
    }
    key = aliases.get(key, key)
    if key not in CHANNELS:
        raise ValueError(
            f"알 수 없는 판매채널입니다: {text} (smartstore, coupang, cafe24) / unknown channel"
        )
    return key


def write_dispatch_file(path: Path, channel: str, lines: Sequence[DispatchLine]) -> Path:
    """The channel's bulk dispatch sheet, one row per order line (formula-safe)."""
    key = channel_key(channel)
    rows: list[list[object]]
    if key == "smartstore":
        rows = [
            [ln.channel_line_no or ln.channel_order_no, "택배", ln.courier_code, ln.waybill_no]
            for ln in lines
        ]
        return write_xlsx(path, [("발송처리", SMARTSTORE_HEADER, rows)])
    if key == "coupang":
        rows = [
            [
                ln.bundle_no or ln.channel_order_no,
                ln.channel_order_no,
                ln.courier_code,
                ln.waybill_no,
                "N",
                ln.product_name,
                ln.option_text,
                ln.quantity,
            ]
            for ln in lines
        ]
        return write_xlsx(path, [("배송리스트", COUPANG_HEADER, rows)])
    rows = [
        [ln.channel_order_no, ln.channel_line_no, ln.courier_code, ln.waybill_no] for ln in lines
    ]
    return write_xlsx(path, [("배송정보", CAFE24_HEADER, rows)])
