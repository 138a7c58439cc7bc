"""Stock figures and their audit: the list with filters, "why is this N?", check, rebuild,
and stock adjustments (실사)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Subquery, func, select, update
from sqlalchemy.exc import IntegrityError

from desktop_oms.domain.status import OrderStatus
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.services.changes import Changes
from desktop_oms.services.queries import StockRow, stock_rows
from desktop_oms.services.shortages import short_sku_ids
from desktop_oms.services.stock_moves import record_stock_change
from desktop_oms.storage.tables import Order, OrderLine, Product, Sku, StockLedger
from desktop_oms.storage.uow import Database

#: Orders whose lines may hold reserved stock.
OPEN_ORDER_STATUSES = (
    OrderStatus.AWAITING_PAYMENT.value,
    OrderStatus.PAID.value,
    OrderStatus.READY_TO_SHIP.value,
)


class StockError(ValueError):
    """A stock action was refused; Korean first, then English."""

    def __init__(self, message_ko: str, message_en: str) -> None:
        super().__init__(f"{message_ko} / {message_en}")
        self.message_ko = message_ko
        self.message_en = message_en


def unknown_sku(code: str) -> StockError:
    return StockError(f"없는 상품코드(SKU)입니다: {code}", f"no such SKU: {code}")


def stock_list(
    db: Database, *, only_short: bool = False, only_below_safety: bool = False, search: str = ""
) -> list[StockRow]:
    """The stock panel's rows; "short" = SKUs that waiting 재고부족 orders need."""
    rows = stock_rows(db, only_below_safety=only_below_safety, search=search)
    if only_short:
        short = short_sku_ids(db)
        rows = [r for r in rows if r.sku_id in short]
    return rows


@dataclass(frozen=True, slots=True)
class LedgerLine:
    """One ledger row as the "why" dialog shows it, with the running figures after it."""

    at: datetime
    kind: LedgerKind
    on_hand_delta: int
    reserved_delta: int
    on_hand_after: int
    reserved_after: int
    document: str
    source: str
    operator: str
    note: str


@dataclass(frozen=True, slots=True)
class StockWhy:
    """Why a SKU's figures are what they are: its current figures and every ledger row."""

    code: str
    product_name: str
    option_text: str
    on_hand: int
    reserved: int
    lines: list[LedgerLine]

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


def stock_why(db: Database, sku_code: str) -> StockWhy:
    """Every ledger row of one SKU, oldest first, with running on hand and reserved."""
    with db.reading() as s:
        head = s.execute(
            select(Sku.id, Sku.code, Product.name, Sku.option_text, Sku.on_hand, Sku.reserved)
            .join(Product, Product.id == Sku.product_id)
            .where(Sku.code == sku_code.strip())
        ).first()
        if head is None:
            raise unknown_sku(sku_code)
        rows = s.execute(
            select(
                StockLedger.at,
                StockLedger.kind,
                StockLedger.on_hand_delta,
                StockLedger.reserved_delta,
                StockLedger.document,
                StockLedger.source,
                StockLedger.operator,
                StockLedger.note,
            )
            .where(StockLedger.sku_id == head[0])
            .order_by(StockLedger.id)
        ).all()
    lines, on_hand, reserved = [], 0, 0
    for at, kind, dh, dr, document, source, operator, note in rows:
        on_hand += dh
        reserved += dr
        lines.append(
            LedgerLine(
                at, LedgerKind(kind), dh, dr, on_hand, reserved, document, source, operator, note
            )
        )
    return StockWhy(head[1], head[2], head[3], head[4], head[5], lines)


@dataclass(frozen=True, slots=True)
class StockMismatch:
    """A cached figure that disagrees with what it is derived from."""

    code: str
    figure: str
    cached: int
    expected: int
    derived_from: str

    def __str__(self) -> str:
        return f"{self.code} {self.figure}: {self.cached} ≠ {self.expected} ({self.derived_from})"


def _ledger_sums() -> Subquery:
    return (
        select(
            StockLedger.sku_id,
            func.sum(StockLedger.on_hand_delta).label("on_hand"),
            func.sum(StockLedger.reserved_delta).label("reserved"),
        )
        .group_by(StockLedger.sku_id)
        .subquery()
    )


def check_stock(db: Database) -> list[StockMismatch]:
    """Prove the cached figures: on hand and reserved equal the ledger, and reserved equals
    what open orders hold (sum of their lines' reserved quantities). Empty = all agree."""
    ledger = _ledger_sums()
    held = (
        select(OrderLine.sku_id, func.sum(OrderLine.reserved_qty).label("qty"))
        .join(Order, Order.id == OrderLine.order_id)
        .where(Order.status.in_(OPEN_ORDER_STATUSES))
        .group_by(OrderLine.sku_id)
        .subquery()
    )
    query = (
        select(
            Sku.code,
            Sku.on_hand,
            Sku.reserved,
            func.coalesce(ledger.c.on_hand, 0),
            func.coalesce(ledger.c.reserved, 0),
            func.coalesce(held.c.qty, 0),
        )
        .outerjoin(ledger, ledger.c.sku_id == Sku.id)
        .outerjoin(held, held.c.sku_id == Sku.id)
        .order_by(Sku.code)
    )
    found: list[StockMismatch] = []
    with db.reading() as s:
        stray = s.scalar(
            select(func.coalesce(func.sum(OrderLine.reserved_qty), 0))
            .join(Order, Order.id == OrderLine.order_id)
            .where(Order.status.not_in(OPEN_ORDER_STATUSES))
        )
        for code, on_hand, reserved, l_on_hand, l_reserved, held_qty in s.execute(query):
            if on_hand != l_on_hand:
                found.append(StockMismatch(code, "재고(on hand)", on_hand, int(l_on_hand), "원장"))
            if reserved != l_reserved:
                found.append(
                    StockMismatch(code, "할당(reserved)", reserved, int(l_reserved), "원장")
                )
            if reserved != held_qty:
                found.append(
                    StockMismatch(code, "할당(reserved)", reserved, int(held_qty), "주문 할당수량")
                )
    if stray:
        found.append(StockMismatch("-", "종료된 주문의 할당", int(stray), 0, "주문 할당수량"))
    return found


def rebuild_stock(db: Database) -> list[StockMismatch]:
    """Set every SKU's on hand and reserved from the ledger; returns what was corrected."""
    before = [m for m in check_stock(db) if m.derived_from == "원장"]
    ledger_on_hand = (
        select(func.coalesce(func.sum(StockLedger.on_hand_delta), 0))
        .where(StockLedger.sku_id == Sku.id)
        .scalar_subquery()
    )
    ledger_reserved = (
        select(func.coalesce(func.sum(StockLedger.reserved_delta), 0))
        .where(StockLedger.sku_id == Sku.id)
        .scalar_subquery()
    )
    try:
        with db.unit_of_work() as uow:
            uow.session.execute(
                update(Sku)
                .values(on_hand=ledger_on_hand, reserved=ledger_reserved)
                .execution_options(synchronize_session=False)
            )
            uow.touch("stock")
            uow.commit()
    except IntegrityError:
        raise StockError(
            "원장 합계가 음수이거나 할당이 재고보다 많아 재계산할 수 없습니다.",
            "the ledger sums are negative or reserve more than on hand; nothing was changed.",
        ) from None
    return before


def adjust_stock(
    db: Database,
    sku_code: str,
    counted: int,
    reason: str,
    who: str,
    *,
    now: datetime | None = None,
) -> Changes:
    """Set on hand to the counted quantity (실사); never below reserved, never negative."""
    now = now or datetime.now()
    if not reason.strip():
        raise StockError("조정 사유를 입력하세요.", "a reason is required.")
    if counted < 0:
        raise StockError("재고는 0보다 작을 수 없습니다.", "stock cannot be negative.")
    changes = Changes()
    with db.unit_of_work() as uow:
        s = uow.session
        sku = s.execute(
            select(Sku).where(Sku.code == sku_code.strip()).with_for_update()
        ).scalar_one_or_none()
        if sku is None:
            raise unknown_sku(sku_code)
        delta = counted - sku.on_hand
        if delta == 0:
            return changes
        if not record_stock_change(
            s,
            sku_id=sku.id,
            kind=LedgerKind.ADJUSTMENT,
            on_hand_delta=delta,
            who=who,
            now=now,
            document="재고실사",
            source="MANUAL",
            note=reason.strip(),
        ):
            raise StockError(
                f"{sku.code}: 할당된 수량({sku.reserved})보다 적게 조정할 수 없습니다.",
                f"{sku.code}: cannot adjust below the reserved quantity ({sku.reserved}).",
            )
        uow.touch("stock")
        uow.commit()
        changes.sku_ids.add(sku.id)
    return changes
