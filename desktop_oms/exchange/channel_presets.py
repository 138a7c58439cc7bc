"""Column layouts of the sales channels' order downloads, and how their statuses map to ours."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from desktop_oms.domain.payment import PaymentMethod
from desktop_oms.domain.status import OrderStatus

#: Fields an order file can fill, with their Korean labels (the mapping dialog shows these).
FIELDS: dict[str, str] = {
    "channel_order_no": "주문번호",
    "channel_line_no": "상품주문번호",
    "channel_bundle_no": "묶음배송번호",
    "recipient_name": "수취인",
    "recipient_phone": "수취인 연락처",
    "recipient_phone2": "두 번째 연락처",
    "postal_code": "우편번호",
    "address": "주소",
    "address_detail": "상세주소",
    "message": "배송메시지",
    "buyer_name": "구매자",
    "buyer_phone": "구매자 연락처",
    "product_name": "상품명",
    "option_text": "옵션",
    "product_code": "상품코드(SKU)",
    "quantity": "수량",
    "unit_price": "단가",
    "line_amount": "상품별 금액",
    "total_amount": "주문 결제금액",
    "shipping_fee": "배송비",
    "payment_method": "결제수단",
    "card_company": "카드사",
    "installment_months": "할부개월",
    "approval_no": "승인번호",
    "va_bank": "입금은행",
    "va_account": "입금계좌",
    "depositor_name": "입금자명",
    "deposit_deadline": "입금기한",
    "status": "주문상태",
    "ordered_at": "주문일시",
    "paid_at": "결제일시",
    "ship_by": "발송기한",
}

#: Fields every layout must map.
REQUIRED_FIELDS = ("channel_order_no", "recipient_name", "product_name", "quantity")


@dataclass(slots=True)
class ChannelPreset:
    """One layout: which column holds which field, the channel, and a default payment."""

    name: str
    channel: str
    columns: dict[str, list[str]]
    default_method: PaymentMethod | None = None
    builtin: bool = False
    signature: list[str] = field(default_factory=list)

    def header_names(self) -> set[str]:
        return {name for names in self.columns.values() for name in names}

    def to_json(self) -> str:
        return json.dumps(
            {
                "channel": self.channel,
                "columns": self.columns,
                "default_method": self.default_method.value if self.default_method else None,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, name: str, text: str) -> ChannelPreset:
        data = json.loads(text)
        method = data.get("default_method")
        return cls(
            name=name,
            channel=str(data.get("channel") or name)[:20],
            columns={str(k): [str(v) for v in vs] for k, vs in data["columns"].items()},
            default_method=PaymentMethod(method) if method else None,
        )


SMARTSTORE = ChannelPreset(
    name="네이버 스마트스토어",
    channel="SMARTSTORE",
    builtin=True,
    default_method=PaymentMethod.NAVER_PAY,
    signature=["상품주문번호", "수취인연락처1", "통합배송지"],
    columns={
        "channel_order_no": ["주문번호"],
        "channel_line_no": ["상품주문번호"],
        "recipient_name": ["수취인명"],
        "recipient_phone": ["수취인연락처1"],
        "recipient_phone2": ["수취인연락처2"],
        "postal_code": ["우편번호"],
        "address": ["통합배송지", "배송지"],
        "message": ["배송메세지", "배송메시지"],
        "buyer_name": ["구매자명"],
        "buyer_phone": ["구매자연락처"],
        "product_name": ["상품명"],
        "option_text": ["옵션정보"],
        "product_code": ["옵션관리코드"],
        "quantity": ["수량"],
        "unit_price": ["상품가격"],
        "line_amount": ["최종 상품별 총 주문금액", "상품별 총 주문금액"],
        "shipping_fee": ["배송비 합계", "배송비"],
        "payment_method": ["결제수단"],
        "status": ["주문상태"],
        "ordered_at": ["주문일시"],
        "paid_at": ["결제일"],
        "ship_by": ["발송기한"],
    },
)

COUPANG = ChannelPreset(
    name="쿠팡",
    channel="COUPANG",
    builtin=True,
    default_method=PaymentMethod.CARD,
    signature=["묶음배송번호", "수취인이름", "구매수(수량)"],
    columns={
        "channel_order_no": ["주문번호"],
        "channel_line_no": ["옵션ID"],
        "channel_bundle_no": ["묶음배송번호"],
        "recipient_name": ["수취인이름"],
        "recipient_phone": ["수취인전화번호"],
        "postal_code": ["우편번호"],
        "address": ["수취인 주소"],
        "message": ["배송메세지", "배송메시지"],
        "buyer_name": ["구매자"],
        "buyer_phone": ["구매자전화번호"],
        "product_name": ["등록상품명"],
        "option_text": ["등록옵션명"],
        "product_code": ["업체상품코드"],
        "quantity": ["구매수(수량)", "구매수"],
        "line_amount": ["결제액"],
        "shipping_fee": ["배송비"],
        "status": ["주문상태"],
        "ordered_at": ["주문일"],
        "ship_by": ["주문시 출고예정일", "출고예정일"],
    },
)

CAFE24 = ChannelPreset(
    name="Cafe24",
    channel="CAFE24",
    builtin=True,
    default_method=None,
    signature=["품목별 주문번호", "수령인", "주문상품명"],
    columns={
        "channel_order_no": ["주문번호"],
        "channel_line_no": ["품목별 주문번호"],
        "recipient_name": ["수령인"],
        "recipient_phone": ["수령인 휴대전화"],
        "recipient_phone2": ["수령인 전화번호"],
        "postal_code": ["수령인 우편번호"],
        "address": ["수령인 주소"],
        "address_detail": ["수령인 상세 주소", "수령인 상세주소"],
        "message": ["배송메세지", "배송메시지"],
        "buyer_name": ["주문자명"],
        "buyer_phone": ["주문자 휴대전화"],
        "product_name": ["주문상품명"],
        "option_text": ["상품옵션"],
        "product_code": ["상품품목코드"],
        "quantity": ["수량"],
        "unit_price": ["판매가"],
        "total_amount": ["결제금액", "총주문금액"],
        "shipping_fee": ["배송비"],
        "payment_method": ["결제수단"],
        "card_company": ["카드사"],
        "installment_months": ["할부개월"],
        "approval_no": ["승인번호"],
        "depositor_name": ["입금자명"],
        "va_bank": ["입금은행"],
        "va_account": ["입금계좌"],
        "status": ["주문상태"],
        "ordered_at": ["주문일시"],
        "paid_at": ["결제일시"],
    },
)

GENERIC = ChannelPreset(
    name="일반 양식",
    channel="GENERIC",
    builtin=True,
    default_method=None,
    signature=["수취인", "상품명", "수량", "주문번호"],
    columns={
        "channel_order_no": ["주문번호"],
        "channel_line_no": ["상품주문번호", "품목번호"],
        "recipient_name": ["수취인", "받는분"],
        "recipient_phone": ["연락처", "휴대전화", "받는분 연락처"],
        "recipient_phone2": ["연락처2", "전화번호"],
        "postal_code": ["우편번호"],
        "address": ["주소", "받는분 주소"],
        "address_detail": ["상세주소"],
        "message": ["배송메시지", "배송메세지"],
        "buyer_name": ["구매자", "주문자"],
        "buyer_phone": ["구매자 연락처", "주문자 연락처"],
        "product_name": ["상품명"],
        "option_text": ["옵션"],
        "product_code": ["상품코드", "SKU"],
        "quantity": ["수량"],
        "unit_price": ["단가", "판매가"],
        "total_amount": ["결제금액"],
        "shipping_fee": ["배송비"],
        "payment_method": ["결제수단"],
        "card_company": ["카드사"],
        "installment_months": ["할부개월"],
        "approval_no": ["승인번호"],
        "va_bank": ["입금은행"],
        "va_account": ["입금계좌"],
        "depositor_name": ["입금자명"],
        "deposit_deadline": ["입금기한"],
        "status": ["주문상태"],
        "ordered_at": ["주문일시"],
        "paid_at": ["결제일시"],
        "ship_by": ["발송기한"],
    },
)

BUILTIN_PRESETS: tuple[ChannelPreset, ...] = (SMARTSTORE, COUPANG, CAFE24, GENERIC)


def detect_preset(
    rows: list[list[str]], presets: tuple[ChannelPreset, ...] | list[ChannelPreset]
) -> tuple[ChannelPreset, int] | None:
    """The preset whose header best fits one of the first rows, and that row's index.

    A preset fits when its signature columns and its required columns are all present;
    among fitting presets the one naming most header cells wins (saved presets first).
    """
    best: tuple[int, ChannelPreset, int] | None = None
    for index, row in enumerate(rows[:10]):
        names = {c.strip() for c in row if c}
        if len(names) < 2:
            continue
        for preset in presets:
            if not all(s in names for s in preset.signature):
                continue
            if any(not set(preset.columns.get(f, [])) & names for f in REQUIRED_FIELDS):
                continue
            score = len(preset.header_names() & names) * 10 + len(preset.signature)
            if best is None or score > best[0]:
                best = (score, preset, index)
    return (best[1], best[2]) if best else None


def column_indexes(preset: ChannelPreset, header: list[str]) -> dict[str, int]:
    """Field → column index for the columns of `header` the preset names."""
    position: dict[str, int] = {}
    for i, name in enumerate(header):
        position.setdefault(name.strip(), i)
    found: dict[str, int] = {}
    for field_name, names in preset.columns.items():
        for name in names:
            if name in position:
                found[field_name] = position[name]
                break
    return found


class ChannelStatus:
    """Where a channel's status word puts an imported order."""

    WAITING = "WAITING"
    PAID = "PAID"
    DONE = "DONE"
    UNKNOWN = "UNKNOWN"


_WAITING = ("PAYMENT_WAITING", "입금전", "입금대기", "결제대기", "N00", "O1")
_DONE = (
    ("DELIVERING", "배송중"),
    ("DELIVERED", "배송완료"),
    ("PURCHASE_DECIDED", "구매확정"),
    ("FINAL_DELIVERY", "배송완료"),
    ("DEPARTURE", "배송중"),
    ("CANCELED", "취소"),
    ("CANCELLED", "취소"),
    ("RETURNED", "반품"),
    ("EXCHANGED", "교환"),
    ("취소", "취소"),
    ("반품", "반품"),
    ("교환", "교환"),
    ("배송중", "배송중"),
    ("배송완료", "배송완료"),
    ("구매확정", "구매확정"),
    ("N30", "배송중"),
    ("N40", "배송완료"),
    ("N50", "구매확정"),
)
_PAID = (
    "PAYED",
    "PAID",
    "ACCEPT",
    "INSTRUCT",
    "결제완료",
    "상품준비중",
    "발주확인",
    "신규주문",
    "배송준비중",
    "배송대기",
    "배송보류",
    "N10",
    "N20",
    "N21",
    "N22",
    "P1",
    "G1",
)


def channel_status(text: str) -> tuple[str, str]:
    """(ChannelStatus, Korean word) for a channel's status cell; '' means 'not given'."""
    word = text.strip().upper().replace(" ", "")
    if not word:
        return ChannelStatus.UNKNOWN, ""
    if any(word.startswith(w) for w in _WAITING):
        return ChannelStatus.WAITING, OrderStatus.AWAITING_PAYMENT.korean
    for key, korean in _DONE:
        if word.startswith(key) or (len(word) == 3 and word[0] in "CRE" and word[1:].isdigit()):
            if len(word) == 3 and word[0] in "CRE" and word[1:].isdigit():
                korean = {"C": "취소", "R": "반품", "E": "교환"}[word[0]]
            return ChannelStatus.DONE, korean
    if any(word.startswith(w) for w in _PAID):
        return ChannelStatus.PAID, OrderStatus.PAID.korean
    return ChannelStatus.UNKNOWN, text.strip()
