"""The privacy commands: operators, access-log, purge and orders export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from desktop_oms import cli
from desktop_oms.cli import privacy
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.access_log import access_log_rows
from desktop_oms.services.operators import list_operators
from desktop_oms.storage.uow import Database
from tests.integration.privacy_helpers import OWNER, age, at, one_order


@pytest.fixture(autouse=True)
def _privacy_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    if privacy not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", [*cli.COMMAND_MODULES, privacy])


@pytest.fixture
def pins(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """PINs typed at the getpass prompt, in order."""
    typed: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": typed.pop(0))
    yield typed
    assert typed == [], "every typed PIN was asked for"


def run(db_url: str, *args: str) -> int:
    command, *rest = args
    if command == "orders":
        return cli.main(["orders", rest[0], "--db", db_url, *rest[1:]])
    if command == "operators":
        return cli.main(["operators", rest[0], "--db", db_url, *rest[1:]])
    return cli.main([command, "--db", db_url, *rest])


def test_a_new_shop_works_as_the_pin_less_owner(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_url, "operators", "list") == 0
    assert "대표" in capsys.readouterr().out


def test_the_owner_adds_staff_with_a_pin_and_staff_are_asked_for_it(
    db: Database, db_url: str, pins: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    pins.extend(["2580", "2580"])
    assert run(db_url, "operators", "add", "알바", "--role", "staff", "--pin") == 0
    assert [(o.name, o.has_pin) for o in list_operators(db)] == [("대표", False), ("알바", True)]
    pins.append("2580")
    assert run(db_url, "access-log", "--as", "알바") == 3
    assert "접속기록 조회" in capsys.readouterr().err


def test_a_wrong_pin_is_refused_with_the_tries_left(
    db: Database, db_url: str, pins: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    pins.extend(["2580", "2580"])
    run(db_url, "operators", "add", "알바", "--pin")
    pins.append("1111")
    assert run(db_url, "orders", "export", "--as", "알바", "--out", "x.xlsx", "--reason", "r") == 3
    assert "남은 횟수 4" in capsys.readouterr().err


def test_two_different_new_pins_add_nobody(
    db: Database, db_url: str, pins: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    pins.extend(["2580", "2581"])
    assert run(db_url, "operators", "add", "알바", "--pin") == 2
    assert "the two PINs differ" in capsys.readouterr().err
    assert [o.name for o in list_operators(db)] == ["대표"]


def test_orders_export_needs_a_reason_and_records_it(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one_order(db)
    out = tmp_path / "orders.xlsx"
    assert run(db_url, "orders", "export", "--out", str(out), "--reason", " ") == 2
    assert "사유" in capsys.readouterr().err
    assert not out.exists()
    assert (
        run(db_url, "orders", "export", "--out", str(out), "--reason", "세무", "--status", "PAID")
        == 0
    )
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert rows[1][4] == "홍길동"
    assert access_log_rows(db, OWNER)[0].reason == "세무 (orders.xlsx)"


def test_purge_dry_run_only_counts_and_purge_destroys(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    old = one_order(db)
    age(db, old, status=OrderStatus.CONFIRMED.value, confirmed_at=at("2015-01-01 12:00"))
    assert run(db_url, "purge", "--dry-run") == 0
    assert "1건" in capsys.readouterr().out
    assert access_log_rows(db, OWNER) == []
    assert run(db_url, "purge") == 0
    assert "파기했습니다" in capsys.readouterr().out
    assert access_log_rows(db, OWNER)[0].action == "DELETE"


def test_access_log_lists_and_exports_for_the_owner(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one_order(db)
    run(db_url, "orders", "export", "--out", str(tmp_path / "o.xlsx"), "--reason", "정산")
    capsys.readouterr()
    assert run(db_url, "access-log", "--since", "2000-01-01") == 0
    assert "다운로드" in capsys.readouterr().out
    assert run(db_url, "access-log", "--export", str(tmp_path / "log.xlsx")) == 0
    assert (tmp_path / "log.xlsx").exists()


def test_a_bad_date_is_refused_with_its_format(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        run(db_url, "access-log", "--since", "26/11/2026")
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_orders_list_shows_names_in_clear_to_the_owner_and_masked_to_staff(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    one_order(db)
    assert run(db_url, "operators", "add", "알바", "--role", "staff") == 0
    capsys.readouterr()
    assert run(db_url, "orders", "list") == 0
    assert "홍길동" in capsys.readouterr().out
    assert run(db_url, "orders", "list", "--as", "알바") == 0
    out = capsys.readouterr().out
    assert "홍*동" in out and "홍길동" not in out
