"""Retention purge: old orders lose personal data, keep sums, SKUs and dates."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_oms.domain.permissions import PermissionDenied
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.access_log import access_log_rows
from desktop_oms.services.privacy import save_settings_as
from desktop_oms.services.retention import purge, purge_preview, years_before
from desktop_oms.services.shop_settings import ShopSettings, load_shop_settings
from desktop_oms.storage.tables import Order, OrderEvent, OrderLine
from desktop_oms.storage.uow import Database
from tests.integration.privacy_helpers import OWNER, STAFF, age, at, one_order

NOW = at("2026-11-26 10:00")


@pytest.fixture
def aged(db: Database) -> dict[str, int]:
    """Four orders: confirmed six and four years ago, cancelled six years ago, still open."""
    old = one_order(db, "A-1", name="홍길동", qty=2)
    recent = one_order(db, "B-1", name="김철수")
    cancelled = one_order(db, "C-1", name="이영희")
    open_ = one_order(db, "D-1", name="박민수")
    confirmed = OrderStatus.CONFIRMED.value
    age(db, old, status=confirmed, confirmed_at=at("2020-10-01 12:00"), message="문 앞")
    age(db, recent, status=confirmed, confirmed_at=at("2022-10-01 12:00"))
    age(db, cancelled, status=OrderStatus.CANCELLED.value, cancelled_at=at("2020-05-01 12:00"))
    age(db, open_, ordered_at=at("2019-01-01 12:00"))
    return {"old": old, "recent": recent, "cancelled": cancelled, "open": open_}


def test_the_preview_counts_orders_past_five_years_after_confirmation_or_cancellation(
    db: Database, aged: dict[str, int]
) -> None:
    preview = purge_preview(db, NOW)
    assert preview.retention_years == 5
    assert preview.cutoff == at("2021-11-26 10:00")
    assert preview.count == 2
    assert preview.oldest == at("2020-05-01 12:00")
    assert len(preview.sample_order_nos) == 2


def test_purge_removes_names_phones_and_addresses_but_keeps_amounts_skus_and_dates(
    db: Database, aged: dict[str, int]
) -> None:
    changes = purge(db, OWNER, NOW)
    assert changes.order_ids == {aged["old"], aged["cancelled"]}
    with db.reading() as s:
        old = s.get_one(Order, aged["old"])
        assert (old.recipient_name, old.buyer_name) == ("(파기됨)", "(파기됨)")
        assert (old.recipient_phone, old.address, old.postal_code, old.message) == ("", "", "", "")
        assert old.personal_data_purged
        assert (old.total_amount, old.confirmed_at) == (20_000, at("2020-10-01 12:00"))
        [line] = s.scalars(select(OrderLine).where(OrderLine.order_id == old.id)).all()
        assert (line.product_name, line.quantity, line.unit_price, line.sku_id is not None) == (
            "상품 A-1",
            2,
            10_000,
            True,
        )
        kept = s.get_one(Order, aged["recent"])
        assert kept.recipient_name == "김철수"
        assert s.get_one(Order, aged["open"]).recipient_name == "박민수"
        events = s.scalars(select(OrderEvent.order_id).where(OrderEvent.kind == "PURGED")).all()
        assert sorted(events) == sorted([aged["old"], aged["cancelled"]])


def test_purge_writes_one_delete_row_to_the_access_log(db: Database, aged: dict[str, int]) -> None:
    purge(db, OWNER, NOW)
    [row] = access_log_rows(db, OWNER)
    assert (row.operator, row.action) == ("사장", "DELETE")
    assert row.order_ids == tuple(sorted([aged["old"], aged["cancelled"]]))
    assert "5년" in row.reason


def test_a_second_purge_finds_nothing_more(db: Database, aged: dict[str, int]) -> None:
    purge(db, OWNER, NOW)
    assert purge_preview(db, NOW).count == 0
    assert not purge(db, OWNER, NOW).changed
    assert len(access_log_rows(db, OWNER)) == 1


def test_a_shorter_retention_setting_takes_more_orders(db: Database, aged: dict[str, int]) -> None:
    settings = load_shop_settings(db)
    settings.retention_years = 3
    save_settings_as(db, OWNER, settings)
    assert purge_preview(db, NOW).count == 3


def test_staff_may_not_purge_and_nothing_changes(db: Database, aged: dict[str, int]) -> None:
    with pytest.raises(PermissionDenied, match="개인정보 파기"):
        purge(db, STAFF, NOW)
    assert purge_preview(db, NOW).count == 2
    assert access_log_rows(db, OWNER) == []


def test_staff_may_not_change_settings(db: Database) -> None:
    settings = ShopSettings(retention_years=1)
    with pytest.raises(PermissionDenied, match="설정 변경"):
        save_settings_as(db, STAFF, settings)
    assert load_shop_settings(db).retention_years == 5


def test_the_29th_of_february_counts_back_to_the_28th() -> None:
    assert years_before(at("2028-02-29 09:00"), 5) == at("2023-02-28 09:00")
