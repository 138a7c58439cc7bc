"""The two questions an order action may need: a cancel reason, a courier and waybill."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.resources import courier_registry
from desktop_oms.services.order_waybill import Shipping
from desktop_oms.ui.labels import courier_label


class CancelReasonDialog(QDialog):
    """Asks why the selected orders are cancelled; OK only with a reason."""

    def __init__(self, order_nos: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("주문취소"))
        shown = ", ".join(order_nos[:5]) + (" …" if len(order_nos) > 5 else "")
        intro = QLabel(self.tr("{0}건을 취소합니다: {1}").format(len(order_nos), shown))
        intro.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(
            [
                "",
                self.tr("고객 단순변심"),
                self.tr("품절로 인한 취소"),
                self.tr("주소 오류로 재주문"),
                self.tr("입금기한 경과"),
            ]
        )
        editor = self.reason.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("취소 사유 (필수)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("사유"), self.reason)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.currentTextChanged.connect(self.on_reason_edited)
        self.on_reason_edited(self.reason.currentText())

    def on_reason_edited(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))

    def reason_text(self) -> str:
        return self.reason.currentText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, order_nos: list[str]) -> str | None:
        """The reason, or None when the user cancelled."""
        dialog = cls(order_nos, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason_text() or None


class ShippingDialog(QDialog):
    """Asks the courier and waybill number for one order being marked shipped."""

    def __init__(
        self, order_no: str, default_courier: str = "CJ", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("발송처리 — {0}").format(order_no))
        self.courier = QComboBox()
        for courier in courier_registry():
            self.courier.addItem(courier_label(courier), courier.code)
        found = self.courier.findData(default_courier)
        if found >= 0:
            self.courier.setCurrentIndex(found)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("송장번호"))
        self.problem = QLabel("")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("택배사"), self.courier)
        form.addRow(self.tr("송장번호"), self.number)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("주문 {0}의 택배사와 송장번호를 입력하세요.").format(order_no))
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_ok)
        self.buttons.rejected.connect(self.reject)

    def shipping(self) -> Shipping:
        return Shipping(courier_code=str(self.courier.currentData()), waybill_no=self.number.text())

    def on_ok(self) -> None:
        """Check the number against the courier's rule before closing (the service checks again)."""
        courier = courier_registry().get(str(self.courier.currentData()))
        if courier is None:
            return
        check = courier.check(self.number.text())
        if check.refused:
            self.problem.setText(f"{check.message_ko}\n{check.message_en}")
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, order_no: str, default_courier: str) -> Shipping | None:
        dialog = cls(order_no, default_courier, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.shipping()
