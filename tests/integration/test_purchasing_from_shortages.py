"""The shortage view: short orders by SKU and supplier, purchase orders, cancelling."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_oms.domain.payment import PaymentState
from desktop_oms.domain.purchasing import PoStatus
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.purchasing import (
    PurchasingError,
    cancel_purchase_order,
    create_from_shortages,
    export_purchase_order,
    purchase_order_detail,
    purchase_orders,
    send_purchase_order,
)
from desktop_oms.services.queries import order_detail
from desktop_oms.services.shortages import (
    cancel_short_orders,
    save_notice_template,
    shortage_report,
)
from desktop_oms.services.stock import check_stock
from desktop_oms.storage.uow import Database
from tests.conftest import add_sku
from tests.integration.test_receiving import figures, give_supplier, short_orders


@pytest.fixture
def shop(db: Database) -> Database:
    """Two suppliers; TEE short by 4 (safety 2), MUG short by 1, SOAP has no supplier."""
    add_sku(db, "TEE", 1, safety=2)
    add_sku(db, "MUG", 0)
    add_sku(db, "SOAP", 0)
    give_supplier(db, "TEE", "(주)한빛섬유")
    give_supplier(db, "MUG", "코리아리빙")
    short_orders(db, "TEE", [3, 2])
    short_orders(db, "MUG", [1])
    short_orders(db, "SOAP", [1])
    return db


def test_shortages_are_grouped_by_sku_and_by_supplier(shop: Database) -> None:
    report = shortage_report(shop)

    assert [
        (s.code, s.waiting_need, s.available, s.missing, s.suggested) for s in report.by_sku
    ] == [
        ("MUG", 1, 0, 1, 1),
        ("SOAP", 1, 0, 1, 1),
        ("TEE", 5, 1, 4, 6),
    ]
    assert [(g.supplier_name, [s.code for s in g.skus]) for g in report.by_supplier] == [
        ("(주)한빛섬유", ["TEE"]),
        ("코리아리빙", ["MUG"]),
        ("(공급처 미지정)", ["SOAP"]),
    ]
    assert [o.needs for o in report.orders][:1] == [(("TEE", 3),)]


def test_one_purchase_order_per_supplier_and_never_twice(shop: Database) -> None:
    made = create_from_shortages(shop, "kim")
    again = create_from_shortages(shop, "kim")

    assert len(made.po_nos) == 2
    assert made.without_supplier == ["SOAP"]
    assert again.po_nos == []
    lines = {
        ln.sku_code: ln.quantity
        for no in made.po_nos
        for ln in purchase_order_detail(shop, no).lines
    }
    assert lines == {"TEE": 6, "MUG": 1}
    assert {r.status for r in purchase_orders(shop)} == {PoStatus.DRAFT}
    assert [s.on_order for s in shortage_report(shop).by_sku if s.code == "TEE"] == [6]


def test_sent_order_cannot_be_sent_again_and_cancel_frees_what_is_on_order(shop: Database) -> None:
    (po_no, _) = create_from_shortages(shop, "kim").po_nos
    send_purchase_order(shop, po_no, "kim")

    with pytest.raises(PurchasingError, match="발주완료 상태에서는 발주 전송"):
        send_purchase_order(shop, po_no, "kim")
    cancel_purchase_order(shop, po_no, "kim", "공급처 단종")

    assert purchase_order_detail(shop, po_no).status is PoStatus.CANCELLED
    on_order = {s.code: s.on_order for s in shortage_report(shop).by_sku}
    assert on_order == {"MUG": 1, "SOAP": 0, "TEE": 0}


def test_cancelling_short_orders_releases_refunds_and_writes_a_notice(shop: Database) -> None:
    save_notice_template(shop, "{수취인}님 {주문번호} {상품} 품절 취소 ({사유}) {금액}원 환불")
    order = shortage_report(shop).orders[0]

    result = cancel_short_orders(shop, [order.order_id], "품절 (재입고 불가)", "kim")

    detail = order_detail(shop, order.order_id)
    assert detail is not None
    assert detail.row.status is OrderStatus.CANCELLED
    assert detail.payment_state is PaymentState.REFUNDED
    assert result.notices == [
        (
            order.order_no,
            f"고객0님 {order.order_no} {order.goods} 품절 취소 (품절 (재입고 불가)) "
            f"{order.total_amount:,}원 환불",
        )
    ]
    again = cancel_short_orders(shop, [order.order_id], "품절", "kim")
    assert again.notices == [] and again.changes.refused
    assert figures(shop, "TEE") == (1, 0)
    assert check_stock(shop) == []


def test_purchase_order_exports_to_excel_and_pdf_in_korean(shop: Database, tmp_path: Path) -> None:
    po_no = create_from_shortages(shop, "kim").po_nos[0]

    xlsx = export_purchase_order(shop, po_no, tmp_path / "발주서.xlsx")
    pdf = export_purchase_order(shop, po_no, tmp_path / "발주서.pdf")

    sheet = load_workbook(xlsx)["발주서"]
    assert [c.value for c in sheet[1]][:6] == ["No", "상품코드", "상품명", "옵션", "바코드", "수량"]
    assert sheet.cell(2, 2).value == "TEE" and sheet.cell(2, 6).value == 6
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "발 주 서" in text and po_no in text and "한빛섬유" in text
    with pytest.raises(PurchasingError, match=r"\.xlsx 또는 \.pdf"):
        export_purchase_order(shop, po_no, tmp_path / "발주서.doc")
