"""The owner manages accounts: add staff or owners, set or clear PINs, switch accounts off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.permissions import Permission, PermissionDenied, Role
from desktop_oms.services.operators import (
    OperatorError,
    OperatorRow,
    create_operator,
    list_operators,
    set_pin,
    update_operator,
)
from desktop_oms.services.privacy import Viewer
from desktop_oms.storage.uow import Database
from desktop_oms.ui.row_pick_table import fill_rows, row_pick_table


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(12)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}")))
    return field


class OperatorsDialog(QDialog):
    """Lists accounts and changes them through the operator services (owner only)."""

    COL_NAME, COL_ROLE, COL_PIN, COL_ACTIVE = range(4)

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        viewer.require(Permission.MANAGE_OPERATORS)
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        self.rows: list[OperatorRow] = []
        self.setWindowTitle(self.tr("사용자 관리"))
        self.resize(560, 480)
        self.table = row_pick_table(
            [self.tr("이름"), self.tr("역할"), self.tr("PIN"), self.tr("상태")]
        )

        self.new_name = QLineEdit()
        self.new_name.setMaxLength(50)
        self.new_role = QComboBox()
        self.new_role.addItem(self.tr("직원"), Role.STAFF.value)
        self.new_role.addItem(self.tr("대표"), Role.OWNER.value)
        self.new_pin = _pin_field()
        self.new_pin.setPlaceholderText(self.tr("비워 두면 PIN 없음"))
        self.add_button = QPushButton(self.tr("추가"))
        self.pin = _pin_field()
        self.pin.setPlaceholderText(self.tr("숫자 4~12자리"))
        self.set_pin_button = QPushButton(self.tr("PIN 설정"))
        self.clear_pin_button = QPushButton(self.tr("PIN 삭제"))
        self.role_button = QPushButton(self.tr("역할 바꾸기"))
        self.active_button = QPushButton(self.tr("사용 중지"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._lay_out()
        self._connect_signals()
        self.reload()

    def _lay_out(self) -> None:
        adding = QGroupBox(self.tr("새 사용자"))
        form = QFormLayout(adding)
        form.addRow(self.tr("이름"), self.new_name)
        form.addRow(self.tr("역할"), self.new_role)
        form.addRow(self.tr("PIN"), self.new_pin)
        form.addRow("", self.add_button)
        chosen = QGroupBox(self.tr("선택한 사용자"))
        row = QHBoxLayout(chosen)
        row.addWidget(self.pin)
        for button in (
            self.set_pin_button,
            self.clear_pin_button,
            self.role_button,
            self.active_button,
        ):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(chosen)
        layout.addWidget(adding)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.on_add)
        self.set_pin_button.clicked.connect(self.on_set_pin)
        self.clear_pin_button.clicked.connect(self.on_clear_pin)
        self.role_button.clicked.connect(self.on_toggle_role)
        self.active_button.clicked.connect(self.on_toggle_active)
        self.table.itemSelectionChanged.connect(self.on_selection_changed)
        self.buttons.rejected.connect(self.reject)

    def reload(self, select: str | None = None) -> None:
        self.rows = list_operators(self.db)
        fill_rows(
            self.table,
            [
                (
                    op.name,
                    self.tr("대표") if op.role is Role.OWNER else self.tr("직원"),
                    self.tr("있음") if op.has_pin else "-",
                    self.tr("사용") if op.active else self.tr("중지"),
                )
                for op in self.rows
            ],
        )
        names = [op.name for op in self.rows]
        if select in names:
            self.table.selectRow(names.index(select))
        self.on_selection_changed()

    def selected(self) -> OperatorRow | None:
        picked = self.table.selectionModel().selectedRows()
        return self.rows[picked[0].row()] if picked else None

    def on_selection_changed(self) -> None:
        op = self.selected()
        for button in (
            self.set_pin_button,
            self.clear_pin_button,
            self.role_button,
            self.active_button,
        ):
            button.setEnabled(op is not None)
        if op is not None:
            self.clear_pin_button.setEnabled(op.has_pin)
            self.active_button.setText(self.tr("사용 중지") if op.active else self.tr("다시 사용"))
            self.role_button.setText(
                self.tr("직원으로 바꾸기") if op.role is Role.OWNER else self.tr("대표로 바꾸기")
            )

    def _show_ok(self, text: str) -> None:
        self.message.setStyleSheet("color: #1b5e20")
        self.message.setText(text)

    def _show_refusal(self, error: Exception) -> None:
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(str(error))

    def on_add(self) -> None:
        role = Role(self.new_role.currentData())
        pin = self.new_pin.text() or None
        try:
            row = create_operator(self.db, self.viewer, self.new_name.text(), role, pin)
        except (OperatorError, PermissionDenied) as error:
            self._show_refusal(error)
            return
        self.new_name.clear()
        self.new_pin.clear()
        self.reload(select=row.name)
        self._show_ok(self.tr("{0}을(를) 추가했습니다.").format(row.name))

    def _change_pin(self, pin: str | None) -> None:
        op = self.selected()
        if op is None:
            return
        try:
            set_pin(self.db, self.viewer, op.name, pin)
        except (OperatorError, PermissionDenied) as error:
            self._show_refusal(error)
            return
        self.pin.clear()
        self.reload(select=op.name)
        done = self.tr("PIN을 지웠습니다.") if pin is None else self.tr("PIN을 바꿨습니다.")
        self._show_ok(f"{op.name}: {done}")

    def on_set_pin(self) -> None:
        self._change_pin(self.pin.text())

    def on_clear_pin(self) -> None:
        self._change_pin(None)

    def _update(
        self, op: OperatorRow, *, role: Role | None = None, active: bool | None = None
    ) -> None:
        try:
            update_operator(self.db, self.viewer, op.name, role=role, active=active)
        except (OperatorError, PermissionDenied) as error:
            self._show_refusal(error)
            return
        self.reload(select=op.name)
        self._show_ok(self.tr("{0}을(를) 바꿨습니다.").format(op.name))

    def on_toggle_role(self) -> None:
        op = self.selected()
        if op is not None:
            self._update(op, role=Role.STAFF if op.role is Role.OWNER else Role.OWNER)

    def on_toggle_active(self) -> None:
        op = self.selected()
        if op is not None:
            self._update(op, active=not op.active)


def open_operators(db: Database, viewer: Viewer, parent: QWidget | None = None) -> bool:
    """Show account management to the owner; staff are told why not. Whether it was shown."""
    try:
        dialog = OperatorsDialog(db, viewer, parent)
    except PermissionDenied as denied:
        title = QCoreApplication.translate("OperatorsDialog", "권한 없음")
        QMessageBox.warning(parent, title, str(denied))
        return False
    dialog.exec()
    return True
