"""Receiving goods (입고처리): on hand rises with a RECEIPT ledger row per line, and the new
stock goes to the waiting orders, oldest payment first; a token makes a second press a no-op."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_oms.domain.purchasing import (
    PoAction,
    PoEventKind,
    PoStatus,
    receipt_problem,
    status_after_receipt,
)
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.services.changes import Changes
from desktop_oms.services.purchase_history import record_po_event
from desktop_oms.services.purchasing import (
    PurchasingError,
    check_po_action,
    find_purchase_order,
)
from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.services.stock_allocation import allocate_to_waiting
from desktop_oms.services.stock_moves import record_stock_change
from desktop_oms.storage.tables import PurchaseOrderLine, Receipt, Sku
from desktop_oms.storage.uow import Database


@dataclass(slots=True)
class ReceiveResult:
    """What one receipt did: units per SKU code, orders covered and moved on."""

    po_no: str
    status: PoStatus
    received: dict[str, int] = field(default_factory=dict)
    covered_orders: int = 0
    moved_orders: int = 0
    already_done: bool = False
    changes: Changes = field(default_factory=Changes)


def receive_purchase_order(
    db: Database,
    po_no: str,
    token: str,
    who: str,
    *,
    quantities: Mapping[str, int] | None = None,
    now: datetime | None = None,
) -> ReceiveResult:
    """Receive goods (입고처리): all that is still to come, or `quantities` per SKU code.

    On hand rises (ledger RECEIPT with the PO number), and the new stock is reserved for
    the waiting orders, oldest payment first. `token` makes a second press a no-op.
    """
    now = now or datetime.now()
    move_ready = load_shop_settings(db).auto_ready_on_receipt
    with db.unit_of_work() as uow:
        s = uow.session
        done = s.scalars(select(Receipt).where(Receipt.token == token)).one_or_none()
        po = find_purchase_order(s, po_no, lock=True)
        if done is not None:
            return ReceiveResult(po.po_no, PoStatus(po.status), already_done=True)
        check_po_action(po, PoAction.RECEIVE)
        lines = list(
            s.execute(
                select(PurchaseOrderLine, Sku.code)
                .join(Sku, Sku.id == PurchaseOrderLine.sku_id)
                .where(PurchaseOrderLine.purchase_order_id == po.id)
                .order_by(PurchaseOrderLine.id)
            ).all()
        )
        plan = _receipt_plan(po.po_no, lines, quantities)
        receipt = Receipt(token=token, purchase_order_id=po.id, at=now, operator=who)
        try:
            with s.begin_nested():
                s.add(receipt)
        except IntegrityError:
            return ReceiveResult(po.po_no, PoStatus(po.status), already_done=True)
        result = ReceiveResult(po.po_no, PoStatus(po.status))
        for line, code in lines:
            qty = min(plan.get(code, 0), line.quantity - line.received_qty)
            if qty <= 0:
                continue
            plan[code] -= qty
            line.received_qty += qty
            record_stock_change(
                s,
                sku_id=line.sku_id,
                kind=LedgerKind.RECEIPT,
                on_hand_delta=qty,
                who=who,
                now=now,
                document=po.po_no,
                source="PO",
                purchase_order_id=po.id,
            )
            result.received[code] = result.received.get(code, 0) + qty
            result.changes.sku_ids.add(line.sku_id)
        po.status = status_after_receipt([(ln.quantity, ln.received_qty) for ln, _ in lines]).value
        po.version += 1
        _record_receipt(s, po.id, receipt.id, result.received, PoStatus(po.status), who, now)
        s.flush()
        allocation = allocate_to_waiting(
            s, result.changes.sku_ids, who=who, now=now, document=po.po_no, move_ready=move_ready
        )
        uow.touch("purchasing", "stock", "orders")
        uow.commit()
    result.status = PoStatus(po.status)
    result.covered_orders = len(allocation.covered_order_ids)
    result.moved_orders = len(allocation.moved_order_ids)
    result.changes.order_ids |= set(allocation.covered_order_ids)
    return result


def _record_receipt(
    s: Session,
    po_id: int,
    receipt_id: int,
    received: Mapping[str, int],
    status: PoStatus,
    who: str,
    now: datetime,
) -> None:
    """History: which receipt brought how many of what; CLOSED once everything is in."""
    goods = ", ".join(f"{code} {qty:,}개" for code, qty in received.items())
    total = sum(received.values())
    detail = f"입고 #{receipt_id}: {goods} (합계 {total:,}개)"
    record_po_event(s, po_id, PoEventKind.RECEIVED, who, now, detail)
    if status is PoStatus.RECEIVED:
        record_po_event(s, po_id, PoEventKind.CLOSED, who, now, "전량 입고 — 발주 종료")


def _receipt_plan(
    po_no: str,
    lines: Sequence[tuple[PurchaseOrderLine, str]],
    quantities: Mapping[str, int] | None,
) -> dict[str, int]:
    remaining: dict[str, tuple[int, int]] = {}
    for line, code in lines:
        ordered, received = remaining.get(code, (0, 0))
        remaining[code] = (ordered + line.quantity, received + line.received_qty)
    if quantities is None:
        plan = {code: ordered - received for code, (ordered, received) in remaining.items()}
    else:
        plan = dict(quantities)
    problems = [f"{code}: 이 발주에 없는 상품입니다" for code in plan if code not in remaining]
    for code, qty in plan.items():
        if code in remaining:
            problem = receipt_problem(*remaining[code], qty)
            if problem:
                problems.append(f"{code}: {problem}")
    if problems:
        raise PurchasingError(
            f"발주 {po_no} 입고를 처리할 수 없습니다 — " + "; ".join(problems),
            f"purchase order {po_no} cannot be received as asked (more than ordered or "
            "unknown SKU); nothing was received.",
        )
    if not any(qty > 0 for qty in plan.values()):
        raise PurchasingError(
            f"발주 {po_no}: 입고할 수량이 없습니다.", f"purchase order {po_no}: nothing to receive."
        )
    return {code: qty for code, qty in plan.items() if qty > 0}
