"""Purchase orders (발주): create (by hand or from the shortages), send, cancel, receive."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Subquery, func, select
from sqlalchemy.orm import Session

from desktop_oms.domain.purchasing import (
    PoAction,
    PoEventKind,
    PoStatus,
    po_allows,
    quantity_problem,
    refusal_text,
)
from desktop_oms.services.purchase_history import record_po_event
from desktop_oms.services.sequences import take_numbers
from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.services.shortages import shortage_report
from desktop_oms.storage.tables import (
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    Sku,
    Supplier,
)
from desktop_oms.storage.uow import Database


class PurchasingError(ValueError):
    """A purchase-order action was refused; Korean first, then English."""

    def __init__(self, message_ko: str, message_en: str) -> None:
        super().__init__(f"{message_ko} / {message_en}")
        self.message_ko = message_ko
        self.message_en = message_en


def stale_po(po_no: str) -> PurchasingError:
    return PurchasingError(
        f"발주 {po_no}은(는) 다른 PC에서 변경되었습니다 — 다시 불러오세요.",
        f"Purchase order {po_no} was changed by someone else — reload.",
    )


@dataclass(frozen=True, slots=True)
class PoLineInput:
    """One SKU and quantity for a new purchase order (cost defaults to the SKU's cost)."""

    sku_code: str
    quantity: int
    unit_cost: int | None = None


@dataclass(frozen=True, slots=True)
class PoRow:
    """One purchase order in the list."""

    po_no: str
    supplier_name: str
    status: PoStatus
    created_at: datetime
    sent_at: datetime | None
    line_count: int
    quantity: int
    received: int
    amount: int


@dataclass(frozen=True, slots=True)
class PoLineRow:
    """One line of a purchase order as the dialog and the documents show it."""

    sku_code: str
    product_name: str
    option_text: str
    barcode: str
    quantity: int
    received: int
    unit_cost: int

    @property
    def remaining(self) -> int:
        return max(self.quantity - self.received, 0)


@dataclass(frozen=True, slots=True)
class PoDetail:
    """A purchase order with its supplier and lines."""

    po_no: str
    supplier_name: str
    supplier_contact: str
    status: PoStatus
    created_at: datetime
    sent_at: datetime | None
    note: str
    lines: list[PoLineRow]
    version: int = 0


def _numbers(session: Session, count: int, now: datetime) -> list[str]:
    return [f"PO{now:%Y%m%d}-{n:04d}" for n in take_numbers(session, "purchase_orders", count)]


def _add_po(
    session: Session,
    supplier_id: int | None,
    lines: Sequence[tuple[int, int, int]],
    po_no: str,
    now: datetime,
    note: str,
    who: str,
) -> PurchaseOrder:
    po = PurchaseOrder(po_no=po_no, supplier_id=supplier_id, created_at=now, note=note)
    session.add(po)
    session.flush()
    for sku_id, quantity, cost in lines:
        session.add(
            PurchaseOrderLine(
                purchase_order_id=po.id, sku_id=sku_id, quantity=quantity, unit_cost=cost
            )
        )
    units = sum(quantity for _sku, quantity, _cost in lines)
    detail = (
        f"{note} — 품목 {len(lines)}개, 수량 {units:,}"
        if note
        else f"품목 {len(lines)}개, 수량 {units:,}"
    )
    record_po_event(session, po.id, PoEventKind.CREATED, who, now, detail)
    return po


def merge_same_skus(lines: Sequence[PoLineInput]) -> tuple[list[PoLineInput], list[str]]:
    """One line per SKU: quantities of a repeated SKU are added up (the first unit cost
    given counts); two different unit costs for one SKU are a problem (Korean)."""
    merged: dict[str, PoLineInput] = {}
    problems = []
    for line in lines:
        code = line.sku_code.strip()
        seen = merged.get(code)
        if seen is None:
            merged[code] = PoLineInput(code, line.quantity, line.unit_cost)
            continue
        if None not in (seen.unit_cost, line.unit_cost) and seen.unit_cost != line.unit_cost:
            problems.append(
                f"{code}: 같은 상품에 단가가 둘입니다 ({seen.unit_cost}, {line.unit_cost})"
            )
        cost = seen.unit_cost if seen.unit_cost is not None else line.unit_cost
        merged[code] = PoLineInput(code, seen.quantity + line.quantity, cost)
    return list(merged.values()), problems


def create_purchase_order(
    db: Database,
    supplier_name: str | None,
    lines: Sequence[PoLineInput],
    who: str,
    *,
    note: str = "",
    now: datetime | None = None,
) -> str:
    """A draft purchase order to one supplier; refused whole if a line is wrong."""
    now = now or datetime.now()
    problems = [p for ln in lines if (p := quantity_problem(ln.sku_code, ln.quantity))]
    if not lines:
        problems.append("품목이 없습니다")
    lines, cost_clashes = merge_same_skus(lines)
    problems += cost_clashes
    with db.unit_of_work() as uow:
        s = uow.session
        supplier_id = None
        if supplier_name:
            supplier_id = s.scalar(select(Supplier.id).where(Supplier.name == supplier_name))
            if supplier_id is None:
                problems.append(f"없는 공급처: {supplier_name}")
        codes = {ln.sku_code for ln in lines}
        skus = {sku.code: sku for sku in s.scalars(select(Sku).where(Sku.code.in_(codes)))}
        problems += [f"없는 상품코드: {c}" for c in sorted(codes - set(skus))]
        if problems:
            raise PurchasingError("발주를 만들 수 없습니다: " + "; ".join(problems), "invalid PO")
        rows = [
            (
                skus[ln.sku_code].id,
                ln.quantity,
                ln.unit_cost if ln.unit_cost is not None else skus[ln.sku_code].cost,
            )
            for ln in lines
        ]
        (po_no,) = _numbers(s, 1, now)
        _add_po(s, supplier_id, rows, po_no, now, note, who)
        uow.touch("purchasing")
        uow.commit()
    return po_no


@dataclass(slots=True)
class PoCreation:
    """Purchase orders made from the shortages, and SKUs left out (no supplier)."""

    po_nos: list[str] = field(default_factory=list)
    without_supplier: list[str] = field(default_factory=list)


def create_from_shortages(db: Database, who: str, *, now: datetime | None = None) -> PoCreation:
    """One draft purchase order per supplier with the suggested quantities (> 0).

    Suggestions subtract what is already on order, so running this twice orders once.
    """
    now = now or datetime.now()
    report = shortage_report(db)
    result = PoCreation()
    groups = []
    for group in report.by_supplier:
        wanted = [sku for sku in group.skus if sku.suggested > 0]
        if not wanted:
            continue
        if group.supplier_id is None:
            result.without_supplier += [sku.code for sku in wanted]
            continue
        groups.append((group.supplier_id, wanted))
    if not groups:
        return result
    with db.unit_of_work() as uow:
        s = uow.session
        costs = dict(s.execute(select(Sku.id, Sku.cost)).all())
        numbers = _numbers(s, len(groups), now)
        for po_no, (supplier_id, wanted) in zip(numbers, groups, strict=True):
            lines = [(sku.sku_id, sku.suggested, costs.get(sku.sku_id, 0)) for sku in wanted]
            _add_po(s, supplier_id, lines, po_no, now, "재고부족 주문에서 생성", who)
            result.po_nos.append(po_no)
        uow.touch("purchasing")
        uow.commit()
    return result


def _po_totals() -> Subquery:
    return (
        select(
            PurchaseOrderLine.purchase_order_id.label("po_id"),
            func.count().label("lines"),
            func.sum(PurchaseOrderLine.quantity).label("qty"),
            func.sum(PurchaseOrderLine.received_qty).label("received"),
            func.sum(PurchaseOrderLine.quantity * PurchaseOrderLine.unit_cost).label("amount"),
        )
        .group_by(PurchaseOrderLine.purchase_order_id)
        .subquery()
    )


def purchase_orders(db: Database, *, status: PoStatus | None = None) -> list[PoRow]:
    """Purchase orders, newest first."""
    totals = _po_totals()
    query = (
        select(
            PurchaseOrder.po_no,
            func.coalesce(Supplier.name, "(공급처 미지정)"),
            PurchaseOrder.status,
            PurchaseOrder.created_at,
            PurchaseOrder.sent_at,
            func.coalesce(totals.c.lines, 0),
            func.coalesce(totals.c.qty, 0),
            func.coalesce(totals.c.received, 0),
            func.coalesce(totals.c.amount, 0),
        )
        .outerjoin(Supplier, Supplier.id == PurchaseOrder.supplier_id)
        .outerjoin(totals, totals.c.po_id == PurchaseOrder.id)
        .order_by(PurchaseOrder.id.desc())
    )
    if status is not None:
        query = query.where(PurchaseOrder.status == status.value)
    with db.reading() as s:
        return [
            PoRow(no, sup, PoStatus(st), c, sent, int(n), int(q), int(r), int(a))
            for no, sup, st, c, sent, n, q, r, a in s.execute(query)
        ]


def find_purchase_order(session: Session, po_no: str, *, lock: bool = False) -> PurchaseOrder:
    query = select(PurchaseOrder).where(PurchaseOrder.po_no == po_no.strip())
    po = session.scalars(query.with_for_update() if lock else query).one_or_none()
    if po is None:
        raise PurchasingError(f"없는 발주번호입니다: {po_no}", f"no such purchase order: {po_no}")
    return po


def purchase_order_detail(db: Database, po_no: str) -> PoDetail:
    """One purchase order with its lines."""
    with db.reading() as s:
        po = find_purchase_order(s, po_no)
        supplier = s.get(Supplier, po.supplier_id) if po.supplier_id else None
        lines = [
            PoLineRow(code, name, option, barcode or "", qty, received, cost)
            for code, name, option, barcode, qty, received, cost in s.execute(
                select(
                    Sku.code,
                    Product.name,
                    Sku.option_text,
                    Sku.barcode,
                    PurchaseOrderLine.quantity,
                    PurchaseOrderLine.received_qty,
                    PurchaseOrderLine.unit_cost,
                )
                .join(Sku, Sku.id == PurchaseOrderLine.sku_id)
                .join(Product, Product.id == Sku.product_id)
                .where(PurchaseOrderLine.purchase_order_id == po.id)
                .order_by(PurchaseOrderLine.id)
            )
        ]
        return PoDetail(
            po.po_no,
            supplier.name if supplier else "(공급처 미지정)",
            supplier.contact if supplier else "",
            PoStatus(po.status),
            po.created_at,
            po.sent_at,
            po.note,
            lines,
            po.version,
        )


def check_po_action(po: PurchaseOrder, action: PoAction, seen_version: int | None = None) -> None:
    """Refuse `action` on `po` in its state, or when another PC changed it since
    `seen_version` was read (the screen would send or cancel what it no longer shows)."""
    status = PoStatus(po.status)
    if not po_allows(action, status):
        raise PurchasingError(*refusal_text(po.po_no, action, status))
    if seen_version is not None and seen_version != po.version:
        raise stale_po(po.po_no)


def send_purchase_order(
    db: Database,
    po_no: str,
    who: str,
    *,
    seen_version: int | None = None,
    now: datetime | None = None,
) -> PoStatus:
    """Mark a draft as sent to the supplier (its quantities are now on the way)."""
    with db.unit_of_work() as uow:
        po = find_purchase_order(uow.session, po_no, lock=True)
        check_po_action(po, PoAction.SEND, seen_version)
        po.status = PoStatus.SENT.value
        po.sent_at = now or datetime.now()
        po.version += 1
        record_po_event(
            uow.session, po.id, PoEventKind.SENT, who, po.sent_at, "공급처에 발주서 전송"
        )
        uow.touch("purchasing")
        uow.commit()
    return PoStatus.SENT


def cancel_purchase_order(
    db: Database,
    po_no: str,
    who: str,
    reason: str = "",
    *,
    seen_version: int | None = None,
    now: datetime | None = None,
) -> PoStatus:
    """Cancel a purchase order; what was not received stops counting as on order."""
    with db.unit_of_work() as uow:
        po = find_purchase_order(uow.session, po_no, lock=True)
        check_po_action(po, PoAction.CANCEL, seen_version)
        po.status = PoStatus.CANCELLED.value
        po.note = (po.note + f" / 취소({who}): {reason}".rstrip(": ")).strip(" /")[:300]
        po.version += 1
        detail = f"사유: {reason.strip()}" if reason.strip() else ""
        record_po_event(
            uow.session, po.id, PoEventKind.CANCELLED, who, now or datetime.now(), detail
        )
        uow.touch("purchasing", "stock")
        uow.commit()
    return PoStatus.CANCELLED


def export_purchase_order(db: Database, po_no: str, path: Path | str) -> Path:
    """Write the purchase order for the supplier: .xlsx or .pdf by the file's extension."""
    from desktop_oms.exchange.purchase_order_docs import (
        PurchaseOrderDoc,
        PurchaseOrderDocLine,
        write_purchase_order_pdf,
        write_purchase_order_xlsx,
    )

    detail = purchase_order_detail(db, po_no)
    shop = load_shop_settings(db)
    doc = PurchaseOrderDoc(
        po_no=detail.po_no,
        created_at=detail.created_at,
        supplier_name=detail.supplier_name,
        supplier_contact=detail.supplier_contact,
        shop_name=shop.shop_name,
        shop_phone=shop.sender_phone,
        shop_address=shop.sender_address,
        note=detail.note,
        lines=tuple(
            PurchaseOrderDocLine(
                ln.sku_code, ln.product_name, ln.option_text, ln.barcode, ln.quantity, ln.unit_cost
            )
            for ln in detail.lines
        ),
    )
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        return write_purchase_order_pdf(path, doc)
    if path.suffix.lower() == ".xlsx":
        return write_purchase_order_xlsx(path, doc)
    raise PurchasingError(
        "파일 형식은 .xlsx 또는 .pdf 여야 합니다.", "the file must end in .xlsx or .pdf."
    )
