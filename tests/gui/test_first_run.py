"""The first-run setup: what the user types becomes the shop settings and the local flag."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.first_run_dialog import (
    DATABASE_CHOICE_KEY,
    SETUP_DONE_KEY,
    FirstRunDialog,
    first_run_needed,
)


@pytest.fixture
def local_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot: QtBot, db: Database, local_settings: QSettings) -> FirstRunDialog:
    shown = FirstRunDialog(AppContext(db), settings=local_settings)
    qtbot.addWidget(shown)
    return shown


def fill(dialog: FirstRunDialog, *, shop: str, phone: str, address: str) -> None:
    dialog.shop_name_edit.setText(shop)
    dialog.sender_phone_edit.setText(phone)
    dialog.sender_address_edit.setText(address)


def test_a_new_pc_needs_the_setup_until_it_is_completed(
    dialog: FirstRunDialog, local_settings: QSettings
) -> None:
    assert first_run_needed(local_settings)
    fill(dialog, shop="행복상회", phone="010-1234-5678", address="서울 강남구 테헤란로 1")
    dialog.accept()
    assert not first_run_needed(local_settings)


def test_the_shop_and_sender_typed_at_setup_are_saved_for_the_labels(
    dialog: FirstRunDialog, db: Database
) -> None:
    fill(dialog, shop="행복상회", phone="01098765432", address="부산 해운대구 우동 1")
    dialog.courier_combo.setCurrentIndex(dialog.courier_combo.findData("LOTTE"))
    dialog.accept()
    saved = load_shop_settings(db)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert (saved.shop_name, saved.sender_phone, saved.sender_address) == (
        "행복상회",
        "010-9876-5432",
        "부산 해운대구 우동 1",
    )
    assert saved.default_courier == "LOTTE"


def test_a_missing_shop_name_is_refused_in_korean_and_english_and_nothing_is_saved(
    dialog: FirstRunDialog, db: Database, local_settings: QSettings
) -> None:
    fill(dialog, shop="  ", phone="010-1234-5678", address="서울")
    dialog.accept()
    assert "쇼핑몰 이름" in dialog.error_label.text()
    assert "shop name" in dialog.error_label.text()
    assert dialog.result() != FirstRunDialog.DialogCode.Accepted
    assert load_shop_settings(db).sender_phone == ""
    assert first_run_needed(local_settings)


def test_a_phone_number_that_is_no_phone_number_is_refused(
    dialog: FirstRunDialog, db: Database
) -> None:
    fill(dialog, shop="행복상회", phone="12", address="서울")
    dialog.accept()
    assert "전화번호" in dialog.error_label.text()
    assert load_shop_settings(db).shop_name == "내 쇼핑몰"


def test_choosing_a_shared_server_is_recorded_and_points_to_the_database_menu(
    dialog: FirstRunDialog, local_settings: QSettings
) -> None:
    assert not dialog.shared_hint.isVisibleTo(dialog)
    dialog.shared_radio.setChecked(True)
    assert dialog.shared_hint.isVisibleTo(dialog)
    assert "데이터베이스" in dialog.shared_hint.text()
    fill(dialog, shop="행복상회", phone="", address="")
    dialog.accept()
    assert dialog.wants_shared_database
    assert local_settings.value(DATABASE_CHOICE_KEY) == "shared"
    assert not first_run_needed(local_settings)


def test_a_pc_joining_a_shared_server_may_leave_the_shop_fields_to_the_server(
    dialog: FirstRunDialog, db: Database
) -> None:
    dialog.shared_radio.setChecked(True)
    fill(dialog, shop="", phone="", address="")
    dialog.accept()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert load_shop_settings(db).shop_name == "내 쇼핑몰"


def test_opening_the_setup_again_shows_what_was_saved_before(
    qtbot: QtBot, db: Database, local_settings: QSettings
) -> None:
    first = FirstRunDialog(AppContext(db), settings=local_settings)
    qtbot.addWidget(first)
    fill(first, shop="행복상회", phone="02-123-4567", address="서울 중구 세종대로 110")
    first.accept()

    again = FirstRunDialog(AppContext(db), settings=local_settings)
    qtbot.addWidget(again)
    assert again.shop_name_edit.text() == "행복상회"
    assert again.sender_phone_edit.text() == "02-123-4567"
    assert again.local_radio.isChecked()
    assert local_settings.value(SETUP_DONE_KEY) in (True, "true")


def test_closing_the_setup_with_later_leaves_it_to_be_asked_next_start(
    dialog: FirstRunDialog, local_settings: QSettings
) -> None:
    fill(dialog, shop="행복상회", phone="", address="")
    dialog.reject()
    assert first_run_needed(local_settings)
