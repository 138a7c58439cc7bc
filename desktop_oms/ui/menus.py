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
from desktop_oms.ui import menu_openers as openers

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


ENTRIES: tuple[Entry, ...] = (
    Entry(
        "import",
        "menu_orders",
        N("주문 파일 가져오기…"),
        openers.import_orders,
        Permission.EDIT_ORDERS,
        shortcut="Ctrl+I",
    ),
    Entry(
        "manual",
        "menu_orders",
        N("전화 주문 입력…"),
        openers.manual,
        Permission.EDIT_ORDERS,
        shortcut="Ctrl+N",
    ),
    Entry("matching", "menu_orders", N("상품 매칭…"), openers.matching, Permission.EDIT_ORDERS),
    Entry("deposits", "menu_orders", N("입금 확인…"), openers.deposits, Permission.EDIT_ORDERS),
    Entry("combine", "menu_orders", N("합포장 후보…"), openers.combine, Permission.EDIT_ORDERS),
    Entry(
        "hold",
        "menu_orders",
        N("보류…"),
        openers.hold,
        Permission.EDIT_ORDERS,
        needs_selection=True,
    ),
    Entry(
        "release_hold",
        "menu_orders",
        N("보류 해제"),
        openers.release_hold,
        Permission.EDIT_ORDERS,
        needs_selection=True,
    ),
    Entry(
        "delay",
        "menu_orders",
        N("발송지연 등록…"),
        openers.delay,
        Permission.EDIT_ORDERS,
        needs_selection=True,
    ),
    Entry(
        "claims",
        "menu_orders",
        N("클레임 (취소·반품·교환)…"),
        openers.claims,
        Permission.EDIT_ORDERS,
    ),
    Entry("export", "menu_orders", N("엑셀로 내보내기…"), openers.export, Permission.EXPORT_ORDERS),
    Entry(
        "reveal",
        "menu_orders",
        N("개인정보 보기…"),
        openers.reveal,
        Permission.REVEAL_PERSONAL,
        needs_selection=True,
    ),
    Entry("products", "menu_stock", N("상품·SKU 관리…"), openers.products, Permission.EDIT_ORDERS),
    Entry(
        "shortages", "menu_stock", N("재고부족 주문…"), openers.shortages, Permission.EDIT_ORDERS
    ),
    Entry(
        "purchase_orders",
        "menu_stock",
        N("발주·입고…"),
        openers.purchase_orders,
        Permission.EDIT_ORDERS,
    ),
    Entry("adjust", "menu_stock", N("재고 조정(실사)…"), openers.adjust, Permission.EDIT_ORDERS),
    Entry("wms", "menu_stock", N("WMS 재고 동기화…"), openers.wms, Permission.EDIT_ORDERS),
    Entry("why", "menu_stock", N("재고 원장 (이 숫자는 왜?)…"), openers.why),
    Entry(
        "labels",
        "menu_shipping",
        N("송장 출력…"),
        openers.labels,
        Permission.PRINT_LABELS,
        shortcut="Ctrl+P",
    ),
    Entry(
        "courier_files",
        "menu_shipping",
        N("택배사 파일 (송장번호 받기)…"),
        openers.courier_files,
        Permission.EDIT_ORDERS,
    ),
    Entry("bands", "menu_shipping", N("송장번호 대역…"), openers.bands, Permission.EDIT_ORDERS),
    Entry(
        "packing",
        "menu_shipping",
        N("검수 (스캔 출고)…"),
        openers.packing,
        Permission.EDIT_ORDERS,
        shortcut="F8",
    ),
    Entry(
        "delivered",
        "menu_shipping",
        N("배송완료 파일 가져오기…"),
        openers.delivered,
        Permission.EDIT_ORDERS,
    ),
    Entry(
        "dispatch",
        "menu_shipping",
        N("판매채널 발송처리 파일…"),
        openers.dispatch,
        Permission.EDIT_ORDERS,
    ),
    Entry(
        "database",
        "menu_file",
        N("데이터베이스 연결…"),
        openers.database,
        Permission.CHANGE_SETTINGS,
    ),
    Entry("backup", "menu_file", N("백업·복원…"), openers.backup, Permission.CHANGE_SETTINGS),
    Entry(
        "transfer",
        "menu_file",
        N("공유 서버로 데이터 옮기기…"),
        openers.transfer,
        Permission.CHANGE_SETTINGS,
    ),
    Entry(
        "operators", "menu_file", N("사용자 관리…"), openers.operators, Permission.MANAGE_OPERATORS
    ),
    Entry(
        "access_log",
        "menu_file",
        N("개인정보 접속기록…"),
        openers.access_log,
        Permission.VIEW_ACCESS_LOG,
    ),
    Entry("purge", "menu_file", N("개인정보 파기…"), openers.purge, Permission.PURGE_PERSONAL),
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
