"""Log files never hold names, phone numbers or addresses in clear."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from desktop_oms.services.log_privacy import (
    PersonalDataFilter,
    install_log_privacy,
    mask_personal_text,
)


@pytest.fixture
def log_file() -> Iterator[io.StringIO]:
    """A handler on the root logger, as the app sets it up, with the filter installed."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    installed = install_log_privacy()
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.removeFilter(installed)
        root.setLevel(old_level)


def test_a_log_line_with_name_phone_and_address_is_written_masked(log_file: io.StringIO) -> None:
    log = logging.getLogger("desktop_oms.services.intake")
    log.info(
        "주문 %s 수취인: %s 연락처 %s 주소: %s",
        "20261126-00001",
        "홍길동",
        "010-1234-5678",
        "서울특별시 강남구 테헤란로 152",
    )
    written = log_file.getvalue()
    assert "홍길동" not in written
    assert "5678" not in written
    assert "테헤란로" not in written
    assert "수취인: 홍*동 연락처 010-1234-**** 주소: 서울특별시 강남구 ***" in written
    assert "20261126-00001" in written


def test_digits_only_phone_numbers_and_keyed_names_are_masked() -> None:
    assert (
        mask_personal_text("recipient_name='김철수' phone=01098765432")
        == "recipient_name='김*수' phone=0109876****"
    )


def test_an_address_without_a_key_is_cut_after_the_district() -> None:
    assert mask_personal_text("배송지 변경 부산광역시 해운대구 우동 1411") == (
        "배송지 변경 부산광역시 해운대구 ***"
    )


def test_order_numbers_amounts_and_dates_stay_readable() -> None:
    text = "주문 20261126-00001 금액 12,000원 2026-01-05 10:00:00 SKU A-100"
    assert mask_personal_text(text) == text


def test_a_traceback_is_masked_too(log_file: io.StringIO) -> None:
    log = logging.getLogger("desktop_oms.test")
    try:
        raise ValueError("bad phone 010-9999-8888")
    except ValueError:
        log.exception("import failed")
    assert "8888" not in log_file.getvalue()
    assert "010-9999-****" in log_file.getvalue()


def test_installing_twice_adds_one_filter() -> None:
    logger = logging.getLogger("desktop_oms.twice")
    handler = logging.NullHandler()
    logger.addHandler(handler)
    try:
        install_log_privacy(logger)
        install_log_privacy(logger)
        assert sum(isinstance(f, PersonalDataFilter) for f in logger.filters) == 1
        assert sum(isinstance(f, PersonalDataFilter) for f in handler.filters) == 1
    finally:
        logger.removeHandler(handler)


def test_masking_twice_gives_the_same_text() -> None:
    once = mask_personal_text(
        "수취인: 홍길동 주소: 서울특별시 강남구 테헤란로 152 전화 01012345678"
    )
    assert mask_personal_text(once) == once
