"""File › Backups…: back up now, check a backup, restore one (SQLite); pg_dump on a server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.services import backup
from desktop_oms.services.backup import BackupError, BackupInfo
from desktop_oms.storage.engine import data_dir, sqlite_path
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.messages import error_text
from desktop_oms.ui.row_pick_table import fill_rows, row_pick_table
from desktop_oms.ui.worker import Worker

COL_CREATED, COL_KIND, COL_SIZE, COL_FILE = range(4)
OK_STYLE = "color: #1b5e20;"
PROBLEM_STYLE = "color: #b00020;"


class BackupDialog(QDialog):
    """Lists this database's backups; every action goes through services.backup."""

    reported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._worker: Worker | None = None
        self._url = ctx.db.engine.url.render_as_string(hide_password=False)
        self.is_file = sqlite_path(self._url) is not None
        self.setWindowTitle(self.tr("백업"))
        self.setMinimumSize(640, 380)
        self.table = row_pick_table(
            [self.tr("만든 때"), self.tr("종류"), self.tr("크기"), self.tr("파일")]
        )
        self.backup_now = QPushButton(self.tr("지금 백업"))
        self.verify = QPushButton(self.tr("검사"))
        self.restore = QPushButton(self.tr("이 백업으로 복원…"))
        self.restore_file = QPushButton(self.tr("다른 파일에서 복원…"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.command = QLabel("")
        self.command.setWordWrap(True)
        self.command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        buttons = QHBoxLayout()
        for button in (self.backup_now, self.verify, self.restore, self.restore_file):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.command)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self._connect_signals()
        self._prepare()

    def _connect_signals(self) -> None:
        self.backup_now.clicked.connect(self.on_backup_now)
        self.verify.clicked.connect(self.on_verify)
        self.restore.clicked.connect(self.on_restore)
        self.restore_file.clicked.connect(self.on_restore_file)
        self.table.itemSelectionChanged.connect(self._enable)

    def _prepare(self) -> None:
        if self.is_file:
            self.command.setText(
                self.tr("자동 백업: 하루 한 번, 최근 14개 보관. 위치: {0}").format(
                    backup.backup_folder(backup.database_file(self._url))
                )
            )
            self.refresh()
            return
        target = data_dir() / "backups" / "server.dump"
        shown = backup.pg_dump_command(self._url, target).shown
        self.command.setText(
            self.tr(
                "서버 데이터베이스는 pg_dump 로 백업합니다 (비밀번호는 PGPASSWORD):\n{0}"
            ).format(shown)
        )
        self.table.hide()
        for button in (self.verify, self.restore, self.restore_file):
            button.hide()
        self.backup_now.setEnabled(backup.find_pg_dump() is not None)
        if backup.find_pg_dump() is None:
            self.status.setText(
                self.tr("이 PC에 pg_dump 가 없습니다. 서버에서 위 명령을 실행하세요.")
            )

    def refresh(self) -> None:
        self.rows: list[BackupInfo] = backup.list_backups(self._url)
        kinds = {
            "auto": self.tr("자동"),
            "manual": self.tr("수동"),
            "before-restore": self.tr("복원 전 보관"),
        }
        fill_rows(
            self.table,
            [
                (
                    f"{info.created:%Y-%m-%d %H:%M:%S}",
                    kinds.get(info.kind, info.kind),
                    f"{info.size / 1024:,.0f} KB",
                    info.path.name,
                )
                for info in self.rows
            ],
        )
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.verify.setEnabled(chosen)
        self.restore.setEnabled(chosen)

    def selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.rows[min(rows)] if rows and self.is_file else None

    def _say(self, text: str, ok: bool) -> None:
        self.status.setStyleSheet(OK_STYLE if ok else PROBLEM_STYLE)
        self.status.setText(text)
        self.reported.emit(text)

    # --- actions ------------------------------------------------------------------------

    def on_backup_now(self) -> None:
        """Back up in the background; the list refreshes when it is done."""
        self.backup_now.setEnabled(False)
        self.status.setText(self.tr("백업하는 중…"))
        url = self._url
        if self.is_file:
            worker = Worker(lambda _c: str(backup.create_backup(url).path))
        else:
            target = data_dir() / "backups" / "server.dump"
            worker = Worker(lambda _c: str(backup.run_pg_dump(url, target)))
        worker.signals.finished.connect(self._on_backed_up)
        worker.signals.failed.connect(self._on_failed)
        self._worker = worker.start()

    def _on_backed_up(self, path: str) -> None:
        self.backup_now.setEnabled(True)
        if self.is_file:
            self.refresh()
        self._say(self.tr("백업했습니다 / Backed up: {0}").format(path), True)

    def _on_failed(self, message: str) -> None:
        self.backup_now.setEnabled(True)
        self._say(error_text(message), False)

    def on_verify(self) -> None:
        info = self.selected()
        if info is None:
            return
        result = backup.verify_backup(info.path)
        self._say(error_text(result), result.ok)

    def on_restore(self) -> None:
        info = self.selected()
        if info is not None:
            self._restore(info.path)

    def on_restore_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("복원할 백업 파일"),
            str(backup.backup_folder(backup.database_file(self._url))),
            self.tr("SQLite 데이터베이스 (*.sqlite3 *.sqlite *.db);;모든 파일 (*)"),
        )
        if path:
            self._restore(Path(path))

    def _restore(self, path: Path) -> None:
        """Check first, ask, then restore; the current file is kept as a backup."""
        check = backup.verify_backup(path)
        if not check.ok:
            self._say(error_text(check), False)
            return
        answer = QMessageBox.question(
            self,
            self.tr("복원"),
            self.tr(
                "지금 데이터를 이 백업({0})으로 바꿉니다. 지금 파일은 따로 보관됩니다. 계속할까요?"
            ).format(error_text(check, " / ")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.db.dispose()
        try:
            kept = backup.restore_backup(self._url, path)
        except BackupError as error:
            self._say(error_text(error), False)
            return
        finally:
            self.ctx.db.dispose()  # no pooled connection opened meanwhile stays on the old file
        self.refresh()
        self._say(
            self.tr("복원했습니다. 이전 파일 보관: {0}").format(kept.path.name),
            True,
        )
