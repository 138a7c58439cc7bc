"""Made-up Korean people for the demo: names, phone numbers, addresses, delivery messages."""

from __future__ import annotations

import random

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


def random_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)


def random_phone(rng: random.Random) -> str:
    return f"010-{rng.randint(2000, 9999)}-{rng.randint(0, 9999):04d}"
