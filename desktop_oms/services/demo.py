"""Realistic Korean demo data: products with options, stock, orders in every status.

Written with SQLAlchemy Core in one transaction (fast for 100,000 orders, and a cancel
or a crash leaves nothing behind). Stock figures agree with the ledger.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from desktop_oms.domain.order import goods_summary
from desktop_oms.domain.payment import DEPOSIT_METHODS, PaymentMethod, PaymentState
from desktop_oms.domain.status import OrderStatus
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.services.changes import Changes
from desktop_oms.services.order_search import tidy_search_index
from desktop_oms.services.sequences import take_numbers
from desktop_oms.storage.id_sequences import catch_up_id_sequences
from desktop_oms.storage.tables import (
    Order,
    OrderEvent,
    OrderLine,
    Product,
    Shipment,
    ShopSetting,
    Sku,
    StockLedger,
    Supplier,
)
from desktop_oms.storage.uow import Database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class DemoCancelled(Exception):
    """The user cancelled demo generation; nothing was written."""


SUPPLIERS = ["(주)한빛섬유", "그린팜 농산", "코리아리빙", "바른생활용품"]

#: name, supplier index, price, option axes
CATALOG: list[tuple[str, int, int, list[list[str]]]] = [
    ("오버핏 코튼 반팔티", 0, 19_900, [["블랙", "화이트", "네이비"], ["M", "L", "XL"]]),
    ("기모 후드 집업", 0, 45_000, [["그레이", "차콜"], ["M", "L", "XL"]]),
    ("데일리 와이드 슬랙스", 0, 32_000, [["베이지", "블랙"], ["S", "M", "L"]]),
    ("울 블렌드 머플러", 0, 24_000, [["카멜", "그레이", "버건디"]]),
    ("제주 햇감귤 5kg", 1, 27_900, [["중과", "대과"]]),
    ("유기농 현미 10kg", 1, 39_000, [["2025년산"]]),
    ("꿀고구마 3kg", 1, 18_900, [["한입크기", "중간크기"]]),
    ("무농약 방울토마토 2kg", 1, 21_000, [["대추형"]]),
    ("극세사 차렵이불 세트", 2, 69_000, [["퀸", "킹"], ["아이보리", "그레이"]]),
    ("스테인리스 밀폐용기 6종", 2, 29_800, [["기본"]]),
    ("규조토 발매트", 2, 15_900, [["스몰", "라지"]]),
    ("호텔식 세면타월 5매", 2, 22_000, [["화이트", "베이지"]]),
    ("천연 고체비누 3입", 3, 12_000, [["라벤더", "녹차", "무향"]]),
    ("대나무 칫솔 10개입", 3, 9_900, [["부드러운모", "보통모"]]),
    ("친환경 주방세제 1L", 3, 8_500, [["레몬", "자몽"]]),
    ("실리콘 수세미 2입", 3, 6_900, [["핑크", "민트"]]),
]

SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = "민서준도윤하은지우수현예진성영재희동경태나연호"
ADDRESSES = [
    ("06236", "서울특별시 강남구 테헤란로 152"),
    ("04524", "서울특별시 중구 세종대로 110"),
    ("03925", "서울특별시 마포구 월드컵북로 396"),
    ("13529", "경기도 성남시 분당구 판교역로 235"),
    ("16514", "경기도 수원시 영통구 광교중앙로 140"),
    ("48058", "부산광역시 해운대구 센텀중앙로 79"),
    ("41911", "대구광역시 중구 공평로 88"),
    ("61475", "광주광역시 동구 금남로 245"),
    ("34126", "대전광역시 유성구 대학로 99"),
    ("63122", "제주특별자치도 제주시 문연로 6"),
    ("21554", "인천광역시 남동구 정각로 29"),
    ("44677", "울산광역시 남구 삼산로 274"),
]
DETAILS = ["101동 1203호", "3층", "B동 502호", "상가 1층 카페", "202호", "2층 사무실", ""]
MESSAGES = [
    "부재 시 문 앞에 놓아주세요",
    "배송 전 연락 바랍니다",
    "경비실에 맡겨주세요",
    "파손 주의 부탁드립니다 🙏",
    "",
    "",
]
CARD_COMPANIES = [
    "신한카드",
    "삼성카드",
    "현대카드",
    "KB국민카드",
    "롯데카드",
    "하나카드",
    "BC카드",
]
BANKS = ["국민은행", "신한은행", "우리은행", "하나은행", "농협은행", "기업은행"]
CHANNELS = ["SMARTSTORE", "COUPANG", "CAFE24", "MANUAL"]

STATUS_WEIGHTS = {
    OrderStatus.AWAITING_PAYMENT: 4,
    OrderStatus.PAID: 8,
    OrderStatus.READY_TO_SHIP: 6,
    OrderStatus.SHIPPED: 10,
    OrderStatus.DELIVERED: 12,
    OrderStatus.CONFIRMED: 50,
    OrderStatus.CANCELLED: 10,
}
PATH = list(OrderStatus)[:6]


@dataclass(frozen=True, slots=True)
class DemoResult:
    orders: int
    skus: int
    changes: Changes


def random_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)


def random_phone(rng: random.Random) -> str:
    return f"010-{rng.randint(2000, 9999)}-{rng.randint(0, 9999):04d}"


def fill_demo(
    db: Database,
    orders: int = 500,
    *,
    seed: int = 20261126,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    who: str = "demo",
) -> DemoResult:
    """Add a catalogue (once) and `orders` demo orders in one transaction."""
    rng = random.Random(seed)
    now = (now or datetime.now()).replace(microsecond=0)
    changes = Changes()
    with db.unit_of_work() as uow:
        s = uow.session
        new_shop = s.scalar(select(func.count()).select_from(Sku)) == 0
        skus = _ensure_catalog(s, rng, now, who)
        base_order = (s.scalar(select(func.max(Order.id))) or 0) + 1
        base_line = (s.scalar(select(func.max(OrderLine.id))) or 0) + 1
        base_ship = (s.scalar(select(func.max(Shipment.id))) or 0) + 1
        numbers = take_numbers(s, "orders", orders) if orders else range(0)
        ship_keys = iter(take_numbers(s, "shipments", orders) if orders else range(0))
        waybill_base = 6_000_000_000_00 + rng.randint(0, 10**9) * 10
        stock_reserved: dict[int, int] = {}
        batch = 5_000
        for start in range(0, orders, batch):
            if cancelled and cancelled():
                raise DemoCancelled
            rows_o, rows_l, rows_e, rows_s, rows_r = [], [], [], [], []
            for i in range(start, min(start + batch, orders)):
                oid = base_order + i
                order, lines, events, shipment = _one_order(
                    rng,
                    oid,
                    numbers[i],
                    skus,
                    now,
                    base_line + i * 3,
                    base_ship + i,
                    next(ship_keys),
                    waybill_base + i,
                    who,
                )
                rows_o.append(order)
                rows_l.extend(lines)
                rows_e.extend(events)
                if shipment:
                    rows_s.append(shipment)
                if order["status"] == OrderStatus.READY_TO_SHIP.value:
                    for line in lines:
                        stock_reserved[line["sku_id"]] = (
                            stock_reserved.get(line["sku_id"], 0) + line["quantity"]
                        )
                        rows_r.append(
                            dict(
                                sku_id=line["sku_id"],
                                at=order["updated_at"],
                                kind=LedgerKind.RESERVE.value,
                                on_hand_delta=0,
                                reserved_delta=line["quantity"],
                                order_id=oid,
                                purchase_order_id=None,
                                document=order["order_no"],
                                source="",
                                operator=who,
                                note="",
                            )
                        )
            if rows_s:
                s.execute(insert(Shipment), rows_s)
            s.execute(insert(Order), rows_o)
            s.execute(insert(OrderLine), rows_l)
            s.execute(insert(OrderEvent), rows_e)
            if rows_r:
                s.execute(insert(StockLedger), rows_r)
            if progress:
                progress(min(start + batch, orders), orders)
        _settle_stock(s, rng, stock_reserved, now, who)
        catch_up_id_sequences(s.connection())  # the rows above were given their ids
        uow.touch("orders", "stock")
        uow.commit()
    if new_shop:
        _register_demo_band(db, now)
    tidy_search_index(db)  # a bulk load leaves the index in many pieces
    changes.statuses = set(OrderStatus)
    return DemoResult(orders=orders, skus=len(skus), changes=changes)


def _ensure_catalog(
    s: Session, rng: random.Random, now: datetime, who: str
) -> list[tuple[int, str, str, int]]:
    """Suppliers, products and SKUs (created once); returns (id, name, option, price)."""
    existing = s.execute(
        select(Sku.id, Product.name, Sku.option_text, Sku.price).join(Product)
    ).all()
    if existing:
        return [(int(i), str(n), str(o), int(p)) for i, n, o, p in existing]
    supplier_ids = []
    for name in SUPPLIERS:
        row = Supplier(name=name, contact=f"담당자 {random_name(rng)} {random_phone(rng)}")
        s.add(row)
        s.flush()
        supplier_ids.append(row.id)
    skus: list[tuple[int, str, str, int]] = []
    code_no = 1
    for p_index, (name, supplier, price, axes) in enumerate(CATALOG, start=1):
        product = Product(name=name)
        s.add(product)
        s.flush()
        combos: list[list[str]] = [[]]
        for axis in axes:
            combos = [[*c, v] for c in combos for v in axis]
        for combo in combos:
            option = " / ".join(combo)
            sku = Sku(
                product_id=product.id,
                code=f"P{p_index:03d}-{code_no:04d}",
                option_text=option,
                barcode=f"880{rng.randint(10**9, 10**10 - 1)}",
                supplier_id=supplier_ids[supplier],
                cost=int(price * 0.55) // 100 * 100,
                price=price,
                safety_stock=rng.choice([5, 10, 20]),
                location=f"{'ABCD'[supplier]}-{p_index:02d}-{len(skus) % 5 + 1}",
                on_hand=0,
                reserved=0,
            )
            s.add(sku)
            s.flush()
            skus.append((sku.id, name, option, price))
            code_no += 1
    for key, value in (
        ("shop_name", "하루살림 스토어"),
        ("sender_phone", "02-6954-1234"),
        ("sender_address", "서울특별시 성동구 성수이로 113 2층"),
        ("default_courier", "CJ"),
    ):
        s.merge(ShopSetting(key=key, value=value))
    return skus


def _register_demo_band(db: Database, now: datetime) -> None:
    """A CJ number band, as a courier would give it, so labels can be printed at once.

    Its numbers start with 61, which the demo's own shipped parcels never use."""
    from desktop_oms.services.waybill_band import add_band

    add_band(db, "CJ", "610000000000", "610000099999", now=now)


def _settle_stock(
    s: Session, rng: random.Random, reserved: dict[int, int], now: datetime, who: str
) -> None:
    """Give every SKU opening stock covering its reservations (some at or below safety)."""
    ledger = []
    for sku_id, on_hand, old_reserved, safety in s.execute(
        select(Sku.id, Sku.on_hand, Sku.reserved, Sku.safety_stock)
    ):
        extra = reserved.get(sku_id, 0)
        spare = rng.choice([0, 2, safety, safety + 5, 40, 80, 150, 300])
        target_on_hand = max(on_hand, old_reserved + extra + spare)
        opening = target_on_hand - on_hand
        s.execute(
            update(Sku)
            .where(Sku.id == sku_id)
            .values(on_hand=target_on_hand, reserved=old_reserved + extra)
        )
        if opening:
            ledger.append(
                dict(
                    sku_id=sku_id,
                    at=now - timedelta(days=90),
                    kind=LedgerKind.OPENING.value,
                    on_hand_delta=opening,
                    reserved_delta=0,
                    order_id=None,
                    purchase_order_id=None,
                    document="기초재고",
                    source="DEMO",
                    operator=who,
                    note="",
                )
            )
    if ledger:
        s.execute(insert(StockLedger), ledger)


def _one_order(  # type: ignore[no-untyped-def]
    rng: random.Random, oid, number, skus, now, line_id, ship_id, ship_key, waybill, who
):
    status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
    method = _method_for(rng, status)
    channel = rng.choice(CHANNELS)
    age_days = {
        OrderStatus.AWAITING_PAYMENT: rng.uniform(0, 3),
        OrderStatus.PAID: rng.uniform(0, 4),
        OrderStatus.READY_TO_SHIP: rng.uniform(0.5, 5),
        OrderStatus.SHIPPED: rng.uniform(1, 6),
        OrderStatus.DELIVERED: rng.uniform(3, 10),
        OrderStatus.CONFIRMED: rng.uniform(10, 400),
        OrderStatus.CANCELLED: rng.uniform(0, 200),
    }[status]
    ordered_at = (now - timedelta(days=age_days)).replace(microsecond=0)
    n_lines = rng.choices([1, 2, 3], weights=[70, 22, 8])[0]
    picked = rng.sample(skus, n_lines)
    lines = []
    for n, (sku_id, name, option, price) in enumerate(picked, start=1):
        lines.append(
            dict(
                id=line_id + n - 1,
                order_id=oid,
                line_no=n,
                channel_line_no=f"{oid}{n:02d}",
                sku_id=sku_id,
                product_name=name,
                option_text=option,
                quantity=rng.choices([1, 2, 3], weights=[80, 15, 5])[0],
                unit_price=price,
                reserved_qty=0,
                cancelled_qty=0,
            )
        )
    if status is OrderStatus.READY_TO_SHIP:
        for line in lines:
            line["reserved_qty"] = line["quantity"]
    fee = 0 if sum(ln["unit_price"] * ln["quantity"] for ln in lines) >= 50_000 else 3_000
    total = sum(ln["unit_price"] * ln["quantity"] for ln in lines) + fee
    postal, address = rng.choice(ADDRESSES)
    recipient = random_name(rng)
    deposit = method in DEPOSIT_METHODS
    cancelled_unpaid = status is OrderStatus.CANCELLED and deposit and rng.random() < 0.6
    paid = status is not OrderStatus.AWAITING_PAYMENT and not cancelled_unpaid
    paid_at = ordered_at + timedelta(hours=rng.uniform(1, 20)) if deposit else ordered_at
    events = [
        _event(oid, ordered_at, "CREATED", None, _start(method).value, f"{channel} 주문", who)
    ]
    t = paid_at if paid else ordered_at
    if status is OrderStatus.CANCELLED:
        source = (
            OrderStatus.AWAITING_PAYMENT
            if cancelled_unpaid
            else rng.choice([OrderStatus.PAID, OrderStatus.READY_TO_SHIP])
        )
        reason = (
            "입금기한 경과"
            if cancelled_unpaid
            else rng.choice(["고객 단순변심", "품절로 인한 취소", "주소 오류로 재주문"])
        )
        walk = PATH[PATH.index(_start(method)) : PATH.index(source) + 1]
        for a, b in itertools.pairwise(walk):
            t += timedelta(hours=rng.uniform(1, 30))
            events.append(_event(oid, t, "STATUS", a.value, b.value, "", who))
        t += timedelta(hours=rng.uniform(1, 30))
        events.append(_event(oid, t, "STATUS", source.value, status.value, reason, who))
    else:
        walk = PATH[PATH.index(_start(method)) : PATH.index(status) + 1]
        for a, b in itertools.pairwise(walk):
            t += timedelta(hours=rng.uniform(2, 40))
            why = "입금 확인" if a is OrderStatus.AWAITING_PAYMENT else ""
            events.append(_event(oid, t, "STATUS", a.value, b.value, why, who))
    t = min(t, now)
    shipped = status in (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.CONFIRMED)
    shipment = None
    if shipped:
        courier = rng.choice(["CJ", "CJ", "LOTTE", "HANJIN", "EPOST"])
        shipment = dict(
            id=ship_id,
            key=f"S{ship_key:08d}",
            courier_code=courier,
            waybill_no=_demo_waybill(courier, waybill),
            numbering="BAND",
            label_printed_at=ordered_at + timedelta(days=1),
            print_count=1,
            sent_to_channel_at=ordered_at + timedelta(days=1),
            shipped_at=ordered_at + timedelta(days=1),
        )
    refunded = total if status is OrderStatus.CANCELLED and paid else 0
    order = dict(
        id=oid,
        order_no=f"{ordered_at:%Y%m%d}-{number:06d}",
        channel=channel,
        channel_order_no=f"{channel[:2]}{oid:09d}",
        status=status.value,
        payment_state=(
            PaymentState.REFUNDED.value
            if refunded
            else PaymentState.PAID.value
            if paid
            else PaymentState.UNPAID.value
        ),
        payment_method=method.value,
        card_company=rng.choice(CARD_COMPANIES) if method is PaymentMethod.CARD else "",
        installment_months=rng.choice([0, 0, 0, 2, 3, 6]) if method is PaymentMethod.CARD else 0,
        approval_no=f"{rng.randint(10**7, 10**8 - 1)}" if method is PaymentMethod.CARD else "",
        va_bank=rng.choice(BANKS) if deposit else "",
        va_account=(
            f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
            if deposit
            else ""
        ),
        deposit_deadline=ordered_at + timedelta(days=3) if deposit else None,
        depositor_name=recipient if deposit else "",
        total_amount=total,
        shipping_fee=fee,
        refunded_amount=refunded,
        buyer_name=recipient if rng.random() < 0.7 else random_name(rng),
        buyer_phone=random_phone(rng),
        recipient_name=recipient,
        recipient_phone=random_phone(rng),
        recipient_phone2=random_phone(rng) if rng.random() < 0.2 else "",
        postal_code=postal,
        address=address,
        address_detail=rng.choice(DETAILS),
        message=rng.choice(MESSAGES),
        goods_summary=goods_summary(
            [(ln["product_name"], ln["option_text"], ln["quantity"]) for ln in lines]
        ),
        ordered_at=ordered_at,
        paid_at=paid_at if paid else None,
        ship_by=(ordered_at + timedelta(days=rng.choice([2, 3, 3, 5]))).date(),
        shipped_at=shipment["shipped_at"] if shipment else None,
        delivered_at=t if status in (OrderStatus.DELIVERED, OrderStatus.CONFIRMED) else None,
        confirmed_at=t if status is OrderStatus.CONFIRMED else None,
        cancelled_at=t if status is OrderStatus.CANCELLED else None,
        hold_reason="",
        hold_until=None,
        short_of_stock=False,
        needs_matching=False,
        no_combine=False,
        shipment_id=shipment["id"] if shipment else None,
        import_batch_id=None,
        personal_data_purged=False,
        version=1,
        updated_at=t,
    )
    return order, lines, events, shipment


def _start(method: PaymentMethod) -> OrderStatus:
    return OrderStatus.AWAITING_PAYMENT if method in DEPOSIT_METHODS else OrderStatus.PAID


def _method_for(rng: random.Random, status: OrderStatus) -> PaymentMethod:
    if status is OrderStatus.AWAITING_PAYMENT:
        return rng.choice([PaymentMethod.VIRTUAL_ACCOUNT, PaymentMethod.BANK_DEPOSIT])
    return rng.choices(list(PaymentMethod), weights=[40, 8, 6, 5, 6, 15, 10, 4, 6])[0]


def _event(
    oid: int, at: datetime, kind: str, src: str | None, dst: str | None, why: str, who: str
) -> dict[str, object]:
    return dict(
        order_id=oid,
        at=at.replace(microsecond=0),
        operator=who,
        kind=kind,
        from_status=src,
        to_status=dst,
        reason=why,
    )


def _demo_waybill(courier: str, serial: int) -> str:
    """Distinct per courier (own leading digit), valid for the courier's rule."""
    tail = str(serial)
    if courier == "LOTTE":
        body = "3" + tail[-10:]
        return body + str(int(body) % 7)
    if courier == "EPOST":
        return "6" + tail[-12:].rjust(12, "0")
    lead = {"CJ": "5", "HANJIN": "4"}.get(courier, "7")
    return lead + tail[-11:]
