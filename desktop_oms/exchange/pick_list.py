"""The pick list (one line per SKU over a batch) and packing slips (one per parcel) as PDF."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_oms.exchange.fonts import KoreanFont, korean_font
from desktop_oms.exchange.labels import wrap


@dataclass(frozen=True, slots=True)
class PickLine:
    """How many of one SKU and option to pick, and where it lies."""

    location: str
    sku_code: str
    product_name: str
    option_text: str
    quantity: int
    order_lines: int


@dataclass(frozen=True, slots=True)
class PackingSlip:
    """What goes into one parcel, for the packer and the customer."""

    shipment_key: str
    courier_name: str
    waybill_display: str
    order_nos: str
    recipient: str
    address: str
    message: str
    lines: tuple[tuple[str, str, str, int], ...]
    shop_name: str
    print_date: str


class _Page:
    """An A4 page writer that moves down line by line and starts new pages."""

    def __init__(self, canvas: Canvas, font: KoreanFont, title: str) -> None:
        self.c, self.f, self.title = canvas, font, title
        self.page = 0
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        self.c.setFont(self.f.bold, 14)
        self.c.drawString(15 * mm, A4[1] - 20 * mm, self.title)
        self.c.setFont(self.f.regular, 8)
        self.c.drawRightString(A4[0] - 15 * mm, A4[1] - 20 * mm, f"{self.page}쪽")
        self.y = A4[1] - 30 * mm

    def need(self, height: float) -> None:
        if self.y - height < 15 * mm:
            self.new_page()

    def row(self, cells: Sequence[tuple[float, str]], size: float = 9, bold: bool = False) -> None:
        self.need(size * 1.6)
        self.y -= size * 1.6
        self.c.setFont(self.f.bold if bold else self.f.regular, size)
        for x, text in cells:
            self.c.drawString(x, self.y, text)


PICK_COLUMNS = [15 * mm, 38 * mm, 70 * mm, 150 * mm, 178 * mm]


def render_pick_list(lines: Sequence[PickLine], title: str, fonts_dir: Path | None = None) -> bytes:
    """A4 table: 위치, 상품코드, 상품명/옵션, 수량, 건수 — with a total at the end."""
    font = korean_font(fonts_dir)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle(title)
    page = _Page(canvas, font, title)
    header = ["위치", "상품코드", "상품명 / 옵션", "수량", "주문줄"]
    page.row(list(zip(PICK_COLUMNS, header, strict=True)), bold=True)
    for line in lines:
        name = wrap(f"{line.product_name} / {line.option_text}", font.regular, 9, 78 * mm, 1)
        page.row(
            list(
                zip(
                    PICK_COLUMNS,
                    [
                        line.location or "-",
                        line.sku_code or "(미매칭)",
                        name[0] if name else "",
                        f"{line.quantity}",
                        f"{line.order_lines}",
                    ],
                    strict=True,
                )
            )
        )
    total = sum(line.quantity for line in lines)
    page.row([(15 * mm, f"합계 {len(lines)}종 {total}개")], bold=True)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_packing_slips(slips: Sequence[PackingSlip], fonts_dir: Path | None = None) -> bytes:
    """One A4 page per parcel: recipient, waybill, and the goods to put in the box."""
    font = korean_font(fonts_dir)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle("패킹 리스트 / Packing slips")
    for slip in slips:
        page = _Page(canvas, font, f"{slip.shop_name} 납품서 (패킹 리스트)")
        page.row([(15 * mm, f"출력일 {slip.print_date}   배송키 {slip.shipment_key}")])
        page.row([(15 * mm, f"{slip.courier_name} {slip.waybill_display}")], 11, bold=True)
        page.row([(15 * mm, f"주문번호 {slip.order_nos}")])
        page.row([(15 * mm, f"받는분 {slip.recipient}")], 10)
        page.row([(15 * mm, slip.address)])
        if slip.message:
            page.row([(15 * mm, f"배송메시지 {slip.message}")])
        page.y -= 4 * mm
        columns = [15 * mm, 45 * mm, 170 * mm, 185 * mm]
        page.row(
            list(zip(columns, ["상품코드", "상품명 / 옵션", "수량", "확인"], strict=True)),
            bold=True,
        )
        for code, name, option, qty in slip.lines:
            text = wrap(f"{name} / {option}", font.regular, 9, 120 * mm, 1)
            page.row(
                list(zip(columns, [code, text[0] if text else "", str(qty), "□"], strict=True))
            )
        page.row([(15 * mm, f"합계 {sum(q for *_, q in slip.lines)}개")], bold=True)
        canvas.showPage()
    if not slips:
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
