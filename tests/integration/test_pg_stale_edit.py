"""Two PCs never overwrite each other: an edit based on an old reading is refused."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.orders import move_orders
from desktop_oms.services.queries import order_detail
from desktop_oms.storage.tables import Order
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku, new_order

pytestmark = pytest.mark.postgres


def _version(db: Database, oid: int) -> int:
    with db.reading() as s:
        return int(s.scalar(select(Order.version).where(Order.id == oid)) or 0)


def test_a_move_from_a_stale_screen_is_refused_with_reload(pg_url: str) -> None:
    counter_pc, office_pc = Database.open(pg_url), Database.open(pg_url)
    try:
        add_sku(counter_pc, "MUG", 5)
        (number,), _ = create_orders(counter_pc, [new_order(("MUG", 1))], "counter", NOW)
        (oid,), _ = order_ids_for(counter_pc, [number])
        seen_on_office_screen = {oid: _version(office_pc, oid)}

        reserved = move_orders(counter_pc, [oid], Action.RESERVE_STOCK, "counter", now=NOW)
        assert reserved.order_ids == {oid}

        late = move_orders(
            office_pc,
            [oid],
            Action.CANCEL,
            "office",
            reason="고객 요청",
            seen_versions=seen_on_office_screen,
            now=NOW,
        )

        assert late.order_ids == set()
        (refusal,) = late.refused
        assert "다른 PC에서 변경되었습니다 — 다시 불러오세요" in refusal.message_ko
        assert "changed by someone else" in refusal.message_en
        detail = order_detail(counter_pc, oid)
        assert detail is not None
        assert detail.row.status is OrderStatus.READY_TO_SHIP

        reloaded = {oid: _version(office_pc, oid)}
        again = move_orders(
            office_pc,
            [oid],
            Action.CANCEL,
            "office",
            reason="고객 요청",
            seen_versions=reloaded,
            now=NOW,
        )
        assert again.order_ids == {oid}
    finally:
        counter_pc.dispose()
        office_pc.dispose()
