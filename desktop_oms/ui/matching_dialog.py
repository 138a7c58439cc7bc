"""The 'match products' queue: pick the shop's SKU for each channel product + option."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.services.matching import (
    MatchingError,
    UnmatchedItem,
    search_skus,
    set_mapping,
    unmatched_items,
)
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.stock_models import Column, RecordTableModel
from desktop_oms.ui.table_model import record_view

ERROR_STYLE = "color:#d93025; font-weight:bold;"


class MatchingDialog(QDialog):
    """Left: waiting channel products; right: SKU search; 'connect' remembers the mapping."""

    changed = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("상품 매칭"))
        self.resize(1000, 560)
        self.model: RecordTableModel[UnmatchedItem] = RecordTableModel(
            [
                Column(self.tr("판매처"), lambda i: i.channel),
                Column(self.tr("판매처 상품명"), lambda i: i.product_text),
                Column(self.tr("옵션"), lambda i: i.option_text),
                Column(self.tr("주문"), lambda i: i.orders, numeric=True),
                Column(self.tr("수량"), lambda i: i.quantity, numeric=True),
            ],
            self,
        )
        self.view = record_view(self.model, self, single=True)
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("상품코드·바코드·상품명·옵션으로 검색"))
        self.sku_list = QListWidget(self)
        self.connect_button = QPushButton(self.tr("선택한 SKU로 연결"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.close_button = QPushButton(self.tr("닫기"), self)
        self._lay_out()
        self.search_field.textChanged.connect(self.on_search)
        self.view.selectionModel().selectionChanged.connect(self.on_item_selected)
        self.connect_button.clicked.connect(self.on_connect)
        self.close_button.clicked.connect(self.accept)
        self.reload()

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("매칭을 기다리는 판매처 상품"), self))
        left.addWidget(self.view, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("우리 상품(SKU)"), self))
        right.addWidget(self.search_field)
        right.addWidget(self.sku_list, 1)
        right.addWidget(self.connect_button)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

    def reload(self) -> None:
        items = unmatched_items(self._ctx.db)
        self.model.set_rows(items)
        if items:
            self.view.selectRow(0)
        else:
            self.status_label.setText(self.tr("매칭을 기다리는 상품이 없습니다."))
        self.on_search(self.search_field.text())

    def selected_item(self) -> UnmatchedItem | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[rows[0].row()]

    def on_item_selected(self, *_args: object) -> None:
        item = self.selected_item()
        if item is not None and not self.search_field.text():
            words = item.product_text.split()
            self.on_search(words[0] if words else "")

    def on_search(self, text: str) -> None:
        self.sku_list.clear()
        for choice in search_skus(self._ctx.db, text):
            entry = QListWidgetItem(
                self.tr("{0} · 가용 {1}").format(choice.label, f"{choice.available:,}")
            )
            entry.setData(256, choice.sku_id)
            self.sku_list.addItem(entry)
        if self.sku_list.count():
            self.sku_list.setCurrentRow(0)

    def on_connect(self) -> None:
        item = self.selected_item()
        entry = self.sku_list.currentItem()
        if item is None or entry is None:
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setText(self.tr("판매처 상품과 SKU를 하나씩 고르세요."))
            return
        try:
            changes = set_mapping(
                self._ctx.db,
                item.channel,
                item.product_text,
                item.option_text,
                int(entry.data(256)),
                self._ctx.operator,
            )
        except MatchingError as error:
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setText(str(error))
            return
        sku_label = entry.text().split(" · ")[0]
        self.changed.emit(changes)
        self.search_field.clear()
        self.reload()
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            self.tr("'{0}'을(를) {1}에 연결했습니다 (주문 {2}건).").format(
                item.product_text, sku_label, len(changes.order_ids)
            )
        )
