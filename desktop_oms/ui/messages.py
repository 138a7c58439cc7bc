"""A message in Korean and English for the window: the chosen language first, then the other."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop_oms.ui.labels import is_english

#: The " / " between the two halves of a service error's str() ("한국어 / English").
_HALVES = " / "
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def bilingual(ko: str, en: str, sep: str = "\n") -> str:
    """Both texts joined by `sep`: English first in the English UI, Korean first otherwise."""
    if not en or en == ko:
        return ko
    if not ko:
        return en
    first, second = (en, ko) if is_english() else (ko, en)
    return f"{first}{sep}{second}"


def _halves(text: str) -> tuple[str, str] | None:
    """("한국어", "English") of a "한국어 / English" text; None when it is not clearly one."""
    if text.count(_HALVES) != 1:
        return None
    ko, en = text.split(_HALVES)
    if not _HANGUL.search(ko) or _HANGUL.match(en.strip()):
        return None
    return ko.strip(), en.strip()


def error_text(error: object, sep: str = "\n") -> str:
    """What a service error, refusal or check says, in both languages.

    Understands the project's `message_ko`/`message_en` pairs (PurchasingError, StockError,
    PackingRefused, WaybillError, ClaimRefused, BandRefused, SpreadsheetError,
    PermissionDenied, Refusal, ScanResult, Verification, ConnectionReport) and texts of the
    form "한국어 / English" (BackupError, a background task's failure message).
    """
    ko = getattr(error, "message_ko", None)
    en = getattr(error, "message_en", None)
    if isinstance(ko, str) and isinstance(en, str):
        return bilingual(ko, en, sep)
    text = str(error)
    halves = _halves(text)
    return bilingual(*halves, sep) if halves else text


def error_lines(errors: Iterable[object]) -> list[str]:
    """One line per error (e.g. the refusals of a batch), each "한국어 / English"."""
    return [error_text(error, _HALVES) for error in errors]
