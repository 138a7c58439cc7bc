"""The smaller stock dialogs driven like a user: why, adjust, WMS sync, products."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop_oms.exchange.excel_out import write_xlsx
from desktop_oms.services.products import sku_records
from desktop_oms.services.stock import stock_why
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.products_dialog import ProductsDialog
from desktop_oms.ui.stock_adjust_dialog import StockAdjustDialog
from desktop_oms.ui.stock_why_dialog import StockWhyDialog
from desktop_oms.ui.wms_sync_dialog import WmsSyncDialog
from tests.conftest import add_sku


def test_why_dialog_shows_figures_and_ledger_rows(
    qtbot: QtBot, db: Database, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    add_sku(db, "A", 7)
    dialog = StockWhyDialog(AppContext(db), sku_code="A")
    qtbot.addWidget(dialog)

    assert "현재고 7 · 할당 0 · 가용 7" in dialog.figures_label.text()
    assert dialog.model.index(0, 1).data() == "기초재고"
    assert dialog.model.index(0, 2).data() == "+7"
    qtmodeltester.check(dialog.model)
    dialog.code_field.setText("NOPE")
    dialog.show_button.click()
    assert "없는 상품코드" in dialog.error_label.text()
    assert "no such SKU: NOPE" in dialog.error_label.text()


def test_adjust_dialog_sets_the_counted_quantity(qtbot: QtBot, db: Database) -> None:
    add_sku(db, "A", 7)
    dialog = StockAdjustDialog(AppContext(db, operator="park"), sku_code="A")
    qtbot.addWidget(dialog)
    assert dialog.counted.value() == 7

    dialog.counted.setValue(5)
    dialog.reason_box.setCurrentText("파손")
    with qtbot.waitSignal(dialog.changed):
        dialog.buttons.accepted.emit()

    last = stock_why(db, "A").lines[-1]
    assert (last.on_hand_delta, last.note, last.operator) == (-2, "파손", "park")


def test_wms_dialog_previews_then_applies(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_sku(db, "A", 7)
    path = write_xlsx(tmp_path / "wms.xlsx", [("s", ["품목코드", "재고"], [["A", 9], ["X", 1]])])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = WmsSyncDialog(AppContext(db))
    qtbot.addWidget(dialog)

    dialog.browse_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert dialog.model.index(0, 3).data() == "+2"
    assert "없는 상품코드 X" in dialog.problems.toPlainText()
    dialog.apply_button.click()
    with qtbot.waitSignal(dialog.changed, timeout=20_000):
        pass

    assert stock_why(db, "A").on_hand == 9
    assert "1개 SKU" in dialog.summary_label.text()


def test_products_dialog_creates_a_sku_and_refuses_a_duplicate(qtbot: QtBot, db: Database) -> None:
    dialog = ProductsDialog(AppContext(db))
    qtbot.addWidget(dialog)

    dialog.code_field.setText("TEE-BK-M")
    dialog.name_field.setText("오버핏 반팔티")
    dialog.supplier_box.setCurrentText("(주)한빛섬유")
    dialog.safety_box.setValue(5)
    dialog.save_button.click()
    dialog.new_button.click()
    dialog.code_field.setText("TEE-BK-M")
    dialog.name_field.setText("다른 상품")
    dialog.save_button.click()

    assert [(r.line.code, r.line.supplier_name, r.line.safety_stock) for r in sku_records(db)] == [
        ("TEE-BK-M", "(주)한빛섬유", 5)
    ]
    assert "이미 있습니다" in dialog.status_label.text()
    assert dialog.model.rowCount() == 1


def test_product_import_shows_a_preview_and_imports_only_good_rows(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [("s", ["SKU", "상품명", "원가"], [["N-1", "새 상품", 1000], ["N-2", "", 0]])],
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = ProductsDialog(AppContext(db))
    qtbot.addWidget(dialog)

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.preview_dialog is not None, timeout=20_000)
    preview = dialog.preview_dialog
    assert preview is not None
    assert "문제 있는 행 1개" in preview.summary.text()
    assert preview.model.index(1, 4).data() == "상품명이(가) 비어 있습니다"
    preview.import_button.click()

    assert [r.line.code for r in sku_records(db)] == ["N-1"]
    assert "새 SKU 1개" in dialog.status_label.text()
