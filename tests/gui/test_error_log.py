"""An unexpected exception is logged (personal data masked) and shown; the program goes on."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_oms.ui.error_log import handle_exception, log_file, setup_logging


def test_an_unexpected_error_is_written_to_the_log_and_shown_with_the_log_location(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def critical(_parent: object, _title: str, text: str, *_args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    setup_logging()
    try:
        raise RuntimeError("수취인: 홍길동 010-1234-5678 주소가 이상합니다")
    except RuntimeError:
        handle_exception(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1
    assert str(log_file()) in shown[0]
    assert "RuntimeError" in shown[0]
    assert "010-1234-5678" not in shown[0]
    written = log_file().read_text("utf-8")
    assert "RuntimeError" in written and "Traceback" in written
    assert "010-1234-5678" not in written and "홍길동" not in written
