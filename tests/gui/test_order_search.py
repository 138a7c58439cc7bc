"""The tab search finds orders by order number, recipient, phone fragment and product."""

from __future__ import annotations

from desktop_oms.domain.order import NewLine
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.order_search import looks_numeric, search_page
from desktop_oms.storage.uow import Database
from tests.conftest import new_order
from tests.gui.conftest import place


def found(db: Database, text: str) -> list[str]:
    return [r.recipient_name for r in search_page(db, OrderStatus.PAID, text)]


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
    assert [r.recipient_name for r in search_page(db, None, "머그컵")] == ["박하은"]


def test_digits_with_dashes_count_as_a_number_search() -> None:
    assert looks_numeric("010-1234") and looks_numeric("20261126 000001")
    assert not looks_numeric("김민서") and not looks_numeric("P004")


def test_with_the_trigram_index_the_same_words_find_the_same_orders(
    db: Database, shop: dict[str, int]
) -> None:
    from dataclasses import replace

    from desktop_oms.services.order_search import SQLITE_SEARCH_INDEX, has_search_index

    before = place(db, new_order(("TEE-M", 1), name="김민서", phone="010-2222-3333"))
    with db.engine.begin() as connection:
        for statement in SQLITE_SEARCH_INDEX:
            connection.exec_driver_sql(statement)
    order = new_order(("CAP", 1), name="이도윤", phone="010-4444-5555")
    extra = NewLine(product_name="수제 머그컵", quantity=1, unit_price=9_000, sku_code=None)
    after = place(db, replace(order, lines=[*order.lines, extra]))
    assert has_search_index(db.engine)
    assert found(db, "김민서") == ["김민서"]
    assert found(db, "4444") == ["이도윤"]
    assert found(db, "010-4444-5555") == ["이도윤"]
    assert found(db, before[0]) == ["김민서"]
    assert found(db, after[0]) == ["이도윤"]
    assert found(db, "머그컵") == ["이도윤"]
    assert found(db, "없는 사람") == []
