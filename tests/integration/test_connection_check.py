""" "Test connection" on real databases gives the right answer for each failure."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from desktop_oms.services.connection import Problem, check_connection
from desktop_oms.storage.migrate import SchemaTooNew, head_revision
from desktop_oms.storage.uow import Database


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_migrated_database_connects_and_names_its_schema(db: Database, db_url: str) -> None:
    result = check_connection(db_url)
    assert result.ok, result.detail
    assert head_revision() in result.message_ko


def test_a_schema_from_a_newer_program_is_refused_on_test_and_on_open(
    db: Database, db_url: str
) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999_future'"))
    db.dispose()

    result = check_connection(db_url)

    assert result.problem is Problem.SCHEMA_TOO_NEW
    assert "프로그램을 업데이트" in result.message_ko
    with pytest.raises(SchemaTooNew):
        Database.open(db_url)


@pytest.fixture
def clerk_url(pg_url: str) -> Iterator[str]:
    """A login role `oms_clerk` with password 'right' on the test server."""
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'oms_clerk'")).first()
        verb = "ALTER" if exists else "CREATE"
        conn.execute(text(f"{verb} ROLE oms_clerk LOGIN PASSWORD 'right'"))
    admin.dispose()
    yield make_url(pg_url).set(username="oms_clerk", password="right").render_as_string(False)


@pytest.mark.postgres
def test_wrong_password_and_missing_rights_are_told_as_such(pg_url: str, clerk_url: str) -> None:
    assert check_connection(clerk_url).problem is Problem.NO_PERMISSION
    admin = create_engine(pg_url, poolclass=NullPool)
    with admin.begin() as conn:
        conn.execute(text("GRANT ALL ON ALL TABLES IN SCHEMA public TO oms_clerk"))
    admin.dispose()
    assert check_connection(clerk_url).ok
    wrong = make_url(clerk_url).set(password="wrong").render_as_string(False)
    result = check_connection(wrong)
    assert result.problem is Problem.WRONG_PASSWORD
    assert result.message_ko == "사용자 이름 또는 비밀번호가 틀렸습니다."
    assert "wrong" not in result.message_ko + result.message_en


@pytest.mark.postgres
def test_missing_database_is_told_as_such(pg_url: str) -> None:
    missing = make_url(pg_url).set(database="no_such_shop").render_as_string(False)
    result = check_connection(missing)
    assert result.problem is Problem.NO_DATABASE
    assert "데이터베이스가 없습니다" in result.message_ko


@pytest.mark.postgres
def test_unreachable_server_is_told_as_such(pg_url: str) -> None:
    nowhere = make_url(pg_url).set(port=_closed_port()).render_as_string(False)
    result = check_connection(nowhere)
    assert result.problem is Problem.UNREACHABLE
    assert "서버에 연결할 수 없습니다" in result.message_ko


@pytest.mark.postgres
def test_an_empty_server_database_is_fine_and_gets_its_tables_on_open(
    pg_empty_url: str,
) -> None:
    result = check_connection(pg_empty_url)
    assert result.ok
    assert "빈 데이터베이스" in result.message_ko
    Database.open(pg_empty_url).dispose()
    assert head_revision() in check_connection(pg_empty_url).message_ko
