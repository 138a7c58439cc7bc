"""The claims desk: restock or write-off chosen per line, and withdrawing a claim (철회)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QInputDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_oms.domain.claims import ClaimStatus, Disposition
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.storage.tables import StockLedger
from desktop_oms.storage.uow import Database
from desktop_oms.ui.claim_lines_table import ClaimLinesTable
from desktop_oms.ui.claims_view import ClaimsView
from desktop_oms.ui.context import AppContext
from tests.conftest import add_sku
from tests.integration.test_claims_helpers import (
    history,
    ledger_agrees,
    order_of,
    ready_order,
    shipped_order,
    stock_of,
)


def _desk_with_return(db: Database, qtbot: QtBot, *lines: tuple[str, int]) -> ClaimsView:
    """The desk showing a shipped order with one return of every unit, that claim selected."""
    for code, _ in lines:
        add_sku(db, code, 10)
    oid = shipped_order(db, *lines, waybill="123456789012")
    view = ClaimsView(AppContext(db, operator="desk"))
    qtbot.addWidget(view)
    view.load_order(order_of(db, oid).order_no)
    for line_no, (_, qty) in enumerate(lines, start=1):
        view.set_claim_quantity(line_no, qty)
    view.return_button.click()
    view.select_claim(1)
    return view


def _choice(view: ClaimsView, row: int) -> QComboBox:
    box = view.lines_table.cellWidget(row, ClaimLinesTable.COL_DISPOSITION)
    assert isinstance(box, QComboBox)
    return box


def _answer(monkeypatch: pytest.MonkeyPatch, text: str, ok: bool = True) -> list[str]:
    """Make the reason dialog answer `text`; returns the prompts it was shown."""
    prompts: list[str] = []

    def get_text(parent: QWidget, title: str, label: str, *args: object) -> tuple[str, bool]:
        prompts.append(label)
        return text, ok

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return prompts


def test_each_line_of_a_received_return_is_restocked_or_written_off_as_chosen(
    db: Database, qtbot: QtBot
) -> None:
    view = _desk_with_return(db, qtbot, ("A-1", 1), ("B-1", 2))
    view.step_buttons[ClaimStatus.COLLECTED].click()
    assert _choice(view, 0).isEnabled() and _choice(view, 1).isEnabled()
    assert _choice(view, 0).currentText() == "재입고" == _choice(view, 1).currentText()

    view.set_disposition(2, Disposition.WRITE_OFF)
    view.step_buttons[ClaimStatus.RECEIVED].click()

    assert "입고완료" in view.claims_table.item(0, 2).text()
    assert "1번 상품 A-1 ×1 재입고, 2번 상품 B-1 ×2 폐기" in view.claims_table.item(0, 3).text()
    assert stock_of(db, "A-1") == (10, 0)
    assert stock_of(db, "B-1") == (8, 0)
    with db.reading() as s:
        rows = s.execute(
            select(StockLedger.kind, StockLedger.on_hand_delta, StockLedger.note)
            .where(StockLedger.source == "CLAIM")
            .order_by(StockLedger.id)
        ).all()
    assert [(kind, delta) for kind, delta, _ in rows] == [
        (LedgerKind.RETURN.value, 1),
        (LedgerKind.ADJUSTMENT.value, 0),
    ]
    assert "폐기 2개" in rows[1][2]
    assert ledger_agrees(db)


def test_dispositions_are_chosen_only_while_the_selected_claim_awaits_its_goods(
    db: Database, qtbot: QtBot
) -> None:
    view = _desk_with_return(db, qtbot, ("A-1", 1), ("B-1", 1))
    assert not _choice(view, 0).isEnabled(), "not yet collected"
    view.step_buttons[ClaimStatus.COLLECTED].click()
    assert _choice(view, 0).isEnabled()
    view.claims_table.clearSelection()
    assert not _choice(view, 0).isEnabled() and not _choice(view, 1).isEnabled()


def test_only_the_lines_of_the_selected_claim_get_a_choice(db: Database, qtbot: QtBot) -> None:
    add_sku(db, "A-1", 10)
    add_sku(db, "B-1", 10)
    oid = shipped_order(db, ("A-1", 1), ("B-1", 1), waybill="123456789012")
    view = ClaimsView(AppContext(db, operator="desk"))
    qtbot.addWidget(view)
    view.load_order(order_of(db, oid).order_no)
    view.set_claim_quantity(2, 1)
    view.return_button.click()
    view.select_claim(1)
    view.step_buttons[ClaimStatus.COLLECTED].click()
    assert not _choice(view, 0).isEnabled() and _choice(view, 1).isEnabled()


def test_a_requested_return_is_withdrawn_with_the_reason_asked(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _desk_with_return(db, qtbot, ("A-1", 2))
    assert view.withdraw_button.isEnabled()
    assert view.withdraw_button.text() == "클레임 철회…"
    prompts = _answer(monkeypatch, "고객이 그냥 쓰기로 함")

    with qtbot.waitSignal(view.changed):
        view.withdraw_button.click()

    assert prompts == ["클레임 #1을(를) 철회하는 사유"]
    assert view.status_label.text() == "클레임 #1을(를) 철회했습니다."
    assert view.claims_table.item(0, 2).text() == "철회"
    assert view.lines_table.item(0, 7).text() == "2", "both units can be claimed again"
    assert not view.withdraw_button.isEnabled()
    assert not any(button.isEnabled() for button in view.step_buttons.values())
    assert "사유: 고객이 그냥 쓰기로 함" in history(db, 1)[-1][1]


def test_closing_the_reason_dialog_withdraws_nothing(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _desk_with_return(db, qtbot, ("A-1", 1))
    _answer(monkeypatch, "", ok=False)
    view.withdraw_button.click()
    assert view.claims_table.item(0, 2).text() == "요청"
    assert view.withdraw_button.isEnabled()


def test_an_empty_reason_is_refused_in_red(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _desk_with_return(db, qtbot, ("A-1", 1))
    _answer(monkeypatch, "   ")
    view.withdraw_button.click()
    assert "철회 사유를 입력해야 합니다" in view.status_label.text()
    assert view.claims_table.item(0, 2).text() == "요청"


def test_withdraw_is_disabled_once_the_goods_are_received(db: Database, qtbot: QtBot) -> None:
    view = _desk_with_return(db, qtbot, ("A-1", 1))
    view.step_buttons[ClaimStatus.COLLECTED].click()
    assert view.withdraw_button.isEnabled(), "collected goods are not back yet"
    view.step_buttons[ClaimStatus.RECEIVED].click()
    assert not view.withdraw_button.isEnabled()


def test_a_cancel_on_the_desk_cannot_be_withdrawn(db: Database, qtbot: QtBot) -> None:
    add_sku(db, "A-1", 10)
    oid = ready_order(db, ("A-1", 2))
    view = ClaimsView(AppContext(db, operator="desk"))
    qtbot.addWidget(view)
    view.load_order(order_of(db, oid).order_no)
    view.set_claim_quantity(1, 1)
    view.reason_field.setText("변심")
    view.cancel_button.click()
    view.select_claim(1)
    assert not view.withdraw_button.isEnabled()
