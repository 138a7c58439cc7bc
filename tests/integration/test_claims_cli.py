"""The after-sales commands (`claim`, `hold`, `delay`, `delivered import`, `confirm`)."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import pytest

from desktop_oms.cli import aftersales
from desktop_oms.cli.common import CliError
from desktop_oms.domain.payment import PaymentState
from desktop_oms.domain.status import OrderStatus
from desktop_oms.storage.uow import Database
from tests.conftest import add_sku
from tests.integration.test_claims_helpers import (
    history,
    ledger_agrees,
    order_of,
    ready_order,
    shipped_order,
    stock_of,
)


def run(db_url: str, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="desktop-oms")
    aftersales.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args([*argv, "--db", db_url])
    return int(args.func(args))


def test_a_return_is_taken_through_every_step_from_the_command_line(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 2), waybill="123456789012")
    number = order_of(db, oid).order_no
    assert run(db_url, "claim", "return", number, "--line", "1", "--qty", "1") == 0
    assert "클레임 #1 접수" in capsys.readouterr().out
    run(db_url, "claim", "advance", "1", "--to", "collected")
    run(db_url, "claim", "advance", "1", "--to", "received", "--restock")
    run(db_url, "claim", "advance", "1", "--to", "refunded")
    assert stock_of(db, "A-1") == (9, 0)
    assert order_of(db, oid).payment_state == PaymentState.PARTLY_REFUNDED.value
    run(db_url, "claim", "list", number)
    assert "환불완료" in capsys.readouterr().out
    assert ledger_agrees(db)


def test_a_skipped_claim_step_is_refused_with_a_korean_message(db: Database, db_url: str) -> None:
    add_sku(db, "A-1", 10)
    number = order_of(db, shipped_order(db, ("A-1", 1), waybill="123456789012")).order_no
    run(db_url, "claim", "return", number, "--line", "1", "--qty", "1")
    with pytest.raises(CliError, match="회수완료"):
        run(db_url, "claim", "advance", "1", "--to", "refunded")


def test_one_line_is_written_off_and_the_rest_restocked_from_the_command_line(
    db: Database, db_url: str
) -> None:
    add_sku(db, "A-1", 10)
    add_sku(db, "B-1", 10)
    number = order_of(
        db, shipped_order(db, ("A-1", 1), ("B-1", 1), waybill="123456789012")
    ).order_no
    run(db_url, "claim", "return", number, "--line", "1", "--qty", "1")
    run(db_url, "claim", "return", number, "--line", "2", "--qty", "1")
    for claim in ("1", "2"):
        run(db_url, "claim", "advance", claim, "--to", "collected")
    # claim 1 holds only line 1: naming line 2 there is a typo, refused before anything moves
    with pytest.raises(CliError, match="없는 품목 번호입니다: 2"):
        run(db_url, "claim", "advance", "1", "--to", "received", "--write-off-line", "2")
    with pytest.raises(CliError, match="without --restock"):
        run(db_url, "claim", "advance", "1", "--to", "received", "--write-off-line", "1",
            "--restock")  # fmt: skip
    assert stock_of(db, "A-1") == (9, 0)
    run(db_url, "claim", "advance", "1", "--to", "received", "--restock")
    run(db_url, "claim", "advance", "2", "--to", "received", "--write-off-line", "2")
    assert stock_of(db, "A-1") == (10, 0), "line 1 was restocked"
    assert stock_of(db, "B-1") == (9, 0), "line 2 was written off"
    assert ledger_agrees(db)


def test_a_return_is_withdrawn_from_the_command_line_with_a_reason(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    number = order_of(db, oid).order_no
    run(db_url, "claim", "return", number, "--line", "1", "--qty", "1")
    assert run(db_url, "claim", "withdraw", "1", "--reason", "고객 철회") == 0
    assert "클레임 #1 철회 / claim #1 withdrawn" in capsys.readouterr().out
    kind, reason = history(db, oid)[-1]
    assert kind == "CLAIM_WITHDRAWN" and "사유: 고객 철회" in reason
    run(db_url, "claim", "list", number)
    assert "철회" in capsys.readouterr().out


def test_a_cancel_cannot_be_withdrawn_from_the_command_line(db: Database, db_url: str) -> None:
    add_sku(db, "A-1", 10)
    number = order_of(db, ready_order(db, ("A-1", 2))).order_no
    run(db_url, "claim", "cancel", number, "--line", "1", "--qty", "1", "--reason", "변심")
    with pytest.raises(CliError, match="cannot be withdrawn"):
        run(db_url, "claim", "withdraw", "1", "--reason", "실수")
    assert stock_of(db, "A-1") == (10, 1)


def test_cancel_and_exchange_from_the_command_line(db: Database, db_url: str) -> None:
    add_sku(db, "A-1", 10)
    add_sku(db, "A-2", 10)
    ready = order_of(db, ready_order(db, ("A-1", 2))).order_no
    run(db_url, "claim", "cancel", ready, "--line", "1", "--qty", "1", "--reason", "변심")
    assert stock_of(db, "A-1") == (10, 1)
    shipped = order_of(db, shipped_order(db, ("A-1", 1), waybill="123456789012")).order_no
    run(db_url, "claim", "exchange", shipped, "--line", "1", "--qty", "1", "--sku", "A-2")
    assert stock_of(db, "A-2") == (10, 1)
    assert ledger_agrees(db)


def test_hold_release_and_delay_from_the_command_line(db: Database, db_url: str) -> None:
    add_sku(db, "A-1", 10)
    oid = ready_order(db, ("A-1", 1))
    number = order_of(db, oid).order_no
    run(db_url, "hold", number, "--reason", "고객 요청", "--until", "2099-01-01")
    assert order_of(db, oid).hold_reason == "고객 요청"
    run(db_url, "release", number)
    assert order_of(db, oid).hold_reason == ""
    run(db_url, "delay", number, "--until", "2099-01-02", "--reason", "입고 지연")
    assert history(db, oid)[-1][0] == "DISPATCH_DELAY"


def test_delivered_import_with_dry_run_then_for_real(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_sku(db, "A-1", 10)
    oid = shipped_order(db, ("A-1", 1), waybill="123456789012")
    path = tmp_path / "result.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows([["운송장번호", "배송완료일"], ["123456789012", "2026-11-27"]])
    run(db_url, "delivered", "import", str(path), "--dry-run")
    assert "[미리보기" in capsys.readouterr().out
    assert order_of(db, oid).status == OrderStatus.SHIPPED.value
    run(db_url, "delivered", "import", str(path))
    assert order_of(db, oid).status == OrderStatus.DELIVERED.value
    assert run(db_url, "confirm", "--due") == 0
