"""File › Database…: this PC's SQLite file or a shared PostgreSQL server, with a test."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.services import connection
from desktop_oms.services.connection import (
    ConnectionChoice,
    ConnectionReport,
    ConnectionSetupError,
    ServerSettings,
)
from desktop_oms.storage.engine import default_url, sqlite_path
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.labels import is_english
from desktop_oms.ui.worker import Worker

OK_STYLE = "color: #1b5e20;"
PROBLEM_STYLE = "color: #b00020;"


class DatabaseDialog(QDialog):
    """Chooses and tests the database; the choice is saved, the password to the keyring."""

    tested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choice: ConnectionChoice | None = None
        self._worker: Worker | None = None
        self.setWindowTitle(self.tr("데이터베이스"))
        self.setMinimumWidth(560)

        self.use_file = QRadioButton(self.tr("이 PC의 파일 (SQLite) — 설정 없이 바로 사용"))
        self.use_server = QRadioButton(self.tr("공유 서버 (PostgreSQL) — 여러 PC가 함께 사용"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.use_file)
        kinds.addButton(self.use_server)

        self.file_path = QLineEdit()
        self.browse = QPushButton(self.tr("다른 파일 열기…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(self.browse)
        self.file_box = QGroupBox(self.tr("파일"))
        file_form = QFormLayout(self.file_box)
        file_form.addRow(self.tr("위치"), file_row)

        self.host = QLineEdit()
        self.host.setPlaceholderText("192.168.0.10")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("desktop_oms")
        self.user = QLineEdit("oms")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_box = QGroupBox(self.tr("서버"))
        server_form = QFormLayout(self.server_box)
        server_form.addRow(self.tr("주소"), self.host)
        server_form.addRow(self.tr("포트"), self.port)
        server_form.addRow(self.tr("데이터베이스"), self.database)
        server_form.addRow(self.tr("사용자"), self.user)
        server_form.addRow(self.tr("비밀번호"), self.password)
        keyring_note = QLabel(self.tr("비밀번호는 운영체제의 암호 보관함에만 저장됩니다."))
        keyring_note.setWordWrap(True)
        server_form.addRow("", keyring_note)

        self.test_button = QPushButton(self.tr("연결 시험"))
        self.answer = QLabel("")
        self.answer.setWordWrap(True)
        self.current = QLabel(self.tr("지금 사용 중: {0}").format(ctx.db.url))
        self.current.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.use_file)
        layout.addWidget(self.file_box)
        layout.addWidget(self.use_server)
        layout.addWidget(self.server_box)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.answer, 1)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)

        self._connect_signals()
        self._show_choice(connection.load_choice())

    def _connect_signals(self) -> None:
        self.use_file.toggled.connect(self._on_kind_changed)
        self.browse.clicked.connect(self.on_browse)
        self.test_button.clicked.connect(self.on_test)
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)

    def _show_choice(self, choice: ConnectionChoice) -> None:
        default_file = sqlite_path(default_url())
        self.file_path.setText(choice.sqlite_file or str(default_file or ""))
        server = choice.server
        if server is not None:
            self.host.setText(server.host)
            self.port.setValue(server.port)
            self.database.setText(server.database)
            self.user.setText(server.user)
            if connection.load_password(server):
                self.password.setPlaceholderText(self.tr("저장된 비밀번호 사용"))
        self.use_server.setChecked(choice.kind == "postgresql")
        self.use_file.setChecked(choice.kind != "postgresql")
        self._on_kind_changed()

    def _on_kind_changed(self) -> None:
        self.file_box.setEnabled(self.use_file.isChecked())
        self.server_box.setEnabled(self.use_server.isChecked())
        self.answer.setText("")

    def on_browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("데이터베이스 파일 열기"),
            str(Path(self.file_path.text()).parent),
            self.tr("SQLite 데이터베이스 (*.sqlite3 *.sqlite *.db);;모든 파일 (*)"),
        )
        if path:
            self.file_path.setText(path)
            self.use_file.setChecked(True)

    # --- what the form says -------------------------------------------------------------

    def server_settings(self) -> ServerSettings:
        return ServerSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )

    def chosen(self) -> ConnectionChoice:
        if self.use_server.isChecked():
            return ConnectionChoice(kind="postgresql", server=self.server_settings())
        return ConnectionChoice(kind="sqlite", sqlite_file=self.file_path.text().strip())

    def _password(self) -> str | None:
        """The typed password, or the keyring's when the field was left empty."""
        typed = self.password.text()
        return typed if typed else connection.load_password(self.server_settings())

    def _missing(self) -> str:
        if self.use_server.isChecked():
            server = self.server_settings()
            if not (server.host and server.database and server.user):
                return self.tr(
                    "주소, 데이터베이스, 사용자를 입력하세요. / Enter host, database, user."
                )
        elif not self.file_path.text().strip():
            return self.tr("파일 위치를 입력하세요. / Enter the file location.")
        return ""

    def url(self) -> str:
        choice = self.chosen()
        if choice.server is not None:
            return connection.server_url(choice.server, self._password())
        return connection.sqlite_url(choice.sqlite_file)

    # --- actions ------------------------------------------------------------------------

    def on_test(self) -> None:
        """Test in the background (an unreachable server takes seconds to give up)."""
        missing = self._missing()
        if missing:
            self._show_problem(missing)
            return
        url = self.url()
        self.test_button.setEnabled(False)
        self.answer.setStyleSheet("")
        self.answer.setText(self.tr("연결하는 중…"))
        worker = Worker(lambda _control: connection.check_connection(url))
        worker.signals.finished.connect(self._on_tested)
        worker.signals.failed.connect(self._show_problem)
        self._worker = worker.start()

    def _on_tested(self, report: ConnectionReport) -> None:
        self.test_button.setEnabled(True)
        first, second = (
            (report.message_en, report.message_ko)
            if is_english()
            else (report.message_ko, report.message_en)
        )
        self.answer.setStyleSheet(OK_STYLE if report.ok else PROBLEM_STYLE)
        self.answer.setText(f"{first}\n{second}")
        self.answer.setToolTip(report.detail)
        self.tested.emit(report)

    def _show_problem(self, text: str) -> None:
        self.test_button.setEnabled(True)
        self.answer.setStyleSheet(PROBLEM_STYLE)
        self.answer.setText(text)

    def on_save(self) -> None:
        missing = self._missing()
        if missing:
            self._show_problem(missing)
            return
        choice = self.chosen()
        try:
            connection.save_choice(choice, self.password.text() or None)
        except ConnectionSetupError as error:
            self._show_problem(str(error))
            return
        self.choice = choice
        self.accept()
