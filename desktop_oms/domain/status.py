"""Order statuses, the single transition table, and the actions built on it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class OrderStatus(StrEnum):
    """Where an order stands in the process (SPEC §2)."""

    AWAITING_PAYMENT = "AWAITING_PAYMENT"
    PAID = "PAID"
    READY_TO_SHIP = "READY_TO_SHIP"
    SHIPPED = "SHIPPED"
    DELIVERED = "DELIVERED"
    CONFIRMED = "CONFIRMED"
    CANCELLED = "CANCELLED"

    @property
    def korean(self) -> str:
        return KOREAN_STATUS[self]


KOREAN_STATUS: dict[OrderStatus, str] = {
    OrderStatus.AWAITING_PAYMENT: "결제전",
    OrderStatus.PAID: "상품준비중",
    OrderStatus.READY_TO_SHIP: "배송준비중",
    OrderStatus.SHIPPED: "배송중",
    OrderStatus.DELIVERED: "배송완료",
    OrderStatus.CONFIRMED: "구매확정",
    OrderStatus.CANCELLED: "취소",
}

#: Display order of the status tabs.
STATUS_ORDER: tuple[OrderStatus, ...] = tuple(OrderStatus)


class Action(StrEnum):
    """A user action that moves orders from one status to another."""

    CONFIRM_DEPOSIT = "confirm_deposit"
    RESERVE_STOCK = "reserve_stock"
    CANCEL = "cancel"
    MARK_SHIPPED = "mark_shipped"
    MARK_DELIVERED = "mark_delivered"
    CONFIRM_PURCHASE = "confirm_purchase"


@dataclass(frozen=True, slots=True)
class Transition:
    """One allowed move: which action takes an order from which status to which."""

    action: Action
    source: OrderStatus
    target: OrderStatus


S = OrderStatus
#: The one table of allowed transitions. Services refuse what it refuses,
#: and the GUI enables its buttons from it.
TRANSITIONS: tuple[Transition, ...] = (
    Transition(Action.CONFIRM_DEPOSIT, S.AWAITING_PAYMENT, S.PAID),
    Transition(Action.RESERVE_STOCK, S.PAID, S.READY_TO_SHIP),
    Transition(Action.MARK_SHIPPED, S.READY_TO_SHIP, S.SHIPPED),
    Transition(Action.MARK_DELIVERED, S.SHIPPED, S.DELIVERED),
    Transition(Action.CONFIRM_PURCHASE, S.DELIVERED, S.CONFIRMED),
    Transition(Action.CANCEL, S.AWAITING_PAYMENT, S.CANCELLED),
    Transition(Action.CANCEL, S.PAID, S.CANCELLED),
    Transition(Action.CANCEL, S.READY_TO_SHIP, S.CANCELLED),
)

_BY_ACTION_SOURCE = {(t.action, t.source): t for t in TRANSITIONS}
_BY_SOURCE_TARGET = {(t.source, t.target): t for t in TRANSITIONS}

#: Actions that must be given a reason.
ACTIONS_NEEDING_REASON = frozenset({Action.CANCEL})


class TransitionRefused(Exception):
    """An order cannot take the asked-for step; the message names order and rule."""

    def __init__(self, order_no: str, message_ko: str, message_en: str) -> None:
        super().__init__(f"{order_no}: {message_ko}")
        self.order_no = order_no
        self.message_ko = message_ko
        self.message_en = message_en


def transition_for(action: Action, source: OrderStatus) -> Transition | None:
    """The transition `action` makes from `source`, or None if the table forbids it."""
    return _BY_ACTION_SOURCE.get((action, source))


def transition_between(source: OrderStatus, target: OrderStatus) -> Transition | None:
    """The transition from `source` to `target`, or None if the table forbids it."""
    return _BY_SOURCE_TARGET.get((source, target))


def sources_of(action: Action) -> frozenset[OrderStatus]:
    """The statuses from which `action` is allowed."""
    return frozenset(t.source for t in TRANSITIONS if t.action is action)


def allowed_actions(statuses: set[OrderStatus] | frozenset[OrderStatus]) -> set[Action]:
    """Actions allowed for every one of the given statuses (a multi-selection)."""
    if not statuses:
        return set()
    return {a for a in Action if statuses <= sources_of(a)}


def check_transition(order_no: str, source: OrderStatus, target: OrderStatus) -> Transition:
    """The transition from `source` to `target`, or TransitionRefused naming the rule."""
    found = transition_between(source, target)
    if found is not None:
        return found
    allowed = [t.target for t in TRANSITIONS if t.source is source]
    if allowed:
        ko_allowed = ", ".join(s.korean for s in allowed)
        en_allowed = ", ".join(s.value for s in allowed)
        ko = (
            f"주문 {order_no}은(는) {source.korean} 상태에서 {target.korean}(으)로 바꿀 수 "
            f"없습니다. {source.korean}에서는 {ko_allowed}(으)로만 바꿀 수 있습니다."
        )
        en = (
            f"Order {order_no} cannot go from {source.value} to {target.value}; "
            f"from {source.value} it can only go to {en_allowed}."
        )
    else:
        ko = f"주문 {order_no}은(는) {source.korean} 상태라 더 이상 바꿀 수 없습니다."
        en = f"Order {order_no} is {source.value}, a final status; it cannot change."
    raise TransitionRefused(order_no, ko, en)
