"""Language choice (QSettings 'ui/language') and loading the English Qt translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from desktop_oms import APP_AUTHOR, APP_NAME
from desktop_oms.resources import resource

LANGUAGE_KEY = "ui/language"
LANGUAGES = ("system", "ko", "en")


def ui_settings() -> QSettings:
    """This PC's own settings (window, language), not the shop's shared settings."""
    return QSettings(APP_AUTHOR, APP_NAME)


def chosen_language() -> str:
    value = str(ui_settings().value(LANGUAGE_KEY, "system") or "system")
    return value if value in LANGUAGES else "system"


def set_chosen_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(language)
    settings = ui_settings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def effective_language(choice: str, system: QLocale | None = None) -> str:
    """'ko' or 'en': the choice, or the system locale's language when 'system'."""
    if choice in ("ko", "en"):
        return choice
    locale = system or QLocale.system()
    return "ko" if locale.language() == QLocale.Language.Korean else "en"


def translation_file(language: str) -> str:
    return str(resource("translations", f"desktop_oms_{language}.qm"))


_installed: list[QTranslator] = []


def install_translation(app: QCoreApplication, language: str) -> bool:
    """Load the translation for 'en' (Korean is the source language, nothing to load)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language != "en":
        return True
    translator = QTranslator(app)
    if not translator.load(translation_file(language)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
