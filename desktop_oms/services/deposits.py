"""Deposits: confirm by hand, match a bank statement to waiting orders, cancel overdue ones."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, or_, select

from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.exchange.bank_statements import BankStatement, Deposit, parse_statement
from desktop_oms.exchange.spreadsheet_in import read_sheets
from desktop_oms.services.changes import Changes
from desktop_oms.services.orders import move_orders
from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.storage.tables import Order
from desktop_oms.storage.uow import Database

OVERDUE_REASON = "입금기한 경과 / deposit deadline passed"
#: How far a deposit may fall before the order or after its deadline and still match.
SLACK = timedelta(days=1)

MATCH_KO = {1: "이름 일치", 2: "공백 무시 일치", 3: "이름 포함", 4: "직접 선택"}
#: The kind of a match the user picked from the ambiguous list.
CHOSEN_BY_USER = 4


@dataclass(frozen=True, slots=True)
class WaitingOrder:
    """An order awaiting payment, as deposit matching sees it."""

    order_id: int
    order_no: str
    names: tuple[str, ...]
    amount: int
    ordered_at: datetime
    deadline: datetime

    @property
    def label(self) -> str:
        return f"{self.order_no} {self.names[0] if self.names else ''} {self.amount:,}원"


@dataclass(frozen=True, slots=True)
class DepositMatch:
    """A deposit and the one order it surely pays, with how the name matched."""

    deposit: Deposit
    order: WaitingOrder
    kind: int

    @property
    def kind_ko(self) -> str:
        return MATCH_KO[self.kind]


@dataclass(slots=True)
class DepositPreview:
    """What a statement would confirm: sure matches, ambiguous ones, and the rest."""

    statement: BankStatement
    sure: list[DepositMatch] = field(default_factory=list)
    ambiguous: list[tuple[Deposit, list[WaitingOrder]]] = field(default_factory=list)
    unmatched: list[Deposit] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"입금 {len(self.statement.deposits)}건: 확실한 매칭 {len(self.sure)}건, "
            f"확인 필요 {len(self.ambiguous)}건, 매칭 없음 {len(self.unmatched)}건, "
            f"읽지 못한 행 {len(self.statement.problems)}개 / deposits "
            f"{len(self.statement.deposits)}: sure {len(self.sure)}, ambiguous "
            f"{len(self.ambiguous)}, unmatched {len(self.unmatched)}"
        )


def _squash(text: str) -> str:
    return "".join(text.split())


def name_match(deposit_name: str, names: Sequence[str]) -> int | None:
    """1 exact, 2 equal ignoring spaces, 3 one contains the other; None when no name fits."""
    best: int | None = None
    raw = deposit_name.strip()
    squashed = _squash(raw)
    for name in names:
        name = name.strip()
        if not name or not squashed:
            continue
        if raw == name:
            kind = 1
        elif squashed == _squash(name):
            kind = 2
        elif _squash(name) in squashed or (len(squashed) >= 2 and squashed in _squash(name)):
            kind = 3
        else:
            continue
        best = kind if best is None else min(best, kind)
    return best


def waiting_orders(db: Database) -> list[WaitingOrder]:
    """Every order awaiting payment, with the names a depositor may use."""
    days = load_shop_settings(db).deposit_deadline_days
    with db.reading() as s:
        rows = s.execute(
            select(
                Order.id,
                Order.order_no,
                Order.depositor_name,
                Order.buyer_name,
                Order.recipient_name,
                Order.total_amount,
                Order.ordered_at,
                Order.deposit_deadline,
            ).where(Order.status == OrderStatus.AWAITING_PAYMENT.value)
        ).all()
    return [
        WaitingOrder(
            oid,
            no,
            tuple(dict.fromkeys(n for n in (dep, buyer, rec) if n)),
            amount,
            at,
            deadline or at + timedelta(days=days),
        )
        for oid, no, dep, buyer, rec, amount, at, deadline in rows
    ]


def match_deposits(statement: BankStatement, orders: list[WaitingOrder]) -> DepositPreview:
    """Sure matches (one best order, claimed by one deposit); everything else is listed."""
    preview = DepositPreview(statement)
    by_amount: dict[int, list[WaitingOrder]] = {}
    for order in orders:
        by_amount.setdefault(order.amount, []).append(order)
    proposals: list[tuple[Deposit, list[tuple[int, WaitingOrder]]]] = []
    for deposit in statement.deposits:
        fits = []
        for order in by_amount.get(deposit.amount, []):
            if not order.ordered_at - SLACK <= deposit.at <= order.deadline + SLACK:
                continue
            kind = name_match(deposit.name, order.names)
            if kind is not None:
                fits.append((kind, order))
        proposals.append((deposit, fits))
    claimed = Counter(
        min(fits, key=lambda f: f[0])[1].order_id
        for _, fits in proposals
        if fits and _single_best(fits)
    )
    for deposit, fits in proposals:
        if not fits:
            preview.unmatched.append(deposit)
            continue
        best = _single_best(fits)
        if best is not None and claimed[best[1].order_id] == 1:
            preview.sure.append(DepositMatch(deposit, best[1], best[0]))
        else:
            preview.ambiguous.append((deposit, [o for _, o in sorted(fits, key=lambda f: f[0])]))
    return preview


def _single_best(fits: list[tuple[int, WaitingOrder]]) -> tuple[int, WaitingOrder] | None:
    top = min(k for k, _ in fits)
    best = [f for f in fits if f[0] == top]
    return best[0] if len(best) == 1 else None


def preview_statement(
    db: Database, path: Path | str, password: str | None = None
) -> DepositPreview:
    """Read a bank statement and match it; nothing is written."""
    statement = parse_statement(read_sheets(path, password))
    return match_deposits(statement, waiting_orders(db))


def confirm_deposits(
    db: Database,
    order_ids: Sequence[int],
    who: str,
    *,
    reason: str = "입금 확인",
    now: datetime | None = None,
) -> Changes:
    """Move awaiting-payment orders to 상품준비중 (by hand or from matched deposits)."""
    return move_orders(db, order_ids, Action.CONFIRM_DEPOSIT, who, reason=reason, now=now)


def apply_matches(
    db: Database, matches: Sequence[DepositMatch], who: str, now: datetime | None = None
) -> Changes:
    """Confirm the orders of the chosen matches, each with its deposit in the history.

    The depositor's name stays out of the history: a purge clears names from the order,
    and free text in old events would keep them."""
    changes = Changes()
    for match in matches:
        d = match.deposit
        reason = f"입금 확인: {d.at:%Y-%m-%d %H:%M} {d.amount:,}원 ({match.kind_ko})"
        changes.merge(confirm_deposits(db, [match.order.order_id], who, reason=reason, now=now))
    return changes


def overdue_order_ids(db: Database, now: datetime) -> list[int]:
    """Awaiting-payment orders past their deposit deadline (or the shop's default days)."""
    days = load_shop_settings(db).deposit_deadline_days
    with db.reading() as s:
        return list(
            s.scalars(
                select(Order.id)
                .where(
                    Order.status == OrderStatus.AWAITING_PAYMENT.value,
                    or_(
                        Order.deposit_deadline < now,
                        and_(
                            Order.deposit_deadline.is_(None),
                            Order.ordered_at < now - timedelta(days=days),
                        ),
                    ),
                )
                .order_by(Order.id)
            )
        )


def cancel_overdue_deposits(db: Database, now: datetime, who: str = "system") -> Changes:
    """Cancel every awaiting-payment order past its deadline (GUI on start and hourly, CLI)."""
    ids = overdue_order_ids(db, now)
    if not ids:
        return Changes()
    return move_orders(db, ids, Action.CANCEL, who, reason=OVERDUE_REASON, now=now)
