"""Products and SKUs: list and search, create and edit, export to and import from Excel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.exchange.product_files import ProductLine
from desktop_oms.services.products import (
    ImportAction,
    ImportPreviewRow,
    ProductImportPreview,
    ProductImportResult,
    ProductInputError,
    SkuRecord,
    export_products,
    import_products,
    preview_product_file,
    save_sku,
    sku_records,
    supplier_names,
)
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.stock_models import Column, RecordTableModel
from desktop_oms.ui.table_model import record_view
from desktop_oms.ui.worker import TaskControl, Worker

ERROR_STYLE = "color:#d93025; font-weight:bold;"


def _money_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, 100_000_000)
    box.setGroupSeparatorShown(True)
    return box


class ProductsDialog(QDialog):
    """The SKU list on the left, the chosen SKU's form on the right."""

    changed = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.editing_id: int | None = None
        self.worker: Worker | None = None
        self.preview_dialog: ProductImportPreviewDialog | None = None
        self.setWindowTitle(self.tr("상품·SKU 관리"))
        self.resize(1150, 620)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("상품코드·상품명·바코드 검색"))
        self.search.setClearButtonEnabled(True)
        self.model: RecordTableModel[SkuRecord] = RecordTableModel(
            [
                Column(self.tr("상품코드"), lambda r: r.line.code),
                Column(self.tr("상품명"), lambda r: r.line.product_name),
                Column(self.tr("옵션"), lambda r: r.line.option_text),
                Column(self.tr("바코드"), lambda r: r.line.barcode),
                Column(self.tr("공급처"), lambda r: r.line.supplier_name),
                Column(self.tr("원가"), lambda r: r.line.cost, numeric=True),
                Column(self.tr("안전재고"), lambda r: r.line.safety_stock, numeric=True),
                Column(self.tr("위치"), lambda r: r.line.location),
                Column(self.tr("현재고"), lambda r: r.on_hand, numeric=True),
                Column(self.tr("할당"), lambda r: r.reserved, numeric=True),
            ],
            self,
            warn=lambda r: not r.line.active,
        )
        self.view = record_view(self.model, self, single=True, stretch_last=False)
        self.code_field = QLineEdit(self)
        self.name_field = QLineEdit(self)
        self.option_field = QLineEdit(self)
        self.barcode_field = QLineEdit(self)
        self.supplier_box = QComboBox(self)
        self.supplier_box.setEditable(True)
        self.cost_box = _money_box(self)
        self.price_box = _money_box(self)
        self.safety_box = _money_box(self)
        self.location_field = QLineEdit(self)
        self.active_check = QCheckBox(self.tr("판매중"), self)
        self.active_check.setChecked(True)
        self.new_button = QPushButton(self.tr("새 SKU"), self)
        self.save_button = QPushButton(self.tr("저장"), self)
        self.export_button = QPushButton(self.tr("엑셀로 내보내기"), self)
        self.import_button = QPushButton(self.tr("엑셀에서 가져오기…"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self._lay_out()
        self.search.textChanged.connect(self.reload)
        self.view.selectionModel().selectionChanged.connect(self.on_selected)
        self.new_button.clicked.connect(self.on_new)
        self.save_button.clicked.connect(self.on_save)
        self.export_button.clicked.connect(self.on_export)
        self.import_button.clicked.connect(self.on_import)
        self.reload()

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.view, 1)
        files = QHBoxLayout()
        files.addWidget(self.export_button)
        files.addWidget(self.import_button)
        files.addStretch(1)
        left_layout.addLayout(files)
        right = QWidget(self)
        form = QFormLayout(right)
        form.addRow(self.tr("상품코드(SKU)"), self.code_field)
        form.addRow(self.tr("상품명"), self.name_field)
        form.addRow(self.tr("옵션"), self.option_field)
        form.addRow(self.tr("바코드"), self.barcode_field)
        form.addRow(self.tr("공급처"), self.supplier_box)
        form.addRow(self.tr("원가"), self.cost_box)
        form.addRow(self.tr("판매가"), self.price_box)
        form.addRow(self.tr("안전재고"), self.safety_box)
        form.addRow(self.tr("보관위치"), self.location_field)
        form.addRow(self.active_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

    def reload(self) -> None:
        self.model.set_rows(sku_records(self._ctx.db, self.search.text()))
        current = self.supplier_box.currentText()
        self.supplier_box.clear()
        self.supplier_box.addItems(["", *supplier_names(self._ctx.db)])
        self.supplier_box.setCurrentText(current)

    def on_selected(self, *_args: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        record = self.model.rows[rows[0].row()]
        self.editing_id = record.sku_id
        self.show_line(record.line)

    def show_line(self, line: ProductLine) -> None:
        self.code_field.setText(line.code)
        self.name_field.setText(line.product_name)
        self.option_field.setText(line.option_text)
        self.barcode_field.setText(line.barcode)
        self.supplier_box.setCurrentText(line.supplier_name)
        self.cost_box.setValue(line.cost)
        self.price_box.setValue(line.price)
        self.safety_box.setValue(line.safety_stock)
        self.location_field.setText(line.location)
        self.active_check.setChecked(line.active)

    def form_line(self) -> ProductLine:
        return ProductLine(
            code=self.code_field.text().strip(),
            product_name=self.name_field.text().strip(),
            option_text=self.option_field.text().strip(),
            barcode=self.barcode_field.text().strip(),
            supplier_name=self.supplier_box.currentText().strip(),
            cost=self.cost_box.value(),
            price=self.price_box.value(),
            safety_stock=self.safety_box.value(),
            location=self.location_field.text().strip(),
            active=self.active_check.isChecked(),
        )

    def on_new(self) -> None:
        self.view.clearSelection()
        self.editing_id = None
        self.show_line(ProductLine("", ""))
        self.code_field.setFocus()

    def on_save(self) -> None:
        try:
            changes = save_sku(self._ctx.db, self.form_line(), sku_id=self.editing_id)
        except ProductInputError as error:
            self._say("\n".join(error.problems), error=True)
            return
        self.editing_id = next(iter(changes.sku_ids))
        self._say(self.tr("저장했습니다: {0}").format(self.code_field.text()))
        self.changed.emit(changes)
        self.reload()

    def _say(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.status_label.setText(text)

    def _start(self, work: Callable[[TaskControl], Any], done: Callable[[Any], None]) -> None:
        self.worker = Worker(work)
        self.worker.signals.finished.connect(done)
        self.worker.signals.failed.connect(lambda text: self._say(text, error=True))
        self.worker.start(QThreadPool.globalInstance())

    def on_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("상품목록 저장"), "상품목록.xlsx", self.tr("엑셀 파일 (*.xlsx)")
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        db = self._ctx.db
        self._start(
            lambda control: export_products(db, path),
            lambda p: self._say(self.tr("저장했습니다: {0}").format(p)),
        )

    def on_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("상품목록 가져오기"),
            "",
            self.tr("스프레드시트 (*.xlsx *.xls *.ods *.csv)"),
        )
        if not name:
            return
        db = self._ctx.db
        self._start(lambda control: preview_product_file(db, Path(name)), self.on_preview_ready)

    def on_preview_ready(self, preview: ProductImportPreview) -> None:
        dialog = ProductImportPreviewDialog(self._ctx, preview, self)
        dialog.imported.connect(self.on_imported)
        self.preview_dialog = dialog
        dialog.open()

    def on_imported(self, result: ProductImportResult) -> None:
        self._say(
            self.tr("새 SKU {0}개, 수정 {1}개를 가져왔습니다.").format(
                result.created, result.updated
            )
        )
        self.changed.emit(result.changes)
        self.reload()


class ProductImportPreviewDialog(QDialog):
    """Each file row with what it would do; import the good rows only on the user's word."""

    imported = Signal(object)  # ProductImportResult

    def __init__(
        self, ctx: AppContext, preview: ProductImportPreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.preview = preview
        self.setWindowTitle(self.tr("상품목록 가져오기 — 미리보기"))
        self.resize(800, 480)
        names = {
            ImportAction.NEW: self.tr("새로 추가"),
            ImportAction.UPDATE: self.tr("수정"),
            ImportAction.REFUSED: self.tr("가져올 수 없음"),
        }
        self.model: RecordTableModel[ImportPreviewRow] = RecordTableModel(
            [
                Column(self.tr("행"), lambda r: r.row_no, numeric=True),
                Column(self.tr("상품코드"), lambda r: r.code),
                Column(self.tr("상품명"), lambda r: r.product_name),
                Column(self.tr("처리"), lambda r: names[r.action]),
                Column(self.tr("문제"), lambda r: "; ".join(r.problems)),
            ],
            self,
            warn=lambda r: r.action is ImportAction.REFUSED,
        )
        self.model.set_rows(preview.rows)
        view = QTableView(self)
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        good = len(preview.good_lines)
        self.summary = QLabel(
            self.tr("가져올 수 있는 행 {0}개 · 문제 있는 행 {1}개").format(
                good, len(preview.refused)
            ),
            self,
        )
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("문제없는 {0}행 가져오기").format(good), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(good > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(view, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_import)
        self.buttons.rejected.connect(self.reject)

    def on_import(self) -> None:
        try:
            result = import_products(self._ctx.db, self.preview.good_lines)
        except ProductInputError as error:
            self.error_label.setText("\n".join(error.problems))
            return
        self.imported.emit(result)
        self.accept()
