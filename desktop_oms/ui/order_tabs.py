"""One tab per order status, each a paged table; a search field over all of them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.status import STATUS_ORDER, OrderStatus
from desktop_oms.services.queries import OrderRow
from desktop_oms.ui.labels import status_text
from desktop_oms.ui.order_table_model import OrderTableModel, PageFetcher

#: fetch_for(status) -> the page function of that status's tab.
FetcherFactory = Callable[[OrderStatus], PageFetcher]
SEARCH_DELAY_MS = 300


class StatusTabs(QWidget):
    """The status tabs with their tables; emits the selection, never touches the database."""

    selection_changed = Signal()
    current_status_changed = Signal()

    def __init__(self, fetch_for: FetcherFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("주문번호·수령인·전화번호·상품명 검색"))
        self.search_edit.setClearButtonEnabled(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.models: dict[OrderStatus, OrderTableModel] = {}
        self.views: dict[OrderStatus, QTableView] = {}
        self._dirty: set[OrderStatus] = set(STATUS_ORDER)
        self._counts: dict[OrderStatus, int] = dict.fromkeys(STATUS_ORDER, 0)
        for status in STATUS_ORDER:
            model = OrderTableModel(fetch_for(status), parent=self)
            view = self._make_view(model)
            self.models[status] = model
            self.views[status] = view
            self.tabs.addTab(view, status_text(status))
        self.tabs.setCurrentIndex(STATUS_ORDER.index(OrderStatus.PAID))  # the daily work
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("검색")))
        top.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self.search_edit.textChanged.connect(self.on_search_edited)
        self.search_edit.returnPressed.connect(self.on_search_now)
        self._search_timer.timeout.connect(self.on_search_now)
        self.update_titles()

    def _make_view(self, model: OrderTableModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(24)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((135, 150, 60, 105, 230, 75, 80, 85, 110, 115, 95)):
            view.setColumnWidth(column, width)
        self._fit_columns(view)
        view.selectionModel().selectionChanged.connect(self.on_view_selection_changed)
        return view

    def _fit_columns(self, view: QTableView) -> None:
        """Each column at least as wide as its title (titles are longer in English)."""
        metrics = view.horizontalHeader().fontMetrics()
        model = view.model()
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            needed = metrics.horizontalAdvance(title) + 24
            view.setColumnWidth(column, max(view.columnWidth(column), needed))

    # -- what the window asks -----------------------------------------------------------

    def current_status(self) -> OrderStatus:
        return STATUS_ORDER[self.tabs.currentIndex()]

    def current_view(self) -> QTableView:
        return self.views[self.current_status()]

    def current_model(self) -> OrderTableModel:
        return self.models[self.current_status()]

    def selected_rows(self) -> list[OrderRow]:
        """The orders selected in the current tab, top to bottom."""
        model = self.current_model()
        rows = sorted({i.row() for i in self.current_view().selectionModel().selectedRows()})
        return [model.row_at(r) for r in rows if r < model.rowCount()]

    def show_status(self, status: OrderStatus) -> None:
        self.tabs.setCurrentIndex(STATUS_ORDER.index(status))
        self._load_if_dirty(status)

    def select_orders(self, order_ids: list[int]) -> None:
        """Select these orders in the current tab (those loaded)."""
        view, model = self.current_view(), self.current_model()
        selection = view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for order_id in order_ids:
            row = model.row_of(order_id)
            if row is not None:
                selection.select(model.index(row, 0), flags)
        if order_ids and (first := model.row_of(order_ids[0])) is not None:
            selection.setCurrentIndex(
                model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def set_counts(self, counts: dict[OrderStatus, int]) -> None:
        self._counts = dict(counts)
        self.update_titles()

    def update_titles(self) -> None:
        for n, status in enumerate(STATUS_ORDER):
            self.tabs.setTabText(n, f"{status_text(status)} ({self._counts.get(status, 0):,})")

    def refresh(self, statuses: set[OrderStatus] | None = None) -> None:
        """Read these tabs again (all when None): the shown one now, the others when shown."""
        self._dirty |= set(STATUS_ORDER) if statuses is None else set(statuses)
        self._load_if_dirty(self.current_status())

    def _load_if_dirty(self, status: OrderStatus) -> None:
        if status not in self._dirty:
            return
        self._dirty.discard(status)
        view, model = self.views[status], self.models[status]
        selected = [model.row_at(i.row()).id for i in view.selectionModel().selectedRows()]
        scroll = view.verticalScrollBar().value()
        model.reload(keep_loaded=True)
        if selected and not view.selectionModel().hasSelection():
            if status == self.current_status():
                self.select_orders(selected)
            view.verticalScrollBar().setValue(scroll)
        self.selection_changed.emit()

    # -- slots ------------------------------------------------------------------------------

    def on_tab_changed(self, _index: int) -> None:
        status = self.current_status()
        model = self.models[status]
        if model.search_text != self.search_edit.text().strip():
            self._dirty.discard(status)
            model.set_search(self.search_edit.text())
        self._load_if_dirty(status)
        self.current_status_changed.emit()
        self.selection_changed.emit()

    def on_view_selection_changed(self, *_args: object) -> None:
        self.selection_changed.emit()

    def on_search_edited(self, _text: str) -> None:
        self._search_timer.start()

    def on_search_now(self) -> None:
        """Apply the search to the shown tab now; the others follow when shown."""
        self._search_timer.stop()
        self.current_model().set_search(self.search_edit.text())
        self._dirty.discard(self.current_status())
        self.selection_changed.emit()

    def search(self, text: str) -> None:
        self.search_edit.blockSignals(True)
        self.search_edit.setText(text)
        self.search_edit.blockSignals(False)
        self.on_search_now()
