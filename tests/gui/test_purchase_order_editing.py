"""The purchase-order dialog: a draft's lines are edited in place, and the history shows
every change, newest first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_oms.services.purchasing import (
    PoLineInput,
    create_purchase_order,
)
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.po_line_model import COL_COST, COL_QTY
from desktop_oms.ui.purchase_order_dialog import PurchaseOrderDialog
from tests.conftest import add_sku


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> PurchaseOrderDialog:
    add_sku(db, "A-1", 0)
    add_sku(db, "B-2", 0)
    create_purchase_order(db, None, [PoLineInput("A-1", 10, 1000)], "kim")
    widget = PurchaseOrderDialog(AppContext(db, operator="lee"))
    qtbot.addWidget(widget)
    widget.po_view.selectRow(0)
    return widget


def type_cell(dialog: PurchaseOrderDialog, row: int, column: int, text: str) -> None:
    index = dialog.line_model.index(row, column)
    assert dialog.line_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert dialog.line_model.setData(index, text, Qt.ItemDataRole.EditRole)


def shown_lines(dialog: PurchaseOrderDialog) -> list[tuple[str, str, str]]:
    model = dialog.line_model
    return [
        (model.index(r, 0).data(), model.index(r, COL_QTY).data(), model.index(r, COL_COST).data())
        for r in range(model.rowCount())
    ]


def history(dialog: PurchaseOrderDialog) -> list[tuple[str, str, str]]:
    model = dialog.history_model
    return [
        (model.index(r, 1).data(), model.index(r, 2).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    ]


def test_typed_quantity_and_cost_are_saved_and_appear_in_the_history(
    dialog: PurchaseOrderDialog,
) -> None:
    type_cell(dialog, 0, COL_QTY, "12")
    type_cell(dialog, 0, COL_COST, "1,100")

    dialog.save_edits_button.click()

    assert shown_lines(dialog) == [("A-1", "12", "1,100")]
    assert history(dialog)[0] == (
        "lee",
        "수정",
        "SKU A-1 수량 10 → 12; SKU A-1 단가 1,000 → 1,100",
    )
    assert history(dialog)[-1][1] == "작성"


def test_a_line_is_added_by_sku_code_and_removed_again(dialog: PurchaseOrderDialog) -> None:
    dialog.sku_field.setText("B-2")
    dialog.add_qty.setValue(3)
    dialog.add_line_button.click()
    assert [line[0] for line in shown_lines(dialog)] == ["A-1", "B-2"]

    dialog.line_view.selectRow(1)
    dialog.remove_line_button.click()

    assert shown_lines(dialog) == [("A-1", "10", "1,000")]
    assert [h[2] for h in history(dialog)[:2]] == [
        "SKU B-2 삭제 (수량 3)",
        "SKU B-2 추가 (수량 3, 단가 0)",
    ]


def test_a_zero_quantity_is_refused_with_the_reason(dialog: PurchaseOrderDialog) -> None:
    type_cell(dialog, 0, COL_QTY, "0")

    dialog.save_edits_button.click()

    assert "수량은 1 이상의 정수" in dialog.status_label.text()
    assert [h[1] for h in history(dialog)] == ["작성"]


def test_a_sent_po_cannot_be_edited_but_shows_when_it_was_sent(
    dialog: PurchaseOrderDialog,
) -> None:
    dialog.send_button.click()

    assert not dialog.save_edits_button.isEnabled()
    assert not dialog.add_line_button.isEnabled()
    index = dialog.line_model.index(0, COL_QTY)
    assert not dialog.line_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert [h[1] for h in history(dialog)] == ["발주 전송", "작성"]


def test_sending_a_draft_another_pc_changed_since_it_was_shown_is_refused(
    dialog: PurchaseOrderDialog, db: Database
) -> None:
    from desktop_oms.services.purchase_edit import PoEdit, edit_purchase_order
    from desktop_oms.services.purchasing import purchase_order_detail

    po = dialog.current_po()
    assert po is not None
    edit_purchase_order(db, po.po_no, PoEdit([PoLineInput("A-1", 100)]), "other-pc")

    dialog.on_send()

    assert "다른 PC에서 변경되었습니다" in dialog.status_label.text()
    assert purchase_order_detail(db, po.po_no).status.value == "DRAFT"


def test_a_draft_with_unsaved_typed_cells_is_not_sent_until_they_are_saved(
    dialog: PurchaseOrderDialog, db: Database
) -> None:
    from desktop_oms.services.purchasing import purchase_order_detail

    po = dialog.current_po()
    assert po is not None
    type_cell(dialog, 0, COL_QTY, "12")

    dialog.on_send()

    assert "먼저 '변경 저장'을 누르세요" in dialog.status_label.text()
    assert purchase_order_detail(db, po.po_no).status.value == "DRAFT"
    dialog.save_edits_button.click()
    dialog.on_send()
    detail = purchase_order_detail(db, po.po_no)
    assert detail.status.value == "SENT"
    assert [ln.quantity for ln in detail.lines] == [12]
