"""Masking decisions: staff see masked personal data, the owner sees it in clear."""

from __future__ import annotations

from desktop_oms.domain.permissions import Role
from desktop_oms.services.privacy import DEFAULT_OWNER, PURGED_NAME, Viewer

STAFF = Viewer("알바", Role.STAFF)
OWNER = Viewer("사장", Role.OWNER)


def test_staff_see_the_name_phone_and_address_masked() -> None:
    assert STAFF.display_name("홍길동") == "홍*동"
    assert STAFF.display_phone("010-1234-5678") == "010-1234-****"
    assert STAFF.display_phone("01012345678") == "010-1234-****"
    assert STAFF.display_address("서울특별시 강남구 테헤란로 152") == "서울특별시 강남구 ***"


def test_the_owner_sees_everything_in_clear() -> None:
    assert OWNER.display_name("홍길동") == "홍길동"
    assert OWNER.display_phone("010-1234-5678") == "010-1234-5678"
    assert (
        OWNER.display_address("서울특별시 강남구 테헤란로 152") == "서울특별시 강남구 테헤란로 152"
    )


def test_a_purged_name_is_shown_as_it_is_to_everyone() -> None:
    assert STAFF.display_name(PURGED_NAME) == "(파기됨)"


def test_a_one_pc_shop_works_as_the_owner_대표() -> None:
    assert DEFAULT_OWNER.name == "대표"
    assert DEFAULT_OWNER.sees_clear
    assert not STAFF.sees_clear
