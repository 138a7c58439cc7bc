"""The tab search finds orders by order number, recipient, phone fragment and product."""

from __future__ import annotations

from desktop_oms.domain.order import NewLine
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.order_search import looks_numeric
from desktop_oms.services.queries import order_page
from desktop_oms.storage.uow import Database
from tests.conftest import new_order
from tests.gui.conftest import place


def found(db: Database, text: str) -> list[str]:
    return [r.recipient_name for r in order_page(db, OrderStatus.PAID, search=text)]


def test_each_kind_of_search_word_finds_its_order(db: Database, shop: dict[str, int]) -> None:
    first, _second = place(
        db,
        new_order(("TEE-M", 1), name="김민서", phone="010-2222-3333"),
        new_order(("CAP", 1), name="이도윤", phone="010-4444-5555"),
    )
    assert found(db, "김민서") == ["김민서"]
    assert found(db, "4444") == ["이도윤"]
    assert found(db, "010-4444-5555") == ["이도윤"]
    assert found(db, first) == ["김민서"]
    assert found(db, "모자") == ["이도윤"]  # the catalogue name of the SKU on the line
    assert found(db, "CAP") == ["이도윤"]
    assert found(db, "없는 사람") == []


def test_a_product_on_a_later_unmatched_line_is_found_too(
    db: Database, shop: dict[str, int]
) -> None:
    from dataclasses import replace

    order = new_order(("TEE-M", 1), name="박하은")
    extra = NewLine(product_name="수제 머그컵", quantity=1, unit_price=9_000, sku_code=None)
    place(db, replace(order, lines=[*order.lines, extra]))
    assert [r.recipient_name for r in order_page(db, None, search="머그컵")] == ["박하은"]


def test_digits_with_dashes_count_as_a_number_search() -> None:
    assert looks_numeric("010-1234") and looks_numeric("20261126 000001")
    assert not looks_numeric("김민서") and not looks_numeric("P004")


def test_without_the_trigram_index_the_same_words_find_the_same_orders(
    db: Database, db_url: str, shop: dict[str, int]
) -> None:
    """PostgreSQL has no trigram index: the column-by-word-kind search must agree."""
    from dataclasses import replace

    from desktop_oms.services.order_search import has_search_index

    order = new_order(("CAP", 1), name="이도윤", phone="010-4444-5555")
    extra = NewLine(product_name="수제 머그컵", quantity=1, unit_price=9_000, sku_code=None)
    placed = place(
        db, new_order(("TEE-M", 1), name="김민서"), replace(order, lines=[*order.lines, extra])
    )
    words = ["김민서", "4444", "010-4444-5555", placed[0], placed[1], "머그컵", "없는 사람"]
    assert has_search_index(db.engine)
    with_index = [found(db, w) for w in words]
    with db.engine.begin() as connection:
        for trigger in (
            "order_search_ai",
            "order_search_au",
            "order_search_ad",
            "order_search_line_ai",
        ):
            connection.exec_driver_sql(f"DROP TRIGGER {trigger}")
        connection.exec_driver_sql("DROP TABLE order_search")
    plain = Database.open(db_url, migrate=False)
    assert not has_search_index(plain.engine)
    assert [found(plain, w) for w in words] == with_index
    assert with_index[0] == ["김민서"] and with_index[5] == ["이도윤"] and with_index[6] == []
