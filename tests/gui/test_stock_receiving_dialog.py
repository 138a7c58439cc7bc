"""The purchase-order dialog driven like a user: send, receive in part, press twice, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop_oms.domain.purchasing import PoStatus
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.purchasing import PoLineInput, create_purchase_order, purchase_orders
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.purchase_order_dialog import COL_RECEIVE_NOW, PurchaseOrderDialog
from tests.conftest import add_sku
from tests.integration.test_receiving import figures, order_state, short_orders


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> PurchaseOrderDialog:
    add_sku(db, "TEE", 0)
    create_purchase_order(db, None, [PoLineInput("TEE", 5)], "kim")
    widget = PurchaseOrderDialog(AppContext(db, operator="kim"))
    qtbot.addWidget(widget)
    widget.po_view.selectRow(0)
    return widget


def type_receive_quantity(dialog: PurchaseOrderDialog, row: int, qty: int) -> None:
    index = dialog.line_model.index(row, COL_RECEIVE_NOW)
    assert dialog.line_model.setData(index, str(qty), Qt.ItemDataRole.EditRole)


def test_a_draft_must_be_sent_before_receiving(dialog: PurchaseOrderDialog) -> None:
    assert not dialog.receive_button.isEnabled()

    dialog.send_button.click()

    assert dialog.current_po() is not None
    assert dialog.current_po().status is PoStatus.SENT  # type: ignore[union-attr]
    assert dialog.receive_button.isEnabled()
    assert not dialog.send_button.isEnabled()


def test_partial_receipt_reserves_for_the_oldest_waiting_order(
    dialog: PurchaseOrderDialog, db: Database, qtbot: QtBot
) -> None:
    old, young = short_orders(db, "TEE", [2, 2])
    dialog.send_button.click()
    type_receive_quantity(dialog, 0, 3)

    with qtbot.waitSignal(dialog.changed):
        dialog.receive_button.click()

    assert purchase_orders(db)[0].status is PoStatus.PARTLY_RECEIVED
    assert order_state(db, old) == (OrderStatus.PAID.value, False, 2)
    assert order_state(db, young) == (OrderStatus.PAID.value, True, 0)
    assert "대기주문 1건" in dialog.status_label.text()
    assert dialog.line_model.index(0, 5).data() == "2"  # remaining


def test_the_same_receipt_pressed_twice_is_received_once(
    dialog: PurchaseOrderDialog, db: Database
) -> None:
    dialog.send_button.click()
    token = dialog.receive_token
    type_receive_quantity(dialog, 0, 2)
    dialog.receive_button.click()
    dialog.receive_token = token  # a second press racing the first carries the same token
    type_receive_quantity(dialog, 0, 2)
    dialog.receive_button.click()

    assert figures(db, "TEE") == (2, 0)
    assert "이미 처리된 입고" in dialog.status_label.text()


def test_receiving_more_than_ordered_shows_the_refusal(
    dialog: PurchaseOrderDialog, db: Database
) -> None:
    dialog.send_button.click()
    type_receive_quantity(dialog, 0, 6)

    dialog.receive_button.click()

    assert "발주 잔량(5)" in dialog.status_label.text()
    assert "cannot be received as asked" in dialog.status_label.text()
    assert figures(db, "TEE") == (0, 0)


def test_fill_remaining_then_receive_completes_the_order(
    dialog: PurchaseOrderDialog,
    db: Database,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    dialog.send_button.click()
    dialog.fill_button.click()
    qtmodeltester.check(dialog.line_model)
    dialog.receive_button.click()

    assert purchase_orders(db)[0].status is PoStatus.RECEIVED
    assert not dialog.receive_button.isEnabled()


def test_export_to_pdf_runs_in_the_background(
    dialog: PurchaseOrderDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    target = tmp_path / "발주서"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: "저장했습니다" in dialog.status_label.text(), timeout=20_000)

    assert (tmp_path / "발주서.pdf").stat().st_size > 1000
