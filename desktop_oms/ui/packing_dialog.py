"""Packing station (검수) dialog for a USB barcode scanner that types like a keyboard.

Scan a waybill or order number (digits, then Enter) to open the parcel, then scan each
item; a wrong, extra or unknown item beeps and turns the status red and counts nothing.
When everything is packed the parcel is marked shipped and the next scan opens the
next parcel. Esc drops the open parcel. The focus never leaves the scan field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.packing import PackingSession
from desktop_oms.services.changes import Changes
from desktop_oms.services.packing import (
    PackingRefused,
    ParcelToPack,
    finish_parcel,
    load_parcel,
    start_session,
)
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.messages import error_text

OK_STYLE = "background:#e6f4ea; color:#1e4620; padding:10px; font-size:16pt;"
ERROR_STYLE = "background:#d93025; color:white; padding:10px; font-size:16pt; font-weight:bold;"
IDLE_STYLE = "background:#f1f3f4; color:#202124; padding:10px; font-size:16pt;"


class PackingDialog(QDialog):
    """Scan-to-verify packing: one parcel at a time, keyboard (scanner) only."""

    parcel_shipped = Signal(object)  # Changes

    COL_SKU, COL_NAME, COL_OPTION, COL_QTY, COL_PACKED = range(5)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parcel: ParcelToPack | None = None
        self._session: PackingSession | None = None
        self.setWindowTitle(self.tr("검수 (스캔 포장)"))
        self.resize(760, 520)

        self.scan_field = QLineEdit(self)
        self.scan_field.setPlaceholderText(self.tr("송장번호 또는 주문번호를 스캔하세요"))
        big = QFont(self.scan_field.font())
        big.setPointSize(18)
        self.scan_field.setFont(big)
        self.scan_field.returnPressed.connect(self.on_scan)

        self.parcel_label = QLabel(self.tr("열린 송장 없음"), self)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("상품코드"),
                self.tr("상품명"),
                self.tr("옵션"),
                self.tr("수량"),
                self.tr("스캔"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(
            self.COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.progress_label = QLabel(self)
        self.close_button = QPushButton(self.tr("닫기"), self)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setAutoDefault(False)  # Enter from the scanner must never close
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        for widget in (
            self.scan_field,
            self.parcel_label,
            self.table,
            self.progress_label,
            self.status_label,
            self.close_button,
        ):
            layout.addWidget(widget)
        self._show_idle(self.tr("송장번호(또는 주문번호) 바코드를 스캔하세요."))
        self.scan_field.setFocus()

    # -- what the scanner typed --------------------------------------------------------
    def on_scan(self) -> None:
        code = self.scan_field.text()
        self.scan_field.clear()
        self.scan_field.setFocus()
        if not code.strip():
            return
        if self._session is None:
            self._open_parcel(code)
        else:
            self._scan_item(code)

    def _open_parcel(self, code: str) -> None:
        try:
            parcel = load_parcel(self._ctx.db, code)
        except PackingRefused as refused:
            self._show_error(error_text(refused))
            return
        self._parcel = parcel
        self._session = start_session(self._ctx.db, parcel)
        orders = ", ".join(parcel.order_nos)
        self.parcel_label.setText(
            self.tr("송장 {waybill} · 주문 {orders} · 수취인 {name}").format(
                waybill=parcel.waybill_no, orders=orders, name=parcel.recipient_name
            )
        )
        self._fill_table()
        self._show_ok(self.tr("상품 바코드를 하나씩 스캔하세요. (Esc: 이 송장 취소)"))

    def _scan_item(self, code: str) -> None:
        assert self._session is not None
        result = self._session.scan(code)
        if result.refused:
            self._show_error(error_text(result))
            return
        self._fill_table()
        if self._session.complete:
            self._ship()
        else:
            self._show_ok(error_text(result))

    def _ship(self) -> None:
        assert self._parcel is not None
        parcel = self._parcel
        changes: Changes = finish_parcel(self._ctx.db, parcel, self._ctx.operator)
        self._reset()
        if changes.refused:
            self._show_error(
                self.tr("발송처리가 거부되었습니다: {reason}").format(
                    reason=error_text(changes.refused[0], " / ")
                )
            )
        else:
            self._show_ok(
                self.tr("발송 완료: 송장 {waybill} → 배송중. 다음 송장을 스캔하세요.").format(
                    waybill=parcel.waybill_no
                )
            )
        if changes.changed:
            self.parcel_shipped.emit(changes)

    # -- display -----------------------------------------------------------------------
    def _fill_table(self) -> None:
        session = self._session
        items = session.items if session else ()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            packed = session.packed[item.sku_code] if session else 0
            values = (item.sku_code, item.name, item.option_text, item.quantity, packed)
            for col, value in enumerate(values):
                cell = QTableWidgetItem(str(value))
                if col in (self.COL_QTY, self.COL_PACKED):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if packed >= item.quantity:
                    cell.setBackground(Qt.GlobalColor.green)
                self.table.setItem(row, col, cell)
        if session is not None:
            self.progress_label.setText(
                self.tr("검수 {packed} / {total}").format(
                    packed=session.total_packed, total=session.total_expected
                )
            )
        else:
            self.progress_label.clear()

    def _reset(self) -> None:
        self._parcel = None
        self._session = None
        self.parcel_label.setText(self.tr("열린 송장 없음"))
        self._fill_table()

    def _show_ok(self, text: str) -> None:
        self.status_label.setStyleSheet(OK_STYLE)
        self.status_label.setText(text)
        self.status_label.setProperty("refused", False)

    def _show_idle(self, text: str) -> None:
        self.status_label.setStyleSheet(IDLE_STYLE)
        self.status_label.setText(text)
        self.status_label.setProperty("refused", False)

    def _show_error(self, text: str) -> None:
        QApplication.beep()
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(text)
        self.status_label.setProperty("refused", True)

    @property
    def open_session(self) -> PackingSession | None:
        return self._session

    def last_result_refused(self) -> bool:
        return bool(self.status_label.property("refused"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc drops the open parcel (it never closes the dialog by accident mid-parcel)."""
        if event.key() == Qt.Key.Key_Escape:
            if self._session is not None:
                self._reset()
                self._show_idle(self.tr("송장 검수를 취소했습니다. 다음 송장을 스캔하세요."))
            event.accept()
            self.scan_field.setFocus()
            return
        super().keyPressEvent(event)
