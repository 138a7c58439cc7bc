"""The operators dialog: the owner adds staff, sets PINs, switches accounts off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_oms.domain.permissions import PermissionDenied, Role
from desktop_oms.services.operators import ensure_default_owner, list_operators, login
from desktop_oms.services.privacy import DEFAULT_OWNER, Viewer
from desktop_oms.storage.uow import Database
from desktop_oms.ui.operators_dialog import OperatorsDialog, open_operators


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> OperatorsDialog:
    ensure_default_owner(db)
    shown = OperatorsDialog(db, DEFAULT_OWNER)
    qtbot.addWidget(shown)
    return shown


def table_text(dialog: OperatorsDialog) -> list[list[str]]:
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_the_owner_adds_staff_with_a_pin(qtbot: QtBot, dialog: OperatorsDialog) -> None:
    dialog.new_name.setText("알바")
    qtbot.keyClicks(dialog.new_pin, "2580")
    dialog.add_button.click()
    assert table_text(dialog) == [["대표", "대표", "-", "사용"], ["알바", "직원", "있음", "사용"]]
    assert "추가했습니다" in dialog.message.text()
    assert login(dialog.db, "알바", "2580").role is Role.STAFF


def test_a_short_pin_is_refused_in_the_dialog_and_nobody_is_added(
    qtbot: QtBot, dialog: OperatorsDialog
) -> None:
    dialog.new_name.setText("알바")
    qtbot.keyClicks(dialog.new_pin, "12")
    dialog.add_button.click()
    assert "4~12" in dialog.message.text()
    assert len(list_operators(dialog.db)) == 1


def test_the_last_owner_cannot_be_switched_off(dialog: OperatorsDialog) -> None:
    dialog.table.selectRow(0)
    dialog.active_button.click()
    assert "last owner" in dialog.message.text()
    assert table_text(dialog)[0][3] == "사용"


def test_the_owner_sets_and_clears_a_pin(qtbot: QtBot, dialog: OperatorsDialog) -> None:
    dialog.table.selectRow(0)
    qtbot.keyClicks(dialog.pin, "9999")
    dialog.set_pin_button.click()
    assert table_text(dialog)[0][2] == "있음"
    dialog.clear_pin_button.click()
    assert table_text(dialog)[0][2] == "-"


def test_staff_are_refused(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    assert not open_operators(db, Viewer("알바", Role.STAFF))
    assert "사용자 관리" in told[0]
    with pytest.raises(PermissionDenied):
        OperatorsDialog(db, Viewer("알바", Role.STAFF))
