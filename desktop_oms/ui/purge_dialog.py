"""Purge expired personal data: the preview count, an explicit confirmation, then the purge."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.permissions import Permission, PermissionDenied
from desktop_oms.services.changes import Changes
from desktop_oms.services.privacy import Viewer
from desktop_oms.services.retention import PurgePreview, purge, purge_preview
from desktop_oms.storage.uow import Database
from desktop_oms.ui.worker import TaskControl, Worker


class PurgeDialog(QDialog):
    """Shows how many orders are past the retention period and purges them (owner only)."""

    #: The purge finished; the main window broadcasts the Changes so views refresh.
    purged = Signal(object)

    def __init__(
        self,
        db: Database,
        viewer: Viewer,
        parent: QWidget | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        viewer.require(Permission.PURGE_PERSONAL)
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        self.now = now
        self.worker: Worker | None = None
        self.changes: Changes | None = None
        self.setWindowTitle(self.tr("개인정보 파기"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.sample = QLabel()
        self.sample.setWordWrap(True)
        self.confirm = QCheckBox(
            self.tr("파기한 개인정보는 되돌릴 수 없음을 확인했습니다 (금액·상품·날짜는 남습니다)")
        )
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.purge_button = QPushButton(self.tr("파기"))
        self.buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.sample, self.confirm, self.result_label, self.buttons):
            layout.addWidget(widget)
        self.confirm.toggled.connect(self.on_confirm_toggled)
        self.purge_button.clicked.connect(self.on_purge)
        self.buttons.rejected.connect(self.reject)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        self.preview: PurgePreview = purge_preview(self.db, self.now)
        p = self.preview
        self.summary.setText(
            self.tr(
                "보관기간 {0}년: {1} 이전에 구매확정되었거나 취소된 주문 {2}건의 "
                "수취인·구매자 이름, 연락처, 주소, 배송메시지를 파기합니다."
            ).format(p.retention_years, f"{p.cutoff:%Y-%m-%d}", f"{p.count:,}")
        )
        shown = ", ".join(p.sample_order_nos[:10])
        more = p.count - min(10, len(p.sample_order_nos))
        if shown and more > 0:
            shown += self.tr(" 외 {0}건").format(f"{more:,}")
        self.sample.setText(shown)
        self.confirm.setChecked(False)
        self.confirm.setEnabled(p.count > 0)
        self.on_confirm_toggled(False)

    def on_confirm_toggled(self, checked: bool) -> None:
        running = self.worker is not None
        self.purge_button.setEnabled(checked and self.preview.count > 0 and not running)

    def on_purge(self) -> None:
        if not self.confirm.isChecked() or self.worker is not None:
            return
        db, viewer, now = self.db, self.viewer, self.now

        def work(_control: TaskControl) -> Changes:
            return purge(db, viewer, now)

        self.purge_button.setEnabled(False)
        self.confirm.setEnabled(False)
        self.result_label.setText(self.tr("파기하는 중…"))
        self.worker = Worker(work)
        self.worker.signals.finished.connect(self.on_purged)
        self.worker.signals.failed.connect(self.on_failed)
        self.worker.start()

    def on_purged(self, changes: Changes) -> None:
        self.worker = None
        self.changes = changes
        self.result_label.setText(
            self.tr("{0}건의 개인정보를 파기했습니다.").format(f"{len(changes.order_ids):,}")
        )
        self.purged.emit(changes)
        self.refresh_preview()

    def on_failed(self, message: str) -> None:
        self.worker = None
        self.result_label.setText(self.tr("파기하지 못했습니다: {0}").format(message))
        self.refresh_preview()


def open_purge(db: Database, viewer: Viewer, parent: QWidget | None = None) -> PurgeDialog | None:
    """The purge dialog for the owner (not yet shown); staff are told why not."""
    try:
        return PurgeDialog(db, viewer, parent)
    except PermissionDenied as denied:
        title = QCoreApplication.translate("PurgeDialog", "권한 없음")
        QMessageBox.warning(parent, title, str(denied))
        return None
