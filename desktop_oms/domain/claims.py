"""Claims (클레임): cancel, return and exchange, their one state table, and the money rules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop_oms.domain.status import OrderStatus


class ClaimKind(StrEnum):
    """What the customer asked for."""

    CANCEL = "CANCEL"
    RETURN = "RETURN"
    EXCHANGE = "EXCHANGE"

    @property
    def korean(self) -> str:
        return {ClaimKind.CANCEL: "취소", ClaimKind.RETURN: "반품", ClaimKind.EXCHANGE: "교환"}[
            self
        ]


class ClaimStatus(StrEnum):
    """Where a claim stands."""

    REQUESTED = "REQUESTED"
    COLLECTED = "COLLECTED"
    RECEIVED = "RECEIVED"
    REFUNDED = "REFUNDED"
    COMPLETED = "COMPLETED"
    WITHDRAWN = "WITHDRAWN"

    @property
    def korean(self) -> str:
        return CLAIM_STATUS_KO[self]


CLAIM_STATUS_KO: dict[ClaimStatus, str] = {
    ClaimStatus.REQUESTED: "요청",
    ClaimStatus.COLLECTED: "회수완료",
    ClaimStatus.RECEIVED: "입고완료",
    ClaimStatus.REFUNDED: "환불완료",
    ClaimStatus.COMPLETED: "완료",
    ClaimStatus.WITHDRAWN: "철회",
}


class Disposition(StrEnum):
    """What becomes of goods that came back: into stock, or written off."""

    RESTOCK = "RESTOCK"
    WRITE_OFF = "WRITE_OFF"

    @property
    def korean(self) -> str:
        return "재입고" if self is Disposition.RESTOCK else "폐기"


@dataclass(frozen=True, slots=True)
class ClaimStep:
    """One allowed move of a claim of one kind."""

    kind: ClaimKind
    source: ClaimStatus
    target: ClaimStatus


K, C = ClaimKind, ClaimStatus
#: The one table of allowed claim steps. A cancel is complete the moment it is made.
CLAIM_STEPS: tuple[ClaimStep, ...] = (
    ClaimStep(K.RETURN, C.REQUESTED, C.COLLECTED),
    ClaimStep(K.RETURN, C.COLLECTED, C.RECEIVED),
    ClaimStep(K.RETURN, C.RECEIVED, C.REFUNDED),
    ClaimStep(K.EXCHANGE, C.REQUESTED, C.COLLECTED),
    ClaimStep(K.EXCHANGE, C.COLLECTED, C.RECEIVED),
    ClaimStep(K.EXCHANGE, C.RECEIVED, C.COMPLETED),
)

#: The status a new claim of each kind starts in.
FIRST_STATUS: dict[ClaimKind, ClaimStatus] = {
    K.CANCEL: C.COMPLETED,
    K.RETURN: C.REQUESTED,
    K.EXCHANGE: C.REQUESTED,
}

#: Order statuses a claim of each kind may be made from: cancel before shipment,
#: return and exchange after it; a purchase-confirmed order has its claims closed.
ORDER_STATUSES_FOR: dict[ClaimKind, frozenset[OrderStatus]] = {
    K.CANCEL: frozenset(
        {OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, OrderStatus.READY_TO_SHIP}
    ),
    K.RETURN: frozenset({OrderStatus.SHIPPED, OrderStatus.DELIVERED}),
    K.EXCHANGE: frozenset({OrderStatus.SHIPPED, OrderStatus.DELIVERED}),
}

#: Where a claim of each kind may still be withdrawn (철회): before the goods are received
#: back, so no stock, money or replacement shipment has to be undone. A cancel is complete
#: the moment it is made, so it is never withdrawn.
WITHDRAWABLE: dict[ClaimKind, frozenset[ClaimStatus]] = {
    K.CANCEL: frozenset(),
    K.RETURN: frozenset({C.REQUESTED, C.COLLECTED}),
    K.EXCHANGE: frozenset({C.REQUESTED, C.COLLECTED}),
}

#: Where an exchange's replacement order may be when the exchange is withdrawn: not yet
#: shipped (it is cancelled with the withdrawal) or already cancelled.
REPLACEMENT_WITHDRAWABLE = ORDER_STATUSES_FOR[K.CANCEL] | {OrderStatus.CANCELLED}


#: Claims that are over: they no longer hold back 구매확정 or the claimed units.
FINAL_STATUSES = frozenset({C.REFUNDED, C.COMPLETED, C.WITHDRAWN})


class ClaimRefused(Exception):
    """A claim or claim step was refused; Korean and English say why."""

    def __init__(self, message_ko: str, message_en: str) -> None:
        super().__init__(f"{message_ko} / {message_en}")
        self.message_ko = message_ko
        self.message_en = message_en


def next_statuses(kind: ClaimKind, source: ClaimStatus) -> list[ClaimStatus]:
    """Where a claim of `kind` in `source` may go next (buttons are enabled from this)."""
    return [s.target for s in CLAIM_STEPS if s.kind is kind and s.source is source]


def check_step(kind: ClaimKind, source: ClaimStatus, target: ClaimStatus) -> ClaimStep:
    """The step from `source` to `target`, or ClaimRefused naming what is allowed."""
    for step in CLAIM_STEPS:
        if (step.kind, step.source, step.target) == (kind, source, target):
            return step
    allowed = next_statuses(kind, source)
    if not allowed:
        raise ClaimRefused(
            f"{kind.korean} 클레임이 이미 {source.korean} 상태라 더 바꿀 수 없습니다.",
            f"The {kind.value} claim is {source.value}, a final status.",
        )
    raise ClaimRefused(
        f"{kind.korean} 클레임은 {source.korean}에서 {target.korean}(으)로 갈 수 없습니다 "
        f"(다음 단계: {', '.join(s.korean for s in allowed)}).",
        f"A {kind.value} claim cannot go from {source.value} to {target.value} "
        f"(next: {', '.join(s.value for s in allowed)}).",
    )


def can_withdraw(
    kind: ClaimKind, status: ClaimStatus, replacement: OrderStatus | None = None
) -> bool:
    """Whether a claim may be withdrawn (the desk's button is enabled from this)."""
    return status in WITHDRAWABLE[kind] and (
        replacement is None or replacement in REPLACEMENT_WITHDRAWABLE
    )


def check_withdrawal(
    kind: ClaimKind, status: ClaimStatus, replacement: OrderStatus | None = None
) -> None:
    """Refuse withdrawing a cancel, a claim whose goods are back, or a shipped exchange."""
    if can_withdraw(kind, status, replacement):
        return
    if kind is K.CANCEL:
        raise ClaimRefused(
            "취소는 접수하는 즉시 처리되어 철회할 수 없습니다. 필요하면 새 주문으로 접수하세요.",
            "A cancel is carried out the moment it is made and cannot be withdrawn; "
            "enter a new order if needed.",
        )
    if status is C.WITHDRAWN:
        raise ClaimRefused(
            f"{kind.korean} 클레임은 이미 철회되었습니다.",
            f"The {kind.value} claim is already withdrawn.",
        )
    if status in WITHDRAWABLE[kind] and replacement is not None:
        raise ClaimRefused(
            f"교환 상품이 이미 {replacement.korean} 상태라 교환을 철회할 수 없습니다. "
            "교환 상품은 반품으로 돌려받으세요.",
            f"The replacement is already {replacement.value}, so the exchange cannot be "
            "withdrawn; take the replacement back as a return.",
        )
    allowed = [s for s in ClaimStatus if s in WITHDRAWABLE[kind]]
    raise ClaimRefused(
        f"{kind.korean} 클레임이 이미 {status.korean} 상태라 철회할 수 없습니다 "
        f"({'·'.join(s.korean for s in allowed)} 상태에서만 가능).",
        f"The {kind.value} claim is {status.value}; only a claim in "
        f"{', '.join(s.value for s in allowed)} can be withdrawn.",
    )


def check_order_status(kind: ClaimKind, order_no: str, status: OrderStatus) -> None:
    """Refuse a claim the order's status does not allow (e.g. a return before shipment)."""
    if status in ORDER_STATUSES_FOR[kind]:
        return
    allowed = "·".join(s.korean for s in OrderStatus if s in ORDER_STATUSES_FOR[kind])
    hint = {
        K.CANCEL: "발송 후에는 반품이나 교환으로 접수하세요.",
        K.RETURN: "발송 전에는 취소로 접수하세요.",
        K.EXCHANGE: "발송 전에는 취소로 접수하세요.",
    }[kind]
    if status is OrderStatus.CONFIRMED:
        hint = "구매확정된 주문은 클레임이 마감되었습니다."
    raise ClaimRefused(
        f"주문 {order_no}은(는) {status.korean} 상태라 {kind.korean}할 수 없습니다 "
        f"({allowed} 상태에서만 가능). {hint}",
        f"Order {order_no} is {status.value}; a {kind.value} claim needs "
        f"{', '.join(s.value for s in ORDER_STATUSES_FOR[kind])}.",
    )


@dataclass(frozen=True, slots=True)
class LineState:
    """What is known of one order line when a claim is made on it."""

    line_no: int
    quantity: int
    cancelled_qty: int
    claimed_qty: int
    unit_price: int

    @property
    def claimable(self) -> int:
        """Units still open to a new claim: not cancelled, not returned or exchanged."""
        return self.quantity - self.cancelled_qty - self.claimed_qty


def check_quantity(line: LineState, quantity: int) -> None:
    """Refuse zero, negative, or more than is still claimable on the line."""
    if quantity <= 0:
        raise ClaimRefused(
            f"{line.line_no}번 품목: 수량은 1 이상이어야 합니다.",
            f"line {line.line_no}: the quantity must be at least 1.",
        )
    if quantity > line.claimable:
        raise ClaimRefused(
            f"{line.line_no}번 품목: 클레임 가능한 수량은 {line.claimable}개입니다 "
            f"(요청 {quantity}개).",
            f"line {line.line_no}: only {line.claimable} can be claimed (asked {quantity}).",
        )


def refund_for(lines: Iterable[tuple[LineState, int]]) -> int:
    """The money that goes back for the given (line, quantity) pairs."""
    return sum(line.unit_price * qty for line, qty in lines)


def capped_refund(amount: int, deduction: int, paid: int, refunded: int) -> int:
    """The refund after a deduction (e.g. return shipping), never more than is left to refund."""
    if deduction < 0:
        raise ClaimRefused("차감액은 0 이상이어야 합니다.", "The deduction must be 0 or more.")
    return max(0, min(amount - deduction, paid - refunded))
