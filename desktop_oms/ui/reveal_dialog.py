"""The explicit, logged "show": personal data of the chosen orders in clear, with a reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.permissions import Permission, PermissionDenied
from desktop_oms.services.privacy import ClearContact, RevealRefused, Viewer, reveal
from desktop_oms.storage.uow import Database


class RevealDialog(QDialog):
    """Asks why, then shows names, phones and addresses in clear; the access log notes it."""

    def __init__(
        self,
        db: Database,
        viewer: Viewer,
        order_ids: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        viewer.require(Permission.REVEAL_PERSONAL)
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        self.order_ids = list(order_ids)
        self.contacts: list[ClearContact] = []
        self.setWindowTitle(self.tr("개인정보 보기"))
        self.resize(520, 360)
        intro = QLabel(
            self.tr(
                "주문 {0}건의 개인정보를 봅니다. 열람 기록(작업자, 시각, 사유)이 남습니다."
            ).format(len(self.order_ids))
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("예: 고객 배송 문의"))
        self.shown = QPlainTextEdit()
        self.shown.setReadOnly(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = self.buttons.addButton(
            self.tr("보기"), QDialogButtonBox.ButtonRole.ActionRole
        )
        form = QFormLayout()
        form.addRow(self.tr("사유"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.shown)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.show_button.clicked.connect(self.on_show)
        self.reason.returnPressed.connect(self.on_show)
        self.buttons.rejected.connect(self.reject)

    def on_show(self) -> None:
        if self.contacts:
            return
        try:
            self.contacts = reveal(self.db, self.viewer, self.order_ids, self.reason.text())
        except (RevealRefused, PermissionDenied) as refused:
            self.message.setText(str(refused))
            return
        self.shown.setPlainText("\n\n".join(self._contact_text(c) for c in self.contacts))
        self.show_button.setEnabled(False)
        self.reason.setReadOnly(True)

    def _contact_text(self, c: ClearContact) -> str:
        phones = ", ".join(p for p in (c.recipient_phone, c.recipient_phone2) if p)
        address = " ".join(p for p in (c.address, c.address_detail) if p)
        lines = [
            f"[{c.order_no}]",
            self.tr("수취인: {0} ({1})").format(c.recipient_name, phones),
            self.tr("주소: ({0}) {1}").format(c.postal_code, address),
        ]
        if c.buyer_name:
            lines.append(self.tr("구매자: {0} ({1})").format(c.buyer_name, c.buyer_phone))
        if c.message:
            lines.append(self.tr("배송메시지: {0}").format(c.message))
        return "\n".join(lines)
