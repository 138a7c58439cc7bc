"""Every part's dialog is reachable from the main window, and staff see only what they may."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_oms.domain.permissions import Role
from desktop_oms.domain.status import OrderStatus
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.main_window import MainWindow
from desktop_oms.ui.menus import ENTRIES
from tests.gui.conftest import select_orders

OWNER_ONLY = {"operators", "access_log", "purge", "database", "backup", "transfer"}


def staff_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(
        AppContext(db=db, operator="직원1", role=Role.STAFF), poll_interval_ms=3_600_000
    )
    qtbot.addWidget(window)
    window.load()
    return window


def test_owner_finds_every_part_in_the_menus(window: MainWindow) -> None:
    texts = {
        menu: [a.text() for a in getattr(window, menu).actions()]
        for menu in ("menu_file", "menu_orders", "menu_stock", "menu_shipping")
    }
    for entry in ENTRIES:
        assert window.part_menus.actions[entry.key].text() in texts[entry.menu], entry.key
    assert "송장 출력…" in texts["menu_shipping"]
    assert "주문 파일 가져오기…" in texts["menu_orders"]
    assert window.action_settings.isEnabled()


def test_staff_have_no_owner_entries_and_cannot_open_settings(qtbot: QtBot, db: Database) -> None:
    window = staff_window(qtbot, db)
    assert OWNER_ONLY.isdisjoint(window.part_menus.actions)
    assert "labels" in window.part_menus.actions
    assert not window.action_settings.isEnabled()


def test_staff_see_recipients_masked_in_the_tabs(
    qtbot: QtBot, db: Database, paid_orders: list[str]
) -> None:
    window = staff_window(qtbot, db)
    window.tabs.show_status(OrderStatus.PAID)
    rows = window.tabs.current_model().rows()
    assert {r.recipient_name for r in rows} == {"김*서", "이*윤", "박*은"}
    assert all(r.recipient_phone.endswith("****") for r in rows)


def test_selection_bound_entries_follow_the_selection(
    paid_orders: list[str], window: MainWindow
) -> None:
    hold = window.part_menus.actions["hold"]
    assert not hold.isEnabled()
    select_orders(window, OrderStatus.PAID, paid_orders[:1])
    assert hold.isEnabled()


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.key)
def test_each_entry_opens_its_dialog_without_blocking(
    paid_orders: list[str],
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    entry: object,
) -> None:
    """Dialogs that insist on exec() are answered at once; the rest open non-modally."""
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    select_orders(window, OrderStatus.PAID, paid_orders[:1])
    opened = window.part_menus.open(entry)  # type: ignore[arg-type]
    if opened is not None:
        assert isinstance(opened, QWidget)
        assert opened.isVisible()
        opened.close()
