"""The access log dialog: the owner reads and exports it, staff are refused."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_oms.domain.permissions import PermissionDenied, Role
from desktop_oms.services.access_log import AccessAction, record
from desktop_oms.services.privacy import Viewer
from desktop_oms.storage.uow import Database
from desktop_oms.ui import access_log_dialog
from desktop_oms.ui.access_log_dialog import AccessLogDialog, AccessLogModel, open_access_log

OWNER = Viewer("사장", Role.OWNER)
STAFF = Viewer("알바", Role.STAFF)


@pytest.fixture
def logged(db: Database) -> Database:
    today = datetime.now().replace(microsecond=0)
    record(db, "알바", AccessAction.VIEW_CLEAR, [3], "고객 문의", now=today)
    record(db, "사장", AccessAction.EXPORT, range(1, 9), "세무사 제출", now=today)
    record(db, "사장", AccessAction.PRINT, [1], "", now=datetime(2001, 1, 1))
    return db


def test_the_owner_sees_the_last_years_rows_newest_first(qtbot: QtBot, logged: Database) -> None:
    dialog = AccessLogDialog(logged, OWNER)
    qtbot.addWidget(dialog)
    model = dialog.model
    cells = [
        [model.index(r, c).data() for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert cells == [
        ["사장", "다운로드", "1, 2, 3, 4, 5 외 3건", "세무사 제출"],
        ["알바", "열람", "3", "고객 문의"],
    ]
    assert dialog.count_label.text() == "2 / 2건"
    assert not dialog.more_button.isEnabled()


def test_an_earlier_start_date_shows_older_rows(qtbot: QtBot, logged: Database) -> None:
    dialog = AccessLogDialog(logged, OWNER)
    qtbot.addWidget(dialog)
    dialog.since.setDate(dialog.since.date().addYears(-40))
    assert dialog.model.rowCount() == 3


def test_staff_are_refused_with_a_message_and_no_dialog(
    logged: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    monkeypatch.setattr(AccessLogDialog, "exec", lambda self: pytest.fail("shown to staff"))
    assert not open_access_log(logged, STAFF)
    assert "접속기록 조회" in warnings[0]
    with pytest.raises(PermissionDenied):
        AccessLogDialog(logged, STAFF)


def test_the_owner_exports_the_shown_period_to_excel(
    qtbot: QtBot, logged: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "log"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(
        access_log_dialog.QMessageBox, "information", lambda _p, _t, text: told.append(text)
    )
    dialog = AccessLogDialog(logged, OWNER)
    qtbot.addWidget(dialog)
    dialog.export_button.click()
    sheet = openpyxl.load_workbook(tmp_path / "log.xlsx").active
    assert sheet.max_row == 3
    assert sheet.cell(2, 6).value == "세무사 제출"
    assert told and told[0].startswith("2건을 저장했습니다")


def test_the_model_passes_qt_model_checks(qtbot: QtBot, logged: Database) -> None:
    from desktop_oms.services.access_log import access_log_rows

    model = AccessLogModel()
    ModelTester(qtbot._request.config).check(model)  # type: ignore[attr-defined]
    model.set_rows(access_log_rows(logged, OWNER))
    ModelTester(qtbot._request.config).check(model)  # type: ignore[attr-defined]
