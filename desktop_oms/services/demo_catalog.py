"""The demo shop's catalogue: suppliers, products with options, SKUs and shop settings."""

from __future__ import annotations

import random
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_oms.services.demo_people import random_name, random_phone
from desktop_oms.storage.tables import Product, ShopSetting, Sku, Supplier

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


def ensure_catalog(
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
