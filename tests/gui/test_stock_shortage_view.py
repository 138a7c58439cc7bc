"""The shortage view driven like a user: see short SKUs, make purchase orders, cancel orders."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_oms.domain.purchasing import PoStatus
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.purchasing import purchase_orders
from desktop_oms.services.queries import order_detail
from desktop_oms.services.stock import adjust_stock
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.shortage_view import ShortageView
from tests.conftest import add_sku
from tests.integration.test_receiving import give_supplier, short_orders


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> ShortageView:
    add_sku(db, "TEE", 1)
    add_sku(db, "MUG", 0)
    give_supplier(db, "TEE", "(주)한빛섬유")
    give_supplier(db, "MUG", "코리아리빙")
    short_orders(db, "TEE", [3])
    short_orders(db, "MUG", [1, 1])
    widget = ShortageView(AppContext(db, operator="kim"))
    qtbot.addWidget(widget)
    return widget


def test_short_skus_and_suppliers_are_listed(view: ShortageView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert view.summary_label.text() == "재고부족 주문 3건 · SKU 2개"
    assert [s.code for s in view.sku_model.rows] == ["MUG", "TEE"]
    assert view.sku_model.index(1, 6).data() == "2"  # TEE: 3 waiting, 1 free → 2 missing
    suppliers = [view.supplier_tree.topLevelItem(i).text(0) for i in range(2)]
    assert suppliers == ["(주)한빛섬유", "코리아리빙"]
    qtmodeltester.check(view.sku_model)


def test_creating_purchase_orders_makes_one_per_supplier(
    view: ShortageView, db: Database, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(view.purchase_orders_created) as created:
        view.create_po_button.click()

    assert len(created.args[0]) == 2
    assert {r.status for r in purchase_orders(db)} == {PoStatus.DRAFT}
    assert "발주서 2건" in view.status_label.text()
    assert not view.create_po_button.isEnabled()


def test_cancelling_a_selected_order_shows_the_customer_notice(
    view: ShortageView, db: Database, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.tabs.setCurrentIndex(2)
    first = view.order_model.rows[0]
    view.order_view.selectionModel().select(
        view.order_model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.reason_box.setCurrentText("단종")

    with qtbot.waitSignal(view.changed):
        view.cancel_button.click()

    detail = order_detail(db, first.order_id)
    assert detail is not None and detail.row.status is OrderStatus.CANCELLED
    assert first.order_no in view.notices.toPlainText()
    assert "사유: 단종" in view.notices.toPlainText()
    assert view.summary_label.text() == "재고부족 주문 2건 · SKU 1개"


def test_cancel_without_a_selection_says_what_to_do(view: ShortageView) -> None:
    view.cancel_button.click()

    assert "선택하세요" in view.status_label.text()


def test_stock_freed_by_an_adjustment_goes_to_the_oldest_waiting_order(
    view: ShortageView, db: Database, qtbot: QtBot
) -> None:
    adjust_stock(db, "MUG", 1, "실사", "kim")

    with qtbot.waitSignal(view.changed):
        view.allocate_button.click()

    assert "대기주문 1건" in view.status_label.text()
    assert view.summary_label.text() == "재고부족 주문 2건 · SKU 2개"
