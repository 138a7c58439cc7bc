"""The waybill printing dialog: orders, courier, numbering way, template, live PDF preview."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.exchange.labels import LabelTemplate
from desktop_oms.resources import courier_registry
from desktop_oms.services import labels as label_service
from desktop_oms.services import waybill_band, waybills
from desktop_oms.services.changes import Changes, Refusal
from desktop_oms.services.courier_api import FakeCourierApi, assign_from_api
from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.labels import courier_label
from desktop_oms.ui.messages import error_lines, error_text
from desktop_oms.ui.worker import TaskControl, Worker

SideRender = Callable[[Database, Sequence[int]], bytes]
NUMBERING_BAND = "BAND"
NUMBERING_FILE = "FILE"
NUMBERING_API = "API"


@dataclass(slots=True)
class RenderedLabels:
    """A preview made in the background: the PDF, its shipments, refusals, numbers left."""

    pdf: bytes
    shipment_ids: list[int]
    refused: list[Refusal] = field(default_factory=list)
    #: Numbers left in the courier's active bands (None: not numbered from a band).
    band_left: int | None = None
    band_low: bool = False


class LabelPrintDialog(QDialog):
    """Pick courier, numbering and label size; preview, then print or save the labels."""

    #: What printing changed (print counts, history), for the main window to broadcast.
    changed = Signal(object)
    #: The preview is ready (number of pages).
    preview_ready = Signal(int)

    def __init__(self, ctx: AppContext, order_ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.order_ids = list(order_ids) or waybills.ready_order_ids(ctx.db)
        self.rendered: RenderedLabels | None = None
        self._worker: Worker | None = None
        self._pending = False
        self._closed = False
        self._tmp = tempfile.TemporaryDirectory(prefix="oms-labels-")
        self._preview_no = 0
        self.setWindowTitle(self.tr("송장 출력"))
        self.resize(980, 720)
        self._build()
        self._connect()
        self.refresh_preview()

    # --- layout -------------------------------------------------------------------
    def _build(self) -> None:
        settings = load_shop_settings(self.ctx.db)
        self.courier_box = QComboBox()
        for courier in courier_registry():
            self.courier_box.addItem(courier_label(courier), courier.code)
        index = self.courier_box.findData(settings.default_courier)
        self.courier_box.setCurrentIndex(max(0, index))
        self.numbering_box = QComboBox()
        self.numbering_box.addItem(self.tr("송장번호 대역에서 받기"), NUMBERING_BAND)
        self.numbering_box.addItem(self.tr("택배사 결과파일로 받은 번호"), NUMBERING_FILE)
        self.numbering_box.addItem(self.tr("택배사 API (테스트용)"), NUMBERING_API)
        self.template_box = QComboBox()
        for template in LabelTemplate:
            self.template_box.addItem(self.tr(template.korean), template.value)
        self.start_box = QSpinBox()
        self.start_box.setRange(1, 1)
        self.orders_label = QLabel(self.tr("선택한 배송준비중 주문: %n건", "", len(self.order_ids)))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        form = QFormLayout()
        form.addRow(self.orders_label)
        form.addRow(self.tr("택배사"), self.courier_box)
        form.addRow(self.tr("송장번호"), self.numbering_box)
        form.addRow(self.tr("라벨 양식"), self.template_box)
        form.addRow(self.tr("시작 칸 (A4)"), self.start_box)
        self.preview_button = QPushButton(self.tr("미리보기 새로고침"))
        self.print_button = QPushButton(self.tr("인쇄…"))
        self.save_button = QPushButton(self.tr("PDF 저장…"))
        self.pick_button = QPushButton(self.tr("피킹 리스트 PDF…"))
        self.packing_button = QPushButton(self.tr("패킹 리스트 PDF…"))
        self.close_button = QPushButton(self.tr("닫기"))
        side = QVBoxLayout()
        side.addLayout(form)
        for button in (self.preview_button, self.print_button, self.save_button):
            side.addWidget(button)
        side.addSpacing(12)
        side.addWidget(self.pick_button)
        side.addWidget(self.packing_button)
        side.addWidget(self.progress)
        side.addWidget(self.status_label)
        side.addStretch(1)
        side.addWidget(self.close_button)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.page_label = QLabel()
        right = QVBoxLayout()
        right.addWidget(self.view, 1)
        right.addWidget(self.page_label)
        main = QHBoxLayout(self)
        holder = QWidget()
        holder.setLayout(side)
        holder.setFixedWidth(320)
        main.addWidget(holder)
        main.addLayout(right, 1)
        self._update_start_range()
        self._set_busy(False)

    def _connect(self) -> None:
        self.courier_box.currentIndexChanged.connect(self.refresh_preview)
        self.numbering_box.currentIndexChanged.connect(self.refresh_preview)
        self.template_box.currentIndexChanged.connect(self.on_template_changed)
        self.start_box.valueChanged.connect(self.refresh_preview)
        self.preview_button.clicked.connect(self.refresh_preview)
        self.save_button.clicked.connect(self.on_save_pdf)
        self.print_button.clicked.connect(self.on_print)
        self.pick_button.clicked.connect(self.on_pick_list)
        self.packing_button.clicked.connect(self.on_packing_slips)
        self.close_button.clicked.connect(self.reject)

    # --- choices --------------------------------------------------------------------
    @property
    def template(self) -> LabelTemplate:
        return LabelTemplate(self.template_box.currentData())

    @property
    def courier_code(self) -> str:
        return str(self.courier_box.currentData())

    @property
    def numbering(self) -> str:
        return str(self.numbering_box.currentData())

    def on_template_changed(self) -> None:
        self._update_start_range()
        self.refresh_preview()

    def _update_start_range(self) -> None:
        self.start_box.setRange(1, self.template.per_page)
        self.start_box.setEnabled(self.template.per_page > 1)

    # --- preview in the background -----------------------------------------------------
    def refresh_preview(self) -> None:
        """Number what needs a number (the chosen way), render, and show the PDF."""
        if self._worker is not None:
            self._pending = True
            return
        db, who = self.ctx.db, self.ctx.operator
        ids, courier, numbering = list(self.order_ids), self.courier_code, self.numbering
        template, start = self.template, self.start_box.value()

        def work(control: TaskControl) -> RenderedLabels:
            return _number_and_render(db, who, ids, courier, numbering, template, start, control)

        self._set_busy(True)
        self.status_label.setText(self.tr("라벨을 만드는 중…"))
        worker = Worker(work)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_rendered)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_done)
        self._worker = worker.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_rendered(self, result: RenderedLabels) -> None:
        if self._closed:  # a preview that finished as the dialog was closing: not shown
            self._on_done()
            return
        self.rendered = result
        self._preview_no += 1
        path = Path(self._tmp.name) / f"preview-{self._preview_no}.pdf"
        path.write_bytes(result.pdf)
        self.document.load(str(path))
        pages = self.document.pageCount() if result.shipment_ids else 0
        self.page_label.setText(
            self.tr("라벨 %1장, %2쪽")
            .replace("%1", str(len(result.shipment_ids)))
            .replace("%2", str(pages))
        )
        notes = error_lines(result.refused[:5])
        if len(result.refused) > 5:
            notes.append(self.tr("… 외 %n건", "", len(result.refused) - 5))
        if result.band_left is not None:
            notes.append(self._band_note(result.band_left, result.band_low))
        if not result.shipment_ids:
            notes.insert(0, self.tr("출력할 송장이 없습니다."))
        self.status_label.setText("\n".join(notes))
        self._on_done()
        self.preview_ready.emit(pages)

    def _band_note(self, left: int, low: bool) -> str:
        if low:
            return self.tr("송장번호 대역 잔여 {0}개 — 새 대역을 등록하세요.").format(f"{left:,}")
        return self.tr("송장번호 대역 잔여 {0}개").format(f"{left:,}")

    def _on_failed(self, message: str) -> None:
        self.rendered = None
        self.status_label.setText(self.tr("라벨을 만들 수 없습니다: ") + error_text(message))
        self._on_done()
        self.preview_ready.emit(0)

    def _on_done(self) -> None:
        self._worker = None
        self._set_busy(False)
        if self._pending:
            self._pending = False
            self.refresh_preview()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        ready = not busy and self.rendered is not None and bool(self.rendered.shipment_ids)
        for button in (self.print_button, self.save_button, self.pick_button, self.packing_button):
            button.setEnabled(ready)

    # --- output ------------------------------------------------------------------------
    def on_save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("송장 PDF 저장"), "송장.pdf", self.tr("PDF 파일 (*.pdf)")
        )
        if path and self.rendered:
            Path(path).write_bytes(self.rendered.pdf)
            self._mark_printed(self.tr("PDF로 저장했습니다: ") + path)

    def on_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Draw each PDF page onto the printer at its resolution, then record the print."""
        if not self.rendered:
            return
        painter = QPainter()
        if not painter.begin(printer):
            self.status_label.setText(self.tr("프린터를 열 수 없습니다."))
            return
        dpi = printer.resolution()
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                size = self.document.pagePointSize(page)
                pixels = QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72))
                image = self.document.render(page, pixels)
                target = painter.viewport()
                scaled = pixels.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.topLeft(), image.scaled(scaled))
        finally:
            painter.end()
        self._mark_printed(self.tr("인쇄했습니다."))

    def _mark_printed(self, note: str) -> None:
        assert self.rendered is not None
        changes = label_service.mark_printed(
            self.ctx.db, self.rendered.shipment_ids, self.ctx.operator
        )
        self.status_label.setText(note)
        self.changed.emit(changes)

    def on_pick_list(self) -> None:
        self._save_side_pdf(
            self.tr("피킹 리스트 저장"), "피킹리스트.pdf", label_service.render_pick_list
        )

    def on_packing_slips(self) -> None:
        self._save_side_pdf(
            self.tr("패킹 리스트 저장"), "패킹리스트.pdf", label_service.render_packing
        )

    def _save_side_pdf(self, title: str, name: str, render: SideRender) -> None:
        if not self.rendered:
            return
        path, _ = QFileDialog.getSaveFileName(self, title, name, self.tr("PDF 파일 (*.pdf)"))
        if path:
            Path(path).write_bytes(render(self.ctx.db, self.rendered.shipment_ids))
            self.status_label.setText(self.tr("저장했습니다: ") + path)

    def done(self, result: int) -> None:
        self._closed = True
        self._pending = False
        if self._worker is not None:
            self._worker.control.cancel()  # numbers it gave stay with their orders
        self.document.close()
        self._tmp.cleanup()
        super().done(result)


def _number_and_render(
    db: Database,
    who: str,
    order_ids: list[int],
    courier_code: str,
    numbering: str,
    template: LabelTemplate,
    start: int,
    control: TaskControl,
) -> RenderedLabels:
    """Background work: give numbers the chosen way (kept ones stay), then render."""
    band_left: int | None = None
    band_low = False
    if numbering == NUMBERING_BAND:
        batch = waybill_band.assign_from_band(db, order_ids, courier_code, who)
        left = [b for b in waybill_band.band_statuses(db, courier_code) if b.active]
        if left:
            band_left = sum(b.remaining for b in left)
            band_low = any(b.low for b in left)
    elif numbering == NUMBERING_API:
        courier = courier_registry().get(courier_code)
        assert courier is not None
        fake = FakeCourierApi(courier, (3 if courier.check_digit else 70) * 10**10)
        fake._next += random.randrange(10**9)  # a fresh fake each time; avoid its old numbers
        batch = assign_from_api(db, order_ids, fake, who)
    else:
        batch = waybills.prepare_label_batch(db, order_ids)
    control.check()
    pdf = label_service.render_shipment_labels(
        db, batch.shipment_ids, template, start_position=start, progress=control.report
    )
    return RenderedLabels(pdf, batch.shipment_ids, batch.changes.refused, band_left, band_low)


__all__ = ["Changes", "LabelPrintDialog"]
