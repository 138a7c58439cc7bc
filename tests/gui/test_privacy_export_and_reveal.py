"""The export dialog asks a reason before writing; the reveal dialog logs before showing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from desktop_oms.services.access_log import access_log_rows
from desktop_oms.storage.uow import Database
from desktop_oms.ui.order_export_dialog import OrderExportDialog
from desktop_oms.ui.reveal_dialog import RevealDialog
from tests.integration.privacy_helpers import OWNER, STAFF, one_order


@pytest.fixture
def order_id(db: Database) -> int:
    return one_order(db)


def test_export_is_disabled_until_a_reason_is_given(
    qtbot: QtBot, db: Database, order_id: int, tmp_path: Path
) -> None:
    dialog = OrderExportDialog(db, STAFF, order_ids=[order_id])
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "o.xlsx"))
    assert dialog.scope.text() == "선택한 주문 1건"
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setEditText("택배사 접수")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.outcome is not None
    assert dialog.outcome.orders == 1
    row = CalamineWorkbook.from_path(str(tmp_path / "o.xlsx")).get_sheet_by_index(0).to_python()
    assert row[1][4] == "홍*동"
    assert access_log_rows(db, OWNER)[0].reason == "택배사 접수 (o.xlsx)"


def test_a_refused_export_shows_why_and_stays_open(
    qtbot: QtBot, db: Database, order_id: int, tmp_path: Path
) -> None:
    dialog = OrderExportDialog(db, OWNER, order_ids=[order_id])
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "o.csv"))
    dialog.reason.setEditText("백업")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10_000)
    assert ".xlsx" in dialog.message.text()
    assert not (tmp_path / "o.csv").exists()
    assert access_log_rows(db, OWNER) == []


def test_showing_personal_data_logs_first_then_shows_it_in_clear(
    qtbot: QtBot, db: Database, order_id: int
) -> None:
    dialog = RevealDialog(db, STAFF, [order_id])
    qtbot.addWidget(dialog)
    assert dialog.shown.toPlainText() == ""
    dialog.reason.setText("고객 배송 문의")
    dialog.show_button.click()
    assert "수취인: 홍길동 (010-1234-5678)" in dialog.shown.toPlainText()
    [row] = access_log_rows(db, OWNER)
    assert (row.operator, row.action, row.reason) == ("알바", "VIEW_CLEAR", "고객 배송 문의")
    dialog.show_button.click()
    assert len(access_log_rows(db, OWNER)) == 1
