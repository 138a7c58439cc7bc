"""Migration 0009 adds the channel bundle number to orders and keeps the search working."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select

from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.queries import order_page
from desktop_oms.storage.engine import make_engine
from desktop_oms.storage.migrate import alembic_config, current_revision, head_revision
from desktop_oms.storage.tables import Order
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku, new_order
from tests.integration.test_intake_search import triggers


def test_upgrading_keeps_orders_and_their_search_and_gives_them_an_empty_bundle(
    db: Database, db_url: str
) -> None:
    add_sku(db, "A-1", 10)
    create_orders(db, [new_order(("A-1", 1), name="남궁민수")], "test", NOW)
    before = triggers(db)
    engine = make_engine(db_url)
    command.downgrade(alembic_config(engine), "0008")
    command.upgrade(alembic_config(engine), "head")
    assert current_revision(engine) == head_revision()
    engine.dispose()

    with db.reading() as s:
        assert s.scalars(select(Order.channel_bundle_no)).all() == [""]
    assert triggers(db) == before  # a table rebuild would have dropped them on SQLite
    create_orders(db, [new_order(("A-1", 1), name="황보은지")], "test", NOW)
    found = {r.recipient_name for r in order_page(db, OrderStatus.PAID, search="은지")}
    assert found == {"황보은지"}
    assert [r.recipient_name for r in order_page(db, OrderStatus.PAID, search="남궁")] == [
        "남궁민수"
    ]
