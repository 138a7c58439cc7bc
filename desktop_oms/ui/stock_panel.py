"""The stock panel: every SKU with on hand, reserved, available and on order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QObject,
    QPoint,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.services.queries import StockRow
from desktop_oms.ui.text_cell_model import TextCellModel

#: fetch(only_short, only_below_safety, search) -> the SKU rows to show.
StockFetcher = Callable[[bool, bool, str], list[StockRow]]

COL_CODE = 0
COL_PRODUCT = 1
COL_OPTION = 2
COL_ON_HAND = 3
COL_RESERVED = 4
COL_AVAILABLE = 5
COL_SAFETY = 6
COL_ON_ORDER = 7
COLUMN_COUNT = 8

BELOW_SAFETY_COLOUR = QColor("#fde2e1")
#: Typical contents, to size the columns without measuring every row.
COLUMN_SAMPLES = ("P000-0000", "오버핏 코튼", "화이트 / XL", "0,000", "000", "0,000", "00", "000")
NUMBER_COLUMNS = (COL_ON_HAND, COL_RESERVED, COL_AVAILABLE, COL_SAFETY, COL_ON_ORDER)


class StockTableModel(TextCellModel[StockRow]):
    """SKUs read through an injected query function; below-safety rows are highlighted."""

    NUMBER_COLUMNS = NUMBER_COLUMNS

    def __init__(self, fetch: StockFetcher, parent: QObject | None = None) -> None:
        super().__init__(
            [
                self.tr("상품코드"),
                self.tr("상품명"),
                self.tr("옵션"),
                self.tr("현재고"),
                self.tr("할당"),
                self.tr("가용"),
                self.tr("안전재고"),
                self.tr("입고예정"),
            ],
            parent,
        )
        self._fetch = fetch
        self.only_short = False
        self.only_below_safety = False
        self.search = ""

    def reload(self) -> None:
        """Read the SKUs again; unchanged membership keeps the view's selection and scroll."""
        fresh = self._fetch(self.only_short, self.only_below_safety, self.search)
        if not self.refresh_in_place(fresh, lambda r: r.sku_id, only_changed=True):
            self.set_rows(fresh)

    def row_of_code(self, code: str) -> int | None:
        return self.find_row(lambda r: r.code == code)

    def _role_data(self, row: StockRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.BackgroundRole and row.below_safety:
            return QBrush(BELOW_SAFETY_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_PRODUCT, COL_OPTION):
            return f"{row.product_name} · {row.option_text}"
        if role == Qt.ItemDataRole.ToolTipRole and row.below_safety:
            return self.tr("가용재고 {0}개 — 안전재고 {1}개 이하").format(
                row.available, row.safety_stock
            )
        return None

    def _display(self, row: StockRow, column: int) -> str:
        if column == COL_CODE:
            return row.code
        if column == COL_PRODUCT:
            return row.product_name
        if column == COL_OPTION:
            return row.option_text
        if column == COL_ON_ORDER:
            return f"{row.on_order:,}" if row.on_order else ""
        number = {
            COL_ON_HAND: row.on_hand,
            COL_RESERVED: row.reserved,
            COL_AVAILABLE: row.available,
            COL_SAFETY: row.safety_stock,
        }.get(column)
        return "" if number is None else f"{number:,}"


class StockPanel(QDockWidget):
    """Dock widget with the stock table, a search field, short and below-safety filters,
    and a context menu asking the ledger "why is this number?" or adjusting the count."""

    filter_changed = Signal()
    why_requested = Signal(str)
    adjust_requested = Signal(str)

    def __init__(self, model: StockTableModel, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("재고 현황"), parent)
        self.setObjectName("stockPanel")
        self.model = model
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("상품코드·상품명 검색"))
        self.search.setClearButtonEnabled(True)
        self.short_only = QCheckBox(self.tr("재고부족만"))
        self.short_only.setToolTip(self.tr("기다리는 재고부족 주문이 있는 상품만"))
        self.below_only = QCheckBox(self.tr("안전재고 이하만"))
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.view.fontMetrics()
        for column, sample in enumerate(COLUMN_SAMPLES):
            text = max(sample, str(model.headerData(column, Qt.Orientation.Horizontal)), key=len)
            self.view.setColumnWidth(column, metrics.horizontalAdvance(text) + 12)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.short_only)
        top.addWidget(self.below_only)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.setWidget(body)
        self.search.textChanged.connect(self.on_filter_edited)
        self.short_only.toggled.connect(self.on_filter_edited)
        self.below_only.toggled.connect(self.on_filter_edited)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.on_context_menu)
        self.view.doubleClicked.connect(lambda _index: self._request(self.why_requested))

    def selected_code(self) -> str:
        """The SKU code of the current row, or '' when none is selected."""
        index = self.view.currentIndex()
        return self.model.row_at(index.row()).code if index.isValid() else ""

    def _request(self, signal: SignalInstance) -> None:
        code = self.selected_code()
        if code:
            signal.emit(code)

    def on_context_menu(self, position: QPoint) -> None:
        if not self.view.indexAt(position).isValid():
            return
        menu = QMenu(self)
        menu.addAction(
            self.tr("이 숫자는 왜? (재고 원장)"), lambda: self._request(self.why_requested)
        )
        menu.addAction(self.tr("재고 조정(실사)…"), lambda: self._request(self.adjust_requested))
        menu.exec(self.view.viewport().mapToGlobal(position))

    def on_filter_edited(self, *_args: object) -> None:
        self.model.search = self.search.text()
        self.model.only_short = self.short_only.isChecked()
        self.model.only_below_safety = self.below_only.isChecked()
        self.model.reload()
        self.filter_changed.emit()

    def on_stock_changed(self) -> None:
        """Stock moved (here or on another PC): read the figures again."""
        self.model.reload()
