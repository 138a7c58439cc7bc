"""The main window: status tabs, detail pane, stock panel, order actions; wired in one place."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QToolBar, QWidget

from desktop_oms import __version__
from desktop_oms.domain.permissions import Permission
from desktop_oms.domain.status import Action, OrderStatus, allowed_actions
from desktop_oms.services import queries
from desktop_oms.services.changes import Changes, Refusal
from desktop_oms.services.order_waybill import Shipping
from desktop_oms.services.orders import move_orders
from desktop_oms.services.queries import OrderRow
from desktop_oms.services.shop_settings import load_shop_settings
from desktop_oms.services.stock import stock_list
from desktop_oms.storage.change_feed import ChangeWatcher, open_change_feed
from desktop_oms.ui.action_dialogs import CancelReasonDialog, ShippingDialog
from desktop_oms.ui.change_poll import POLL_INTERVAL_MS, ChangePoller
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.housekeeping import Housekeeping
from desktop_oms.ui.labels import action_text
from desktop_oms.ui.masking import masked_detail, masked_row
from desktop_oms.ui.menus import PartMenus
from desktop_oms.ui.order_detail import OrderDetailPane
from desktop_oms.ui.order_table_model import PageFetcher
from desktop_oms.ui.order_tabs import StatusTabs
from desktop_oms.ui.stock_panel import StockPanel, StockTableModel

log = logging.getLogger(__name__)

ORDER_MENU_ACTIONS = (
    Action.CONFIRM_DEPOSIT,
    Action.RESERVE_STOCK,
    Action.CANCEL,
    Action.CONFIRM_PURCHASE,
)
SHIPPING_MENU_ACTIONS = (Action.MARK_SHIPPED, Action.MARK_DELIVERED)
STOCK_PANEL_WIDTH = 480
SAFETY_POLL_MS = 15_000


class MainWindow(QMainWindow):
    """Orders by status with their details and the stock beside them."""

    orders_changed = Signal(object)

    def __init__(
        self,
        context: AppContext,
        *,
        poll_interval_ms: int = POLL_INTERVAL_MS,
        housekeeping_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        db = context.db
        self.setWindowTitle(self.tr("Desktop OMS — 주문관리"))
        self.resize(1500, 900)

        self.tabs = StatusTabs(self._page_fetcher)
        self.detail = OrderDetailPane()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([520, 330])
        self.setCentralWidget(splitter)

        self.stock_model = StockTableModel(
            lambda short, below, text: stock_list(
                db, only_short=short, only_below_safety=below, search=text
            ),
            self,
        )
        self.stock_panel = StockPanel(self.stock_model, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.stock_panel)

        self._shown_once = False
        self.order_actions: dict[Action, QAction] = {}
        self._make_actions()
        self._make_menus()
        self.part_menus = PartMenus(self)
        self._make_toolbar()
        self.poller = ChangePoller(lambda: queries.revisions(db), poll_interval_ms, self)
        #: On a server, PostgreSQL tells this PC at once (LISTEN/NOTIFY); the poll stays
        #: only as a slow safety net. SQLite has nobody to tell, so it polls every second.
        self.watcher: ChangeWatcher | None = None
        if not db.is_sqlite:
            self.poller.timer.setInterval(max(poll_interval_ms, SAFETY_POLL_MS))
        self.housekeeping: Housekeeping | None = None
        if housekeeping_ms is not None:
            self.housekeeping = Housekeeping(db, housekeeping_ms, self)
        self.statusBar().showMessage(self.tr("데이터베이스: {0}").format(db.url))
        self._connect_signals()

    def _page_fetcher(self, status: OrderStatus) -> PageFetcher:
        db = self.context.db

        viewer = self.context.viewer

        def fetch(offset: int, limit: int, search: str) -> list[OrderRow]:
            rows = queries.order_page(db, status, search=search, offset=offset, limit=limit)
            return rows if viewer.sees_clear else [masked_row(viewer, r) for r in rows]

        return fetch

    # -- building ---------------------------------------------------------------------------

    def _make_actions(self) -> None:
        for action in Action:
            qaction = QAction(action_text(action), self)
            qaction.setObjectName(f"action_{action.value}")
            qaction.setEnabled(False)
            self.order_actions[action] = qaction
        self.order_actions[Action.CANCEL].setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.action_refresh = QAction(self.tr("새로고침"), self)
        self.action_refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        self.action_db_info = QAction(self.tr("데이터베이스 정보"), self)
        self.action_settings = QAction(self.tr("설정…"), self)
        self.action_settings.setEnabled(self.context.viewer.may(Permission.CHANGE_SETTINGS))
        self.action_quit = QAction(self.tr("종료"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_about = QAction(self.tr("정보"), self)
        self.action_stock_refresh = QAction(self.tr("재고 새로고침"), self)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("파일"))
        self.menu_file.addAction(self.action_db_info)
        self.menu_file.addAction(self.action_settings)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_orders = bar.addMenu(self.tr("주문"))
        for action in ORDER_MENU_ACTIONS:
            self.menu_orders.addAction(self.order_actions[action])
        self.menu_orders.addSeparator()
        self.menu_orders.addAction(self.action_refresh)
        self.menu_stock = bar.addMenu(self.tr("재고"))
        panel_toggle = self.stock_panel.toggleViewAction()
        panel_toggle.setText(self.tr("재고 현황 패널"))
        self.menu_stock.addAction(panel_toggle)
        self.menu_stock.addAction(self.action_stock_refresh)
        self.menu_shipping = bar.addMenu(self.tr("배송"))
        for action in SHIPPING_MENU_ACTIONS:
            self.menu_shipping.addAction(self.order_actions[action])
        self.menu_help = bar.addMenu(self.tr("도움말"))
        self.menu_help.addAction(self.action_about)

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("주문 처리"))
        self.toolbar.setObjectName("orderToolbar")
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in Action:
            self.toolbar.addAction(self.order_actions[action])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_refresh)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _connect_signals(self) -> None:
        self.tabs.selection_changed.connect(self.on_selection_changed)
        for action, qaction in self.order_actions.items():
            qaction.triggered.connect(lambda _=False, a=action: self.on_order_action(a))
        self.action_refresh.triggered.connect(self.on_refresh_all)
        self.action_stock_refresh.triggered.connect(self.stock_panel.on_stock_changed)
        self.action_db_info.triggered.connect(self.on_database_info)
        self.action_settings.triggered.connect(self.on_settings)
        self.action_quit.triggered.connect(self.close)
        self.action_about.triggered.connect(self.on_about)
        self.poller.changed.connect(self.on_external_change)
        self.orders_changed.connect(self.on_changes)
        self.stock_panel.why_requested.connect(lambda _code: self.part_menus.open_key("why"))
        self.stock_panel.adjust_requested.connect(lambda _code: self.part_menus.open_key("adjust"))
        if self.housekeeping is not None:
            self.housekeeping.changed.connect(self.broadcast)

    # -- start and stop ---------------------------------------------------------------------

    def load(self) -> None:
        """Read counts, the shown tab and the stock, then start noticing other PCs."""
        self.refresh_counts()
        self.tabs.refresh()
        self.stock_model.reload()
        self.poller.start()
        if not self.context.db.is_sqlite and self.watcher is None:
            feed = open_change_feed(self.context.db)
            self.watcher = ChangeWatcher(feed, self.poller.changed.emit).start()
        if self.housekeeping is not None:
            self.housekeeping.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.resizeDocks([self.stock_panel], [STOCK_PANEL_WIDTH], Qt.Orientation.Horizontal)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.poller.stop()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        if self.housekeeping is not None:
            self.housekeeping.stop()
        super().closeEvent(event)

    # -- reading ----------------------------------------------------------------------------

    def refresh_counts(self) -> None:
        self.tabs.set_counts(queries.status_counts(self.context.db))

    def selected_rows(self) -> list[OrderRow]:
        return self.tabs.selected_rows()

    def on_selection_changed(self) -> None:
        rows = self.selected_rows()
        allowed = allowed_actions({r.status for r in rows})
        for action, qaction in self.order_actions.items():
            qaction.setEnabled(action in allowed)
        self.part_menus.on_selection_changed(len(rows))
        if len(rows) == 1:
            detail = queries.order_detail(self.context.db, rows[0].id)
            if detail is not None:
                viewer = self.context.viewer
                self.detail.show_detail(
                    detail if viewer.sees_clear else masked_detail(viewer, detail)
                )
                return
        self.detail.show_nothing(len(rows))

    def on_refresh_all(self) -> None:
        self.refresh_counts()
        self.tabs.refresh()
        self.stock_model.reload()

    def on_external_change(self, areas: set[str]) -> None:
        """Another PC (or another part of this program) changed orders or stock."""
        if "orders" in areas:
            self.refresh_counts()
            self.tabs.refresh()
        if "stock" in areas:
            self.stock_panel.on_stock_changed()

    def broadcast(self, changes: Changes | None = None) -> None:
        """A dialog or job changed something: refresh what it names, or everything."""
        if changes is None:
            self.on_refresh_all()
        else:
            self.orders_changed.emit(changes)

    def on_changes(self, changes: Changes) -> None:
        """Show what a service changed: only the affected tabs, the counts and the stock."""
        if changes.statuses or changes.order_ids:
            self.refresh_counts()
            self.tabs.refresh(set(changes.statuses))
        if changes.sku_ids:
            self.stock_panel.on_stock_changed()

    # -- order actions ----------------------------------------------------------------------

    def on_order_action(self, action: Action) -> None:
        rows = self.selected_rows()
        if not rows or action not in allowed_actions({r.status for r in rows}):
            return
        seen = {r.id: r.version for r in rows}
        who = self.context.operator
        db = self.context.db
        changes = Changes()
        if action is Action.CANCEL:
            reason = CancelReasonDialog.ask(self, [r.order_no for r in rows])
            if reason is None:
                return
            changes = move_orders(
                db, [r.id for r in rows], action, who, reason=reason, seen_versions=seen
            )
        elif action is Action.MARK_SHIPPED:
            changes = self._ship(rows, seen)
        else:
            changes = move_orders(db, [r.id for r in rows], action, who, seen_versions=seen)
        if changes.refused:  # a refusal may still flag the order (재고부족): show it
            changes.statuses |= {r.status for r in rows}
        self.orders_changed.emit(changes)
        self._report(action, changes)

    def _ship(self, rows: list[OrderRow], seen: dict[int, int]) -> Changes:
        """Orders with a waybill ship at once; each one without asks for courier and number."""
        db, who = self.context.db, self.context.operator
        with_waybill = [r for r in rows if r.waybill_no]
        changes = Changes()
        if with_waybill:
            changes.merge(
                move_orders(
                    db, [r.id for r in with_waybill], Action.MARK_SHIPPED, who, seen_versions=seen
                )
            )
        missing = [r for r in rows if not r.waybill_no]
        if missing:
            default = load_shop_settings(db).default_courier
        for row in missing:
            shipping: Shipping | None = ShippingDialog.ask(self, row.order_no, default)
            if shipping is None:
                break
            changes.merge(
                move_orders(
                    db, [row.id], Action.MARK_SHIPPED, who, shipping=shipping, seen_versions=seen
                )
            )
        return changes

    def _report(self, action: Action, changes: Changes) -> None:
        moved = len(changes.order_ids)
        self.statusBar().showMessage(
            self.tr("{0}: {1}건 처리, {2}건 거부").format(
                action_text(action), moved, len(changes.refused)
            ),
            8000,
        )
        if changes.refused:
            self.show_refusals(changes.refused)

    def show_refusals(self, refusals: list[Refusal]) -> None:
        """Each refused order with its rule, Korean first then English."""
        shown = refusals[:15]
        lines = [f"• {r.message_ko}\n   {r.message_en}" for r in shown]
        if len(refusals) > len(shown):
            lines.append(self.tr("… 외 {0}건").format(len(refusals) - len(shown)))
        QMessageBox.warning(
            self,
            self.tr("처리할 수 없는 주문"),
            self.tr("다음 주문은 처리되지 않았습니다 / These orders were not changed:")
            + "\n\n"
            + "\n".join(lines),
        )

    # -- menus --------------------------------------------------------------------------------

    def on_database_info(self) -> None:
        from desktop_oms.storage.engine import sqlite_path

        url = self.context.db.url
        path = sqlite_path(url)
        text = self.tr("데이터베이스 파일: {0}").format(path) if path else url
        QMessageBox.information(self, self.tr("데이터베이스 정보"), text)

    def on_settings(self) -> None:
        from desktop_oms.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.context.db, self).exec()

    def on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("정보"),
            self.tr("Desktop OMS {0}\n소규모 온라인 쇼핑몰을 위한 주문관리 프로그램").format(
                __version__
            ),
        )
