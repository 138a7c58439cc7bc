"""Deposits: bank statement matching (sure, ambiguous, none) and overdue cancellation."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_oms.domain.payment import PaymentMethod
from desktop_oms.services.deposits import (
    apply_matches,
    cancel_overdue_deposits,
    confirm_deposits,
    name_match,
    preview_statement,
)
from desktop_oms.services.order_creation import create_orders
from desktop_oms.storage.tables import Order, OrderEvent
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku, new_order
from tests.unit.test_channel_files import write_xlsx_rows


def _waiting(db: Database, *names: str) -> list[str]:
    add_sku(db, "A", 100)
    orders = []
    for name in names:
        order = new_order(("A", 1), method=PaymentMethod.BANK_DEPOSIT, name=name)
        order.deposit_deadline = NOW + timedelta(days=3)
        orders.append(order)
    numbers, _ = create_orders(db, orders, "me", now=NOW)
    return numbers


def _statuses(db: Database) -> dict[str, str]:
    with db.reading() as s:
        return {no: st for no, st in s.execute(select(Order.order_no, Order.status))}


def _statement(tmp_path: Path, *rows: tuple[str, str, object]) -> Path:
    data: list[list[object]] = [["거래내역 조회 (기간: 2026.11.20 ~ 2026.11.30)"]]
    data.append(["거래일시", "적요", "출금액", "입금액", "잔액", "거래점"])
    for when, name, amount in rows:
        data.append([when, name, 0, amount, 1_000_000, "인터넷"])
    data.append(["2026-11-26 15:00:00", "카드대금", 50_000, 0, 950_000, "자동이체"])
    return write_xlsx_rows(tmp_path / "bank.xlsx", data)


def test_name_matches_exact_ignoring_spaces_and_contained() -> None:
    assert name_match("홍길동", ["홍길동"]) == 1
    assert name_match("홍 길동", ["홍길동"]) == 2
    assert name_match("홍길동(주문)", ["홍길동"]) == 3
    assert name_match("김철수", ["홍길동"]) is None


def test_a_sure_match_confirms_the_deposit_after_the_preview(db: Database, tmp_path: Path) -> None:
    (number, other) = _waiting(db, "홍길동", "김영희")
    path = _statement(tmp_path, ("2026-11-26 14:00:00", "홍 길동", "10,000"))
    preview = preview_statement(db, path)
    assert [(m.order.order_no, m.kind_ko) for m in preview.sure] == [(number, "공백 무시 일치")]
    assert _statuses(db)[number] == "AWAITING_PAYMENT"
    apply_matches(db, preview.sure, "me", now=NOW)
    assert _statuses(db) == {number: "PAID", other: "AWAITING_PAYMENT"}
    with db.reading() as s:
        reasons = list(s.scalars(select(OrderEvent.reason).where(OrderEvent.kind == "STATUS")))
    assert "10,000원 (공백 무시 일치)" in reasons[0]
    assert "길동" not in reasons[0]  # a later purge could not reach a name kept in history


def test_two_orders_of_the_same_name_and_amount_are_ambiguous_not_guessed(
    db: Database, tmp_path: Path
) -> None:
    _waiting(db, "홍길동", "홍길동")
    path = _statement(tmp_path, ("2026-11-26 14:00:00", "홍길동", 10_000))
    preview = preview_statement(db, path)
    assert preview.sure == []
    ((deposit, candidates),) = preview.ambiguous
    assert deposit.name == "홍길동"
    assert len(candidates) == 2


def test_wrong_amount_or_a_deposit_outside_the_window_is_unmatched(
    db: Database, tmp_path: Path
) -> None:
    _waiting(db, "홍길동")
    path = _statement(
        tmp_path,
        ("2026-11-26 14:00:00", "홍길동", 9_000),
        ("2026-12-20 14:00:00", "홍길동", 10_000),
    )
    preview = preview_statement(db, path)
    assert len(preview.unmatched) == 2
    assert preview.sure == []


def test_deposit_confirmed_by_hand(db: Database) -> None:
    (number,) = _waiting(db, "홍길동")
    with db.reading() as s:
        oid = s.scalar(select(Order.id))
    assert oid is not None
    confirm_deposits(db, [oid], "me", now=NOW)
    assert _statuses(db)[number] == "PAID"


def test_orders_past_their_deposit_deadline_are_cancelled_with_the_reason(db: Database) -> None:
    (late, _) = _waiting(db, "홍길동", "김영희")
    with db.unit_of_work() as uow:
        order = uow.session.scalar(select(Order).where(Order.order_no != late))
        assert order is not None
        order.deposit_deadline = NOW + timedelta(days=10)
        uow.commit()
    changes = cancel_overdue_deposits(db, NOW + timedelta(days=4))
    assert len(changes.order_ids) == 1
    assert _statuses(db)[late] == "CANCELLED"
    with db.reading() as s:
        reason = s.scalar(select(OrderEvent.reason).where(OrderEvent.to_status == "CANCELLED"))
    assert reason is not None and "입금기한 경과" in reason
    assert cancel_overdue_deposits(db, datetime(2026, 11, 30)).order_ids == set()


def test_deposits_commands_preview_apply_and_cancel_overdue(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_oms.cli import main

    (number, other) = _waiting(db, "홍길동", "김영희")
    path = _statement(tmp_path, (f"{datetime.now():%Y-%m-%d %H:%M:%S}", "홍길동", "10,000"))
    with db.unit_of_work() as uow:  # orders placed an hour ago, due in two days
        for order in uow.session.scalars(select(Order)):
            order.ordered_at = datetime.now() - timedelta(hours=1)
            order.deposit_deadline = datetime.now() + timedelta(days=2)
        uow.commit()
    assert main(["deposits", "import", str(path), "--db", db_url, "--dry-run"]) == 0
    assert "확실한 매칭 1건" in capsys.readouterr().out
    assert _statuses(db)[number] == "AWAITING_PAYMENT"
    assert main(["deposits", "import", str(path), "--db", db_url]) == 0
    assert "입금 확인 1건" in capsys.readouterr().out
    assert _statuses(db)[number] == "PAID"
    with db.unit_of_work() as uow:
        late = uow.session.scalar(select(Order).where(Order.order_no == other))
        assert late is not None
        late.deposit_deadline = datetime.now() - timedelta(minutes=1)
        uow.commit()
    assert main(["deposits", "cancel-overdue", "--db", db_url]) == 0
    assert "1건을 취소했습니다" in capsys.readouterr().out
    assert _statuses(db)[other] == "CANCELLED"
