"""The 새 발주 dialog: a purchase order typed by hand, one "SKU코드 수량" per line."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_oms.services.products import supplier_names
from desktop_oms.services.purchasing import PoLineInput, PurchasingError, create_purchase_order
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.messages import error_text

ERROR_STYLE = "color:#d93025; font-weight:bold;"


class NewPurchaseOrderDialog(QDialog):
    """A purchase order typed by hand: supplier and one "SKU코드 수량" per line."""

    created = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("새 발주"))
        self.supplier_box = QComboBox(self)
        self.supplier_box.addItem(self.tr("(공급처 미지정)"), "")
        for name in supplier_names(ctx.db):
            self.supplier_box.addItem(name, name)
        self.lines_edit = QPlainTextEdit(self)
        self.lines_edit.setPlaceholderText(
            self.tr("한 줄에 하나씩: 상품코드 수량\n예) TEE-BK-M 20")
        )
        self.note_field = QLineEdit(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(self.tr("공급처"), self.supplier_box)
        form.addRow(self.tr("품목"), self.lines_edit)
        form.addRow(self.tr("비고"), self.note_field)
        form.addRow(self.error_label)
        form.addRow(buttons)
        buttons.accepted.connect(self.on_ok)
        buttons.rejected.connect(self.reject)

    def parsed_lines(self) -> list[PoLineInput] | None:
        lines = []
        for number, text in enumerate(self.lines_edit.toPlainText().splitlines(), start=1):
            parts = text.replace(",", " ").split()
            if not parts:
                continue
            if len(parts) != 2 or not parts[1].isdigit():
                self.error_label.setText(
                    self.tr("{0}번째 줄: '상품코드 수량' 형식이 아닙니다.").format(number)
                )
                return None
            lines.append(PoLineInput(parts[0], int(parts[1])))
        return lines

    def on_ok(self) -> None:
        lines = self.parsed_lines()
        if lines is None:
            return
        try:
            po_no = create_purchase_order(
                self._ctx.db,
                self.supplier_box.currentData() or None,
                lines,
                self._ctx.operator,
                note=self.note_field.text(),
            )
        except PurchasingError as error:
            self.error_label.setText(error_text(error))
            return
        self.created.emit(po_no)
        self.accept()
