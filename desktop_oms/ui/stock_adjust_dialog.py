"""Stock adjustment (재고실사): set a SKU's on hand to the counted quantity, with a reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from desktop_oms.services.stock import StockError, StockWhy, adjust_stock
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.messages import error_text
from desktop_oms.ui.sku_figures_dialog import SkuFiguresDialog


class StockAdjustDialog(SkuFiguresDialog):
    """A counted quantity and a reason; never below what is reserved, never negative."""

    changed = Signal(object)  # Changes

    REASONS = ("재고실사", "파손", "분실", "샘플 사용", "오입고 정정")

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, sku_code: str = ""
    ) -> None:
        super().__init__(ctx, parent, sku_code=sku_code)
        self.setWindowTitle(self.tr("재고 조정 (실사)"))
        self.counted = QSpinBox(self)
        self.counted.setRange(0, 10_000_000)
        self.counted.setGroupSeparatorShown(True)
        self.reason_box = QComboBox(self)
        self.reason_box.setEditable(True)
        self.reason_box.addItems([self.tr(r) for r in self.REASONS])
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(self.tr("상품코드"), self.code_field)
        form.addRow(self.figures_label)
        form.addRow(self.tr("실사 수량 (현재고)"), self.counted)
        form.addRow(self.tr("사유"), self.reason_box)
        form.addRow(self.error_label)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.on_ok)
        self.buttons.rejected.connect(self.reject)
        self.show_on(self.code_field.editingFinished)

    def show_figures(self, why: StockWhy) -> None:
        self.figures_label.setText(
            self.tr("현재고 {0:,} · 할당 {1:,} (할당보다 적게 조정할 수 없습니다)").format(
                why.on_hand, why.reserved
            )
        )
        self.counted.setMinimum(0)
        self.counted.setValue(why.on_hand)

    def on_ok(self) -> None:
        try:
            changes = adjust_stock(
                self._ctx.db,
                self.code_field.text(),
                self.counted.value(),
                self.reason_box.currentText(),
                self._ctx.operator,
            )
        except StockError as error:
            self.error_label.setText(error_text(error))
            return
        if changes.changed:
            self.changed.emit(changes)
        self.accept()
