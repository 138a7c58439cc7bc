"""The login dialog: asked only when someone has a PIN; wrong PINs lock for 30 seconds."""

from __future__ import annotations

from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from desktop_oms.domain.permissions import Role
from desktop_oms.services.operators import create_operator, ensure_default_owner
from desktop_oms.services.privacy import DEFAULT_OWNER
from desktop_oms.storage.uow import Database
from desktop_oms.ui import login_dialog
from desktop_oms.ui.login_dialog import LoginDialog, viewer_at_start

NOW = datetime(2026, 11, 26, 10, 0)


@pytest.fixture
def shop(db: Database) -> Database:
    ensure_default_owner(db)
    create_operator(db, DEFAULT_OWNER, "알바", Role.STAFF, "2580")
    return db


def make_dialog(qtbot: QtBot, db: Database) -> LoginDialog:
    dialog = LoginDialog(db, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    return dialog


def choose(dialog: LoginDialog, name: str) -> None:
    dialog.operator.setCurrentIndex(dialog.operator.findData(name))


def test_a_one_pc_shop_starts_as_대표_without_a_question(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*_args: object) -> int:
        raise AssertionError("the login dialog must not be shown")

    monkeypatch.setattr(LoginDialog, "exec", never)
    assert viewer_at_start(db) == DEFAULT_OWNER


def test_the_dialog_is_shown_once_someone_has_a_pin(
    qtbot: QtBot, shop: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[LoginDialog] = []

    def closed_by_user(self: LoginDialog) -> int:
        shown.append(self)
        qtbot.addWidget(self)
        return 0

    monkeypatch.setattr(login_dialog.LoginDialog, "exec", closed_by_user)
    assert viewer_at_start(shop) is None
    assert len(shown) == 1


def test_the_pin_field_is_off_for_an_operator_without_pin(qtbot: QtBot, shop: Database) -> None:
    dialog = make_dialog(qtbot, shop)
    assert [dialog.operator.itemText(i) for i in range(dialog.operator.count())] == [
        "대표 (대표)",
        "알바 (직원)",
    ]
    choose(dialog, "대표")
    assert not dialog.pin.isEnabled()
    choose(dialog, "알바")
    assert dialog.pin.isEnabled()


def test_staff_log_in_with_the_right_pin(qtbot: QtBot, shop: Database) -> None:
    dialog = make_dialog(qtbot, shop)
    choose(dialog, "알바")
    qtbot.keyClicks(dialog.pin, "2580")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.ok_button.click()
    assert dialog.viewer is not None
    assert (dialog.viewer.name, dialog.viewer.role) == ("알바", Role.STAFF)


def test_a_wrong_pin_shows_the_tries_left_and_stays_open(qtbot: QtBot, shop: Database) -> None:
    dialog = make_dialog(qtbot, shop)
    choose(dialog, "알바")
    qtbot.keyClicks(dialog.pin, "1111")
    dialog.ok_button.click()
    assert dialog.viewer is None
    assert "남은 횟수 4" in dialog.message.text()
    assert dialog.pin.text() == ""


def test_five_wrong_pins_disable_start_until_the_lock_ends(qtbot: QtBot, shop: Database) -> None:
    dialog = make_dialog(qtbot, shop)
    choose(dialog, "알바")
    for _ in range(5):
        qtbot.keyClicks(dialog.pin, "1111")
        dialog.ok_button.click()
    assert "30초" in dialog.message.text()
    assert not dialog.ok_button.isEnabled()
    assert dialog.unlock_timer.isActive()
    dialog.unlock_timer.timeout.emit()
    assert dialog.ok_button.isEnabled()


def test_letters_cannot_be_typed_as_a_pin(qtbot: QtBot, shop: Database) -> None:
    dialog = make_dialog(qtbot, shop)
    choose(dialog, "알바")
    qtbot.keyClicks(dialog.pin, "12ab34")
    assert dialog.pin.text() == "1234"
