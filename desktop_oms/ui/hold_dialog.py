"""Dialogs to put orders on hold (보류) and to record a dispatch delay (발송지연)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_oms.services.changes import Changes
from desktop_oms.services.holds import hold_orders, record_dispatch_delay
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.messages import error_lines

ERROR_STYLE = "color:#d93025; font-weight:bold;"


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _OrdersDialog(QDialog):
    """A small form acting on the selected orders; shows refusals, closes on success."""

    changed = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, order_ids: Sequence[int], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._order_ids = list(order_ids)
        self.form = QFormLayout(self)
        self.form.addRow(QLabel(self.tr("선택한 주문 {n}건").format(n=len(self._order_ids)), self))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.on_ok)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self) -> None:
        self.form.addRow(self.error_label)
        self.form.addRow(self.buttons)

    def _apply(self) -> Changes:
        raise NotImplementedError

    def on_ok(self) -> None:
        changes = self._apply()
        if changes.changed:
            self.changed.emit(changes)
        if changes.refused:
            self.error_label.setText("\n".join(error_lines(changes.refused)))
            return
        self.accept()


class HoldDialog(_OrdersDialog):
    """Hold the selected orders with a reason and an optional until-date."""

    REASONS = ("고객 요청", "주소 확인 필요", "입금 확인 중", "재고 확인 중", "합포장 대기")

    def __init__(
        self, ctx: AppContext, order_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, order_ids, parent)
        self.setWindowTitle(self.tr("주문 보류"))
        self.reason_box = QComboBox(self)
        self.reason_box.setEditable(True)
        self.reason_box.addItems([self.tr(r) for r in self.REASONS])
        self.until_check = QCheckBox(self.tr("이 날짜까지 보류 (다음 날 자동 해제)"), self)
        self.until_edit = QDateEdit(QDate.currentDate().addDays(3), self)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setMinimumDate(QDate.currentDate())
        self.until_edit.setEnabled(False)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        self.form.addRow(self.tr("사유"), self.reason_box)
        self.form.addRow(self.until_check, self.until_edit)
        self._finish_layout()

    def _apply(self) -> Changes:
        until = _to_date(self.until_edit.date()) if self.until_check.isChecked() else None
        return hold_orders(
            self._ctx.db,
            self._order_ids,
            self.reason_box.currentText(),
            self._ctx.operator,
            until=until,
        )


class DispatchDelayDialog(_OrdersDialog):
    """Record a dispatch delay: the new ship-by date and the reason."""

    def __init__(
        self, ctx: AppContext, order_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, order_ids, parent)
        self.setWindowTitle(self.tr("발송지연 등록"))
        self.date_edit = QDateEdit(QDate.currentDate().addDays(2), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate.currentDate())
        self.reason_field = QLineEdit(self)
        self.reason_field.setPlaceholderText(self.tr("예: 입고 지연, 주문 제작"))
        self.form.addRow(self.tr("새 발송기한"), self.date_edit)
        self.form.addRow(self.tr("사유"), self.reason_field)
        self._finish_layout()

    def _apply(self) -> Changes:
        return record_dispatch_delay(
            self._ctx.db,
            self._order_ids,
            _to_date(self.date_edit.date()),
            self.reason_field.text(),
            self._ctx.operator,
        )
