"""Imported orders can be found by the tab search right away, on either engine."""

from __future__ import annotations

from pathlib import Path

from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.intake import import_orders, preview_import
from desktop_oms.services.queries import order_page
from desktop_oms.storage.uow import Database
from tests.conftest import NOW
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
