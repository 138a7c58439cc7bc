"""The purge dialog: preview count, confirmation, then the purge in the background."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.access_log import access_log_rows
from desktop_oms.services.privacy import DEFAULT_OWNER
from desktop_oms.storage.uow import Database
from desktop_oms.ui.purge_dialog import PurgeDialog, open_purge
from tests.integration.privacy_helpers import STAFF, age, one_order

NOW = datetime(2026, 11, 26, 10, 0)


@pytest.fixture
def expired(db: Database) -> Database:
    for sku in ("A-1", "B-1"):
        order = one_order(db, sku)
        age(db, order, status=OrderStatus.CONFIRMED.value, confirmed_at=datetime(2019, 3, 1))
    one_order(db, "C-1")
    return db


def test_the_preview_names_the_count_and_the_cutoff(qtbot: QtBot, expired: Database) -> None:
    dialog = PurgeDialog(expired, DEFAULT_OWNER, now=NOW)
    qtbot.addWidget(dialog)
    assert "2021-11-26" in dialog.summary.text()
    assert "2건" in dialog.summary.text()
    assert not dialog.purge_button.isEnabled()


def test_purging_needs_the_confirmation_and_reports_the_result(
    qtbot: QtBot, expired: Database
) -> None:
    dialog = PurgeDialog(expired, DEFAULT_OWNER, now=NOW)
    qtbot.addWidget(dialog)
    dialog.confirm.setChecked(True)
    assert dialog.purge_button.isEnabled()
    with qtbot.waitSignal(dialog.purged, timeout=10_000) as done:
        dialog.purge_button.click()
    assert len(done.args[0].order_ids) == 2
    assert "2건의 개인정보를 파기했습니다" in dialog.result_label.text()
    assert "0건" in dialog.summary.text()
    assert not dialog.confirm.isEnabled()
    assert access_log_rows(expired, DEFAULT_OWNER)[0].action == "DELETE"


def test_staff_are_refused(expired: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    assert open_purge(expired, STAFF) is None
    assert "개인정보 파기" in told[0]
