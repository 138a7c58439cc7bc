"""Order actions from the window: enabled by the status table, done through the service."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.services.order_waybill import Shipping
from desktop_oms.services.orders import move_orders
from desktop_oms.storage.uow import Database
from desktop_oms.ui.action_dialogs import CancelReasonDialog, ShippingDialog
from desktop_oms.ui.main_window import MainWindow
from desktop_oms.ui.order_table_model import COL_FLAGS
from desktop_oms.ui.stock_panel import COL_RESERVED
from tests.gui.conftest import select_orders


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def enabled_actions(window: MainWindow) -> set[Action]:
    return {a for a, q in window.order_actions.items() if q.isEnabled()}


def test_only_the_actions_the_status_table_allows_are_enabled(
    paid_orders: list[str], awaiting_order: str, window: MainWindow
) -> None:
    select_orders(window, OrderStatus.PAID, paid_orders[:2])
    assert enabled_actions(window) == {Action.RESERVE_STOCK, Action.CANCEL}
    select_orders(window, OrderStatus.AWAITING_PAYMENT, [awaiting_order])
    assert enabled_actions(window) == {Action.CONFIRM_DEPOSIT, Action.CANCEL}
    window.tabs.select_orders([])
    assert enabled_actions(window) == set()


def test_reserving_two_orders_moves_them_and_updates_counts_history_and_stock(
    paid_orders: list[str], shop: dict[str, int], window: MainWindow
) -> None:
    select_orders(window, OrderStatus.PAID, paid_orders[:2])
    window.order_actions[Action.RESERVE_STOCK].trigger()
    titles = [window.tabs.tabs.tabText(n) for n in range(3)]
    assert titles == ["결제전 (0)", "상품준비중 (1)", "배송준비중 (2)"]
    assert [r.order_no for r in window.tabs.current_model().rows()] == [paid_orders[2]]
    tee = window.stock_model.row_of_code("TEE-M")
    assert tee is not None
    assert window.stock_model.index(tee, COL_RESERVED).data() == "3"
    select_orders(window, OrderStatus.READY_TO_SHIP, [paid_orders[0]])
    history = window.detail.event_model
    last = history.rowCount() - 1
    assert (history.index(last, 1).data(), history.index(last, 2).data()) == (
        "테스터",
        "상품준비중",
    )
    assert history.index(last, 3).data() == "배송준비중"


def test_a_refused_action_shows_a_message_naming_the_order_and_the_rule(
    paid_orders: list[str], warnings_shown: list[str], window: MainWindow
) -> None:
    select_orders(window, OrderStatus.PAID, [paid_orders[2]])
    window.order_actions[Action.RESERVE_STOCK].trigger()
    assert len(warnings_shown) == 1
    assert paid_orders[2] in warnings_shown[0]
    assert "재고가 부족합니다" in warnings_shown[0]
    assert "not enough stock" in warnings_shown[0]
    short = window.tabs.current_model()
    row = next(n for n, r in enumerate(short.rows()) if r.order_no == paid_orders[2])
    assert short.index(row, COL_FLAGS).data() == "재고부족"


def test_cancelling_asks_for_a_reason_and_records_it(
    paid_orders: list[str], monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    asked: list[list[str]] = []

    def ask(_parent: object, order_nos: list[str]) -> str:
        asked.append(order_nos)
        return "고객 단순변심"

    monkeypatch.setattr(CancelReasonDialog, "ask", staticmethod(ask))
    select_orders(window, OrderStatus.PAID, [paid_orders[0]])
    window.order_actions[Action.CANCEL].trigger()
    assert asked == [[paid_orders[0]]]
    select_orders(window, OrderStatus.CANCELLED, [paid_orders[0]])
    history = window.detail.event_model
    reasons = [history.index(n, 4).data() for n in range(history.rowCount())]
    assert "고객 단순변심" in reasons


def test_cancelling_is_not_done_when_the_reason_question_is_cancelled(
    paid_orders: list[str], monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    monkeypatch.setattr(CancelReasonDialog, "ask", staticmethod(lambda *_: None))
    select_orders(window, OrderStatus.PAID, [paid_orders[0]])
    window.order_actions[Action.CANCEL].trigger()
    assert window.tabs.tabs.tabText(6) == "취소 (0)"


def test_the_cancel_dialog_accepts_only_with_a_reason(qtbot: object) -> None:
    dialog = CancelReasonDialog(["20261126-000001"])
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setCurrentText("주소 오류로 재주문")
    assert ok.isEnabled()
    assert dialog.reason_text() == "주소 오류로 재주문"
    dialog.deleteLater()


def test_a_row_changed_on_another_pc_after_it_was_shown_is_refused(
    db_url: str,
    paid_orders: list[str],
    warnings_shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
) -> None:
    select_orders(window, OrderStatus.PAID, [paid_orders[2]])
    other_pc = Database.open(db_url)
    try:
        shown = window.tabs.selected_rows()[0]
        # the other PC tries to reserve; it is short, so the order is flagged (version + 1)
        move_orders(other_pc, [shown.id], Action.RESERVE_STOCK, "다른PC")
    finally:
        other_pc.dispose()
    monkeypatch.setattr(CancelReasonDialog, "ask", staticmethod(lambda *_: "고객 요청"))
    window.order_actions[Action.CANCEL].trigger()
    assert len(warnings_shown) == 1
    assert "다른 PC에서 변경" in warnings_shown[0]
    assert paid_orders[2] in warnings_shown[0]


def test_marking_one_order_shipped_asks_for_courier_and_waybill(
    paid_orders: list[str], monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    select_orders(window, OrderStatus.PAID, [paid_orders[0]])
    window.order_actions[Action.RESERVE_STOCK].trigger()
    asked: list[str] = []

    def ask(_parent: object, order_no: str, default: str) -> Shipping:
        asked.append(order_no)
        return Shipping(courier_code=default, waybill_no="5123-4567-8901")

    monkeypatch.setattr(ShippingDialog, "ask", staticmethod(ask))
    select_orders(window, OrderStatus.READY_TO_SHIP, [paid_orders[0]])
    window.order_actions[Action.MARK_SHIPPED].trigger()
    assert asked == [paid_orders[0]]
    window.tabs.show_status(OrderStatus.SHIPPED)
    shipped = window.tabs.current_model().rows()
    assert [(r.order_no, r.waybill_no) for r in shipped] == [(paid_orders[0], "512345678901")]


def test_the_shipping_dialog_refuses_a_number_that_breaks_the_couriers_rule(
    qtbot: object,
) -> None:
    dialog = ShippingDialog("20261126-000001", "LOTTE")
    dialog.number.setText("123456789012")
    dialog.on_ok()
    assert dialog.result() != ShippingDialog.DialogCode.Accepted
    assert "검증번호" in dialog.problem.text()
    dialog.deleteLater()
