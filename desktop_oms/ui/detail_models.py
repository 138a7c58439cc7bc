"""Small table models of the detail pane: an order's lines and its history timeline."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from desktop_oms.services.queries import EventRow, LineRow
from desktop_oms.ui.labels import status_value_text
from desktop_oms.ui.table_model import AnyIndex, RowTableModel


class _ListTableModel(RowTableModel[object]):
    """A read-only table over a short list held in memory (one order's lines or events)."""

    def set_items(self, items: list[object]) -> None:
        self.set_rows(items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.row_for(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(item, index.column()) or None
        return None

    def text(self, item: object, column: int) -> str:
        raise NotImplementedError


COL_LINE_SKU = 0
COL_LINE_PRODUCT = 1
COL_LINE_OPTION = 2
COL_LINE_QTY = 3
COL_LINE_PRICE = 4
COL_LINE_RESERVED = 5


class OrderLineTableModel(_ListTableModel):
    """The product lines of the selected order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                self.tr("상품코드"),
                self.tr("상품명"),
                self.tr("옵션"),
                self.tr("수량"),
                self.tr("단가"),
                self.tr("할당"),
            ],
            parent,
        )

    def text(self, item: object, column: int) -> str:
        assert isinstance(item, LineRow)
        if column == COL_LINE_SKU:
            return item.sku_code or self.tr("(매칭 필요)")
        if column == COL_LINE_PRODUCT:
            return item.product_name
        if column == COL_LINE_OPTION:
            return item.option_text
        if column == COL_LINE_QTY:
            return str(item.quantity)
        if column == COL_LINE_PRICE:
            return f"{item.unit_price:,}"
        if column == COL_LINE_RESERVED:
            return str(item.reserved_qty)
        return ""


COL_EVENT_AT = 0
COL_EVENT_WHO = 1
COL_EVENT_FROM = 2
COL_EVENT_TO = 3
COL_EVENT_WHY = 4


class OrderEventTableModel(_ListTableModel):
    """The history timeline of the selected order: when, who, from → to, why."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                self.tr("일시"),
                self.tr("작업자"),
                self.tr("이전 상태"),
                self.tr("변경 상태"),
                self.tr("사유"),
            ],
            parent,
        )

    def text(self, item: object, column: int) -> str:
        assert isinstance(item, EventRow)
        if column == COL_EVENT_AT:
            return f"{item.at:%Y-%m-%d %H:%M}"
        if column == COL_EVENT_WHO:
            return item.operator
        if column == COL_EVENT_FROM:
            return status_value_text(item.from_status)
        if column == COL_EVENT_TO:
            return status_value_text(item.to_status)
        if column == COL_EVENT_WHY:
            return item.reason or self._kind_text(item.kind)
        return ""

    def _kind_text(self, kind: str) -> str:
        return {
            "CREATED": self.tr("주문 등록"),
            "STATUS": "",
            "REFUND": self.tr("환불"),
            "STOCK_SHORT": self.tr("재고부족"),
        }.get(kind, kind)
