""" "Why is this N?": every ledger row behind one SKU's figures, with documents and operators."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.services.stock import LedgerLine, StockWhy
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.labels import ledger_kind_text
from desktop_oms.ui.sku_figures_dialog import SkuFiguresDialog
from desktop_oms.ui.stock_models import Column, RecordTableModel
from desktop_oms.ui.table_model import record_view


def _signed(n: int) -> str:
    return f"{n:+,}" if n else ""


class StockWhyDialog(SkuFiguresDialog):
    """Enter or pass a SKU code; see its figures and the ledger rows that made them."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, sku_code: str = ""
    ) -> None:
        super().__init__(ctx, parent, sku_code=sku_code)
        self.setWindowTitle(self.tr("재고 원장 — 이 숫자는 왜?"))
        self.resize(980, 520)
        self.code_field.setPlaceholderText(self.tr("상품코드(SKU)"))
        self.show_button = QPushButton(self.tr("조회"), self)
        self.model: RecordTableModel[LedgerLine] = RecordTableModel(
            [
                Column(self.tr("일시"), lambda r: f"{r.at:%Y-%m-%d %H:%M}"),
                Column(self.tr("구분"), lambda r: ledger_kind_text(r.kind)),
                Column(self.tr("재고 증감"), lambda r: _signed(r.on_hand_delta), numeric=True),
                Column(self.tr("할당 증감"), lambda r: _signed(r.reserved_delta), numeric=True),
                Column(self.tr("재고"), lambda r: r.on_hand_after, numeric=True),
                Column(self.tr("할당"), lambda r: r.reserved_after, numeric=True),
                Column(self.tr("문서"), lambda r: r.document),
                Column(self.tr("출처"), lambda r: r.source),
                Column(self.tr("작업자"), lambda r: r.operator),
                Column(self.tr("메모"), lambda r: r.note),
            ],
            self,
        )
        self.view = record_view(self.model, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("상품코드"), self))
        top.addWidget(self.code_field, 1)
        top.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.show_button.clicked.connect(self.on_code_entered)
        self.show_on(self.code_field.returnPressed)

    def show_figures(self, why: StockWhy) -> None:
        self.figures_label.setText(
            self.tr(
                "{code} {name} {option} — "
                "현재고 {on_hand:,} · 할당 {reserved:,} · 가용 {available:,}"
            ).format(
                code=why.code,
                name=why.product_name,
                option=why.option_text,
                on_hand=why.on_hand,
                reserved=why.reserved,
                available=why.available,
            )
        )
        self.model.set_rows(why.lines)
        self.view.scrollToBottom()

    def on_unknown_sku(self) -> None:
        self.figures_label.clear()
        self.model.set_rows([])
