"""Delivery result import dialog: pick the courier's tracking file, preview, then apply.

Reading and applying run on the thread pool; the preview says how many parcels become
배송완료, how many were already delivered, and lists the rows that match nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.exchange.delivery_files import DeliveryFile, read_delivery_file
from desktop_oms.services.delivery import DeliveryPreview, import_delivery, preview_delivery
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.worker import TaskControl, Worker

ERROR_STYLE = "color:#d93025; font-weight:bold;"


class DeliveryImportDialog(QDialog):
    """Import a tracking / delivery result file and mark matched parcels 배송완료."""

    changed = Signal(object)  # Changes
    preview_ready = Signal()
    applied = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._path: Path | None = None
        self._file: DeliveryFile | None = None
        self._worker: Worker | None = None
        self.setWindowTitle(self.tr("배송완료 파일 가져오기"))
        self.resize(720, 480)
        self.file_label = QLabel(self.tr("배송조회 결과 파일을 고르세요 (운송장번호, 배송완료일)."))
        choose = QPushButton(self.tr("파일 선택…"), self)
        choose.clicked.connect(self.on_choose)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("행"), self.tr("송장번호"), self.tr("배송완료일"), self.tr("결과")]
        )
        self.apply_button = QPushButton(self.tr("배송완료 처리"), self)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.on_apply)
        close = QPushButton(self.tr("닫기"), self)
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table)
        layout.addLayout(bottom)

    def on_choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("배송조회 결과 파일"),
            "",
            self.tr("스프레드시트 (*.xlsx *.xls *.ods *.csv);;모든 파일 (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read `path` and show the preview (in the background)."""
        self._path = path
        self.file_label.setText(path.name)
        self.apply_button.setEnabled(False)
        db = self._ctx.db

        def work(control: TaskControl) -> tuple[DeliveryFile, DeliveryPreview]:
            file = read_delivery_file(path)
            control.check()
            return file, preview_delivery(db, file)

        self._run(work, self._on_preview)

    def on_apply(self) -> None:
        if self._file is None:
            return
        self.apply_button.setEnabled(False)
        file, db, who = self._file, self._ctx.db, self._ctx.operator
        name = self._path.name if self._path else ""

        def work(_control: TaskControl) -> tuple[DeliveryFile, DeliveryPreview]:
            return file, import_delivery(db, file, who, file_name=name)

        self._run(work, self._on_applied)

    def _run(
        self,
        work: Callable[[TaskControl], tuple[DeliveryFile, DeliveryPreview]],
        done: Callable[[tuple[DeliveryFile, DeliveryPreview]], None],
    ) -> None:
        worker = Worker(work)
        worker.signals.finished.connect(done)
        worker.signals.failed.connect(self._on_failed)
        self._worker = worker.start()

    def _on_preview(self, result: tuple[DeliveryFile, DeliveryPreview]) -> None:
        self._file, preview = result
        self._show(preview)
        self.apply_button.setEnabled(bool(preview.matched))
        self.preview_ready.emit()

    def _on_applied(self, result: tuple[DeliveryFile, DeliveryPreview]) -> None:
        _file, preview = result
        self._show(preview)
        self.summary_label.setText(
            self.tr("{n}건을 배송완료로 처리했습니다.").format(n=len(preview.changes.order_ids))
            + "\n"
            + preview.summary_ko
        )
        if preview.changes.changed:
            self.changed.emit(preview.changes)
        self.applied.emit()

    def _on_failed(self, message: str) -> None:
        self.summary_label.setStyleSheet(ERROR_STYLE)
        self.summary_label.setText(message)
        self.preview_ready.emit()

    def _show(self, preview: DeliveryPreview) -> None:
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(preview.summary_ko)
        rows: list[tuple[int, str, str, str]] = []
        rows += [
            (r.row_no, r.waybill_no, f"{r.delivered_at:%Y-%m-%d %H:%M}", self.tr("송장 없음"))
            for r in preview.unmatched
        ]
        rows += [
            (
                r.row_no,
                r.waybill_no,
                f"{r.delivered_at:%Y-%m-%d %H:%M}",
                self.tr("발송 전: {why}").format(why=why),
            )
            for r, why in preview.not_shipped
        ]
        rows += [
            (r.row_no, r.waybill_no, "", self.tr("파일 안에서 중복")) for r in preview.duplicates
        ]
        rows += [(n, "", "", problem) for n, problem in preview.problems]
        self.table.setRowCount(len(rows))
        for row, values in enumerate(sorted(rows)):
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(str(value)))
