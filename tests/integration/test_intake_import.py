"""Importing channel order files: preview, statuses, duplicates, bad rows, one transaction."""

from __future__ import annotations

import io
from pathlib import Path

import msoffcrypto
import pytest
from sqlalchemy import func, select

from desktop_oms.exchange.spreadsheet_in import PasswordRequired, SpreadsheetError
from desktop_oms.services.intake import (
    ImportCancelled,
    LayoutUnknown,
    import_orders,
    preview_import,
)
from desktop_oms.storage.tables import ImportBatch, Order, OrderEvent, OrderLine
from desktop_oms.storage.uow import Database
from tests.conftest import NOW
from tests.unit.test_channel_files import (
    CAFE24_HEADER,
    COUPANG_HEADER,
    SMARTSTORE_HEADER,
    csv_bytes,
    smartstore_row,
    smartstore_rows,
    write_xlsx_rows,
)


def count(db: Database, table: type) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


def orders(db: Database) -> list[Order]:
    with db.reading() as s:
        found = list(s.scalars(select(Order).order_by(Order.id)))
        s.expunge_all()
        return found


def test_smartstore_file_imports_paid_and_waiting_orders(db: Database, tmp_path: Path) -> None:
    rows = smartstore_rows(2)
    rows.append(smartstore_row("L9", "O9", status="PAYMENT_WAITING", method="가상계좌"))
    path = write_xlsx_rows(tmp_path / "스마트스토어.xlsx", rows)
    preview = preview_import(db, path, now=NOW)
    assert preview.layout.preset.channel == "SMARTSTORE"
    assert len(preview.new_orders) == 3
    assert preview.parsed.problems == []
    result = import_orders(db, preview, "tester", now=NOW)
    assert result.imported == 3
    stored = orders(db)
    assert [o.status for o in stored] == ["PAID", "PAID", "AWAITING_PAYMENT"]
    assert stored[0].payment_method == "CARD"
    assert stored[0].recipient_phone == "010-1234-5678"
    assert stored[0].ship_by is not None and stored[0].ship_by.isoformat() == "2026-11-28"
    assert stored[0].needs_matching is True
    assert stored[2].payment_state == "UNPAID"
    assert stored[2].deposit_deadline is not None
    assert count(db, OrderEvent) == 3
    assert count(db, ImportBatch) == 1


def test_several_product_orders_of_one_order_number_become_one_order(
    db: Database, tmp_path: Path
) -> None:
    rows = smartstore_rows(0)
    rows.append(smartstore_row("L1", "O1", product="반팔티", price="19,900"))
    rows.append(smartstore_row("L2", "O1", product="머플러", qty="2", price="24,000"))
    path = write_xlsx_rows(tmp_path / "a.xlsx", rows)
    import_orders(db, preview_import(db, path, now=NOW), "tester", now=NOW)
    (order,) = orders(db)
    assert order.goods_summary == "반팔티 (색상: 블랙 / 사이즈: L) 외 1건"
    assert order.total_amount == 19_900 + 2 * 24_000
    assert count(db, OrderLine) == 2


def test_importing_the_same_file_twice_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = write_xlsx_rows(tmp_path / "a.xlsx", smartstore_rows(5))
    import_orders(db, preview_import(db, path, now=NOW), "tester", now=NOW)
    again = preview_import(db, path, now=NOW)
    assert len(again.new_orders) == 0
    assert len(again.already_imported) == 5
    import_orders(db, again, "tester", now=NOW)
    assert count(db, Order) == 5
    assert count(db, OrderLine) == 5
    assert count(db, OrderEvent) == 5
    assert count(db, ImportBatch) == 1


def test_bad_rows_are_listed_with_row_number_and_korean_reason(
    db: Database, tmp_path: Path
) -> None:
    rows = smartstore_rows(1)
    rows.append(smartstore_row("L2", "O2", name=""))
    rows.append(smartstore_row("L3", "O3", phone="12"))
    rows.append(smartstore_row("L4", "O4", qty="한 개"))
    rows.append(smartstore_row("L5", "O5", method="외상"))
    path = write_xlsx_rows(tmp_path / "a.xlsx", rows)
    preview = preview_import(db, path, now=NOW)
    reasons = {p.row: p.reason for p in preview.parsed.problems}
    assert "수취인 이름이 없습니다" in reasons[4]
    assert "연락처가 올바르지 않습니다" in reasons[5]
    assert "수량이 숫자가 아닙니다" in reasons[6]
    assert "알 수 없는 결제수단" in reasons[7]
    assert len(preview.new_orders) == 1
    import_orders(db, preview, "tester", now=NOW)
    assert count(db, Order) == 1


def test_text_numbers_short_phones_repeats_trailing_rows_and_emoji(
    db: Database, tmp_path: Path
) -> None:
    rows = smartstore_rows(0)
    rows.append(smartstore_row("L1", "O1", phone="10 1234 5678", price="39,000", qty="2"))
    rows.append(smartstore_row("L1", "O1", phone="10 1234 5678", price="39,000", qty="2"))
    rows.append(smartstore_row("L2", "O2", message="문 앞에 놔주세요 🙏📦"))
    rows.append([None] * len(SMARTSTORE_HEADER))
    path = write_xlsx_rows(tmp_path / "a.xlsx", rows)
    preview = preview_import(db, path, now=NOW)
    assert preview.parsed.repeated_rows == 1
    assert preview.parsed.problems == []
    import_orders(db, preview, "tester", now=NOW)
    first, second = orders(db)
    assert first.recipient_phone == "010-1234-5678"
    assert first.total_amount == 78_000
    assert second.message == "문 앞에 놔주세요 🙏📦"


def test_orders_already_shipped_or_cancelled_in_the_channel_are_skipped_and_reported(
    db: Database, tmp_path: Path
) -> None:
    rows = smartstore_rows(1)
    rows.append(smartstore_row("L2", "O2", status="배송중"))
    rows.append(smartstore_row("L3", "O3", status="CANCELED"))
    path = write_xlsx_rows(tmp_path / "a.xlsx", rows)
    preview = preview_import(db, path, now=NOW)
    assert [s.row for s in preview.parsed.skipped] == [4, 5]
    assert "이미 배송중" in preview.parsed.skipped[0].reason
    assert len(preview.new_orders) == 1


def test_cp949_csv_of_coupang_imports(db: Database, tmp_path: Path) -> None:
    row = ["1", "B1", "C100", "", "", "N", "2026-11-25", "꿀고구마 3kg", "중간크기", "777",
           "", "18900", "3000", "1", "김민서", "010-2222-3333", "김민서", "01022223333",
           "48058", "부산광역시 해운대구 센텀중앙로 79", "경비실", "2026-11-27"]  # fmt: skip
    path = tmp_path / "coupang.csv"
    path.write_bytes(csv_bytes([COUPANG_HEADER, row], "cp949"))
    preview = preview_import(db, path, now=NOW)
    assert preview.layout.preset.channel == "COUPANG"
    import_orders(db, preview, "tester", now=NOW)
    (order,) = orders(db)
    assert order.recipient_name == "김민서"
    assert order.total_amount == 18_900 + 3_000
    assert order.status == "PAID"
    assert (order.channel_order_no, order.channel_bundle_no) == ("C100", "B1")


def test_cafe24_bank_deposit_order_waits_for_payment(db: Database, tmp_path: Path) -> None:
    row = ["20261125-0000011", "20261125-0000011-01", "P001-0001", "제주 햇감귤 5kg", "대과",
           "1", "27900", "이하은", "010-5555-6666", "63122", "제주특별자치도 제주시 문연로 6",
           "", "27900", "27900", "", "무통장입금", "입금전", "이하은"]  # fmt: skip
    path = tmp_path / "cafe24.csv"
    path.write_bytes(csv_bytes([CAFE24_HEADER, row]))
    import_orders(db, preview_import(db, path, now=NOW), "tester", now=NOW)
    (order,) = orders(db)
    assert order.status == "AWAITING_PAYMENT"
    assert order.payment_method == "BANK_DEPOSIT"
    assert order.depositor_name == "이하은"


def test_password_protected_download_asks_for_the_password(db: Database, tmp_path: Path) -> None:
    plain = write_xlsx_rows(tmp_path / "plain.xlsx", smartstore_rows(2))
    locked = tmp_path / "locked.xlsx"
    out = io.BytesIO()
    msoffcrypto.OfficeFile(io.BytesIO(plain.read_bytes())).encrypt("1234", out)  # type: ignore[attr-defined]
    locked.write_bytes(out.getvalue())
    with pytest.raises(PasswordRequired):
        preview_import(db, locked, now=NOW)
    with pytest.raises(PasswordRequired) as wrong:
        preview_import(db, locked, password="0000", now=NOW)
    assert wrong.value.wrong
    assert len(preview_import(db, locked, password="1234", now=NOW).new_orders) == 2


def test_a_file_that_is_no_spreadsheet_is_refused_and_nothing_written(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(SpreadsheetError):
        preview_import(db, path, now=NOW)
    assert count(db, Order) == 0


def test_an_unknown_layout_asks_for_a_mapping(db: Database, tmp_path: Path) -> None:
    path = write_xlsx_rows(tmp_path / "a.xlsx", [["이름", "물건", "개수"], ["홍길동", "사과", 1]])
    with pytest.raises(LayoutUnknown) as unknown:
        preview_import(db, path, now=NOW)
    assert unknown.value.sheets[0].rows[1][0] == "홍길동"


def test_a_cancelled_import_leaves_nothing_behind(db: Database, tmp_path: Path) -> None:
    from tests.integration.test_intake_search import triggers

    before = triggers(db)  # on SQLite the import sets the search index's triggers aside
    path = write_xlsx_rows(tmp_path / "a.xlsx", smartstore_rows(4_500))
    preview = preview_import(db, path, now=NOW)
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled):
        import_orders(db, preview, "tester", cancelled=cancelled, now=NOW)
    assert count(db, Order) == 0
    assert count(db, ImportBatch) == 0
    assert triggers(db) == before


def test_old_xls_download_imports(db: Database, tmp_path: Path) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("주문")
    for r, row in enumerate(smartstore_rows(2)):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    path = tmp_path / "old.xls"
    book.save(str(path))
    preview = preview_import(db, path, now=NOW)
    assert len(preview.new_orders) == 2
    import_orders(db, preview, "tester", now=NOW)
    assert orders(db)[0].recipient_name == "홍길동"


def test_the_fast_sqlite_insert_stores_exactly_what_a_core_insert_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3
    from datetime import datetime

    from sqlalchemy import insert

    from desktop_oms.services import intake_store

    rows = smartstore_rows(3)
    rows.append(smartstore_row("L9", "O9", status="PAYMENT_WAITING", method="가상계좌"))
    path = write_xlsx_rows(tmp_path / "a.xlsx", rows)
    now = datetime(2026, 11, 26, 10, 0, 0, 123456)

    def stored(name: str) -> dict[str, list[tuple[object, ...]]]:
        database = Database.open(f"sqlite:///{tmp_path / name}")
        import_orders(database, preview_import(database, path, now=now), "t", now=now)
        database.dispose()
        with sqlite3.connect(tmp_path / name) as conn:
            return {
                t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
                for t in ("orders", "order_lines", "order_events")
            }

    fast = stored("fast.sqlite3")
    monkeypatch.setattr(
        intake_store,
        "bulk_insert",
        lambda conn, table, columns: conn.execute(insert(table), intake_store.row_dicts(columns)),
    )
    assert fast == stored("plain.sqlite3")
    assert len(fast["orders"]) == 4
