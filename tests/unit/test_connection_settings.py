"""The connection choice: the password goes to the keyring only, errors get plain words."""

from __future__ import annotations

import json

import pytest

from desktop_oms.services import connection
from desktop_oms.services.connection import (
    ConnectionChoice,
    Problem,
    ServerSettings,
    check_connection,
    classify,
)
from desktop_oms.storage.migrate import SchemaTooNew
from tests.conftest import MemoryKeyring

SERVER = ServerSettings(host="192.168.0.10", port=5432, database="shop", user="clerk")


def test_saved_server_choice_keeps_the_password_out_of_the_settings_file(
    memory_keyring: MemoryKeyring,
) -> None:
    choice = ConnectionChoice(kind="postgresql", server=SERVER)
    connection.save_choice(choice, password="s3cret!")

    written = connection.config_path().read_text(encoding="utf-8")
    assert "s3cret" not in written
    assert json.loads(written)["server"]["host"] == "192.168.0.10"
    assert memory_keyring.passwords == {
        ("Desktop OMS PostgreSQL", "clerk@192.168.0.10:5432/shop"): "s3cret!"
    }
    assert connection.load_choice() == choice
    url = connection.chosen_url()
    assert url == "postgresql+psycopg://clerk:s3cret%21@192.168.0.10:5432/shop"
    assert "s3cret" not in connection.describe(url)


def test_without_a_saved_choice_the_default_sqlite_file_is_used(
    memory_keyring: MemoryKeyring,
) -> None:
    assert connection.load_choice() == ConnectionChoice()
    assert connection.chosen_url().startswith("sqlite:///")
    assert connection.chosen_url().endswith("desktop-oms.sqlite3")


def test_a_damaged_settings_file_falls_back_to_the_default(
    memory_keyring: MemoryKeyring,
) -> None:
    path = connection.config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert connection.load_choice() == ConnectionChoice()


def test_another_sqlite_file_can_be_chosen(memory_keyring: MemoryKeyring, tmp_path) -> None:
    connection.save_choice(ConnectionChoice(kind="sqlite", sqlite_file=str(tmp_path / "b.db")))
    assert connection.chosen_url() == f"sqlite:///{tmp_path / 'b.db'}"


def test_forgetting_a_password_removes_it_from_the_keyring(
    memory_keyring: MemoryKeyring,
) -> None:
    connection.save_password(SERVER, "pw")
    connection.forget_password(SERVER)
    connection.forget_password(SERVER)
    assert connection.load_password(SERVER) is None


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        (
            'connection to server at "10.0.0.5", port 5432 failed: Connection refused',
            Problem.UNREACHABLE,
        ),
        ("failed to resolve host 'nas.local': Name or service not known", Problem.UNREACHABLE),
        ("connection failed: timeout expired", Problem.UNREACHABLE),
        ('FATAL:  password authentication failed for user "clerk"', Problem.WRONG_PASSWORD),
        ("fe_sendauth: no password supplied", Problem.WRONG_PASSWORD),
        ('FATAL:  role "nobody" does not exist', Problem.WRONG_PASSWORD),
        ('FATAL:  database "shop" does not exist', Problem.NO_DATABASE),
        ("file is not a database", Problem.NOT_A_DATABASE),
        ("something else entirely", Problem.OTHER),
    ],
)
def test_driver_errors_are_told_in_plain_words(message: str, problem: Problem) -> None:
    assert classify(Exception(message)) is problem


def test_a_schema_from_a_newer_program_is_named_as_such() -> None:
    result = connection.failure(SchemaTooNew("0099"))
    assert result.problem is Problem.SCHEMA_TOO_NEW
    assert "새 버전" in result.message_ko
    assert "newer" in result.message_en


def test_testing_a_file_that_is_not_a_database_says_so(tmp_path) -> None:
    junk = tmp_path / "orders.xlsx"
    junk.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database" * 100)
    result = check_connection(f"sqlite:///{junk}")
    assert not result.ok
    assert result.problem is Problem.NOT_A_DATABASE
    assert "데이터베이스가 아니거나" in result.message_ko


def test_testing_a_new_file_says_it_will_be_created(tmp_path) -> None:
    result = check_connection(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert result.ok
    assert "새 데이터베이스 파일" in result.message_ko
    assert not (tmp_path / "new.sqlite3").exists()
