"""The data-safety commands: `backup …` and `db copy|check|test`."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_oms import cli
from desktop_oms.cli import database as database_commands
from desktop_oms.services.demo import fill_demo
from desktop_oms.storage.uow import Database


@pytest.fixture(autouse=True)
def _commands_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    if database_commands not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", [*cli.COMMAND_MODULES, database_commands])


def test_backup_create_list_verify_and_restore_from_the_command_line(
    sqlite_db: Database, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_demo(sqlite_db, 40, seed=2)
    sqlite_db.dispose()

    assert cli.main(["backup", "create", "--db", sqlite_url]) == 0
    made = Path(capsys.readouterr().out.split("backed up: ")[1].split(" (")[0])
    assert cli.main(["backup", "list", "--db", sqlite_url]) == 0
    assert made.name in capsys.readouterr().out
    assert cli.main(["backup", "verify", str(made)]) == 0
    assert "주문 40건" in capsys.readouterr().out
    assert cli.main(["backup", "restore", str(made), "--db", sqlite_url]) == 0
    assert "before-restore" in capsys.readouterr().out


def test_verify_of_a_broken_file_fails_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert cli.main(["backup", "verify", str(broken)]) == 1
    assert "읽을 수 없습니다" in capsys.readouterr().out


def test_db_check_passes_on_a_sound_shop_and_names_a_broken_figure(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_demo(db, 60, seed=8)
    assert cli.main(["db", "check", "--db", db_url]) == 0
    assert "정상입니다" in capsys.readouterr().out

    with db.engine.begin() as conn:
        conn.execute(text("UPDATE skus SET on_hand = on_hand + 1 WHERE id = 1"))
    assert cli.main(["db", "check", "--db", db_url]) == 1
    assert "on hand" in capsys.readouterr().out


def test_db_copy_into_a_non_empty_database_is_refused(
    sqlite_db: Database,
    sqlite_url: str,
    db: Database,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fill_demo(sqlite_db, 5, seed=1)
    fill_demo(db, 5, seed=1)
    assert cli.main(["db", "copy", "--from", sqlite_url, "--to", db_url]) == 2
    assert "비어 있지 않아" in capsys.readouterr().err


def test_db_copy_prints_equal_counts_per_table(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_demo(sqlite_db, 25, seed=1)
    target = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    assert cli.main(["db", "copy", "--from", sqlite_url, "--to", target]) == 0
    out = capsys.readouterr().out
    assert "≠" not in out
    assert "orders" in out
    assert "모두 복사했습니다" in out


def test_db_test_answers_in_plain_words(
    db_url: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["db", "test", "--db", db_url]) == 0
    assert "연결되었습니다" in capsys.readouterr().out


def test_db_tidy_merges_the_search_index_and_folds_the_log_into_the_file(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.integration.test_intake_search import segments

    fill_demo(sqlite_db, 30, seed=3)
    fill_demo(sqlite_db, 30, seed=4)
    logged, copied = sqlite_db.checkpoint()
    assert logged == copied > 0  # the file now holds everything so far
    with sqlite_db.unit_of_work() as uow:  # a write after the demo's own tidy
        uow.session.execute(text("UPDATE orders SET recipient_name = '남궁민수' WHERE id = 1"))
        uow.commit()
    assert segments(sqlite_db) > 1

    def name_in_the_file_alone() -> str:
        """Order 1's name as a copy of the database file without its log shows it."""
        alone = tmp_path / "alone.sqlite3"
        alone.write_bytes(Path(sqlite_url.removeprefix("sqlite:///")).read_bytes())
        with closing(sqlite3.connect(alone)) as conn:
            return str(conn.execute("SELECT recipient_name FROM orders WHERE id = 1").fetchone()[0])

    assert name_in_the_file_alone() != "남궁민수"  # still only in the write-ahead log

    assert cli.main(["db", "tidy", "--db", sqlite_url]) == 0
    out = capsys.readouterr().out
    assert "merged the search index" in out and "log pages into the file" in out
    assert segments(sqlite_db) == 1
    assert name_in_the_file_alone() == "남궁민수"
