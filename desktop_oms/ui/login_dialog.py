"""The start-up question "who is working?": pick an operator, enter the PIN."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QRegularExpression, QTimer
from PySide6.QtGui import QRegularExpressionValidator
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

from desktop_oms.services.operators import (
    LoginRefused,
    OperatorRow,
    ensure_default_owner,
    list_operators,
    login,
    login_needed,
    single_owner,
)
from desktop_oms.services.privacy import Viewer
from desktop_oms.storage.uow import Database


class LoginDialog(QDialog):
    """Picks an active operator and checks the PIN; `viewer` holds who logged in."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.clock = clock
        self.viewer: Viewer | None = None
        self.setWindowTitle(self.tr("작업자 선택"))
        self.operators: list[OperatorRow] = list_operators(db, include_inactive=False)
        self.operator = QComboBox()
        for row in self.operators:
            role = self.tr("대표") if row.role.value == "OWNER" else self.tr("직원")
            self.operator.addItem(f"{row.name} ({role})", row.name)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}")))
        self.pin.setPlaceholderText(self.tr("숫자 4~12자리"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("시작"))
        self.unlock_timer = QTimer(self)
        self.unlock_timer.setSingleShot(True)

        form = QFormLayout()
        form.addRow(self.tr("작업자"), self.operator)
        form.addRow(self.tr("PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.on_operator_changed(self.operator.currentIndex())

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_start)
        self.buttons.rejected.connect(self.reject)
        self.operator.currentIndexChanged.connect(self.on_operator_changed)
        self.pin.returnPressed.connect(self.on_start)
        self.unlock_timer.timeout.connect(self.on_unlocked)

    def chosen(self) -> OperatorRow | None:
        index = self.operator.currentIndex()
        return self.operators[index] if 0 <= index < len(self.operators) else None

    def on_operator_changed(self, _index: int) -> None:
        row = self.chosen()
        needs_pin = bool(row and row.has_pin)
        self.pin.setEnabled(needs_pin)
        self.pin.clear()
        self.message.clear()
        self.ok_button.setEnabled(row is not None)
        if needs_pin:
            self.pin.setFocus()

    def on_start(self) -> None:
        row = self.chosen()
        if row is None or not self.ok_button.isEnabled():
            return
        try:
            self.viewer = login(self.db, row.name, self.pin.text(), now=self.clock())
        except LoginRefused as refused:
            self.pin.clear()
            self.message.setText(str(refused))
            if refused.locked_seconds:
                self.ok_button.setEnabled(False)
                self.unlock_timer.start(refused.locked_seconds * 1000)
            return
        self.accept()

    def on_unlocked(self) -> None:
        self.ok_button.setEnabled(True)
        self.message.clear()


def viewer_at_start(db: Database, parent: QWidget | None = None) -> Viewer | None:
    """Who works in this window: the single PIN-less owner without asking, else the login
    dialog's answer (None when the user closed it: the program should then quit)."""
    ensure_default_owner(db)
    if not login_needed(db):
        owner = single_owner(db)
        if owner is not None:
            return owner
    dialog = LoginDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.viewer
