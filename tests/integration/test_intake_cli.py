"""The intake commands, and an import killed in the middle leaving the database untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_oms.cli import main
from desktop_oms.storage.tables import Order, OrderLine, ProductMapping
from desktop_oms.storage.uow import Database
from tests.conftest import add_sku
from tests.integration.kill_helpers import kill_when_marked
from tests.unit.test_channel_files import smartstore_row, smartstore_rows, write_xlsx_rows


def _orders(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Order)) or 0)


def test_import_prints_the_preview_and_imports(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx_rows(tmp_path / "ss.xlsx", smartstore_rows(3))
    assert main(["import", str(path), "--db", db_url, "--dry-run"]) == 0
    assert "새 주문 3건" in capsys.readouterr().out
    assert _orders(db) == 0
    assert main(["import", str(path), "--db", db_url]) == 0
    assert "3건을 가져왔습니다" in capsys.readouterr().out
    assert main(["import", str(path), "--db", db_url]) == 0
    assert "이미 가져온 주문 3건" in capsys.readouterr().out
    assert _orders(db) == 3


def test_bad_rows_import_nothing_unless_the_user_agrees(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = smartstore_rows(2)
    rows.append(smartstore_row("L9", "O9", qty="많이"))
    path = write_xlsx_rows(tmp_path / "ss.xlsx", rows)
    assert main(["import", str(path), "--db", db_url]) == 1
    out = capsys.readouterr()
    assert "5   수량이 숫자가 아닙니다: '많이'" in out.out
    assert "아무것도 가져오지 않았습니다" in out.err
    assert _orders(db) == 0
    assert main(["import", str(path), "--db", db_url, "--skip-bad-rows"]) == 0
    assert _orders(db) == 2


def test_a_file_with_only_bad_rows_exits_non_zero(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    rows = smartstore_rows(0)
    rows.append(smartstore_row("L9", "O9", name=""))
    path = write_xlsx_rows(tmp_path / "ss.xlsx", rows)
    assert main(["import", str(path), "--db", db_url, "--skip-bad-rows"]) == 1
    assert main(["import", str(path), "--db", db_url, "--dry-run"]) == 1


def test_not_a_spreadsheet_is_a_clear_error(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00\xff" * 300)
    assert main(["import", str(path), "--db", db_url]) == 2
    assert "스프레드시트로 읽을 수 없는 파일" in capsys.readouterr().err


def test_match_set_maps_a_channel_product_to_a_sku(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_sku(db, "TEE-BK-L", 5)
    path = write_xlsx_rows(tmp_path / "ss.xlsx", smartstore_rows(2))
    main(["import", str(path), "--db", db_url])
    main(["match", "list", "--db", db_url])
    assert "오버핏 코튼 반팔티" in capsys.readouterr().out
    args = ["match", "set", "smartstore", "오버핏 코튼 반팔티", "색상: 블랙 / 사이즈: L"]
    assert main([*args, "TEE-BK-L", "--db", db_url]) == 0
    assert "주문 2건 반영" in capsys.readouterr().out
    assert main([*args, "NOPE", "--db", db_url]) == 2
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(ProductMapping)) == 1


#: An import that stops inside its transaction after its first rows (its progress report
#: comes from there), says so through the marker file, and waits to be killed.
PAUSED_IMPORT = """
import sys, time
from pathlib import Path
from desktop_oms.services.intake import import_orders, preview_import
from desktop_oms.storage.uow import Database

db = Database.open(sys.argv[1])
marker = Path(sys.argv[3])

def progress(done, total):
    if not marker.exists():
        marker.write_text(f"{done} of {total} written, not committed")
        time.sleep(60)

import_orders(db, preview_import(db, sys.argv[2]), "kill-test", progress=progress)
"""


@pytest.mark.slow
def test_an_import_killed_inside_its_transaction_leaves_the_database_as_before(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    first = write_xlsx_rows(tmp_path / "first.xlsx", smartstore_rows(10))
    assert main(["import", str(first), "--db", db_url]) == 0
    big = write_xlsx_rows(tmp_path / "big.xlsx", smartstore_rows(5_000, start=100))
    marker = tmp_path / "inside.marker"
    kill_when_marked(
        PAUSED_IMPORT,
        [db_url, str(big), str(marker)],
        marker,
        ended_early="the import ended before reaching its transaction",
        timeout=60,
    )
    assert _orders(db) == 10
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(OrderLine)) == 10
    if db_url.startswith("sqlite"):
        with sqlite3.connect(db_url.removeprefix("sqlite:///")) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            # the search index's insert triggers, set aside inside that transaction, are back
            triggers = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            assert {"order_search_ai", "order_search_line_ai"} <= {n for (n,) in triggers}
    assert main(["import", str(big), "--db", db_url]) == 0
    assert _orders(db) == 5_010
