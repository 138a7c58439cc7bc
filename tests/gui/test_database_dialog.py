"""File › Database…: choose a file or a server, test it, save it (password to the keyring)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_oms.services import connection
from desktop_oms.services.connection import ConnectionChoice, ServerSettings
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.database_dialog import DatabaseDialog
from tests.conftest import MemoryKeyring


@pytest.fixture
def dialog(qtbot: QtBot, db: Database, memory_keyring: MemoryKeyring) -> DatabaseDialog:
    shown = DatabaseDialog(AppContext(db=db))
    qtbot.addWidget(shown)
    return shown


def test_the_dialog_starts_on_this_pcs_file_and_shows_what_is_in_use(
    dialog: DatabaseDialog, db: Database
) -> None:
    assert dialog.use_file.isChecked()
    assert dialog.file_path.text().endswith("desktop-oms.sqlite3")
    assert db.url in dialog.current.text()
    assert not dialog.server_box.isEnabled()


def test_saving_a_server_keeps_the_password_in_the_keyring_only(
    dialog: DatabaseDialog, memory_keyring: MemoryKeyring
) -> None:
    dialog.use_server.setChecked(True)
    dialog.host.setText("192.168.0.10")
    dialog.database.setText("shop")
    dialog.user.setText("clerk")
    dialog.password.setText("비밀-pw")
    dialog.on_save()

    assert dialog.result() == DatabaseDialog.DialogCode.Accepted
    saved = connection.config_path().read_text(encoding="utf-8")
    assert "비밀-pw" not in saved
    assert json.loads(saved)["kind"] == "postgresql"
    assert list(memory_keyring.passwords.values()) == ["비밀-pw"]


def test_reopening_shows_the_saved_server_and_uses_the_stored_password(
    qtbot: QtBot, db: Database, memory_keyring: MemoryKeyring
) -> None:
    server = ServerSettings("10.0.0.7", 5433, "shop", "clerk")
    connection.save_choice(ConnectionChoice(kind="postgresql", server=server), "pw")
    dialog = DatabaseDialog(AppContext(db=db))
    qtbot.addWidget(dialog)
    assert dialog.use_server.isChecked()
    assert (dialog.host.text(), dialog.port.value()) == ("10.0.0.7", 5433)
    assert dialog.password.text() == ""
    assert dialog.password.placeholderText() == "저장된 비밀번호 사용"
    assert dialog.url() == "postgresql+psycopg://clerk:pw@10.0.0.7:5433/shop"


def test_a_server_without_address_is_not_saved(dialog: DatabaseDialog) -> None:
    dialog.use_server.setChecked(True)
    dialog.host.setText("")
    dialog.on_save()
    assert dialog.result() != DatabaseDialog.DialogCode.Accepted
    assert "주소" in dialog.answer.text()
    assert not connection.config_path().exists()


def test_testing_a_damaged_file_says_so_in_korean_and_english(
    qtbot: QtBot, dialog: DatabaseDialog, tmp_path: Path
) -> None:
    junk = tmp_path / "old.db"
    junk.write_bytes(b"not a database at all " * 300)
    dialog.file_path.setText(str(junk))
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as got:
        dialog.test_button.click()
    assert not got.args[0].ok
    assert "데이터베이스가 아니거나" in dialog.answer.text()
    assert "not a database" in dialog.answer.text()


def test_opening_another_file_picks_it(
    dialog: DatabaseDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    other = tmp_path / "branch.sqlite3"
    monkeypatch.setattr(
        "desktop_oms.ui.database_dialog.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(other), ""),
    )
    dialog.browse.click()
    assert dialog.file_path.text() == str(other)
    assert dialog.use_file.isChecked()
    dialog.on_save()
    assert connection.load_choice() == ConnectionChoice(kind="sqlite", sqlite_file=str(other))


def test_testing_the_open_database_connects(
    qtbot: QtBot, dialog: DatabaseDialog, db_url: str
) -> None:
    dialog.file_path.setText(db_url.removeprefix("sqlite:///"))
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as got:
        dialog.test_button.click()
    assert got.args[0].ok
    assert "연결되었습니다" in dialog.answer.text()


def test_testing_a_server_that_is_not_there_says_it_cannot_be_reached(
    qtbot: QtBot, dialog: DatabaseDialog
) -> None:
    dialog.use_server.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)
    dialog.password.setText("pw")
    with qtbot.waitSignal(dialog.tested, timeout=30_000) as got:
        dialog.test_button.click()
    assert not got.args[0].ok
    assert "서버에 연결할 수 없습니다" in dialog.answer.text()
    assert "Cannot reach the server" in dialog.answer.text()
    assert dialog.test_button.isEnabled()
