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
    if action is PoAction.EDIT:
        return edit_refusal_text(po_no, status)
    allowed = "·".join(s.korean for s in PoStatus if s in PO_ACTIONS[action])
    allowed_en = ", ".join(s.value for s in PoStatus if s in PO_ACTIONS[action])
    return (
        f"발주 {po_no}: {status.korean} 상태에서는 {ACTION_KO[action]}을(를) 할 수 없습니다 "
        f"({allowed} 상태에서만 가능).",
        f"Purchase order {po_no}: '{action.value}' is not allowed from {status.value} "
        f"(only from {allowed_en}).",
    )


def edit_refusal_text(po_no: str, status: PoStatus) -> tuple[str, str]:
    """Korean and English reason why a purchase order that is no longer a draft is not edited."""
    if status is PoStatus.CANCELLED:
        return (
            f"발주 {po_no}: 취소된 발주는 수정할 수 없습니다.",
            f"Purchase order {po_no} is cancelled and cannot be edited.",
        )
    return (
        f"발주 {po_no}: {status.korean} 상태라 수정할 수 없습니다 — 공급처에 보낸 발주서는 "
        "공급처가 가진 문서이므로, 보낸 뒤에는 입고처리와 발주 취소만 할 수 있습니다.",
        f"Purchase order {po_no} is {status.value} and cannot be edited: the supplier already "
        "has this document, so after sending it can only be received or cancelled.",
    )


class PoEventKind(StrEnum):
    """What happened to a purchase order (one entry of its history)."""

    CREATED = "CREATED"
    EDITED = "EDITED"
    SENT = "SENT"
    RECEIVED = "RECEIVED"
    CANCELLED = "CANCELLED"
    CLOSED = "CLOSED"

    @property
    def korean(self) -> str:
        return PO_EVENT_KO[self]


PO_EVENT_KO: dict[PoEventKind, str] = {
    PoEventKind.CREATED: "작성",
    PoEventKind.EDITED: "수정",
    PoEventKind.SENT: "발주 전송",
    PoEventKind.RECEIVED: "입고",
    PoEventKind.CANCELLED: "취소",
    PoEventKind.CLOSED: "종료",
}


def _whole_number_problem(code: str, label: str, value: object, minimum: int) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        return f"{code}: {label} {minimum} 이상의 정수여야 합니다 ({value})"
    return None


def quantity_problem(code: str, quantity: object) -> str | None:
    """Why `quantity` is not a valid ordered quantity (Korean), or None: a whole number >= 1."""
    return _whole_number_problem(code, "수량은", quantity, 1)


def cost_problem(code: str, cost: object) -> str | None:
    """Why `cost` is not a valid unit cost (Korean), or None: a whole number >= 0."""
    return _whole_number_problem(code, "단가는", cost, 0)


@dataclass(frozen=True, slots=True)
class DraftLine:
    """One SKU line of a draft purchase order: quantity and unit cost."""

    quantity: int
    unit_cost: int


def describe_edit(
    before: dict[str, DraftLine], after: dict[str, DraftLine], note: tuple[str, str]
) -> list[str]:
    """What an edit changed, one Korean phrase each ("SKU A-1 수량 10 → 12"); empty if nothing."""
    said = []
    for code, old in before.items():
        new = after.get(code)
        if new is None:
            said.append(f"SKU {code} 삭제 (수량 {old.quantity:,})")
            continue
        if new.quantity != old.quantity:
            said.append(f"SKU {code} 수량 {old.quantity:,} → {new.quantity:,}")
        if new.unit_cost != old.unit_cost:
            said.append(f"SKU {code} 단가 {old.unit_cost:,} → {new.unit_cost:,}")
    for code, new in after.items():
        if code not in before:
            said.append(f"SKU {code} 추가 (수량 {new.quantity:,}, 단가 {new.unit_cost:,})")
    if note[0] != note[1]:
        said.append(f"비고 '{note[0]}' → '{note[1]}'")
    return said


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
