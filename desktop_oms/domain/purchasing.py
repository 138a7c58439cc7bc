"""Purchase orders (발주) as data: the status table, receiving rules and suggested quantities."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class PoStatus(StrEnum):
    """Where a purchase order stands."""

    DRAFT = "DRAFT"
    SENT = "SENT"
    PARTLY_RECEIVED = "PARTLY_RECEIVED"
    RECEIVED = "RECEIVED"
    CANCELLED = "CANCELLED"

    @property
    def korean(self) -> str:
        return PO_STATUS_KO[self]


PO_STATUS_KO: dict[PoStatus, str] = {
    PoStatus.DRAFT: "작성중",
    PoStatus.SENT: "발주완료",
    PoStatus.PARTLY_RECEIVED: "부분입고",
    PoStatus.RECEIVED: "입고완료",
    PoStatus.CANCELLED: "취소",
}


class PoAction(StrEnum):
    """What a user does to a purchase order."""

    SEND = "send"
    RECEIVE = "receive"
    CANCEL = "cancel"
    EDIT = "edit"


P = PoStatus
#: The one table of what each action may do from each status.
PO_ACTIONS: dict[PoAction, frozenset[PoStatus]] = {
    PoAction.EDIT: frozenset({P.DRAFT}),
    PoAction.SEND: frozenset({P.DRAFT}),
    PoAction.RECEIVE: frozenset({P.SENT, P.PARTLY_RECEIVED}),
    PoAction.CANCEL: frozenset({P.DRAFT, P.SENT, P.PARTLY_RECEIVED}),
}

#: Statuses whose unreceived quantities count as "on order".
OPEN_PO_STATUSES: frozenset[PoStatus] = frozenset({P.DRAFT, P.SENT, P.PARTLY_RECEIVED})

ACTION_KO: dict[PoAction, str] = {
    PoAction.EDIT: "수정",
    PoAction.SEND: "발주 전송",
    PoAction.RECEIVE: "입고처리",
    PoAction.CANCEL: "발주 취소",
}


def po_allows(action: PoAction, status: PoStatus) -> bool:
    """Whether `action` may be done to a purchase order in `status`."""
    return status in PO_ACTIONS[action]


def allowed_po_actions(status: PoStatus) -> set[PoAction]:
    """Every action allowed from `status` (the dialog enables its buttons from this)."""
    return {action for action, sources in PO_ACTIONS.items() if status in sources}


def refusal_text(po_no: str, action: PoAction, status: PoStatus) -> tuple[str, str]:
    """Korean and English message for an action the table refuses."""
    allowed = "·".join(s.korean for s in PoStatus if s in PO_ACTIONS[action])
    allowed_en = ", ".join(s.value for s in PoStatus if s in PO_ACTIONS[action])
    return (
        f"발주 {po_no}: {status.korean} 상태에서는 {ACTION_KO[action]}을(를) 할 수 없습니다 "
        f"({allowed} 상태에서만 가능).",
        f"Purchase order {po_no}: '{action.value}' is not allowed from {status.value} "
        f"(only from {allowed_en}).",
    )


def status_after_receipt(lines: list[tuple[int, int]]) -> PoStatus:
    """RECEIVED when every (ordered, received) line is complete, else PARTLY_RECEIVED."""
    if all(received >= ordered for ordered, received in lines):
        return PoStatus.RECEIVED
    return PoStatus.PARTLY_RECEIVED


def receipt_problem(ordered: int, received: int, quantity: int) -> str | None:
    """Why receiving `quantity` more of a line is refused (Korean), or None when it is fine."""
    if quantity < 0:
        return "입고 수량은 0 이상이어야 합니다"
    remaining = ordered - received
    if quantity > remaining:
        return f"발주 잔량({remaining})보다 많이 입고할 수 없습니다 (입고 {quantity})"
    return None


@dataclass(frozen=True, slots=True)
class SuggestionInput:
    """What is known about one SKU when suggesting a purchase quantity."""

    waiting_need: int
    safety_stock: int
    on_hand: int
    reserved: int
    on_order: int


def suggested_quantity(figures: SuggestionInput) -> int:
    """Units to order: what waiting orders need plus safety stock, minus what is free now
    and what is already on order; never negative.

    Waiting orders have not reserved their units yet, so the free stock (on hand - reserved)
    still covers part of their need.
    """
    free = max(figures.on_hand - figures.reserved, 0)
    wanted = figures.waiting_need + max(figures.safety_stock, 0)
    return max(wanted - free - max(figures.on_order, 0), 0)
