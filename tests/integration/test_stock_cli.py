"""The stock, po and products commands: the same services from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from desktop_oms.cli import main
from desktop_oms.storage.tables import Sku
from desktop_oms.storage.uow import Database
from tests.conftest import add_sku
from tests.integration.test_receiving import give_supplier, short_orders


def run(capsys: pytest.CaptureFixture[str], db_url: str, *argv: str) -> tuple[int, str]:
    code = main([*argv[:2], "--db", db_url, *argv[2:]])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_shortage_to_purchase_order_to_receipt_on_the_command_line(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    add_sku(db, "TEE", 0)
    give_supplier(db, "TEE")
    short_orders(db, "TEE", [2, 1])

    assert run(capsys, db_url, "stock", "list", "--short")[1].count("TEE") == 1
    code, out = run(capsys, db_url, "po", "create", "--from-shortages")
    po_no = out.split("created ")[1].split()[0]
    assert code == 0
    assert run(capsys, db_url, "po", "send", po_no)[0] == 0
    assert run(capsys, db_url, "po", "export", po_no, "--out", str(tmp_path / "po.pdf"))[0] == 0
    code, out = run(capsys, db_url, "po", "receive", po_no, "--sku", "TEE", "--qty", "9")
    assert code == 2 and "발주 잔량(3)" in out
    code, out = run(capsys, db_url, "po", "receive", po_no, "--token", "t1")
    assert code == 0 and "할당된 대기주문 2건" in out
    code, out = run(capsys, db_url, "po", "receive", po_no, "--token", "t1")
    assert "이미 처리된 입고" in out
    assert "입고" in run(capsys, db_url, "stock", "why", "TEE")[1]
    assert run(capsys, db_url, "stock", "check")[0] == 0


def test_check_fails_on_a_mismatch_and_rebuild_repairs_it(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    add_sku(db, "A", 4)
    with db.unit_of_work() as uow:
        uow.session.execute(update(Sku).values(on_hand=7))
        uow.commit()

    assert run(capsys, db_url, "stock", "check")[0] == 1
    assert run(capsys, db_url, "stock", "rebuild")[0] == 0
    assert run(capsys, db_url, "stock", "check")[0] == 0


def test_adjust_sync_and_product_files(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    add_sku(db, "A", 4)
    code, out = run(capsys, db_url, "stock", "adjust", "A", "--qty", "-1", "--reason", "x")
    assert code == 2 and "0보다 작을 수 없습니다" in out
    assert run(capsys, db_url, "stock", "adjust", "A", "--qty", "3", "--reason", "실사")[0] == 0
    wms = tmp_path / "wms.csv"
    wms.write_text("상품코드,재고\nA,6\nNOPE,1\n", encoding="utf-8")
    code, out = run(capsys, db_url, "stock", "sync", str(wms), "--dry-run")
    assert "+3" in out and "unknown SKU NOPE" in out
    assert "1 SKUs synced" in run(capsys, db_url, "stock", "sync", str(wms))[1]
    products = tmp_path / "products.xlsx"
    assert run(capsys, db_url, "products", "export", str(products))[0] == 0
    code, out = run(capsys, db_url, "products", "import", str(products))
    assert code == 0 and "1 updated" in out


def test_a_draft_po_is_edited_and_shown_with_its_history_on_the_command_line(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    add_sku(db, "A-1", 0)
    add_sku(db, "B-2", 0)
    give_supplier(db, "A-1")
    short_orders(db, "A-1", [10])
    po_no = (
        run(capsys, db_url, "po", "create", "--from-shortages")[1].split("created ")[1].split()[0]
    )

    code, out = run(capsys, db_url, "po", "edit", po_no, "--sku", "A-1", "--qty", "12")
    assert code == 0 and "SKU A-1 수량 10 → 12" in out
    code, out = run(
        capsys, db_url, "po", "edit", po_no, "--sku", "B-2", "--qty", "3", "--cost", "700"
    )
    assert code == 0 and "SKU B-2 추가 (수량 3, 단가 700)" in out
    assert run(capsys, db_url, "po", "edit", po_no, "--remove", "B-2")[0] == 0
    code, out = run(capsys, db_url, "po", "edit", po_no, "--sku", "A-1", "--qty", "0")
    assert code == 2 and "수량은 1 이상의 정수" in out

    code, out = run(capsys, db_url, "po", "show", po_no)
    assert code == 0
    assert "B-2" not in out.split("history")[0]
    history = out.split("history")[1]
    assert history.index("SKU B-2 삭제") < history.index("SKU A-1 수량 10 → 12")
    assert history.index("수정") < history.index("작성")

    run(capsys, db_url, "po", "send", po_no)
    code, out = run(capsys, db_url, "po", "edit", po_no, "--sku", "A-1", "--qty", "5")
    assert code == 2 and "cannot be edited" in out
