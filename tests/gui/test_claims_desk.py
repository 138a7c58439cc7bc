"""The claims desk, the hold and dispatch-delay dialogs and the delivery import dialog."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop_oms.domain.claims import ClaimStatus, Disposition
from desktop_oms.domain.payment import PaymentState
from desktop_oms.domain.status import OrderStatus
from desktop_oms.storage.uow import Database
from desktop_oms.ui.claims_view import ClaimsView
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.delivery_dialog import DeliveryImportDialog
from desktop_oms.ui.hold_dialog import DispatchDelayDialog, HoldDialog
from tests.conftest import add_sku
from tests.integration.test_claims_helpers import (
    history,
    ledger_agrees,
    order_of,
    ready_order,
    shipped_order,
    stock_of,
)


def _view(db: Database, qtbot: QtBot) -> ClaimsView:
    view = ClaimsView(AppContext(db, operator="desk"))
    qtbot.addWidget(view)
    return view


def test_a_return_is_taken_from_request_to_refund_on_the_desk(db: Database, qtbot: QtBot) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 2), waybill="123456789012")
    view = _view(db, qtbot)
    view.order_field.setText(order_of(db, oid).order_no)
    view.on_load()
    assert not view.cancel_button.isEnabled() and view.return_button.isEnabled()

    view.set_claim_quantity(1, 1)
    view.reason_field.setText("불량")
    with qtbot.waitSignal(view.changed):
        view.return_button.click()
    assert view.claims_table.rowCount() == 1
    view.select_claim(1)
    assert view.step_buttons[ClaimStatus.COLLECTED].isEnabled()
    assert not view.step_buttons[ClaimStatus.REFUNDED].isEnabled()
    view.step_buttons[ClaimStatus.COLLECTED].click()
    view.set_disposition(1, Disposition.RESTOCK)
    view.step_buttons[ClaimStatus.RECEIVED].click()
    view.step_buttons[ClaimStatus.REFUNDED].click()

    assert "환불완료" in view.claims_table.item(0, 2).text()
    assert order_of(db, oid).payment_state == PaymentState.PARTLY_REFUNDED.value
    assert stock_of(db, "A-1") == (9, 0)
    assert ledger_agrees(db)


def test_a_cancel_without_a_reason_is_refused_in_red(db: Database, qtbot: QtBot) -> None:
    add_sku(db, "A-1", 10)
    oid = ready_order(db, ("A-1", 2))
    view = _view(db, qtbot)
    view.load_order(order_of(db, oid).order_no)
    view.set_claim_quantity(1, 1)
    view.cancel_button.click()
    assert "사유" in view.status_label.text()
    assert "A cancel needs a reason." in view.status_label.text()
    assert stock_of(db, "A-1") == (10, 2)


def test_an_exchange_on_the_desk_names_the_replacement_order(db: Database, qtbot: QtBot) -> None:
    add_sku(db, "A-1", 10)
    add_sku(db, "A-2", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    view = _view(db, qtbot)
    view.load_order(order_of(db, oid).order_no)
    view.set_claim_quantity(1, 1)
    view.sku_field.setText("A-2")
    view.exchange_button.click()
    assert "교환 주문" in view.status_label.text()
    assert stock_of(db, "A-2") == (10, 1)


def test_an_unknown_order_number_is_said_so(db: Database, qtbot: QtBot) -> None:
    view = _view(db, qtbot)
    view.order_field.setText("없는주문")
    view.on_load()
    assert "찾을 수 없습니다" in view.status_label.text()


def test_the_hold_dialog_holds_the_selected_orders(db: Database, qtbot: QtBot) -> None:
    add_sku(db, "A-1", 10)
    oid = ready_order(db, ("A-1", 1))
    dialog = HoldDialog(AppContext(db, operator="desk"), [oid])
    qtbot.addWidget(dialog)
    dialog.reason_box.setCurrentText("주소 확인 필요")
    dialog.until_check.setChecked(True)
    dialog.until_edit.setDate(QDate(2099, 1, 1))
    with qtbot.waitSignal(dialog.changed):
        dialog.on_ok()
    order = order_of(db, oid)
    assert order.hold_reason == "주소 확인 필요"
    assert order.hold_until is not None and order.hold_until.year == 2099


def test_the_delay_dialog_shows_a_refusal_and_stays_open(db: Database, qtbot: QtBot) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    dialog = DispatchDelayDialog(AppContext(db, operator="desk"), [oid])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason_field.setText("입고 지연")
    dialog.on_ok()
    assert "발송 전 주문만 가능" in dialog.error_label.text()
    assert "only orders not yet shipped" in dialog.error_label.text()
    assert dialog.isVisible()
    assert history(db, oid)[-1][0] != "DISPATCH_DELAY"


def test_the_delivery_dialog_previews_then_applies(
    db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    path = tmp_path / "배송조회.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(
            [["송장번호", "배송완료일"], ["123456789012", "2026-11-27"], ["999", "2026-11-27"]]
        )
    dialog = DeliveryImportDialog(AppContext(db, operator="desk"))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.load_file(path)
    assert "배송완료 처리 1건" in dialog.summary_label.text()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == "송장 없음"
    assert order_of(db, oid).status == OrderStatus.SHIPPED.value
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.apply_button.click()
    assert order_of(db, oid).status == OrderStatus.DELIVERED.value
