"""The purchase order (발주서) the supplier receives: an .xlsx sheet and an A4 PDF in Korean."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_oms.exchange.excel_out import write_xlsx

HEADER = ["No", "상품코드", "상품명", "옵션", "바코드", "수량", "단가", "금액"]


@dataclass(frozen=True, slots=True)
class PurchaseOrderDocLine:
    """One line of the document."""

    sku_code: str
    product_name: str
    option_text: str
    barcode: str
    quantity: int
    unit_cost: int

    @property
    def amount(self) -> int:
        return self.quantity * self.unit_cost


@dataclass(frozen=True, slots=True)
class PurchaseOrderDoc:
    """What the supplier reads: who orders what from whom, and when."""

    po_no: str
    created_at: datetime
    supplier_name: str
    supplier_contact: str
    shop_name: str
    shop_phone: str
    shop_address: str
    note: str
    lines: tuple[PurchaseOrderDocLine, ...]

    @property
    def total_quantity(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def total_amount(self) -> int:
        return sum(line.amount for line in self.lines)


def _rows(doc: PurchaseOrderDoc) -> list[list[object]]:
    return [
        [
            n,
            ln.sku_code,
            ln.product_name,
            ln.option_text,
            ln.barcode,
            ln.quantity,
            ln.unit_cost,
            ln.amount,
        ]
        for n, ln in enumerate(doc.lines, start=1)
    ]


def write_purchase_order_xlsx(path: Path | str, doc: PurchaseOrderDoc) -> Path:
    """One sheet of lines with a total row, and a second sheet with the order's particulars."""
    rows = _rows(doc)
    rows.append(["합계", "", "", "", "", doc.total_quantity, "", doc.total_amount])
    info = [
        ("발주번호", doc.po_no),
        ("발주일", f"{doc.created_at:%Y-%m-%d}"),
        ("공급처", doc.supplier_name),
        ("공급처 연락처", doc.supplier_contact),
        ("발주처", doc.shop_name),
        ("연락처", doc.shop_phone),
        ("입고주소", doc.shop_address),
        ("비고", doc.note),
    ]
    return write_xlsx(path, [("발주서", HEADER, rows), ("발주정보", ["항목", "내용"], info)])


def write_purchase_order_pdf(path: Path | str, doc: PurchaseOrderDoc) -> Path:
    """An A4 발주서 with the Korean font embedded (it renders on any PC)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from desktop_oms.exchange.fonts import korean_font

    font = korean_font()
    title = ParagraphStyle("title", fontName=font.bold, fontSize=18, leading=24, alignment=1)
    body = ParagraphStyle("body", fontName=font.regular, fontSize=9.5, leading=13)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    story: list[object] = [Paragraph("발 주 서", title), Spacer(1, 6 * mm)]
    particulars = [
        ["발주번호", doc.po_no, "발주일", f"{doc.created_at:%Y-%m-%d}"],
        ["공급처", doc.supplier_name, "연락처", doc.supplier_contact],
        ["발주처", doc.shop_name, "연락처", doc.shop_phone],
        ["입고주소", doc.shop_address, "", ""],
    ]
    head = Table(particulars, colWidths=[22 * mm, 68 * mm, 20 * mm, 60 * mm])
    head.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font.regular),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#DDEBF7")),
                ("BACKGROUND", (2, 0), (2, -2), colors.HexColor("#DDEBF7")),
                ("SPAN", (1, 3), (3, 3)),
            ]
        )
    )
    story += [head, Spacer(1, 6 * mm)]
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11)
    rows: list[list[object]] = [list(HEADER)]
    for row in _rows(doc):
        rows.append(
            [
                str(row[0]),
                Paragraph(str(row[1]), cell),
                Paragraph(str(row[2]), cell),
                Paragraph(str(row[3]), cell),
                str(row[4]),
                f"{row[5]:,}",
                f"{row[6]:,}",
                f"{row[7]:,}",
            ]
        )
    rows.append(["합계", "", "", "", "", f"{doc.total_quantity:,}", "", f"{doc.total_amount:,}"])
    widths = [9, 28, 45, 25, 24, 13, 15, 19]
    lines = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
    lines.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font.regular),
                ("FONTNAME", (0, 0), (-1, 0), font.bold),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                ("ALIGN", (5, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("SPAN", (0, -1), (4, -1)),
            ]
        )
    )
    story.append(lines)
    if doc.note:
        story += [Spacer(1, 5 * mm), Paragraph(f"비고: {_escape(doc.note)}", body)]
    pdf = SimpleDocTemplate(
        str(tmp),
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"발주서 {doc.po_no}",
        author=doc.shop_name,
    )
    pdf.build(story)
    tmp.replace(path)
    return path


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
