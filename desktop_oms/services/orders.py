"""Order use cases: create an order, and move orders along the status table."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop_oms.domain.claims import FINAL_STATUSES
from desktop_oms.domain.order import NewOrder, goods_summary, validate
from desktop_oms.domain.payment import PaymentState, starting_payment_state, starting_status
from desktop_oms.domain.status import (
    ACTIONS_NEEDING_REASON,
    Action,
    OrderStatus,
    TransitionRefused,
    transition_for,
)
from desktop_oms.resources import courier_registry
from desktop_oms.services import stock_moves
from desktop_oms.services.changes import Changes, Refusal
from desktop_oms.services.sequences import order_numbers, take_numbers
from desktop_oms.storage.tables import Claim, Order, OrderEvent, OrderLine, Shipment, Sku
from desktop_oms.storage.uow import Database

CHUNK = 500


class OrderInputError(ValueError):
    """A new order was refused; `problems` says why, in Korean."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Shipping:
    """Courier and waybill number given when marking a single order shipped."""

    courier_code: str
    waybill_no: str


def add_event(
    session: Session,
    order: Order,
    *,
    kind: str,
    who: str,
    now: datetime,
    source: str | None = None,
    target: str | None = None,
    reason: str = "",
) -> None:
    session.add(
        OrderEvent(
            order_id=order.id,
            at=now,
            operator=who,
            kind=kind,
            from_status=source,
            to_status=target,
            reason=reason,
        )
    )


def create_orders(
    db: Database, orders: Sequence[NewOrder], who: str, now: datetime | None = None
) -> tuple[list[str], Changes]:
    """Store new orders; each starts where its payment method says (SPEC §1.1)."""
    now = now or datetime.now()
    problems = [f"{i + 1}: {p}" for i, o in enumerate(orders) for p in validate(o)]
    if problems:
        raise OrderInputError(problems)
    changes = Changes()
    with db.unit_of_work() as uow:
        s = uow.session
        numbers = order_numbers(s, len(orders), now)
        sku_ids = _sku_ids(s, {ln.sku_code for o in orders for ln in o.lines if ln.sku_code})
        unknown = {
            ln.sku_code
            for o in orders
            for ln in o.lines
            if ln.sku_code and ln.sku_code not in sku_ids
        }
        if unknown:
            raise OrderInputError([f"없는 상품코드입니다: {', '.join(sorted(unknown))}"])
        for number, new in zip(numbers, orders, strict=True):
            order = _store(s, new, number, sku_ids, now)
            add_event(
                s,
                order,
                kind="CREATED",
                who=who,
                now=now,
                target=order.status,
                reason=f"{new.channel} {new.payment_method.korean}",
            )
            changes.order_ids.add(order.id)
            changes.statuses.add(OrderStatus(order.status))
        uow.touch("orders")
        uow.commit()
    return numbers, changes


def _sku_ids(session: Session, codes: set[str]) -> dict[str, int]:
    if not codes:
        return {}
    rows = session.execute(select(Sku.code, Sku.id).where(Sku.code.in_(codes)))
    return {code: sku_id for code, sku_id in rows}


def _store(
    session: Session, new: NewOrder, number: str, sku_ids: dict[str, int], now: datetime
) -> Order:
    status = starting_status(new.payment_method)
    order = Order(
        order_no=number,
        channel=new.channel,
        channel_order_no=new.channel_order_no or number,
        status=status.value,
        payment_state=starting_payment_state(new.payment_method).value,
        payment_method=new.payment_method.value,
        card_company=new.card_company,
        installment_months=new.installment_months,
        approval_no=new.approval_no,
        va_bank=new.va_bank,
        va_account=new.va_account,
        deposit_deadline=new.deposit_deadline,
        depositor_name=new.depositor_name,
        total_amount=new.amount,
        shipping_fee=new.shipping_fee,
        buyer_name=new.buyer_name,
        buyer_phone=new.buyer_phone,
        recipient_name=new.recipient_name.strip(),
        recipient_phone=new.recipient_phone,
        recipient_phone2=new.recipient_phone2,
        postal_code=new.postal_code.strip(),
        address=new.address.strip(),
        address_detail=new.address_detail.strip(),
        message=new.message,
        goods_summary=goods_summary(new.lines),
        ordered_at=new.ordered_at,
        paid_at=(new.paid_at or new.ordered_at) if status is OrderStatus.PAID else None,
        ship_by=new.ship_by,
        needs_matching=any(ln.sku_code is None for ln in new.lines),
        updated_at=now,
    )
    session.add(order)
    session.flush()
    for n, line in enumerate(new.lines, start=1):
        session.add(
            OrderLine(
                order_id=order.id,
                line_no=n,
                channel_line_no=line.channel_line_no,
                sku_id=sku_ids.get(line.sku_code or ""),
                product_name=line.product_name,
                option_text=line.option_text,
                quantity=line.quantity,
                unit_price=line.unit_price,
            )
        )
    session.flush()
    return order


def order_ids_for(db: Database, order_nos: Iterable[str]) -> tuple[list[int], list[str]]:
    """Ids of the given order numbers, and the numbers that do not exist."""
    wanted = list(dict.fromkeys(order_nos))
    found: dict[str, int] = {}
    with db.reading() as s:
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            rows = s.execute(select(Order.order_no, Order.id).where(Order.order_no.in_(chunk)))
            found.update((number, oid) for number, oid in rows)
    return [found[n] for n in wanted if n in found], [n for n in wanted if n not in found]


def move_orders(
    db: Database,
    order_ids: Sequence[int],
    action: Action,
    who: str,
    *,
    reason: str = "",
    shipping: Shipping | None = None,
    seen_versions: dict[int, int] | None = None,
    together: bool = False,
    note: tuple[str, str] | None = None,
    now: datetime | None = None,
) -> Changes:
    """Apply `action` to each order the table allows it for; refuse the rest, naming the rule.

    Each order changes completely or not at all (a savepoint each); an order that another
    PC changed since `seen_versions` were read is refused with "changed by someone else".
    `together` (the orders of one parcel): one refusal and none of them changes.
    `note` (kind, text): one more history event for each moved order, in the same
    transaction (the packing station's scan check).
    """
    now = now or datetime.now()
    changes = Changes()
    if action in ACTIONS_NEEDING_REASON and not reason.strip():
        changes.refused.append(
            Refusal("", "사유를 입력해야 합니다.", "A reason is required for this action.")
        )
        return changes
    with db.unit_of_work() as uow:
        s = uow.session
        for start in range(0, len(order_ids), CHUNK):
            chunk = list(order_ids[start : start + CHUNK])
            orders = s.scalars(
                select(Order)
                .where(Order.id.in_(chunk))
                .order_by(Order.id)
                .options(selectinload(Order.lines))
            )
            for order in orders.all():
                seen = (seen_versions or {}).get(order.id)
                try:
                    _move_one(s, order, action, who, reason, shipping, seen, now, changes)
                    if note is not None:
                        add_event(s, order, kind=note[0], who=who, now=now, reason=note[1])
                except TransitionRefused as refused:
                    changes.refused.append(
                        Refusal(refused.order_no, refused.message_ko, refused.message_en)
                    )
            s.flush()
            s.expunge_all()  # keeps each savepoint's bookkeeping to one chunk
        if together and changes.refused:
            return Changes(refused=changes.refused)  # leaving the block rolls back
        uow.touch("orders", "stock")
        uow.commit()
    return changes


def apply_action(
    s: Session, order: Order, action: Action, who: str, *, reason: str = "", now: datetime
) -> Changes:
    """`action` on one order inside the caller's unit of work (a claim that cancels the
    whole order records its claim in the same transaction). TransitionRefused if refused."""
    if action in ACTIONS_NEEDING_REASON and not reason.strip():
        raise _refuse(order, "사유를 입력해야 합니다.", "a reason is required.")
    changes = Changes()
    _move_one(s, order, action, who, reason, None, None, now, changes)
    return changes


def _refuse(order: Order, ko: str, en: str) -> TransitionRefused:
    return TransitionRefused(
        order.order_no, f"주문 {order.order_no}: {ko}", f"Order {order.order_no}: {en}"
    )


def stale(order_no: str) -> TransitionRefused:
    return TransitionRefused(
        order_no,
        f"주문 {order_no}은(는) 다른 PC에서 변경되었습니다 — 다시 불러오세요.",
        f"Order {order_no} was changed by someone else — reload.",
    )


def _move_one(
    s: Session,
    order: Order,
    action: Action,
    who: str,
    reason: str,
    shipping: Shipping | None,
    seen_version: int | None,
    now: datetime,
    changes: Changes,
) -> None:
    source = OrderStatus(order.status)
    transition = transition_for(action, source)
    if transition is None:
        raise _refuse_action(order, action, source)
    if seen_version is not None and seen_version != order.version:
        raise stale(order.order_no)
    if action is Action.CONFIRM_PURCHASE and _has_open_claim(s, order):
        raise _refuse(
            order,
            "진행 중인 반품·교환이 있어 구매확정할 수 없습니다.",
            "a return or exchange is still open, so the purchase cannot be confirmed.",
        )
    if order.hold_reason and action in (Action.RESERVE_STOCK, Action.MARK_SHIPPED):
        raise _refuse(
            order,
            f"보류 중인 주문입니다 ({order.hold_reason}).",
            f"the order is on hold ({order.hold_reason}).",
        )
    if action is Action.RESERVE_STOCK:
        _check_reservable(s, order, who, now)
    touched: set[int] = set()
    savepoint = s.begin_nested()
    try:
        if action is Action.RESERVE_STOCK:
            touched = _reserve(s, order, who, now)
        elif action is Action.CANCEL:
            touched = stock_moves.release_order(s, order, who, now, note=reason)
            _record_refund(s, order, who, now)
            order.cancelled_at = now
        elif action is Action.CONFIRM_DEPOSIT:
            order.payment_state = PaymentState.PAID.value
            order.paid_at = now
        elif action is Action.MARK_SHIPPED:
            _attach_waybill(s, order, shipping, now)
            touched = stock_moves.ship_order(s, order, who, now)
            order.shipped_at = now
        elif action is Action.MARK_DELIVERED:
            order.delivered_at = now
        elif action is Action.CONFIRM_PURCHASE:
            order.confirmed_at = now
        order.status = transition.target.value
        order.short_of_stock = False if action is Action.RESERVE_STOCK else order.short_of_stock
        order.updated_at = now
        add_event(
            s,
            order,
            kind="STATUS",
            who=who,
            now=now,
            source=source.value,
            target=transition.target.value,
            reason=reason,
        )
        s.flush()
    except StaleDataError:
        savepoint.rollback()
        raise stale(order.order_no) from None
    except _Short as short:
        savepoint.rollback()
        _mark_short(s, order, who, now, short.detail)
        raise _refuse(
            order, f"재고가 부족합니다 ({short.detail}).", f"not enough stock ({short.detail})."
        ) from None
    except TransitionRefused:
        savepoint.rollback()
        raise
    savepoint.commit()
    changes.order_ids.add(order.id)
    changes.statuses |= {source, transition.target}
    changes.sku_ids |= touched


def _has_open_claim(s: Session, order: Order) -> bool:
    """구매확정 closes the claims: it waits while a return or exchange is under way."""
    open_claims = select(func.count()).where(
        Claim.order_id == order.id, Claim.status.not_in([c.value for c in FINAL_STATUSES])
    )
    return bool(s.scalar(open_claims))


def _refuse_action(order: Order, action: Action, source: OrderStatus) -> TransitionRefused:
    from desktop_oms.domain.status import sources_of

    allowed = "·".join(s.korean for s in sorted(sources_of(action), key=list(OrderStatus).index))
    allowed_en = ", ".join(s.value for s in sources_of(action))
    return _refuse(
        order,
        f"{source.korean} 상태에서는 '{ACTION_KO[action]}'을(를) 할 수 없습니다 "
        f"({allowed} 상태에서만 가능).",
        f"'{action.value}' is not allowed from {source.value} (only from {allowed_en}).",
    )


ACTION_KO: dict[Action, str] = {
    Action.CONFIRM_DEPOSIT: "입금확인",
    Action.RESERVE_STOCK: "재고할당 후 배송준비",
    Action.CANCEL: "주문취소",
    Action.MARK_SHIPPED: "발송처리",
    Action.MARK_DELIVERED: "배송완료 처리",
    Action.CONFIRM_PURCHASE: "구매확정",
}


def _check_reservable(s: Session, order: Order, who: str, now: datetime) -> None:
    """Refuse before touching anything: unmatched lines, or stock that is plainly short.

    This is only the quick answer; the conditional UPDATE in `reserve_order` stays the
    guard when another PC reserves the same SKU in between."""
    lines = stock_moves.order_lines(s, order)
    if any(line.sku_id is None for line in lines):
        raise _refuse(
            order,
            "상품 매칭이 필요한 품목이 있어 재고를 할당할 수 없습니다.",
            "some lines are not matched to a SKU yet, so stock cannot be reserved.",
        )
    short = _shortage_text(s, lines)
    if short:
        _mark_short(s, order, who, now, short)
        raise _refuse(order, f"재고가 부족합니다 ({short}).", f"not enough stock ({short}).")


def _reserve(s: Session, order: Order, who: str, now: datetime) -> set[int]:
    touched = stock_moves.reserve_order(s, order, who, now)
    if touched is not None:
        return touched
    raise _Short(_shortage_text(s, stock_moves.order_lines(s, order)))


def _shortage_text(s: Session, lines: list[OrderLine]) -> str:
    """'CODE need/available' for every SKU the lines need more of than is available."""
    need: dict[int, int] = {}
    for line in lines:
        if line.sku_id is not None:
            want = line.quantity - line.cancelled_qty - line.reserved_qty
            need[line.sku_id] = need.get(line.sku_id, 0) + max(want, 0)
    figures = stock_moves.available_for(s, set(need))
    return ", ".join(
        f"{figures[sku][0]} {qty}/{figures[sku][1]}"
        for sku, qty in need.items()
        if sku in figures and qty > figures[sku][1]
    )


class _Short(Exception):
    """Reservation failed; the move is undone and the order flagged 재고부족."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _mark_short(s: Session, order: Order, who: str, now: datetime, detail: str) -> None:
    """재고부족 is a flag kept in 상품준비중, written even though the move was refused."""
    if order.short_of_stock:
        return
    order.short_of_stock = True
    order.updated_at = now
    add_event(s, order, kind="STOCK_SHORT", who=who, now=now, reason=f"재고부족: {detail}")
    s.flush()


def _record_refund(s: Session, order: Order, who: str, now: datetime) -> None:
    if order.payment_state not in (PaymentState.PAID.value, PaymentState.PARTLY_REFUNDED.value):
        return
    amount = order.total_amount - order.refunded_amount
    order.refunded_amount = order.total_amount
    order.payment_state = PaymentState.REFUNDED.value
    add_event(s, order, kind="REFUND", who=who, now=now, reason=f"환불 {amount:,}원 기록")


def _attach_waybill(s: Session, order: Order, shipping: Shipping | None, now: datetime) -> None:
    """A shipped order needs a courier and a valid, unused waybill number."""
    if order.shipment_id is not None:
        shipment = s.get(Shipment, order.shipment_id)
        if shipment and shipment.waybill_no and shipping is None:
            return
    if shipping is None:
        raise _refuse(
            order, "택배사와 송장번호가 없습니다.", "a courier and waybill number are needed."
        )
    courier = courier_registry().get(shipping.courier_code)
    if courier is None:
        raise _refuse(
            order,
            f"알 수 없는 택배사입니다: {shipping.courier_code}",
            f"unknown courier {shipping.courier_code}",
        )
    check = courier.check(shipping.waybill_no)
    if check.refused:
        raise _refuse(order, check.message_ko, check.message_en)
    number = courier.normalize(shipping.waybill_no)
    used = s.scalar(select(func.count()).select_from(Shipment).where(Shipment.waybill_no == number))
    if used:
        raise _refuse(
            order,
            f"이미 다른 배송에 쓰인 송장번호입니다: {number}",
            f"waybill number {number} is already used on another shipment.",
        )
    if order.shipment_id is None:
        key = f"S{take_numbers(s, 'shipments')[0]:08d}"
        shipment = Shipment(key=key)
        s.add(shipment)
        s.flush()
        order.shipment_id = shipment.id
    else:
        shipment = s.get(Shipment, order.shipment_id)
        assert shipment is not None
    shipment.courier_code = courier.code
    shipment.waybill_no = number
    shipment.numbering = shipment.numbering or "MANUAL"
    shipment.shipped_at = now
