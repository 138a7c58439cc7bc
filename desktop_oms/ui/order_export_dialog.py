"""Export orders to Excel: asks the reason (recorded in the access log) and the file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.permissions import Permission
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.order_export import ExportResult, export_orders_xlsx
from desktop_oms.services.privacy import Viewer
from desktop_oms.storage.uow import Database
from desktop_oms.ui.worker import TaskControl, Worker


class OrderExportDialog(QDialog):
    """The chosen orders (or a status) to an .xlsx file, with the download reason."""

    def __init__(
        self,
        db: Database,
        viewer: Viewer,
        *,
        order_ids: Sequence[int] | None = None,
        status: OrderStatus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        viewer.require(Permission.EXPORT_ORDERS)
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        self.order_ids = list(order_ids) if order_ids is not None else None
        self.status = status
        self.worker: Worker | None = None
        self.outcome: ExportResult | None = None
        self.setWindowTitle(self.tr("주문 엑셀 내보내기"))
        self.scope = QLabel(self._scope_text())
        self.masking = QLabel(
            self.tr("개인정보가 그대로 저장됩니다.")
            if viewer.sees_clear
            else self.tr("이름·연락처·주소는 가려서 저장됩니다.")
        )
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(
            [
                "",
                self.tr("택배사 접수"),
                self.tr("세무·회계 자료"),
                self.tr("고객 문의 응대"),
                self.tr("반품·교환 처리"),
            ]
        )
        reason_edit = self.reason.lineEdit()
        if reason_edit is not None:
            reason_edit.setPlaceholderText(self.tr("다운로드 사유 (필수, 접속기록에 남습니다)"))
        self.path = QLineEdit(str(Path.home() / "orders.xlsx"))
        self.browse = QPushButton(self.tr("찾아보기…"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("내보내기"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("대상"), self.scope)
        form.addRow(self.tr("사유"), self.reason)
        form.addRow(self.tr("파일"), file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.masking)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_export)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self.on_browse)
        self.reason.currentTextChanged.connect(self.on_input_changed)
        self.path.textChanged.connect(self.on_input_changed)
        self.on_input_changed()

    def _scope_text(self) -> str:
        if self.order_ids is not None:
            return self.tr("선택한 주문 {0}건").format(len(self.order_ids))
        if self.status is not None:
            return self.tr("상태 {0}의 모든 주문").format(self.status.korean)
        return self.tr("모든 주문")

    def on_input_changed(self) -> None:
        ready = bool(self.reason.currentText().strip() and self.path.text().strip())
        self.ok_button.setEnabled(ready and self.worker is None)

    def on_browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("저장할 파일"), self.path.text(), self.tr("엑셀 파일 (*.xlsx)")
        )
        if path:
            self.path.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def on_export(self) -> None:
        if self.worker is not None or not self.ok_button.isEnabled():
            return
        db, viewer, ids, status = self.db, self.viewer, self.order_ids, self.status
        path, reason = Path(self.path.text().strip()), self.reason.currentText()

        def work(control: TaskControl) -> ExportResult:
            return export_orders_xlsx(
                db, viewer, path, reason, order_ids=ids, status=status, progress=control.report
            )

        self.message.clear()
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.worker = Worker(work)
        self.worker.signals.progress.connect(self.on_progress)
        self.worker.signals.finished.connect(self.on_finished)
        self.worker.signals.failed.connect(self.on_failed)
        self.on_input_changed()
        self.worker.start()

    def on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def on_finished(self, outcome: ExportResult) -> None:
        self.worker = None
        self.outcome = outcome
        self.accept()

    def on_failed(self, message: str) -> None:
        self.worker = None
        self.progress.setVisible(False)
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(message)
        self.on_input_changed()
