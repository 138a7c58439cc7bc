"""The detail pane: the selected order's recipient, payment, lines and history."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.services.queries import OrderDetail
from desktop_oms.ui.detail_models import OrderEventTableModel, OrderLineTableModel
from desktop_oms.ui.labels import payment_state_text, payment_text, status_text


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else "-"


class OrderDetailPane(QWidget):
    """Shows one order (or a hint when none or several are selected)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: OrderDetail | None = None
        self.title = QLabel(self.tr("주문을 선택하세요."))
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.recipient_form = QFormLayout()
        self.payment_form = QFormLayout()
        self._fields: dict[str, QLabel] = {}
        for key, label in (
            ("recipient", self.tr("수령인")),
            ("phone", self.tr("연락처")),
            ("address", self.tr("주소")),
            ("message", self.tr("배송메시지")),
            ("buyer", self.tr("주문자")),
            ("waybill", self.tr("송장")),
        ):
            self.recipient_form.addRow(label, self._field(key))
        for key, label in (
            ("method", self.tr("결제수단")),
            ("payment_state", self.tr("결제상태")),
            ("amount", self.tr("결제금액")),
            ("card", self.tr("카드사 / 할부")),
            ("approval", self.tr("승인번호")),
            ("account", self.tr("입금계좌")),
            ("deadline", self.tr("입금기한")),
            ("paid_at", self.tr("결제일시")),
            ("refunded", self.tr("환불금액")),
        ):
            self.payment_form.addRow(label, self._field(key))
        recipient_box = QGroupBox(self.tr("받는 분"))
        recipient_box.setLayout(self.recipient_form)
        payment_box = QGroupBox(self.tr("결제"))
        payment_box.setLayout(self.payment_form)

        self.line_model = OrderLineTableModel(self)
        self.event_model = OrderEventTableModel(self)
        self.line_view = self._table(self.line_model)
        self.event_view = self._table(self.event_model)
        self.tables = QTabWidget()
        self.tables.addTab(self.line_view, self.tr("주문상품"))
        self.tables.addTab(self.event_view, self.tr("처리 이력"))

        boxes = QHBoxLayout()
        boxes.addWidget(recipient_box, 3)
        boxes.addWidget(payment_box, 3)
        boxes.addWidget(self.tables, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addLayout(boxes)

    def _field(self, key: str) -> QLabel:
        label = QLabel("-")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._fields[key] = label
        return label

    def _table(self, model: OrderLineTableModel | OrderEventTableModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        return view

    def field_text(self, key: str) -> str:
        return self._fields[key].text()

    def show_nothing(self, selected: int = 0) -> None:
        self.detail = None
        if selected > 1:
            self.title.setText(self.tr("{0}건의 주문이 선택되었습니다.").format(selected))
        else:
            self.title.setText(self.tr("주문을 선택하세요."))
        for label in self._fields.values():
            label.setText("-")
        self.line_model.set_items([])
        self.event_model.set_items([])

    def show_detail(self, detail: OrderDetail) -> None:
        self.detail = detail
        row = detail.row
        self.title.setText(
            self.tr("주문 {0} · {1} · {2}").format(
                row.order_no, status_text(row.status), _when(row.ordered_at)
            )
        )
        phone = row.recipient_phone
        if detail.recipient_phone2:
            phone = f"{phone} / {detail.recipient_phone2}"
        put = self._fields
        put["recipient"].setText(row.recipient_name)
        put["phone"].setText(phone)
        put["address"].setText(
            f"({detail.postal_code}) {row.address} {detail.address_detail}".strip()
        )
        put["message"].setText(detail.message or "-")
        put["buyer"].setText(detail.buyer_name or "-")
        put["waybill"].setText(
            f"{row.courier_code or ''} {row.waybill_no}".strip() if row.waybill_no else "-"
        )
        put["method"].setText(payment_text(row.payment_method))
        put["payment_state"].setText(payment_state_text(detail.payment_state))
        put["amount"].setText(
            self.tr("{0}원 (배송비 {1}원)").format(
                f"{row.total_amount:,}", f"{detail.shipping_fee:,}"
            )
        )
        if detail.card_company:
            months = (
                self.tr("{0}개월").format(detail.installment_months)
                if detail.installment_months
                else self.tr("일시불")
            )
            put["card"].setText(f"{detail.card_company} / {months}")
        else:
            put["card"].setText("-")
        put["approval"].setText(detail.approval_no or "-")
        account = f"{detail.va_bank} {detail.va_account}".strip()
        put["account"].setText(account or "-")
        put["deadline"].setText(_when(detail.deposit_deadline))
        put["paid_at"].setText(_when(detail.paid_at))
        put["refunded"].setText(
            self.tr("{0}원").format(f"{detail.refunded_amount:,}")
            if detail.refunded_amount
            else "-"
        )
        self.line_model.set_items(list(detail.lines))
        self.event_model.set_items(list(detail.events))
