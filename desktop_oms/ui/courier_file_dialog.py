"""Import a courier's result file: preview matched/unmatched/duplicate/invalid rows, apply."""

from __future__ import annotations

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

from desktop_oms.domain.waybill_result import ResultPreview, RowVerdict
from desktop_oms.exchange.spreadsheet_in import SpreadsheetError
from desktop_oms.services.waybills import (
    WaybillError,
    apply_courier_result,
    preview_courier_result,
)
from desktop_oms.ui.context import AppContext


class CourierResultDialog(QDialog):
    """Shows what a courier result file would change; applies only the matched rows."""

    changed = Signal(object)

    def __init__(
        self, ctx: AppContext, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: ResultPreview | None = None
        self.setWindowTitle(self.tr("택배사 결과파일 가져오기"))
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self.on_choose)
        self.apply_button.clicked.connect(self.on_apply)
        self.close_button.clicked.connect(self.reject)
        self.apply_button.setEnabled(False)
        if path is not None:
            self.load(path)

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
            self.summary.setText(str(error))
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
