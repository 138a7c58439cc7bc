"""How each menu entry opens its dialog: one small opener per entry of ui/menus.py."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from desktop_oms.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def _dialog(module: str, name: str) -> Callable[[MainWindow], QWidget]:
    """The opener of a dialog that takes (context, window): its module is imported on
    first use, so the program starts without loading every dialog."""

    def open_dialog(w: MainWindow) -> QWidget:
        dialog = getattr(import_module(f"desktop_oms.ui.{module}"), name)
        return cast(QWidget, dialog(w.context, w))

    return open_dialog


def _ids(window: MainWindow) -> list[int]:
    return [row.id for row in window.selected_rows()]


# -- 주문 ------------------------------------------------------------------------------------


import_orders = _dialog("import_dialog", "ImportDialog")
manual = _dialog("manual_order_dialog", "ManualOrderDialog")
matching = _dialog("matching_dialog", "MatchingDialog")
deposits = _dialog("deposit_dialog", "DepositDialog")
combine = _dialog("combine_dialog", "CombineDialog")


def hold(w: MainWindow) -> QWidget:
    from desktop_oms.ui.hold_dialog import HoldDialog

    return HoldDialog(w.context, _ids(w), w)


def release_hold(w: MainWindow) -> None:
    from desktop_oms.services.holds import release_holds

    changes = release_holds(w.context.db, _ids(w), w.context.operator)
    w.broadcast(changes)


def delay(w: MainWindow) -> QWidget:
    from desktop_oms.ui.hold_dialog import DispatchDelayDialog

    return DispatchDelayDialog(w.context, _ids(w), w)


def claims(w: MainWindow) -> QWidget:
    from desktop_oms.ui.claims_view import ClaimsView

    view = ClaimsView(w.context, w)
    view.setWindowFlag(Qt.WindowType.Window)
    view.setWindowTitle(tr("클레임 처리 (취소·반품·교환)"))
    view.resize(1100, 700)
    rows = w.selected_rows()
    if len(rows) == 1:
        view.load_order(rows[0].order_no)
    return view


def export(w: MainWindow) -> QWidget:
    from desktop_oms.ui.order_export_dialog import OrderExportDialog

    ids = _ids(w)
    if ids:
        return OrderExportDialog(w.context.db, w.context.viewer, order_ids=ids, parent=w)
    return OrderExportDialog(
        w.context.db, w.context.viewer, status=w.tabs.current_status(), parent=w
    )


def reveal(w: MainWindow) -> QWidget:
    from desktop_oms.ui.reveal_dialog import RevealDialog

    return RevealDialog(w.context.db, w.context.viewer, _ids(w), w)


# -- 재고 ------------------------------------------------------------------------------------


products = _dialog("products_dialog", "ProductsDialog")
shortages = _dialog("shortage_view", "ShortageView")
purchase_orders = _dialog("purchase_order_dialog", "PurchaseOrderDialog")


def adjust(w: MainWindow) -> QWidget:
    from desktop_oms.ui.stock_adjust_dialog import StockAdjustDialog

    return StockAdjustDialog(w.context, w, sku_code=w.stock_panel.selected_code())


wms = _dialog("wms_sync_dialog", "WmsSyncDialog")


def why(w: MainWindow) -> QWidget:
    from desktop_oms.ui.stock_why_dialog import StockWhyDialog

    return StockWhyDialog(w.context, w, sku_code=w.stock_panel.selected_code())


# -- 배송 ------------------------------------------------------------------------------------


def labels(w: MainWindow) -> QWidget:
    from desktop_oms.ui.label_dialog import LabelPrintDialog

    return LabelPrintDialog(w.context, _ids(w), w)


def courier_files(w: MainWindow) -> QWidget:
    from desktop_oms.ui.courier_file_dialog import CourierFileDialog

    return CourierFileDialog(w.context, _ids(w) or None, parent=w)


bands = _dialog("courier_band_dialog", "CourierBandDialog")
packing = _dialog("packing_dialog", "PackingDialog")
delivered = _dialog("delivery_dialog", "DeliveryImportDialog")
dispatch = _dialog("dispatch_dialog", "DispatchDialog")


# -- 파일 ------------------------------------------------------------------------------------


def database(w: MainWindow) -> QWidget:
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


transfer = _dialog("transfer_dialog", "TransferDialog")


def backup(w: MainWindow) -> QWidget:
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


def operators(w: MainWindow) -> None:
    from desktop_oms.ui.operators_dialog import open_operators

    open_operators(w.context.db, w.context.viewer, w)


def access_log(w: MainWindow) -> None:
    from desktop_oms.ui.access_log_dialog import open_access_log

    open_access_log(w.context.db, w.context.viewer, w)


def purge(w: MainWindow) -> QWidget | None:
    from desktop_oms.ui.purge_dialog import open_purge

    return open_purge(w.context.db, w.context.viewer, w)
