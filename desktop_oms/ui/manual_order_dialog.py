"""Manual order entry (phone orders): products, delivery data and payment as at checkout."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.order import NewLine, NewOrder
from desktop_oms.domain.payment import PaymentMethod
from desktop_oms.services.manual_orders import enter_manual_order
from desktop_oms.services.matching import SkuChoice, search_skus
from desktop_oms.services.order_creation import OrderInputError
from desktop_oms.ui.context import AppContext

ERROR_STYLE = "color:#d93025;"
CARD_COMPANIES = ["신한카드", "삼성카드", "현대카드", "KB국민카드", "롯데카드", "하나카드",
                  "BC카드", "우리카드", "NH농협카드"]  # fmt: skip
BANKS = ["국민은행", "신한은행", "우리은행", "하나은행", "농협은행", "기업은행", "카카오뱅크"]


class ManualOrderDialog(QDialog):
    """One phone order: several SKU lines, the delivery fields and the payment details."""

    saved = Signal(str, object)  # order number, Changes
    changed = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.lines: list[tuple[SkuChoice, int, int]] = []
        self.order_no: str | None = None
        self.setWindowTitle(self.tr("전화 주문 입력"))
        self.resize(820, 760)
        layout = QVBoxLayout(self)
        layout.addWidget(self._products_box())
        layout.addWidget(self._delivery_box())
        layout.addWidget(self._payment_box())
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.on_search("")
        self.on_method_changed()
        self._show_lines()

    # --- products -------------------------------------------------------------------------

    def _products_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("상품"), self)
        self.search_field = QLineEdit(box)
        self.search_field.setPlaceholderText(self.tr("상품코드·상품명·옵션 검색"))
        self.sku_box = QComboBox(box)
        self.quantity_spin = QSpinBox(box)
        self.quantity_spin.setRange(1, 9_999)
        self.price_spin = QSpinBox(box)
        self.price_spin.setRange(0, 100_000_000)
        self.price_spin.setSingleStep(100)
        self.price_spin.setSuffix(self.tr(" 원"))
        self.add_button = QPushButton(self.tr("추가"), box)
        self.remove_button = QPushButton(self.tr("선택 줄 삭제"), box)
        self.lines_table = QTableWidget(0, 5, box)
        self.lines_table.setHorizontalHeaderLabels(
            [
                self.tr("상품코드"),
                self.tr("상품"),
                self.tr("수량"),
                self.tr("단가"),
                self.tr("금액"),
            ]
        )
        self.lines_table.horizontalHeader().setStretchLastSection(True)
        self.total_label = QLabel(box)
        pick = QHBoxLayout()
        pick.addWidget(self.search_field, 2)
        pick.addWidget(self.sku_box, 3)
        pick.addWidget(QLabel(self.tr("수량"), box))
        pick.addWidget(self.quantity_spin)
        pick.addWidget(QLabel(self.tr("단가"), box))
        pick.addWidget(self.price_spin)
        pick.addWidget(self.add_button)
        foot = QHBoxLayout()
        foot.addWidget(self.remove_button)
        foot.addStretch(1)
        foot.addWidget(self.total_label)
        layout = QVBoxLayout(box)
        layout.addLayout(pick)
        layout.addWidget(self.lines_table)
        layout.addLayout(foot)
        self.search_field.textChanged.connect(self.on_search)
        self.sku_box.currentIndexChanged.connect(self.on_sku_changed)
        self.add_button.clicked.connect(self.on_add_line)
        self.remove_button.clicked.connect(self.on_remove_line)
        return box

    def on_search(self, text: str) -> None:
        self.sku_box.clear()
        for choice in search_skus(self._ctx.db, text, limit=100):
            self.sku_box.addItem(
                self.tr("{0} · 가용 {1}").format(choice.label, choice.available), choice
            )

    def on_sku_changed(self, _index: int) -> None:
        choice = self.sku_box.currentData()
        if isinstance(choice, SkuChoice):
            self.price_spin.setValue(choice.price)

    def on_add_line(self) -> None:
        choice = self.sku_box.currentData()
        if not isinstance(choice, SkuChoice):
            self.error_label.setText(self.tr("추가할 상품을 검색해서 고르세요."))
            return
        self.lines.append((choice, self.quantity_spin.value(), self.price_spin.value()))
        self.quantity_spin.setValue(1)
        self._show_lines()

    def on_remove_line(self) -> None:
        row = self.lines_table.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._show_lines()

    def _show_lines(self) -> None:
        self.lines_table.setRowCount(len(self.lines))
        for r, (choice, qty, price) in enumerate(self.lines):
            name = (
                f"{choice.product_name} ({choice.option_text})"
                if choice.option_text
                else (choice.product_name)
            )
            values = [choice.code, name, str(qty), f"{price:,}", f"{qty * price:,}"]
            for c, value in enumerate(values):
                self.lines_table.setItem(r, c, QTableWidgetItem(value))
        self.total_label.setText(self.tr("상품 합계 {0}원").format(f"{self.goods_total():,}"))
        self.va_amount.setValue(self.goods_total() + self.fee_spin.value())

    def goods_total(self) -> int:
        return sum(qty * price for _c, qty, price in self.lines)

    # --- delivery -------------------------------------------------------------------------

    def _delivery_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("배송 정보"), self)
        self.recipient_field = QLineEdit(box)
        self.phone_field = QLineEdit(box)
        self.phone_field.setPlaceholderText("010-1234-5678")
        self.phone2_field = QLineEdit(box)
        self.postal_field = QLineEdit(box)
        self.postal_field.setMaxLength(5)
        self.postal_field.setPlaceholderText(self.tr("숫자 5자리"))
        self.address_field = QLineEdit(box)
        self.detail_field = QLineEdit(box)
        self.message_field = QLineEdit(box)
        self.fee_spin = QSpinBox(box)
        self.fee_spin.setRange(0, 1_000_000)
        self.fee_spin.setSingleStep(500)
        self.fee_spin.setSuffix(self.tr(" 원"))
        form = QFormLayout(box)
        form.addRow(self.tr("받는 분 *"), self.recipient_field)
        form.addRow(self.tr("휴대전화 *"), self.phone_field)
        form.addRow(self.tr("추가 연락처"), self.phone2_field)
        form.addRow(self.tr("우편번호 *"), self.postal_field)
        form.addRow(self.tr("주소 *"), self.address_field)
        form.addRow(self.tr("상세주소"), self.detail_field)
        form.addRow(self.tr("배송 요청사항"), self.message_field)
        form.addRow(self.tr("배송비"), self.fee_spin)
        return box

    # --- payment --------------------------------------------------------------------------

    def _payment_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("결제"), self)
        self.method_box = QComboBox(box)
        for method in PaymentMethod:
            self.method_box.addItem(self.tr(method.korean), method)
        self.card_box = QComboBox(box)
        self.card_box.setEditable(True)
        self.card_box.addItems(["", *CARD_COMPANIES])
        self.installment_spin = QSpinBox(box)
        self.installment_spin.setRange(0, 36)
        self.installment_spin.setSpecialValueText(self.tr("일시불"))
        self.installment_spin.setSuffix(self.tr(" 개월"))
        self.approval_field = QLineEdit(box)
        self.va_bank = QComboBox(box)
        self.va_bank.setEditable(True)
        self.va_bank.addItems(["", *BANKS])
        self.va_account = QLineEdit(box)
        self.va_amount = QSpinBox(box)
        self.va_amount.setRange(0, 1_000_000_000)
        self.va_amount.setSuffix(self.tr(" 원"))
        self.va_deadline = QDateTimeEdit(QDateTime.currentDateTime().addDays(3), box)
        self.va_deadline.setCalendarPopup(True)
        self.depositor_field = QLineEdit(box)
        form = QFormLayout(box)
        form.addRow(self.tr("결제수단"), self.method_box)
        self.card_rows = [
            (self.tr("카드사"), self.card_box),
            (self.tr("할부"), self.installment_spin),
            (self.tr("승인번호"), self.approval_field),
        ]
        self.deposit_rows = [
            (self.tr("입금 은행"), self.va_bank),
            (self.tr("계좌번호"), self.va_account),
            (self.tr("입금할 금액"), self.va_amount),
            (self.tr("입금기한"), self.va_deadline),
            (self.tr("입금자명"), self.depositor_field),
        ]
        for label, widget in self.card_rows + self.deposit_rows:
            form.addRow(label, widget)
        self._payment_form = form
        self.method_box.currentIndexChanged.connect(self.on_method_changed)
        self.fee_spin.valueChanged.connect(lambda _v: self._show_lines())
        return box

    @property
    def method(self) -> PaymentMethod:
        return PaymentMethod(self.method_box.currentData())

    def on_method_changed(self, *_args: object) -> None:
        card = self.method is PaymentMethod.CARD
        deposit = self.method.waits_for_deposit
        for _label, widget in self.card_rows:
            self._payment_form.setRowVisible(widget, card)
        for _label, widget in self.deposit_rows:
            self._payment_form.setRowVisible(widget, deposit)

    # --- saving ---------------------------------------------------------------------------

    def new_order(self) -> NewOrder:
        """The order as typed in (validated by the service on save)."""
        method = self.method
        deposit = method.waits_for_deposit
        deadline = self.va_deadline.dateTime().toPython() if deposit else None
        return NewOrder(
            recipient_name=self.recipient_field.text().strip(),
            recipient_phone=self.phone_field.text(),
            recipient_phone2=self.phone2_field.text(),
            postal_code=self.postal_field.text().strip(),
            address=self.address_field.text().strip(),
            address_detail=self.detail_field.text().strip(),
            message=self.message_field.text().strip(),
            lines=[
                NewLine(c.product_name, qty, price, c.option_text, sku_code=c.code)
                for c, qty, price in self.lines
            ],
            payment_method=method,
            ordered_at=datetime.now().replace(microsecond=0),
            card_company=self.card_box.currentText().strip(),
            installment_months=self.installment_spin.value(),
            approval_no=self.approval_field.text().strip(),
            va_bank=self.va_bank.currentText().strip() if deposit else "",
            va_account=self.va_account.text().strip() if deposit else "",
            deposit_deadline=deadline if isinstance(deadline, datetime) else None,
            depositor_name=(self.depositor_field.text().strip() or self.recipient_field.text())
            if deposit
            else "",
            shipping_fee=self.fee_spin.value(),
            total_amount=self.va_amount.value() if deposit else None,
        )

    def on_save(self) -> None:
        try:
            number, changes = enter_manual_order(self._ctx.db, self.new_order(), self._ctx.operator)
        except OrderInputError as error:
            self.error_label.setText("\n".join(error.problems))
            return
        self.order_no = number
        self.saved.emit(number, changes)
        self.changed.emit(changes)
        self.accept()
