"""Waybill labels as PDF (SPEC §4): plain label data in, PDF bytes out — no DB, no Qt."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop_oms.exchange.fonts import KoreanFont, korean_font


@dataclass(frozen=True, slots=True)
class LabelData:
    """Everything printed on one label, already masked as the shop's setting says."""

    courier_name: str
    waybill_no: str
    waybill_display: str
    sender_name: str
    sender_phone: str
    sender_address: str
    recipient_name: str
    recipient_phone: str
    postal_code: str
    address: str
    goods: str
    quantity: int
    message: str
    order_no: str
    print_date: str
    shipment_key: str = ""
    goods_lines: tuple[str, ...] = field(default_factory=tuple)


class LabelTemplate(StrEnum):
    """The label sizes a shop prints on."""

    THERMAL_100X150 = "100x150"
    CJ_123X100 = "123x100"
    A4_2 = "a4-2"
    A4_3 = "a4-3"

    @property
    def korean(self) -> str:
        return TEMPLATE_NAMES[self]

    @property
    def per_page(self) -> int:
        return len(_slots(self))

    @property
    def page_size(self) -> tuple[float, float]:
        """Page width and height in points."""
        return _PAGES[self]


TEMPLATE_NAMES = {
    LabelTemplate.THERMAL_100X150: "100×150mm 감열 (1장/쪽)",
    LabelTemplate.CJ_123X100: "123×100mm CJ 표준",
    LabelTemplate.A4_2: "A4 2칸",
    LabelTemplate.A4_3: "A4 3칸",
}

_PAGES: dict[LabelTemplate, tuple[float, float]] = {
    LabelTemplate.THERMAL_100X150: (100 * mm, 150 * mm),
    LabelTemplate.CJ_123X100: (123 * mm, 100 * mm),
    LabelTemplate.A4_2: A4,
    LabelTemplate.A4_3: A4,
}

#: The two label designs, drawn at their own size and scaled into a slot.
PORTRAIT = (100 * mm, 150 * mm)
LANDSCAPE = (123 * mm, 100 * mm)


def _slots(template: LabelTemplate) -> list[tuple[float, float, float, float]]:
    """(x, y, width, height) of each label on a page, top slot first."""
    width, height = _PAGES[template]
    if template in (LabelTemplate.THERMAL_100X150, LabelTemplate.CJ_123X100):
        return [(0, 0, width, height)]
    count = 2 if template is LabelTemplate.A4_2 else 3
    margin = 5 * mm
    slot_h = (height - 2 * margin) / count
    return [
        (margin, height - margin - (i + 1) * slot_h, width - 2 * margin, slot_h)
        for i in range(count)
    ]


Progress = Callable[[int, int], None]


def render_labels(
    labels: Sequence[LabelData],
    template: LabelTemplate,
    *,
    start_position: int = 1,
    progress: Progress | None = None,
    fonts_dir: Path | None = None,
) -> bytes:
    """A PDF with one label per slot; `start_position` skips used slots on the first sheet."""
    font = korean_font(fonts_dir)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=template.page_size, pageCompression=1)
    canvas.setTitle("송장 / Waybill labels")
    slots = _slots(template)
    slot = max(0, min(start_position - 1, len(slots) - 1))
    forms: dict[tuple[str, ...], str] = {}
    for n, label in enumerate(labels):
        if slot == len(slots):
            canvas.showPage()
            slot = 0
        x, y, w, h = slots[slot]
        _draw_in_slot(canvas, font, label, (x, y, w, h), forms, framed=len(slots) > 1)
        slot += 1
        if progress and n % 50 == 49:
            progress(n + 1, len(labels))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_in_slot(
    canvas: Canvas,
    font: KoreanFont,
    label: LabelData,
    box: tuple[float, float, float, float],
    forms: dict[tuple[str, ...], str],
    *,
    framed: bool,
) -> None:
    """Draw one label scaled into its slot: the shared frame once per batch as a PDF form
    (a reused XObject keeps big batches fast and small), then the label's own fields."""
    x, y, w, h = box
    design = PORTRAIT if h > w * 1.2 else LANDSCAPE
    frame, fields = (
        (_portrait_frame, _portrait_fields)
        if design is PORTRAIT
        else (_landscape_frame, _landscape_fields)
    )
    pen = _Pen(canvas, font)
    key = (str(design[0]), *_frame_key(label))
    name = forms.get(key)
    if name is None:
        name = forms[key] = f"LabelFrame{len(forms)}"
        canvas.beginForm(name, 0, 0, design[0], design[1])
        frame(pen, label)
        if framed:
            canvas.setDash(2, 2)
            canvas.rect(0, 0, design[0], design[1])
        canvas.endForm()
    scale = min(w / design[0], h / design[1])
    canvas.saveState()
    canvas.translate(x + (w - design[0] * scale) / 2, y + (h - design[1] * scale) / 2)
    canvas.scale(scale, scale)
    canvas.doForm(name)
    fields(pen, label)
    canvas.restoreState()


def wrap(text: str, font_name: str, size: float, width: float, max_lines: int) -> list[str]:
    """Break `text` into lines no wider than `width` (Korean breaks anywhere)."""
    text = text.replace("\n", " ")
    if stringWidth(text, font_name, size) <= width:
        return [text] if text else []
    lines: list[str] = []
    current, used = "", 0.0
    for char in text:
        advance = stringWidth(char, font_name, size)
        if used + advance > width:
            lines.append(current)
            if len(lines) == max_lines:
                break
            current = char.lstrip()
            used = advance if current else 0.0
        else:
            current += char
            used += advance
    else:
        if current:
            lines.append(current)
        return lines
    last = lines[-1]
    while last and stringWidth(last + "…", font_name, size) > width:
        last = last[:-1]
    lines[-1] = last + "…"
    return lines


class _Pen:
    """Small drawing helpers bound to one canvas and font."""

    def __init__(self, canvas: Canvas, font: KoreanFont) -> None:
        self.c = canvas
        self.f = font

    def text(self, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
        self.c.setFont(self.f.bold if bold else self.f.regular, size)
        self.c.drawString(x, y, text)

    def right(self, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
        self.c.setFont(self.f.bold if bold else self.f.regular, size)
        self.c.drawRightString(x, y, text)

    def block(
        self, x: float, top: float, text: str, size: float, width: float, lines: int
    ) -> float:
        """Wrapped text from `top` down; returns the y below it."""
        self.c.setFont(self.f.regular, size)
        y = top
        for line in wrap(text, self.f.regular, size, width, lines):
            y -= size * 1.25
            self.c.drawString(x, y, line)
        return y

    def rule(self, y: float, x0: float, x1: float) -> None:
        self.c.line(x0, y, x1, y)

    def barcode(self, x: float, y: float, value: str, width: float, height: float) -> None:
        """Code128 (digits pack as set C) no wider than `width`, centred on it."""
        bar = Code128(value, barHeight=height, barWidth=0.42 * mm)
        if bar.width > width:
            bar = Code128(value, barHeight=height, barWidth=0.42 * mm * width / bar.width)
        bar.drawOn(self.c, x + (width - bar.width) / 2, y)

    def sort_box(self, x: float, y: float, w: float, h: float) -> None:
        self.c.setLineWidth(1.2)
        self.c.rect(x, y, w, h)
        self.c.setLineWidth(0.6)
        self.text(x + 1.5 * mm, y + h - 3.2 * mm, "분류코드", 6)


def _goods_text(label: LabelData) -> str:
    return f"{label.goods}  (총 {label.quantity}개)"


def _frame_key(label: LabelData) -> tuple[str, ...]:
    """What the printed frame of a label depends on (the same for a whole batch, mostly)."""
    return (
        label.courier_name,
        label.print_date,
        label.sender_name,
        label.sender_phone,
        label.sender_address,
    )


def _portrait_frame(pen: _Pen, label: LabelData) -> None:
    """The 100×150 mm thermal design: what every label of a batch shares."""
    w, left, right = 100 * mm, 4 * mm, 96 * mm
    pen.c.setLineWidth(0.6)
    pen.text(left, 143 * mm, label.courier_name, 13, bold=True)
    pen.right(right, 143 * mm, f"출력일 {label.print_date}", 7)
    pen.sort_box(left, 123 * mm, 30 * mm, 15 * mm)
    pen.text(38 * mm, 133 * mm, "운송장번호", 7)
    for y in (140, 100, 72, 56, 26, 10):
        pen.rule(y * mm, 0, w)
    pen.text(left, 95 * mm, "받는분", 7)
    pen.text(left, 68 * mm, "보내는분", 7)
    pen.text(16 * mm, 67.5 * mm, f"{label.sender_name}   {label.sender_phone}", 8)
    pen.block(16 * mm, 66 * mm, label.sender_address, 7, right - 16 * mm, 2)
    pen.text(left, 52 * mm, "상품", 7)
    pen.text(left, 22 * mm, "배송메시지", 7)


def _portrait_fields(pen: _Pen, label: LabelData) -> None:
    """The 100×150 mm thermal design: what each label has of its own."""
    left, right = 4 * mm, 96 * mm
    pen.text(38 * mm, 125 * mm, label.waybill_display, 17, bold=True)
    pen.barcode(left, 104 * mm, label.waybill_no, right - left, 16 * mm)
    pen.text(16 * mm, 94 * mm, f"{label.recipient_name}   {label.recipient_phone}", 12, True)
    pen.text(left, 88 * mm, f"({label.postal_code})", 10, bold=True)
    pen.block(left, 87 * mm, label.address, 10, right - left, 3)
    bottom = pen.block(left, 51 * mm, _goods_text(label), 9, right - left, 2)
    for line in label.goods_lines[:3]:
        bottom = pen.block(left, bottom, line, 7, right - left, 1)
    pen.block(left, 21 * mm, label.message, 8, right - left, 2)
    pen.text(left, 4 * mm, f"주문번호 {label.order_no}", 7)
    pen.right(right, 4 * mm, label.shipment_key, 7)


def _landscape_frame(pen: _Pen, label: LabelData) -> None:
    """The 123×100 mm design (CJ standard size; also A4 sheets): the shared frame."""
    w, left, right, mid = 123 * mm, 4 * mm, 119 * mm, 62 * mm
    pen.c.setLineWidth(0.6)
    pen.text(left, 93 * mm, label.courier_name, 12, bold=True)
    pen.right(right, 93 * mm, f"출력일 {label.print_date}", 7)
    pen.sort_box(left, 75 * mm, 28 * mm, 13.5 * mm)
    pen.text(36 * mm, 84 * mm, "운송장번호", 7)
    for y in (90, 72, 50, 38, 9):
        pen.rule(y * mm, 0, w)
    pen.text(left, 67 * mm, "받는분", 7)
    pen.text(left, 46 * mm, "보내는분", 7)
    pen.text(16 * mm, 45.5 * mm, f"{label.sender_name}   {label.sender_phone}", 8)
    pen.block(16 * mm, 44 * mm, label.sender_address, 7, right - 16 * mm, 1)
    pen.text(left, 34 * mm, "상품", 7)
    pen.text(mid + 14 * mm, 34 * mm, "배송메시지", 7)


def _landscape_fields(pen: _Pen, label: LabelData) -> None:
    """The 123×100 mm design: what each label has of its own."""
    left, right, mid = 4 * mm, 119 * mm, 62 * mm
    pen.text(36 * mm, 77 * mm, label.waybill_display, 16, bold=True)
    pen.barcode(82 * mm, 75 * mm, label.waybill_no, right - 82 * mm, 13 * mm)
    pen.text(16 * mm, 66.5 * mm, f"{label.recipient_name}   {label.recipient_phone}", 12, True)
    pen.text(left, 61 * mm, f"({label.postal_code})", 10, bold=True)
    pen.block(22 * mm, 64.5 * mm, label.address, 10, right - 22 * mm, 2)
    bottom = pen.block(left, 33 * mm, _goods_text(label), 9, mid + 10 * mm - left, 2)
    for line in label.goods_lines[:2]:
        bottom = pen.block(left, bottom, line, 7, mid + 10 * mm - left, 1)
    pen.block(mid + 14 * mm, 33 * mm, label.message, 8, right - mid - 14 * mm, 3)
    pen.text(left, 3.5 * mm, f"주문번호 {label.order_no}", 7)
    pen.right(right, 3.5 * mm, label.shipment_key, 7)
