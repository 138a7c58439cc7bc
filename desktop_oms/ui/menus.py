"""Every part's dialogs in the main window's menus, wired in one place.

Each entry names its menu, its text and how to open its dialog; whatever the dialog
changed comes back as `Changes` and is broadcast once through the window, so each view
refreshes only its own part. Dialog modules are imported when first opened, which keeps
start-up quick.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop_oms.domain.permissions import Permission, PermissionDenied
from desktop_oms.services.changes import Changes

if TYPE_CHECKING:
    from desktop_oms.ui.main_window import MainWindow

#: Signals by which the parts' dialogs report what they changed.
CHANGE_SIGNALS = ("changed", "imported", "saved", "parcel_shipped", "purged")


def tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def N(text: str) -> str:
    """Mark a menu text for lupdate; it is translated when the menu is built."""
    return str(QT_TRANSLATE_NOOP("Menus", text))


@dataclass(frozen=True, slots=True)
class Entry:
    """One menu item: where it goes, what it says, what it opens, who may use it."""

    key: str
    menu: str
    text: str
    open: Callable[[MainWindow], QWidget | None]
    permission: Permission | None = None
    needs_selection: bool = False
    shortcut: str = ""


def _ids(window: MainWindow) -> list[int]:
    return [row.id for row in window.selected_rows()]


# -- 주문 ------------------------------------------------------------------------------------


def _import(w: MainWindow) -> QWidget:
    from desktop_oms.ui.import_dialog import ImportDialog

    return ImportDialog(w.context, w)


def _manual(w: MainWindow) -> QWidget:
    from desktop_oms.ui.manual_order_dialog import ManualOrderDialog

    return ManualOrderDialog(w.context, w)


def _matching(w: MainWindow) -> QWidget:
    from desktop_oms.ui.matching_dialog import MatchingDialog

    return MatchingDialog(w.context, w)


def _deposits(w: MainWindow) -> QWidget:
    from desktop_oms.ui.deposit_dialog import DepositDialog

    return DepositDialog(w.context, w)


def _combine(w: MainWindow) -> QWidget:
    from desktop_oms.ui.combine_dialog import CombineDialog

    return CombineDialog(w.context, w)


def _hold(w: MainWindow) -> QWidget:
    from desktop_oms.ui.hold_dialog import HoldDialog

    return HoldDialog(w.context, _ids(w), w)


def _release_hold(w: MainWindow) -> None:
    from desktop_oms.services.holds import release_holds

    changes = release_holds(w.context.db, _ids(w), w.context.operator)
    w.broadcast(changes)


def _delay(w: MainWindow) -> QWidget:
    from desktop_oms.ui.hold_dialog import DispatchDelayDialog

    return DispatchDelayDialog(w.context, _ids(w), w)


def _claims(w: MainWindow) -> QWidget:
    from desktop_oms.ui.claims_view import ClaimsView

    view = ClaimsView(w.context, w)
    view.setWindowFlag(Qt.WindowType.Window)
    view.setWindowTitle(tr("클레임 처리 (취소·반품·교환)"))
    view.resize(1100, 700)
    rows = w.selected_rows()
    if len(rows) == 1:
        view.load_order(rows[0].order_no)
    return view


def _export(w: MainWindow) -> QWidget:
    from desktop_oms.ui.order_export_dialog import OrderExportDialog

    ids = _ids(w)
    if ids:
        return OrderExportDialog(w.context.db, w.context.viewer, order_ids=ids, parent=w)
    return OrderExportDialog(
        w.context.db, w.context.viewer, status=w.tabs.current_status(), parent=w
    )


def _reveal(w: MainWindow) -> QWidget:
    from desktop_oms.ui.reveal_dialog import RevealDialog

    return RevealDialog(w.context.db, w.context.viewer, _ids(w), w)


# -- 재고 ------------------------------------------------------------------------------------


def _products(w: MainWindow) -> QWidget:
    from desktop_oms.ui.products_dialog import ProductsDialog

    return ProductsDialog(w.context, w)


def _shortages(w: MainWindow) -> QWidget:
    from desktop_oms.ui.shortage_view import ShortageView

    return ShortageView(w.context, w)


def _purchase_orders(w: MainWindow) -> QWidget:
    from desktop_oms.ui.purchase_order_dialog import PurchaseOrderDialog

    return PurchaseOrderDialog(w.context, w)


def _adjust(w: MainWindow) -> QWidget:
    from desktop_oms.ui.stock_adjust_dialog import StockAdjustDialog

    return StockAdjustDialog(w.context, w, sku_code=w.stock_panel.selected_code())


def _wms(w: MainWindow) -> QWidget:
    from desktop_oms.ui.wms_sync_dialog import WmsSyncDialog

    return WmsSyncDialog(w.context, w)


def _why(w: MainWindow) -> QWidget:
    from desktop_oms.ui.stock_why_dialog import StockWhyDialog

    return StockWhyDialog(w.context, w, sku_code=w.stock_panel.selected_code())


# -- 배송 ------------------------------------------------------------------------------------


def _labels(w: MainWindow) -> QWidget:
    from desktop_oms.ui.label_dialog import LabelPrintDialog

    return LabelPrintDialog(w.context, _ids(w), w)


def _courier_files(w: MainWindow) -> QWidget:
    from desktop_oms.ui.courier_file_dialog import CourierFileDialog

    return CourierFileDialog(w.context, _ids(w) or None, parent=w)


def _bands(w: MainWindow) -> QWidget:
    from desktop_oms.ui.courier_band_dialog import CourierBandDialog

    return CourierBandDialog(w.context, w)


def _packing(w: MainWindow) -> QWidget:
    from desktop_oms.ui.packing_dialog import PackingDialog

    return PackingDialog(w.context, w)


def _delivered(w: MainWindow) -> QWidget:
    from desktop_oms.ui.delivery_dialog import DeliveryImportDialog

    return DeliveryImportDialog(w.context, w)


def _dispatch(w: MainWindow) -> QWidget:
    from desktop_oms.ui.dispatch_dialog import DispatchDialog

    return DispatchDialog(w.context, w)


# -- 파일 ------------------------------------------------------------------------------------


def _database(w: MainWindow) -> QWidget:
    from desktop_oms.ui.database_dialog import DatabaseDialog

    dialog = DatabaseDialog(w.context, w)
    dialog.accepted.connect(
        lambda: QMessageBox.information(
            w,
            tr("데이터베이스 연결"),
            tr(
                "저장했습니다. 프로그램을 다시 시작하면 이 데이터베이스를 사용합니다.\n"
                "Saved. The program uses this database from its next start."
            ),
        )
    )
    return dialog


def _transfer(w: MainWindow) -> QWidget:
    from desktop_oms.ui.transfer_dialog import TransferDialog

    return TransferDialog(w.context, w)


def _backup(w: MainWindow) -> QWidget:
    """While the backup dialog is open nothing else reads the file; a restore may replace
    it, so every view is read again when the dialog closes."""
    from desktop_oms.ui.backup_dialog import BackupDialog

    dialog = BackupDialog(w.context, w)
    w.poller.stop()
    dialog.finished.connect(lambda _result: _read_again(w))
    return dialog


def _read_again(w: MainWindow) -> None:
    w.poller.start()
    w.on_refresh_all()


def _operators(w: MainWindow) -> None:
    from desktop_oms.ui.operators_dialog import open_operators

    open_operators(w.context.db, w.context.viewer, w)


def _access_log(w: MainWindow) -> None:
    from desktop_oms.ui.access_log_dialog import open_access_log

    open_access_log(w.context.db, w.context.viewer, w)


def _purge(w: MainWindow) -> QWidget | None:
    from desktop_oms.ui.purge_dialog import open_purge

    return open_purge(w.context.db, w.context.viewer, w)


ENTRIES: tuple[Entry, ...] = (
    Entry(
        "import",
        "menu_orders",
        N("주문 파일 가져오기…"),
        _import,
        Permission.EDIT_ORDERS,
        shortcut="Ctrl+I",
    ),
    Entry(
        "manual",
        "menu_orders",
        N("전화 주문 입력…"),
        _manual,
        Permission.EDIT_ORDERS,
        shortcut="Ctrl+N",
    ),
    Entry("matching", "menu_orders", N("상품 매칭…"), _matching, Permission.EDIT_ORDERS),
    Entry("deposits", "menu_orders", N("입금 확인…"), _deposits, Permission.EDIT_ORDERS),
    Entry("combine", "menu_orders", N("합포장 후보…"), _combine, Permission.EDIT_ORDERS),
    Entry("hold", "menu_orders", N("보류…"), _hold, Permission.EDIT_ORDERS, needs_selection=True),
    Entry(
        "release_hold",
        "menu_orders",
        N("보류 해제"),
        _release_hold,
        Permission.EDIT_ORDERS,
        needs_selection=True,
    ),
    Entry(
        "delay",
        "menu_orders",
        N("발송지연 등록…"),
        _delay,
        Permission.EDIT_ORDERS,
        needs_selection=True,
    ),
    Entry("claims", "menu_orders", N("클레임 (취소·반품·교환)…"), _claims, Permission.EDIT_ORDERS),
    Entry("export", "menu_orders", N("엑셀로 내보내기…"), _export, Permission.EXPORT_ORDERS),
    Entry(
        "reveal",
        "menu_orders",
        N("개인정보 보기…"),
        _reveal,
        Permission.REVEAL_PERSONAL,
        needs_selection=True,
    ),
    Entry("products", "menu_stock", N("상품·SKU 관리…"), _products, Permission.EDIT_ORDERS),
    Entry("shortages", "menu_stock", N("재고부족 주문…"), _shortages, Permission.EDIT_ORDERS),
    Entry(
        "purchase_orders", "menu_stock", N("발주·입고…"), _purchase_orders, Permission.EDIT_ORDERS
    ),
    Entry("adjust", "menu_stock", N("재고 조정(실사)…"), _adjust, Permission.EDIT_ORDERS),
    Entry("wms", "menu_stock", N("WMS 재고 동기화…"), _wms, Permission.EDIT_ORDERS),
    Entry("why", "menu_stock", N("재고 원장 (이 숫자는 왜?)…"), _why),
    Entry(
        "labels",
        "menu_shipping",
        N("송장 출력…"),
        _labels,
        Permission.PRINT_LABELS,
        shortcut="Ctrl+P",
    ),
    Entry(
        "courier_files",
        "menu_shipping",
        N("택배사 파일 (송장번호 받기)…"),
        _courier_files,
        Permission.EDIT_ORDERS,
    ),
    Entry("bands", "menu_shipping", N("송장번호 대역…"), _bands, Permission.EDIT_ORDERS),
    Entry(
        "packing",
        "menu_shipping",
        N("검수 (스캔 출고)…"),
        _packing,
        Permission.EDIT_ORDERS,
        shortcut="F8",
    ),
    Entry(
        "delivered",
        "menu_shipping",
        N("배송완료 파일 가져오기…"),
        _delivered,
        Permission.EDIT_ORDERS,
    ),
    Entry(
        "dispatch", "menu_shipping", N("판매채널 발송처리 파일…"), _dispatch, Permission.EDIT_ORDERS
    ),
    Entry("database", "menu_file", N("데이터베이스 연결…"), _database, Permission.CHANGE_SETTINGS),
    Entry("backup", "menu_file", N("백업·복원…"), _backup, Permission.CHANGE_SETTINGS),
    Entry(
        "transfer",
        "menu_file",
        N("공유 서버로 데이터 옮기기…"),
        _transfer,
        Permission.CHANGE_SETTINGS,
    ),
    Entry("operators", "menu_file", N("사용자 관리…"), _operators, Permission.MANAGE_OPERATORS),
    Entry(
        "access_log", "menu_file", N("개인정보 접속기록…"), _access_log, Permission.VIEW_ACCESS_LOG
    ),
    Entry("purge", "menu_file", N("개인정보 파기…"), _purge, Permission.PURGE_PERSONAL),
)


class PartMenus:
    """Adds the entries to the window's menus and keeps selection-bound ones enabled right."""

    def __init__(self, window: MainWindow, entries: tuple[Entry, ...] = ENTRIES) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}
        self._entries = {entry.key: entry for entry in entries}
        self._selection_bound: list[QAction] = []
        viewer = window.context.viewer
        before_quit = window.menu_file.actions()[-1] if window.menu_file.actions() else None
        for entry in entries:
            if entry.permission is not None and not viewer.may(entry.permission):
                continue
            action = QAction(tr(entry.text), window)
            action.setObjectName(f"menu_entry_{entry.key}")
            if entry.shortcut:
                action.setShortcut(QKeySequence(entry.shortcut))
            action.triggered.connect(lambda _=False, e=entry: self.open(e))
            menu = getattr(window, entry.menu)
            if entry.menu == "menu_file" and before_quit is not None:
                menu.insertAction(before_quit, action)
            else:
                menu.addAction(action)
            if entry.needs_selection:
                action.setEnabled(False)
                self._selection_bound.append(action)
            self.actions[entry.key] = action
        if before_quit is not None:
            window.menu_file.insertSeparator(before_quit)

    def on_selection_changed(self, count: int) -> None:
        for action in self._selection_bound:
            action.setEnabled(count > 0)

    def open_key(self, key: str) -> QWidget | None:
        """Open the entry named `key` (e.g. "why" from the stock panel)."""
        entry = self._entries[key]
        if key not in self.actions:
            return None  # not allowed for this operator
        return self.open(entry)

    def open(self, entry: Entry) -> QWidget | None:
        """Open an entry's dialog without blocking; its changes are broadcast once."""
        try:
            widget = entry.open(self.window)
        except PermissionDenied as denied:
            QMessageBox.warning(self.window, tr("권한 없음"), str(denied))
            return None
        if widget is None:
            return None
        for name in CHANGE_SIGNALS:
            signal = getattr(widget, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(self._broadcast_any)
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(widget, QDialog):
            widget.open()
        else:
            widget.show()
        return widget

    def _broadcast_any(self, *args: object) -> None:
        changes = next((a for a in args if isinstance(a, Changes)), None)
        self.window.broadcast(changes)
