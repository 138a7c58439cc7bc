"""Searching a tab answers the same on SQLite and PostgreSQL: any case, wildcards literal."""

from __future__ import annotations

from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.queries import order_page
from desktop_oms.storage.uow import Database
from tests.conftest import add_sku, new_order


def found(db: Database, text: str) -> list[str]:
    return [r.recipient_name for r in order_page(db, OrderStatus.PAID, search=text)]


def test_latin_names_are_found_in_any_case_and_wildcards_match_only_themselves(
    db: Database,
) -> None:
    add_sku(db, "CAP-ABC", 5, name="Bucket Hat")
    create_orders(
        db,
        [new_order(("CAP-ABC", 1), name="Kim Minseo"), new_order(("CAP-ABC", 1), name="Lee")],
        "test",
    )
    assert found(db, "minseo") == ["Kim Minseo"]
    assert found(db, "MINSEO") == ["Kim Minseo"]
    assert found(db, "ki") == ["Kim Minseo"]
    assert sorted(found(db, "hat")) == ["Kim Minseo", "Lee"]
    assert found(db, "%") == []
    assert found(db, "_") == []
