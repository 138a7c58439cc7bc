"""The settings dialog saves through the shop-settings service and shows its refusals."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.storage.uow import Database
from desktop_oms.ui.i18n import chosen_language
from desktop_oms.ui.settings_dialog import SettingsDialog


def test_saved_settings_are_stored_for_every_pc_and_the_language_for_this_one(
    qtbot: QtBot, db: Database
) -> None:
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.shop_name.setText("행복상회")
    dialog.sender_phone.setText("02-123-4567")
    dialog.default_courier.setCurrentIndex(dialog.default_courier.findData("LOTTE"))
    dialog.deposit_days.setValue(5)
    dialog.mask_labels.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.on_save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = load_shop_settings(db)
    assert (saved.shop_name, saved.sender_phone, saved.default_courier) == (
        "행복상회",
        "02-123-4567",
        "LOTTE",
    )
    assert (saved.deposit_deadline_days, saved.mask_labels) == (5, False)
    assert chosen_language() == "en"


def test_a_refused_value_is_explained_in_korean_and_english_and_nothing_is_saved(
    qtbot: QtBot, db: Database
) -> None:
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.shop_name.setText("바뀌면 안 되는 이름")
    dialog.deposit_days.setValue(45)
    dialog.on_save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "입금기한" in dialog.problem.text() and "deposit deadline" in dialog.problem.text()
    assert load_shop_settings(db).shop_name != "바뀌면 안 되는 이름"
