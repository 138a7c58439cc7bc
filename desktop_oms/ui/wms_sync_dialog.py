"""WMS sync: pick the WMS's stock file, see the differences, apply them as WMS_SYNC rows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.exchange.wms_files import WmsLayout
from desktop_oms.services.wms_sync import (
    WmsApplyResult,
    WmsDifference,
    WmsPreview,
    apply_wms_sync,
    preview_wms_file,
    save_wms_layout,
    wms_layouts,
)
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.file_preview_dialog import ERROR_STYLE, FilePreviewDialog
from desktop_oms.ui.stock_models import Column, RecordTableModel
from desktop_oms.ui.table_model import record_view
from desktop_oms.ui.worker import TaskControl, Worker

FILE_FILTER = "스프레드시트 (*.xlsx *.xls *.ods *.csv)"


class WmsSyncDialog(FilePreviewDialog):
    """Read the file in the background, preview, then apply on the user's word."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.preview: WmsPreview | None = None
        self.setWindowTitle(self.tr("WMS 재고 동기화"))
        self.layout_box = QComboBox(self)
        self.code_column = QLineEdit(self)
        self.code_column.setPlaceholderText(self.tr("자동 (상품코드/SKU/품목코드)"))
        self.quantity_column = QLineEdit(self)
        self.quantity_column.setPlaceholderText(self.tr("자동 (수량/재고/가용재고)"))
        self.save_layout_button = QPushButton(self.tr("배치 저장…"), self)
        self.read_button = QPushButton(self.tr("차이 보기"), self)
        self.model: RecordTableModel[WmsDifference] = RecordTableModel(
            [
                Column(self.tr("상품코드"), lambda d: d.code),
                Column(self.tr("프로그램 재고"), lambda d: d.on_hand, numeric=True),
                Column(self.tr("WMS 수량"), lambda d: d.wms_quantity, numeric=True),
                Column(self.tr("차이"), lambda d: f"{d.delta:+,}", numeric=True),
                Column(self.tr("할당"), lambda d: d.reserved, numeric=True),
                Column(self.tr("비고"), lambda d: d.problem),
            ],
            self,
            warn=lambda d: bool(d.problem),
        )
        self.view = record_view(self.model, self)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(110)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("차이 적용"), self)
        self.apply_button.setEnabled(False)
        self._lay_out()
        self._fill_layouts()
        self.browse_button.clicked.connect(self.on_browse)
        self.read_button.clicked.connect(self.on_read)
        self.apply_button.clicked.connect(self.on_apply)
        self.layout_box.currentIndexChanged.connect(self.on_layout_chosen)
        self.save_layout_button.clicked.connect(self.on_save_layout)

    def _lay_out(self) -> None:
        file_row = self.file_row(self.tr("WMS 파일"))
        columns = QHBoxLayout()
        columns.addWidget(QLabel(self.tr("배치"), self))
        columns.addWidget(self.layout_box)
        columns.addWidget(QLabel(self.tr("코드 열"), self))
        columns.addWidget(self.code_column)
        columns.addWidget(QLabel(self.tr("수량 열"), self))
        columns.addWidget(self.quantity_column)
        columns.addWidget(self.save_layout_button)
        columns.addWidget(self.read_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(columns)
        layout.addWidget(self.view, 1)
        layout.addWidget(QLabel(self.tr("쓸 수 없는 행"), self))
        layout.addWidget(self.problems)
        layout.addLayout(bottom)

    def _fill_layouts(self) -> None:
        self.fill_choices(self.layout_box, sorted(wms_layouts(self._ctx.db).items()))

    def current_layout(self) -> WmsLayout:
        return WmsLayout(
            self.code_column.text().strip() or None, self.quantity_column.text().strip() or None
        )

    def on_layout_chosen(self, _index: int) -> None:
        layout = self.layout_box.currentData()
        self.code_column.setText(layout.code_column or "" if layout else "")
        self.quantity_column.setText(layout.quantity_column or "" if layout else "")

    def on_save_layout(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("배치 저장"), self.tr("이 WMS 배치의 이름"))
        if ok and name.strip():
            save_wms_layout(self._ctx.db, name.strip(), self.current_layout())
            self._fill_layouts()
            self.layout_box.setCurrentText(name.strip())

    def on_browse(self) -> None:
        name = self.pick_file(self.tr("WMS 재고 파일"), FILE_FILTER)
        if name:
            self.file_field.setText(name)
            self.on_read()

    def _start(self, work: Callable[[TaskControl], Any], done: Callable[[Any], None]) -> None:
        self.worker = Worker(work)
        self.worker.signals.finished.connect(done)
        self.worker.signals.failed.connect(self.on_failed)
        self.read_button.setEnabled(False)
        self.apply_button.setEnabled(False)
        self.worker.start(QThreadPool.globalInstance())

    def on_read(self) -> None:
        path = self.file_field.text()
        if not path:
            return
        db, layout = self._ctx.db, self.current_layout()

        def work(control: TaskControl) -> WmsPreview:
            return preview_wms_file(db, Path(path), layout)

        self._start(work, self.on_preview)

    def on_preview(self, preview: WmsPreview) -> None:
        self.preview = preview
        self.read_button.setEnabled(True)
        self.model.set_rows(preview.differences)
        lines = [self.tr("{0}행: 없는 상품코드 {1}").format(r, c) for r, c in preview.unknown]
        lines += [self.tr("{0}행: {1}").format(r, p) for r, p in preview.bad_rows]
        self.problems.setPlainText("\n".join(lines))
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(
            self.tr("적용할 차이 {0}건 · 같음 {1}건 · 없는 코드 {2}건 · 잘못된 행 {3}건").format(
                len(preview.to_apply),
                preview.unchanged,
                len(preview.unknown),
                len(preview.bad_rows),
            )
        )
        self.apply_button.setEnabled(bool(preview.to_apply))

    def on_apply(self) -> None:
        if self.preview is None:
            return
        db, preview, who = self._ctx.db, self.preview, self._ctx.operator

        def work(control: TaskControl) -> WmsApplyResult:
            return apply_wms_sync(db, preview, who)

        self._start(work, self.on_applied)

    def on_applied(self, result: WmsApplyResult) -> None:
        self.read_button.setEnabled(True)
        self.preview = None
        self.model.set_rows([])
        text = self.tr("{0}개 SKU를 WMS 수량으로 맞췄습니다.").format(result.applied)
        if result.refused:
            text += "\n" + "\n".join(result.refused)
        self.summary_label.setText(text)
        if result.changes.changed:
            self.changed.emit(result.changes)

    def on_failed(self, message: str) -> None:
        self.read_button.setEnabled(True)
        self.summary_label.setStyleSheet(ERROR_STYLE)
        self.summary_label.setText(message)
