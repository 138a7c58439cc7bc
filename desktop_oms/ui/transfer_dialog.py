"""Move this PC's SQLite data into the shared server chosen in File › 데이터베이스 연결."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.services import connection
from desktop_oms.services.transfer import TransferReport, copy_database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.messages import bilingual, error_text
from desktop_oms.ui.worker import TaskControl, Worker


class TransferDialog(QDialog):
    """Source (this PC's file), target (the saved server), a move button and the counts."""

    worker_done = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("공유 서버로 데이터 옮기기"))
        self.resize(560, 480)
        self.source_url = ctx.db.engine.url.render_as_string(hide_password=False)
        choice = connection.load_choice()
        self.target_url = connection.url_for(choice) if choice.kind == "postgresql" else ""
        self.worker: Worker | None = None
        self.report: TransferReport | None = None

        self.what = QLabel(self._describe())
        self.what.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.counts = QTableWidget(0, 3)
        self.counts.setHorizontalHeaderLabels([self.tr("표"), self.tr("이 PC"), self.tr("서버")])
        self.counts.horizontalHeader().setStretchLastSection(True)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.move_button = QPushButton(self.tr("옮기기"))
        self.move_button.setEnabled(bool(self.target_url) and ctx.db.is_sqlite)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (self.what, self.progress, self.counts, self.answer, buttons):
            layout.addWidget(widget)
        self.move_button.clicked.connect(self.on_move)
        buttons.rejected.connect(self.reject)

    def _describe(self) -> str:
        if not self.target_url:
            return self.tr(
                "먼저 파일 › 데이터베이스 연결에서 공유 서버를 설정하고 연결을 확인하세요.\n"
                "First set up and test the shared server in File › Database connection."
            )
        return self.tr(
            "이 PC의 데이터({0})를 비어 있는 서버 데이터베이스({1})로 복사하고, "
            "표마다 건수를 비교합니다. 서버에 데이터가 있으면 복사하지 않습니다."
        ).format(connection.describe(self.source_url), connection.describe(self.target_url))

    def on_move(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("데이터 옮기기"),
            self.tr("지금 복사를 시작할까요? 다른 PC는 그동안 이 파일을 쓰지 않아야 합니다."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.start()

    def start(self) -> None:
        """Copy in the background with progress (tests call this without the question)."""
        source, target = self.source_url, self.target_url
        self.move_button.setEnabled(False)
        self.progress.setVisible(True)
        self.answer.setText(self.tr("옮기는 중…"))

        def work(control: TaskControl) -> TransferReport:
            return copy_database(
                source, target, progress=lambda _table, done, total: control.report(done, total)
            )

        worker = Worker(work)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        self.worker = worker.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_finished(self, report: TransferReport) -> None:
        self.report = report
        self.worker_done.emit()
        self.progress.setVisible(False)
        self.counts.setRowCount(len(report.counts))
        for row, count in enumerate(report.counts):
            cells = (count.table, f"{count.source:,}", f"{count.target:,}")
            for column, text in enumerate(cells):
                self.counts.setItem(row, column, QTableWidgetItem(text))
        if report.ok:
            self.answer.setText(
                bilingual(
                    self.tr("옮겼습니다: {0:,}행, 모든 표의 건수가 같습니다.").format(report.rows),
                    f"Moved {report.rows:,} rows; every table's count matches.",
                )
            )
        else:
            names = ", ".join(c.table for c in report.mismatches)
            self.answer.setText(
                bilingual(
                    self.tr("건수가 다른 표가 있습니다: {0}").format(names),
                    f"Counts differ in: {names}",
                )
            )

    def _on_failed(self, message: str) -> None:
        self.worker_done.emit()
        self.progress.setVisible(False)
        self.move_button.setEnabled(True)
        self.answer.setText(error_text(message))
