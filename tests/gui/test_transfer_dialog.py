"""File › 공유 서버로 데이터 옮기기: this PC's SQLite data into the saved server."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from desktop_oms.services import connection
from desktop_oms.services.demo import fill_demo
from desktop_oms.services.queries import status_counts
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.transfer_dialog import TransferDialog


def test_without_a_saved_server_the_dialog_says_what_to_do_first(
    qtbot: QtBot, db: Database
) -> None:
    dialog = TransferDialog(AppContext(db))
    qtbot.addWidget(dialog)
    assert not dialog.move_button.isEnabled()
    assert "데이터베이스 연결" in dialog.what.text()


@pytest.mark.postgres
def test_the_shop_moves_to_the_server_with_every_count_compared(
    qtbot: QtBot, db: Database, pg_empty_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_demo(db, 150, seed=3)
    target = make_url(pg_empty_url)
    server = connection.ServerSettings(
        host=target.host or "127.0.0.1",
        port=int(target.port or 5432),
        database=target.database or "",
        user=target.username or "postgres",
    )
    monkeypatch.setattr(
        connection,
        "load_choice",
        lambda: connection.ConnectionChoice(kind="postgresql", server=server),
    )
    monkeypatch.setattr(connection, "load_password", lambda _server: target.password)
    dialog = TransferDialog(AppContext(db))
    qtbot.addWidget(dialog)
    assert dialog.move_button.isEnabled()

    with qtbot.waitSignal(dialog.worker_done, timeout=60_000):
        dialog.start()

    assert dialog.report is not None and dialog.report.ok
    assert "모든 표의 건수가 같습니다" in dialog.answer.text()
    moved = Database.open(pg_empty_url)
    try:
        assert status_counts(moved) == status_counts(db)
    finally:
        moved.dispose()
