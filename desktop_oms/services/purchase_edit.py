"""Editing a draft purchase order (작성중): line quantities and unit costs, adding and
removing SKU lines, the note. A sent purchase order is the supplier's document: refused."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_oms.domain.purchasing import (
    DraftLine,
    PoAction,
    PoEventKind,
    cost_problem,
    describe_edit,
    quantity_problem,
)
from desktop_oms.services.changes import Changes
from desktop_oms.services.purchase_history import record_po_event
from desktop_oms.services.purchasing import (
    PoLineInput,
    PurchasingError,
    check_po_action,
    find_purchase_order,
)
from desktop_oms.storage.tables import PurchaseOrder, PurchaseOrderLine, Sku
from desktop_oms.storage.uow import Database


@dataclass(frozen=True, slots=True)
class PoEdit:
    """What to change on a draft purchase order.

    `lines`: each SKU's line gets this quantity (and unit cost, when given); a SKU not yet
    on the purchase order is added (at the SKU's cost unless given). `remove`: SKU codes
    whose lines go. `note`: the new note, or None to keep it.
    """

    lines: Sequence[PoLineInput] = ()
    remove: Sequence[str] = ()
    note: str | None = None


@dataclass(slots=True)
class PoEditResult:
    """What an edit changed: one phrase per change (empty when nothing changed)."""

    po_no: str
    version: int
    said: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)


def edit_purchase_order(
    db: Database,
    po_no: str,
    edit: PoEdit,
    who: str,
    *,
    seen_version: int | None = None,
    now: datetime | None = None,
) -> PoEditResult:
    """Change a draft purchase order as `edit` says, whole or not at all, with one EDITED
    history entry naming every change. Refused once it was sent, or when another PC changed
    it since `seen_version` was read."""
    now = now or datetime.now()
    with db.unit_of_work() as uow:
        s = uow.session
        po = find_purchase_order(s, po_no, lock=True)
        check_po_action(po, PoAction.EDIT, seen_version)
        current = _lines_by_code(s, po)
        before = {
            code: DraftLine(sum(ln.quantity for ln in lines), lines[0].unit_cost)
            for code, lines in current.items()
        }
        after = _planned_lines(s, po.po_no, before, edit)
        note = po.note if edit.note is None else edit.note.strip()[:300]
        said = describe_edit(before, after, (po.note, note))
        result = PoEditResult(po.po_no, po.version, said)
        if not said:
            return result
        _write_lines(s, po, current, after, result.changes)
        po.note = note
        po.version += 1
        record_po_event(s, po.id, PoEventKind.EDITED, who, now, "; ".join(said))
        uow.touch("purchasing", "stock")
        uow.commit()
        result.version = po.version
    return result


def _lines_by_code(s: Session, po: PurchaseOrder) -> dict[str, list[PurchaseOrderLine]]:
    """The draft's lines per SKU code (older data may hold one SKU on two lines)."""
    found: dict[str, list[PurchaseOrderLine]] = {}
    rows = s.execute(
        select(PurchaseOrderLine, Sku.code)
        .join(Sku, Sku.id == PurchaseOrderLine.sku_id)
        .where(PurchaseOrderLine.purchase_order_id == po.id)
        .order_by(PurchaseOrderLine.id)
    )
    for line, code in rows:
        found.setdefault(code, []).append(line)
    return found


def _planned_lines(
    s: Session, po_no: str, before: dict[str, DraftLine], edit: PoEdit
) -> dict[str, DraftLine]:
    """The lines after the edit, or PurchasingError listing every problem (Korean)."""
    problems: list[str] = []
    codes = [ln.sku_code.strip() for ln in edit.lines]
    removed = [code.strip() for code in edit.remove]
    problems += [
        f"{c}: 한 번의 수정에 두 번 나옵니다" for c in sorted(set(codes)) if codes.count(c) > 1
    ]
    problems += [
        f"{c}: 수정과 삭제를 함께 할 수 없습니다" for c in sorted(set(codes) & set(removed))
    ]
    problems += [f"{c}: 이 발주에 없는 상품입니다" for c in removed if c not in before]
    new_codes = [c for c in codes if c not in before]
    costs = dict(s.execute(select(Sku.code, Sku.cost).where(Sku.code.in_(new_codes))).all())
    problems += [f"없는 상품코드: {c}" for c in new_codes if c not in costs]
    after = {code: line for code, line in before.items() if code not in removed}
    for line, code in zip(edit.lines, codes, strict=True):
        problem = quantity_problem(code, line.quantity)
        if line.unit_cost is not None:
            problem = problem or cost_problem(code, line.unit_cost)
        if problem:
            problems.append(problem)
            continue
        old = before.get(code)
        default_cost = old.unit_cost if old else costs.get(code, 0)
        cost = default_cost if line.unit_cost is None else line.unit_cost
        after[code] = DraftLine(line.quantity, cost)
    if not after and not problems:
        problems.append("발주에 품목이 하나는 있어야 합니다")
    if problems:
        raise PurchasingError(
            f"발주 {po_no}을(를) 수정할 수 없습니다: " + "; ".join(problems),
            f"purchase order {po_no} was not changed (a quantity is not a whole number of "
            "at least 1, a cost is negative, a SKU is unknown or not on it, or no line would "
            "remain); nothing was saved.",
        )
    return after


def _write_lines(
    s: Session,
    po: PurchaseOrder,
    current: dict[str, list[PurchaseOrderLine]],
    after: dict[str, DraftLine],
    changes: Changes,
) -> None:
    """Make the stored lines match `after`: one line per SKU, in their old order."""
    for code, lines in current.items():
        wanted = after.get(code)
        first = lines[0]
        extra = lines[1:] if wanted is not None else lines
        for line in extra:
            s.delete(line)
        if wanted is not None:
            first.quantity, first.unit_cost = wanted.quantity, wanted.unit_cost
        if wanted is None or extra or s.is_modified(first):
            changes.sku_ids.add(first.sku_id)
    added = [code for code in after if code not in current]
    ids = dict(s.execute(select(Sku.code, Sku.id).where(Sku.code.in_(added))).all())
    for code in added:
        draft = after[code]
        s.add(
            PurchaseOrderLine(
                purchase_order_id=po.id,
                sku_id=ids[code],
                quantity=draft.quantity,
                unit_cost=draft.unit_cost,
            )
        )
        changes.sku_ids.add(ids[code])
