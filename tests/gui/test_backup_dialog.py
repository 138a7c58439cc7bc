"""File › Backups…: back up now, check, restore — through the backup service."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_oms.services.demo import fill_demo
from desktop_oms.storage.engine import make_engine
from desktop_oms.storage.tables import Order
from desktop_oms.storage.uow import Database
from desktop_oms.ui.backup_dialog import COL_KIND, BackupDialog
from desktop_oms.ui.context import AppContext


def _orders(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Order)) or 0)


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> BackupDialog:
    fill_demo(db, 30, seed=1)
    shown = BackupDialog(AppContext(db=db))
    qtbot.addWidget(shown)
    return shown


def test_backing_up_now_adds_a_row_and_says_where(qtbot: QtBot, dialog: BackupDialog) -> None:
    assert dialog.table.rowCount() == 0
    with qtbot.waitSignal(dialog.reported, timeout=30_000):
        dialog.backup_now.click()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, COL_KIND).text() == "수동"
    assert "백업했습니다" in dialog.status.text()


def test_checking_a_backup_shows_its_verdict(qtbot: QtBot, dialog: BackupDialog) -> None:
    with qtbot.waitSignal(dialog.reported, timeout=30_000):
        dialog.backup_now.click()
    dialog.table.selectRow(0)
    dialog.verify.click()
    assert "백업이 정상입니다 (주문 30건" in dialog.status.text()


def test_restoring_asks_first_and_brings_the_orders_back(
    qtbot: QtBot, dialog: BackupDialog, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with qtbot.waitSignal(dialog.reported, timeout=30_000):
        dialog.backup_now.click()
    fill_demo(db, 20, seed=2)
    assert _orders(db) == 50
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.restore.click()

    assert "복원했습니다" in dialog.status.text()
    assert _orders(db) == 30
    kinds = {dialog.table.item(r, COL_KIND).text() for r in range(dialog.table.rowCount())}
    assert kinds == {"수동", "복원 전 보관"}


def test_saying_no_restores_nothing(
    qtbot: QtBot, dialog: BackupDialog, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with qtbot.waitSignal(dialog.reported, timeout=30_000):
        dialog.backup_now.click()
    fill_demo(db, 5, seed=2)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.table.selectRow(0)
    dialog.restore.click()
    assert _orders(db) == 35


def test_a_damaged_file_is_refused_before_anything_is_asked(
    dialog: BackupDialog, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    monkeypatch.setattr(
        "desktop_oms.ui.backup_dialog.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(junk), ""),
    )
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
    dialog.restore_file.click()
    assert asked == []
    assert "읽을 수 없습니다" in dialog.status.text() or "손상" in dialog.status.text()
    assert "damaged" in dialog.status.text()
    assert _orders(db) == 30


def test_a_server_database_shows_the_pg_dump_command_without_its_password(
    qtbot: QtBot,
) -> None:
    server = Database(make_engine("postgresql+psycopg://oms:s3cret@10.0.0.5:5432/shop"))
    shown = BackupDialog(AppContext(db=server))
    qtbot.addWidget(shown)
    assert "pg_dump" in shown.command.text()
    assert "--host=10.0.0.5" in shown.command.text()
    assert "s3cret" not in shown.command.text()
    assert shown.table.isHidden()
    server.dispose()
