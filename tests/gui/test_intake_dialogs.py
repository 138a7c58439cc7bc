"""Matching, deposit, phone-order and combine dialogs driven like a user."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_oms.domain.payment import PaymentMethod
from desktop_oms.services.intake import import_orders, preview_import
from desktop_oms.services.order_creation import create_orders
from desktop_oms.storage.tables import Order
from desktop_oms.storage.uow import Database
from desktop_oms.ui.combine_dialog import CombineDialog
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.deposit_dialog import DepositDialog
from desktop_oms.ui.manual_order_dialog import ManualOrderDialog
from desktop_oms.ui.matching_dialog import MatchingDialog
from tests.conftest import add_sku, new_order
from tests.unit.test_channel_files import smartstore_rows, write_xlsx_rows


def _statuses(db: Database) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(Order.status).order_by(Order.id)))


def test_matching_dialog_connects_a_channel_product_to_a_searched_sku(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    add_sku(db, "TEE-BK-L", 10, name="오버핏 반팔티")
    add_sku(db, "CAP", 3, name="볼캡")
    path = write_xlsx_rows(tmp_path / "a.xlsx", smartstore_rows(2))
    import_orders(db, preview_import(db, path), "me")
    dialog = MatchingDialog(AppContext(db, operator="테스터"))
    qtbot.addWidget(dialog)
    assert dialog.model.index(0, 1).data() == "오버핏 코튼 반팔티"
    assert dialog.model.index(0, 3).data() == "2"

    dialog.search_field.setText("볼캡")
    assert dialog.sku_list.count() == 1
    dialog.search_field.setText("TEE")
    assert dialog.sku_list.currentItem().text().startswith("TEE-BK-L 오버핏 반팔티")
    with qtbot.waitSignal(dialog.changed):
        dialog.connect_button.click()
    assert "주문 2건" in dialog.status_label.text()
    assert dialog.model.rowCount() == 0
    with db.reading() as s:
        assert not any(s.scalars(select(Order.needs_matching)))


def _awaiting(db: Database, *names: str) -> None:
    add_sku(db, "A", 100)
    orders = []
    for name in names:
        order = new_order(("A", 1), method=PaymentMethod.BANK_DEPOSIT, name=name)
        order.ordered_at = datetime.now() - timedelta(hours=2)
        order.deposit_deadline = datetime.now() + timedelta(days=2)
        orders.append(order)
    create_orders(db, orders, "me")


def test_deposit_dialog_confirms_a_selected_order_by_hand(qtbot: QtBot, db: Database) -> None:
    _awaiting(db, "홍길동", "김영희")
    dialog = DepositDialog(AppContext(db))
    qtbot.addWidget(dialog)
    assert dialog.waiting_model.rowCount() == 2
    dialog.waiting_view.selectRow(1)
    with qtbot.waitSignal(dialog.changed):
        dialog.confirm_button.click()
    assert _statuses(db) == ["AWAITING_PAYMENT", "PAID"]
    assert dialog.waiting_model.rowCount() == 1


def test_deposit_dialog_applies_sure_and_user_chosen_matches(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _awaiting(db, "홍길동", "이하은", "이하은")
    now = datetime.now()
    path = write_xlsx_rows(
        tmp_path / "bank.xlsx",
        [
            ["거래일시", "입금자명", "입금액"],
            [f"{now:%Y-%m-%d %H:%M:%S}", "홍길동", "10,000"],
            [f"{now:%Y-%m-%d %H:%M:%S}", "이하은", "10,000"],
        ],
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = DepositDialog(AppContext(db))
    qtbot.addWidget(dialog)
    dialog.file_button.click()
    assert "확실한 매칭 1건 · 확인 필요 1건" in dialog.summary_label.text()
    assert dialog.sure_table.item(0, 0).checkState() == Qt.CheckState.Checked
    box = dialog.ambiguous_table.cellWidget(0, 1)
    assert isinstance(box, QComboBox) and box.count() == 3
    box.setCurrentIndex(2)
    with qtbot.waitSignal(dialog.changed):
        dialog.apply_button.click()
    assert _statuses(db) == ["PAID", "AWAITING_PAYMENT", "PAID"]
    assert "2건 입금 확인" in dialog.status_label.text()


def test_phone_order_dialog_saves_a_virtual_account_order(qtbot: QtBot, db: Database) -> None:
    add_sku(db, "TEE", 10, name="반팔티")
    add_sku(db, "CAP", 10, name="볼캡")
    dialog = ManualOrderDialog(AppContext(db, operator="테스터"))
    qtbot.addWidget(dialog)
    dialog.search_field.setText("반팔")
    dialog.quantity_spin.setValue(2)
    dialog.price_spin.setValue(19_900)
    dialog.add_button.click()
    dialog.search_field.setText("CAP")
    dialog.price_spin.setValue(15_000)
    dialog.add_button.click()
    assert dialog.lines_table.rowCount() == 2
    assert dialog.total_label.text() == "상품 합계 54,800원"

    dialog.recipient_field.setText("박서준")
    dialog.phone_field.setText("10 9876 5432")
    dialog.postal_field.setText("123")
    dialog.address_field.setText("서울특별시 중구 세종대로 110")
    dialog.method_box.setCurrentIndex(dialog.method_box.findData(PaymentMethod.VIRTUAL_ACCOUNT))
    assert not dialog.card_box.isVisibleTo(dialog)
    dialog.buttons.accepted.emit()
    assert "우편번호는 숫자 5자리여야 합니다" in dialog.error_label.text()
    assert "가상계좌의 은행과 계좌번호를 입력하세요" in dialog.error_label.text()

    dialog.postal_field.setText("04524")
    dialog.va_bank.setCurrentText("국민은행")
    dialog.va_account.setText("123-456789-01")
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.accepted.emit()
    with db.reading() as s:
        order = s.scalar(select(Order))
        assert order is not None
        assert (order.status, order.va_bank, order.total_amount) == (
            "AWAITING_PAYMENT",
            "국민은행",
            54_800,
        )
        assert order.recipient_phone == "010-9876-5432"
        assert dialog.order_no == order.order_no


def test_combine_dialog_combines_checked_orders_and_locks_others(
    qtbot: QtBot, db: Database
) -> None:
    add_sku(db, "A", 100)
    create_orders(
        db,
        [
            new_order(("A", 1)),
            new_order(("A", 2)),
            new_order(("A", 1)),
            new_order(("A", 3), name="김영희"),
        ],
        "me",
    )
    with db.reading() as s:
        ids = list(s.scalars(select(Order.id).order_by(Order.id)))
    dialog = CombineDialog(AppContext(db))
    qtbot.addWidget(dialog)
    assert len(dialog.groups) == 1
    assert dialog.checked_by_group() == [ids[:3]]

    dialog.set_checked({ids[2]})
    with qtbot.waitSignal(dialog.changed):
        dialog.lock_button.click()
    dialog.set_checked(set(ids[:2]))
    with qtbot.waitSignal(dialog.changed):
        dialog.combine_button.click()
    assert "2건을 합포장했습니다" in dialog.status_label.text()
    with db.reading() as s:
        rows = s.execute(select(Order.shipment_id, Order.no_combine).order_by(Order.id)).all()
    assert rows[0][0] is not None and rows[0][0] == rows[1][0]
    assert rows[2] == (None, True)
