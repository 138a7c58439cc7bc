"""Masking, phone normalising and waybill rules."""

from __future__ import annotations

from desktop_oms.domain.couriers import Verdict
from desktop_oms.domain.privacy import mask_name, mask_phone, normalize_phone
from desktop_oms.domain.stock import StockFigures
from desktop_oms.resources import courier_registry


def test_names_and_phones_are_masked_as_the_guidance_says() -> None:
    assert mask_name("홍길동") == "홍*동"
    assert mask_name("남궁민수") == "남**수"
    assert mask_name("이순") == "이*"
    assert mask_phone("010-1234-5678") == "010-1234-****"
    assert mask_phone("01012345678") == "010-1234-****"


def test_phone_without_leading_zero_or_with_spaces_is_repaired() -> None:
    assert normalize_phone("10 1234 5678") == "01012345678"
    assert normalize_phone("+82 10-1234-5678") == "01012345678"
    assert normalize_phone("12") is None


def test_lotte_number_with_wrong_check_digit_is_refused() -> None:
    lotte = courier_registry().get("LOTTE")
    assert lotte is not None
    body = "30000000001"
    good = body + str(int(body) % 7)
    bad = body + str((int(body) % 7 + 1) % 7)
    assert lotte.check(good).verdict is Verdict.OK
    assert lotte.check(bad).verdict is Verdict.REFUSED
    assert lotte.with_check_digit(int(body)) == good


def test_cj_number_of_wrong_length_is_only_warned_about() -> None:
    cj = courier_registry().get("CJ")
    assert cj is not None
    assert cj.check("1234-5678-9012").verdict is Verdict.OK
    assert cj.check("12345").verdict is Verdict.WARNING
    assert cj.display("123456789012") == "1234-5678-9012"


def test_courier_found_by_channel_code() -> None:
    found = courier_registry().find("HYUNDAI", "smartstore")
    assert found is not None and found.code == "LOTTE"


def test_stock_is_never_reserved_beyond_available() -> None:
    figures = StockFigures(on_hand=5, reserved=3, safety_stock=2)
    assert figures.available == 2
    assert figures.can_reserve(2)
    assert not figures.can_reserve(3)
    assert not figures.can_reserve(0)
    assert figures.below_safety
