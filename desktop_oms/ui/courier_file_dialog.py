"""Way 1 for waybill numbers: the courier's upload file out, its result file back in
(preview of matched, unmatched, duplicate and invalid rows; only matched rows applied)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
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

from desktop_oms.domain.waybill_result import ResultPreview, RowVerdict
from desktop_oms.exchange.spreadsheet_in import SpreadsheetError
from desktop_oms.resources import courier_registry
from desktop_oms.services.courier_files import (
    apply_courier_result,
    export_courier_file,
    preview_courier_result,
)
from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.services.waybills import WaybillError
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.labels import courier_label
from desktop_oms.ui.messages import error_lines, error_text


class CourierFileDialog(QDialog):
    """Export the upload file for the courier program; preview and apply its result file."""

    changed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        order_ids: list[int] | None = None,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_ids = order_ids or None
        self.preview: ResultPreview | None = None
        self.setWindowTitle(self.tr("택배사 프로그램으로 송장번호 받기"))
        self.courier_box = QComboBox()
        for courier in courier_registry():
            self.courier_box.addItem(courier_label(courier), courier.code)
        default = load_shop_settings(ctx.db).default_courier
        self.courier_box.setCurrentIndex(max(0, self.courier_box.findData(default)))
        self.export_button = QPushButton(self.tr("업로드 파일 내보내기…"))
        what = (
            self.tr("선택한 주문 %n건", "", len(order_ids))
            if order_ids
            else self.tr("송장번호가 없는 배송준비중 주문 전체")
        )
        self.export_label = QLabel(what)
        self.resize(820, 560)
        self.file_label = QLabel()
        self.summary = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("행"),
                self.tr("배송키"),
                self.tr("송장번호"),
                self.tr("결과"),
                self.tr("사유"),
            ]
        )
        self.choose_button = QPushButton(self.tr("파일 선택…"))
        self.apply_button = QPushButton(self.tr("적용"))
        self.close_button = QPushButton(self.tr("닫기"))
        export_row = QHBoxLayout()
        export_row.addWidget(QLabel(self.tr("1. 택배사")))
        export_row.addWidget(self.courier_box)
        export_row.addWidget(self.export_label, 1)
        export_row.addWidget(self.export_button)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("2. 결과 파일")))
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(export_row)
        layout.addWidget(self.file_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.on_export)
        self.choose_button.clicked.connect(self.on_choose)
        self.apply_button.clicked.connect(self.on_apply)
        self.close_button.clicked.connect(self.reject)
        self.apply_button.setEnabled(False)
        if path is not None:
            self.load(path)

    def on_export(self) -> None:
        code = str(self.courier_box.currentData())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("업로드 파일 저장"), f"송장요청_{code}.xlsx", self.tr("엑셀 (*.xlsx)")
        )
        if not path:
            return
        try:
            result = export_courier_file(
                self.ctx.db, code, Path(path), self.ctx.operator, self.order_ids
            )
        except WaybillError as error:
            self.summary.setText(error_text(error))
            return
        notes = [self.tr("%n건을 내보냈습니다: ", "", result.shipments) + path]
        notes += error_lines(result.changes.refused[:5])
        self.summary.setText("\n".join(notes))
        self.changed.emit(result.changes)

    def on_choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("결과 파일"), "", self.tr("엑셀/CSV (*.xlsx *.xls *.csv)")
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        self.file_label.setText(str(path))
        try:
            self.preview = preview_courier_result(self.ctx.db, path)
        except (SpreadsheetError, WaybillError) as error:
            self.preview = None
            self.summary.setText(error_text(error))
            self.table.setRowCount(0)
            self.apply_button.setEnabled(False)
            return
        rows = self.preview.rows
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            cells = [
                str(row.row.row_no),
                row.row.key,
                row.number,
                self.tr(row.verdict.korean),
                row.reason or row.warning,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))
        self.summary.setText(
            "  ".join(f"{self.tr(v.korean)} {self.preview.count(v)}" for v in RowVerdict)
        )
        self.apply_button.setEnabled(bool(self.preview.to_apply))

    def on_apply(self) -> None:
        if not self.preview:
            return
        changes = apply_courier_result(self.ctx.db, self.preview, self.ctx.operator)
        self.summary.setText(
            self.tr("송장번호를 적용했습니다: 주문 %n건", "", len(changes.order_ids))
        )
        self.apply_button.setEnabled(False)
        self.changed.emit(changes)
