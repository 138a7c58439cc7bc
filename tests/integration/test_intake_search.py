"""Imported orders can be found by the tab search right away, on either engine."""

from __future__ import annotations

from pathlib import Path

from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.intake import import_orders, preview_import
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_search import tidy_search_index
from desktop_oms.services.queries import order_page
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku, new_order
from tests.unit.test_channel_files import smartstore_row, smartstore_rows, write_xlsx_rows


def names(db: Database, text: str) -> list[str]:
    return [r.recipient_name for r in order_page(db, OrderStatus.PAID, search=text)]


def test_an_imported_order_is_found_by_recipient_phone_and_a_later_product(
    db: Database, tmp_path: Path
) -> None:
    rows = smartstore_rows(0)
    rows.append(smartstore_row("L1", "O1", name="남궁민수", product="반팔티"))
    rows.append(smartstore_row("L2", "O1", name="남궁민수", product="울 블렌드 머플러"))
    rows.append(smartstore_row("L3", "O2", name="이도윤", product="모자"))
    path = write_xlsx_rows(tmp_path / "스마트스토어.xlsx", rows)
    import_orders(db, preview_import(db, path, now=NOW), "tester", now=NOW)

    assert names(db, "남궁민수") == ["남궁민수"]
    assert names(db, "블렌드 머플러") == ["남궁민수"]
    assert names(db, "이도윤") == ["이도윤"]
    assert names(db, "없는 사람") == []


def segments(db: Database) -> int:
    """How many pieces (FTS5 segments) the SQLite search index is in."""
    with db.engine.connect() as conn:
        return int(
            conn.exec_driver_sql("SELECT count(DISTINCT segid) FROM order_search_idx").scalar_one()
        )


def test_tidying_merges_the_index_of_several_imports_and_finds_the_same_orders(
    db: Database, tmp_path: Path
) -> None:
    if not db.is_sqlite:
        assert tidy_search_index(db) is False  # PostgreSQL has no trigram index to tidy
        return
    for n in range(3):
        rows = smartstore_rows(0)
        rows.append(smartstore_row(f"L{n}", f"O{n}", name=f"남궁민수{n}", product=f"머플러 {n}"))
        path = write_xlsx_rows(tmp_path / f"{n}.xlsx", rows)
        import_orders(db, preview_import(db, path, now=NOW), "tester", now=NOW)
    assert segments(db) > 1
    before = [names(db, text) for text in ("남궁민수", "머플러 2", "민수1")]

    assert tidy_search_index(db) is True
    assert segments(db) == 1
    assert [names(db, text) for text in ("남궁민수", "머플러 2", "민수1")] == before
    assert before == [["남궁민수2", "남궁민수1", "남궁민수0"], ["남궁민수2"], ["남궁민수1"]]
    assert tidy_search_index(db) is False  # nothing changed since

    rows = smartstore_rows(0)
    rows.append(smartstore_row("L9", "O9", name="황보은지"))
    path = write_xlsx_rows(tmp_path / "9.xlsx", rows)
    import_orders(db, preview_import(db, path, now=NOW), "tester", now=NOW)
    assert tidy_search_index(db) is True
    assert names(db, "황보은지") == ["황보은지"]


def triggers(db: Database) -> list[tuple[str, str]]:
    """The SQLite file's triggers with their text (none on PostgreSQL)."""
    if not db.is_sqlite:
        return []
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        )
        return [(str(name), str(sql)) for name, sql in rows]


def test_the_index_triggers_an_import_sets_aside_are_back_after_it(
    sqlite_db: Database, tmp_path: Path
) -> None:
    db = sqlite_db  # the triggers keep the SQLite trigram index; PostgreSQL has none
    before = triggers(db)
    assert {"order_search_ai", "order_search_line_ai"} <= {name for name, _ in before}
    path = write_xlsx_rows(tmp_path / "big.xlsx", smartstore_rows(4_500))
    import_orders(db, preview_import(db, path, now=NOW), "tester", now=NOW)
    assert triggers(db) == before

    # an order typed in afterwards is indexed by the triggers again
    add_sku(db, "A-1", 5)
    create_orders(db, [new_order(("A-1", 1), name="황보은지")], "tester", now=NOW)
    assert names(db, "황보은지") == ["황보은지"]
