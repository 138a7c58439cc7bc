"""English comes from the compiled Qt translation; Korean is the source language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.i18n import (
    chosen_language,
    effective_language,
    install_translation,
    set_chosen_language,
)
from desktop_oms.ui.main_window import MainWindow


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    assert install_translation(qapp, "en")
    yield
    install_translation(qapp, "ko")


@pytest.mark.usefixtures("english")
def test_with_the_english_translation_the_tabs_and_menus_are_in_english(
    qtbot: QtBot, db: Database
) -> None:
    window = MainWindow(AppContext(db=db), poll_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.load()
    assert window.tabs.tabs.tabText(1) == "Preparing (paid) (0)"
    assert window.menu_file.title().replace("&", "") == "File"
    assert window.menu_help.title().replace("&", "") == "Help"


def test_korean_needs_no_translation_file(qtbot: QtBot, db: Database, qapp: QApplication) -> None:
    assert install_translation(qapp, "ko")
    window = MainWindow(AppContext(db=db), poll_interval_ms=3_600_000)
    qtbot.addWidget(window)
    assert window.tabs.tabs.tabText(1) == "상품준비중 (0)"
    assert window.menu_file.title() == "파일"


def test_the_language_setting_or_else_the_system_locale_decides() -> None:
    korean = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    american = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert effective_language("system", korean) == "ko"
    assert effective_language("system", american) == "en"
    assert effective_language("ko", american) == "ko"
    set_chosen_language("en")
    assert chosen_language() == "en"
    set_chosen_language("system")
    assert chosen_language() == "system"
