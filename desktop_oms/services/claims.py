"""Claims desk: cancel (whole or per line), return and exchange, with their stock and money.

Every request is all or nothing (one unit of work), refused with a `ClaimRefused` in
Korean and English; every step is an event in the order's history. A full cancel goes
through `move_orders(CANCEL)`; a partial one releases and refunds only the claimed units
(for an unpaid order it lowers the amount still to be paid instead of recording a refund).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop_oms.domain.claims import (
    FIRST_STATUS,
    ORDER_STATUSES_FOR,
    ClaimKind,
    ClaimRefused,
    ClaimStatus,
    Disposition,
    LineState,
    capped_refund,
    check_order_status,
    check_quantity,
    check_step,
    next_statuses,
    refund_for,
)
from desktop_oms.domain.order import goods_summary
from desktop_oms.domain.payment import PaymentState, refund_state
from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.services import stock_moves
from desktop_oms.services.changes import Changes
from desktop_oms.services.orders import add_event, move_orders
from desktop_oms.services.sequences import order_numbers
from desktop_oms.storage.tables import Claim, ClaimLine, Order, OrderLine, Sku, StockLedger
from desktop_oms.storage.uow import Database, UnitOfWork

#: Requested units per line number, e.g. {1: 2} = two of line 1.
LineQuantities = Mapping[int, int]


@dataclass(frozen=True, slots=True)
class ClaimResult:
    """The claim a request made and what it changed."""

    claim_id: int
    changes: Changes
    replacement_order_no: str = ""


def _commit(uow: UnitOfWork, order: Order, now: datetime) -> None:
    """Commit; an order another PC changed meanwhile (its version moved) is refused."""
    number = order.order_no
    order.updated_at = now
    try:
        uow.commit()
    except StaleDataError:
        raise ClaimRefused(
            f"주문 {number}은(는) 다른 PC에서 변경되었습니다 — 다시 불러오세요.",
            f"Order {number} was changed by someone else — reload.",
        ) from None


def _order(s: Session, order_id: int) -> Order:
    order = s.get(Order, order_id)
    if order is None:
        raise ClaimRefused("주문을 찾을 수 없습니다.", "No such order.")
    return order


def _claimed(s: Session, order_id: int) -> dict[int, int]:
    """Units per order line already under a return or exchange claim."""
    rows = s.execute(
        select(ClaimLine.order_line_id, func.sum(ClaimLine.quantity))
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(
            Claim.order_id == order_id,
            Claim.kind.in_([ClaimKind.RETURN.value, ClaimKind.EXCHANGE.value]),
        )
        .group_by(ClaimLine.order_line_id)
    )
    return {line_id: int(qty) for line_id, qty in rows}


def _pick_lines(
    s: Session, order: Order, wanted: LineQuantities
) -> list[tuple[OrderLine, LineState, int]]:
    if not wanted:
        raise ClaimRefused("클레임할 품목을 고르세요.", "Choose at least one line.")
    claimed = _claimed(s, order.id)
    by_no = {line.line_no: line for line in order.lines}
    picked = []
    for line_no, quantity in sorted(wanted.items()):
        line = by_no.get(line_no)
        if line is None:
            raise ClaimRefused(
                f"주문 {order.order_no}에 {line_no}번 품목이 없습니다.",
                f"Order {order.order_no} has no line {line_no}.",
            )
        state = LineState(
            line.line_no,
            line.quantity,
            line.cancelled_qty,
            claimed.get(line.id, 0),
            line.unit_price,
        )
        check_quantity(state, quantity)
        picked.append((line, state, quantity))
    return picked


def _describe(picked: list[tuple[OrderLine, LineState, int]]) -> str:
    return ", ".join(f"{ln.line_no}번 {ln.product_name} ×{qty}" for ln, _, qty in picked)


def _new_claim(
    s: Session,
    order: Order,
    kind: ClaimKind,
    picked: list[tuple[OrderLine, LineState, int]],
    reason: str,
    refund: int,
    now: datetime,
) -> Claim:
    claim = Claim(
        order_id=order.id,
        kind=kind.value,
        status=FIRST_STATUS[kind].value,
        reason=reason[:300],
        refund_amount=refund,
        created_at=now,
    )
    s.add(claim)
    s.flush()
    for line, _, qty in picked:
        s.add(ClaimLine(claim_id=claim.id, order_line_id=line.id, quantity=qty))
    return claim


def _stock_row(
    s: Session, sku_id: int, kind: LedgerKind, order: Order, who: str, now: datetime, **deltas: int
) -> None:
    s.execute(
        insert(StockLedger).values(
            sku_id=sku_id,
            at=now,
            kind=kind.value,
            on_hand_delta=deltas.get("on_hand", 0),
            reserved_delta=deltas.get("reserved", 0),
            order_id=order.id,
            document=order.order_no,
            source="CLAIM",
            operator=who,
            note="부분취소",
        )
    )


def cancel_lines(
    db: Database,
    order_id: int,
    lines: LineQuantities,
    who: str,
    *,
    reason: str,
    now: datetime | None = None,
) -> ClaimResult:
    """Cancel some units of a not-yet-shipped order, or the whole order when all are asked."""
    now = now or datetime.now()
    if not reason.strip():
        raise ClaimRefused("취소 사유를 입력해야 합니다.", "A cancel needs a reason.")
    with db.unit_of_work() as uow:
        s = uow.session
        order = _order(s, order_id)
        check_order_status(ClaimKind.CANCEL, order.order_no, OrderStatus(order.status))
        picked = _pick_lines(s, order, lines)
        left = sum(ln.quantity - ln.cancelled_qty for ln in order.lines)
        if sum(qty for _, _, qty in picked) == left:
            uow.session.rollback()
            return _cancel_whole(db, order_id, who, reason, now)
        claim = _new_claim(s, order, ClaimKind.CANCEL, picked, reason, 0, now)
        changes = Changes(order_ids={order.id}, statuses={OrderStatus(order.status)})
        for line, _, qty in picked:
            release = min(qty, line.reserved_qty)
            if release and line.sku_id is not None:
                s.execute(
                    update(Sku)
                    .where(Sku.id == line.sku_id)
                    .values(reserved=Sku.reserved - release)
                    .execution_options(synchronize_session=False)
                )
                _stock_row(s, line.sku_id, LedgerKind.RELEASE, order, who, now, reserved=-release)
                line.reserved_qty -= release
                changes.sku_ids.add(line.sku_id)
            line.cancelled_qty += qty
        amount = refund_for((state, qty) for _, state, qty in picked)
        money = _cancel_money(order, amount, claim)
        order.updated_at = now
        add_event(
            s,
            order,
            kind="CLAIM_CANCEL",
            who=who,
            now=now,
            reason=f"부분취소 #{claim.id}: {_describe(picked)} — {money} ({reason})"[:300],
        )
        uow.touch("orders", "stock")
        _commit(uow, order, now)
        return ClaimResult(claim.id, changes)


def _cancel_money(order: Order, amount: int, claim: Claim) -> str:
    if order.payment_state == PaymentState.UNPAID.value:
        order.total_amount = max(0, order.total_amount - amount)
        return f"결제 예정 금액 {amount:,}원 감소"
    refund = capped_refund(amount, 0, order.total_amount, order.refunded_amount)
    order.refunded_amount += refund
    order.payment_state = refund_state(order.total_amount, order.refunded_amount).value
    claim.refund_amount = refund
    return f"환불 {refund:,}원 기록"


def _cancel_whole(db: Database, order_id: int, who: str, reason: str, now: datetime) -> ClaimResult:
    with db.reading() as s:
        before = _order(s, order_id).refunded_amount
    changes = move_orders(db, [order_id], Action.CANCEL, who, reason=reason, now=now)
    if changes.refused:
        refusal = changes.refused[0]
        raise ClaimRefused(refusal.message_ko, refusal.message_en)
    with db.unit_of_work() as uow:
        s = uow.session
        order = _order(s, order_id)
        remaining = [(ln, ln.quantity - ln.cancelled_qty) for ln in order.lines]
        picked = [
            (ln, LineState(ln.line_no, ln.quantity, 0, 0, ln.unit_price), qty)
            for ln, qty in remaining
            if qty > 0
        ]
        claim = _new_claim(
            s, order, ClaimKind.CANCEL, picked, reason, order.refunded_amount - before, now
        )
        for line, _ in remaining:
            line.cancelled_qty = line.quantity
        add_event(
            s,
            order,
            kind="CLAIM_CANCEL",
            who=who,
            now=now,
            reason=f"전체취소 #{claim.id}: {_describe(picked)} ({reason})"[:300],
        )
        uow.touch("orders")
        uow.commit()
        return ClaimResult(claim.id, changes)


def request_return(
    db: Database,
    order_id: int,
    lines: LineQuantities,
    who: str,
    *,
    reason: str = "",
    now: datetime | None = None,
) -> ClaimResult:
    """Open a return (반품) of some shipped units; money goes back when it is refunded."""
    now = now or datetime.now()
    with db.unit_of_work() as uow:
        s = uow.session
        order = _order(s, order_id)
        check_order_status(ClaimKind.RETURN, order.order_no, OrderStatus(order.status))
        picked = _pick_lines(s, order, lines)
        amount = refund_for((state, qty) for _, state, qty in picked)
        claim = _new_claim(s, order, ClaimKind.RETURN, picked, reason, amount, now)
        add_event(
            s,
            order,
            kind="CLAIM_RETURN",
            who=who,
            now=now,
            reason=f"반품 요청 #{claim.id}: {_describe(picked)}, 환불 예정 {amount:,}원"
            + (f" ({reason})" if reason else ""),
        )
        uow.touch("orders")
        _commit(uow, order, now)
        return ClaimResult(claim.id, Changes(order_ids={order.id}))


def request_exchange(
    db: Database,
    order_id: int,
    lines: LineQuantities,
    new_skus: Mapping[int, str],
    who: str,
    *,
    reason: str = "",
    now: datetime | None = None,
) -> ClaimResult:
    """Open an exchange (교환): a return plus a free replacement order that reserves stock.

    The replacement (channel EXCHANGE, amount 0, 상품준비중) goes through the normal
    waybill flow; it is 배송준비중 at once when its stock could be reserved.
    """
    now = now or datetime.now()
    with db.unit_of_work() as uow:
        s = uow.session
        order = _order(s, order_id)
        check_order_status(ClaimKind.EXCHANGE, order.order_no, OrderStatus(order.status))
        picked = _pick_lines(s, order, lines)
        claim = _new_claim(s, order, ClaimKind.EXCHANGE, picked, reason, 0, now)
        replacement = _replacement_order(s, order, claim, picked, new_skus, who, now)
        claim.replacement_order_id = replacement.id
        add_event(
            s,
            order,
            kind="CLAIM_EXCHANGE",
            who=who,
            now=now,
            reason=f"교환 요청 #{claim.id}: {_describe(picked)} → 교환 주문 "
            f"{replacement.order_no}" + (f" ({reason})" if reason else ""),
        )
        uow.touch("orders", "stock")
        _commit(uow, order, now)
        changes = Changes(
            order_ids={order.id, replacement.id}, statuses={OrderStatus(replacement.status)}
        )
        return ClaimResult(claim.id, changes, replacement.order_no)


def _replacement_order(
    s: Session,
    order: Order,
    claim: Claim,
    picked: list[tuple[OrderLine, LineState, int]],
    new_skus: Mapping[int, str],
    who: str,
    now: datetime,
) -> Order:
    skus: list[tuple[OrderLine, Sku, int]] = []
    for line, _, qty in picked:
        code = new_skus.get(line.line_no)
        sku = (
            s.scalars(select(Sku).where(Sku.code == code)).first()
            if code
            else s.get(Sku, line.sku_id or 0)
        )
        if sku is None:
            raise ClaimRefused(
                f"교환할 상품코드가 없습니다: {code or line.product_name}",
                f"No SKU to exchange to: {code or line.product_name}",
            )
        skus.append((line, sku, qty))
    (number,) = order_numbers(s, 1, now)
    items = [(ln.product_name, sku.option_text, qty) for ln, sku, qty in skus]
    copy = Order(
        order_no=number,
        channel="EXCHANGE",
        channel_order_no=f"{order.order_no}-X{claim.id}",
        status=OrderStatus.PAID.value,
        payment_state=PaymentState.PAID.value,
        payment_method=order.payment_method,
        total_amount=0,
        buyer_name=order.buyer_name,
        buyer_phone=order.buyer_phone,
        recipient_name=order.recipient_name,
        recipient_phone=order.recipient_phone,
        recipient_phone2=order.recipient_phone2,
        postal_code=order.postal_code,
        address=order.address,
        address_detail=order.address_detail,
        message=order.message,
        goods_summary=goods_summary(items),
        ordered_at=now,
        paid_at=now,
        updated_at=now,
    )
    s.add(copy)
    s.flush()
    for n, (line, sku, qty) in enumerate(skus, start=1):
        s.add(
            OrderLine(
                order_id=copy.id,
                line_no=n,
                sku_id=sku.id,
                product_name=line.product_name,
                option_text=sku.option_text,
                quantity=qty,
                unit_price=0,
            )
        )
    s.flush()
    add_event(
        s,
        copy,
        kind="CREATED",
        who=who,
        now=now,
        target=OrderStatus.PAID.value,
        reason=f"교환 주문 (원주문 {order.order_no}, 클레임 #{claim.id})",
    )
    if stock_moves.reserve_order(s, copy, who, now) is None:
        copy.short_of_stock = True
        add_event(s, copy, kind="STOCK_SHORT", who=who, now=now, reason="재고부족: 교환 상품")
    else:
        copy.status = OrderStatus.READY_TO_SHIP.value
        add_event(
            s,
            copy,
            kind="STATUS",
            who=who,
            now=now,
            source=OrderStatus.PAID.value,
            target=OrderStatus.READY_TO_SHIP.value,
            reason="교환 상품 재고 할당",
        )
    return copy


def advance_claim(
    db: Database,
    claim_id: int,
    target: ClaimStatus,
    who: str,
    *,
    dispositions: Mapping[int, Disposition] | Disposition | None = None,
    deduction: int = 0,
    note: str = "",
    now: datetime | None = None,
) -> Changes:
    """Move a return or exchange one step: collected, received (per-line restock or
    write-off), refunded (payment state follows) or completed."""
    now = now or datetime.now()
    with db.unit_of_work() as uow:
        s = uow.session
        claim = s.get(Claim, claim_id)
        if claim is None:
            raise ClaimRefused(f"클레임 #{claim_id}이(가) 없습니다.", f"No claim #{claim_id}.")
        kind = ClaimKind(claim.kind)
        check_step(kind, ClaimStatus(claim.status), target)
        order = _order(s, claim.order_id)
        changes = Changes(order_ids={order.id})
        detail = ""
        if target is ClaimStatus.RECEIVED:
            detail = _receive(s, claim, order, dispositions, note, who, now, changes)
        elif target is ClaimStatus.REFUNDED:
            refund = capped_refund(
                claim.refund_amount, deduction, order.total_amount, order.refunded_amount
            )
            order.refunded_amount += refund
            order.payment_state = refund_state(order.total_amount, order.refunded_amount).value
            claim.refund_amount = refund
            detail = f"환불 {refund:,}원 기록" + (f" (차감 {deduction:,}원)" if deduction else "")
        claim.status = target.value
        order.updated_at = now
        text = f"{kind.korean} #{claim.id} {target.korean}" + (f": {detail}" if detail else "")
        add_event(
            s,
            order,
            kind=f"CLAIM_{target.value}",
            who=who,
            now=now,
            reason=(text + (f" ({note})" if note else ""))[:300],
        )
        uow.touch("orders", "stock")
        _commit(uow, order, now)
        return changes


def _receive(
    s: Session,
    claim: Claim,
    order: Order,
    dispositions: Mapping[int, Disposition] | Disposition | None,
    note: str,
    who: str,
    now: datetime,
    changes: Changes,
) -> str:
    """Put received goods back in stock (ledger RETURN) or write them off, line by line."""
    parts = []
    rows = s.execute(
        select(ClaimLine, OrderLine)
        .join(OrderLine, OrderLine.id == ClaimLine.order_line_id)
        .where(ClaimLine.claim_id == claim.id)
        .order_by(OrderLine.line_no)
    ).all()
    for claim_line, line in rows:
        choice = (
            dispositions.get(line.line_no) if isinstance(dispositions, Mapping) else dispositions
        )
        if choice is None:
            raise ClaimRefused(
                f"{line.line_no}번 품목을 재입고할지 폐기할지 고르세요.",
                f"Choose restock or write-off for line {line.line_no}.",
            )
        if line.sku_id is not None:
            delta = claim_line.quantity if choice is Disposition.RESTOCK else 0
            kind = LedgerKind.RETURN if choice is Disposition.RESTOCK else LedgerKind.ADJUSTMENT
            stock_moves.record_stock_change(
                s,
                sku_id=line.sku_id,
                kind=kind,
                on_hand_delta=delta,
                who=who,
                now=now,
                document=order.order_no,
                source="CLAIM",
                note=f"{ClaimKind(claim.kind).korean} #{claim.id} {choice.korean} "
                f"{claim_line.quantity}개" + (f": {note}" if note else ""),
            )
            changes.sku_ids.add(line.sku_id)
        claim_line.disposition = choice.value
        claim_line.note = note[:200]
        parts.append(f"{line.line_no}번 ×{claim_line.quantity} {choice.korean}")
    return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class ClaimableLine:
    """One order line as the claims desk shows it."""

    line_no: int
    sku_code: str
    product_name: str
    option_text: str
    quantity: int
    cancelled_qty: int
    claimed_qty: int
    unit_price: int

    @property
    def claimable(self) -> int:
        return self.quantity - self.cancelled_qty - self.claimed_qty


@dataclass(frozen=True, slots=True)
class ClaimOrder:
    """An order as the claims desk shows it: status, money and claimable lines."""

    order_id: int
    order_no: str
    status: OrderStatus
    payment_state: PaymentState
    total_amount: int
    refunded_amount: int
    hold_reason: str
    lines: list[ClaimableLine]

    @property
    def allowed_kinds(self) -> list[ClaimKind]:
        return [k for k in ClaimKind if self.status in ORDER_STATUSES_FOR[k]]


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One claim of an order, with where it may go next."""

    claim_id: int
    kind: ClaimKind
    status: ClaimStatus
    reason: str
    refund_amount: int
    created_at: datetime
    replacement_order_no: str
    lines: str

    @property
    def next_statuses(self) -> list[ClaimStatus]:
        return next_statuses(self.kind, self.status)


def claim_order(db: Database, order_no: str) -> ClaimOrder | None:
    """The order with this shop or channel order number, for the claims desk."""
    number = order_no.strip()
    with db.reading() as s:
        order = s.scalars(
            select(Order)
            .where(or_(Order.order_no == number, Order.channel_order_no == number))
            .order_by(Order.id)
        ).first()
        if order is None:
            return None
        claimed = _claimed(s, order.id)
        sku_ids = [ln.sku_id for ln in order.lines if ln.sku_id is not None]
        codes = {
            sku_id: code
            for sku_id, code in s.execute(select(Sku.id, Sku.code).where(Sku.id.in_(sku_ids)))
        }
        return ClaimOrder(
            order_id=order.id,
            order_no=order.order_no,
            status=OrderStatus(order.status),
            payment_state=PaymentState(order.payment_state),
            total_amount=order.total_amount,
            refunded_amount=order.refunded_amount,
            hold_reason=order.hold_reason,
            lines=[
                ClaimableLine(
                    line_no=ln.line_no,
                    sku_code=codes.get(ln.sku_id or 0, ""),
                    product_name=ln.product_name,
                    option_text=ln.option_text,
                    quantity=ln.quantity,
                    cancelled_qty=ln.cancelled_qty,
                    claimed_qty=claimed.get(ln.id, 0),
                    unit_price=ln.unit_price,
                )
                for ln in order.lines
            ],
        )


def claims_of_order(db: Database, order_id: int) -> list[ClaimRow]:
    """The claims of an order, oldest first."""
    with db.reading() as s:
        claims = list(s.scalars(select(Claim).where(Claim.order_id == order_id).order_by(Claim.id)))
        rows = []
        for claim in claims:
            parts = s.execute(
                select(
                    OrderLine.line_no,
                    OrderLine.product_name,
                    ClaimLine.quantity,
                    ClaimLine.disposition,
                )
                .join(OrderLine, OrderLine.id == ClaimLine.order_line_id)
                .where(ClaimLine.claim_id == claim.id)
                .order_by(OrderLine.line_no)
            ).all()
            text = ", ".join(
                f"{no}번 {name} ×{qty}" + (f" {Disposition(d).korean}" if d else "")
                for no, name, qty, d in parts
            )
            replacement = (
                s.get(Order, claim.replacement_order_id) if claim.replacement_order_id else None
            )
            rows.append(
                ClaimRow(
                    claim_id=claim.id,
                    kind=ClaimKind(claim.kind),
                    status=ClaimStatus(claim.status),
                    reason=claim.reason,
                    refund_amount=claim.refund_amount,
                    created_at=claim.created_at,
                    replacement_order_no=replacement.order_no if replacement else "",
                    lines=text,
                )
            )
        return rows
