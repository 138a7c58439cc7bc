"""Import a channel's order file: pick it, recognise its layout, preview, import good rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.exchange.spreadsheet_in import PasswordRequired, Sheet, SpreadsheetError
from desktop_oms.services.intake import (
    ImportCancelled,
    ImportPreview,
    ImportResult,
    Layout,
    available_presets,
    find_layout,
    import_orders,
    preview_layout,
)
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.file_preview_dialog import ERROR_STYLE, FilePreviewDialog
from desktop_oms.ui.import_mapping_dialog import ImportMappingDialog
from desktop_oms.ui.labels import preset_text
from desktop_oms.ui.messages import error_text
from desktop_oms.ui.stock_models import Column, RecordTableModel
from desktop_oms.ui.table_model import record_view
from desktop_oms.ui.worker import TaskControl, Worker

FILE_FILTER = "주문 파일 (*.xlsx *.xls *.csv *.ods);;모든 파일 (*)"


@dataclass(frozen=True, slots=True)
class ShownProblem:
    """One row of the problem table: row number, kind, reason."""

    row: int
    kind: str
    reason: str


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What a background read produced: a preview, sheets to map, a password ask or an error."""

    kind: str
    value: Any = None


def _read_and_preview(
    db: Database, path: str, password: str | None, sheets: list[Sheet] | None, preset: str | None
) -> _Outcome:
    from desktop_oms.exchange.spreadsheet_in import read_sheets

    try:
        sheets = sheets if sheets is not None else read_sheets(path, password)
    except PasswordRequired as error:
        return _Outcome("password", error.wrong)
    except SpreadsheetError as error:
        return _Outcome("error", error_text(error))
    try:
        layout = find_layout(sheets, available_presets(db), preset)
    except ValueError as error:
        return _Outcome("error", error_text(error))
    if layout is None:
        return _Outcome("unknown", sheets)
    return _Outcome("preview", (sheets, preview_layout(db, layout, Path(path).name)))


class ImportDialog(FilePreviewDialog):
    """File → layout (recognised or picked or mapped) → password if asked → preview → import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._password: str | None = None
        self._sheets: list[Sheet] | None = None
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.setWindowTitle(self.tr("주문 파일 가져오기"))
        self.preset_box = QComboBox(self)
        self.map_button = QPushButton(self.tr("열 직접 지정…"), self)
        self.map_button.setEnabled(False)
        self.summary_label = QLabel(self.tr("판매처에서 내려받은 주문 파일을 고르세요."), self)
        self.summary_label.setWordWrap(True)
        self.model: RecordTableModel[ShownProblem] = RecordTableModel(
            [
                Column(self.tr("행"), lambda p: p.row, numeric=True),
                Column(self.tr("구분"), lambda p: p.kind),
                Column(self.tr("사유"), lambda p: p.reason),
            ],
            self,
        )
        self.view = record_view(self.model, self)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.import_button = QPushButton(self.tr("좋은 행 가져오기"), self)
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("닫기"), self)
        self._lay_out()
        self._fill_presets()
        self.browse_button.clicked.connect(self.on_browse)
        self.preset_box.activated.connect(self.on_preset_chosen)
        self.map_button.clicked.connect(self.on_map_columns)
        self.import_button.clicked.connect(self.on_import)
        self.cancel_button.clicked.connect(self.on_cancel)

    def _lay_out(self) -> None:
        file_row = self.file_row(self.tr("파일"))
        preset_row = QHBoxLayout()
        preset_row.addWidget(QLabel(self.tr("양식"), self))
        preset_row.addWidget(self.preset_box, 1)
        preset_row.addWidget(self.map_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(preset_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel(self.tr("가져오지 않는 행"), self))
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _fill_presets(self) -> None:
        presets = available_presets(self._ctx.db)
        self.fill_choices(self.preset_box, [(preset_text(p.name), p.name) for p in presets])

    # --- reading --------------------------------------------------------------------------

    def on_browse(self) -> None:
        name = self.pick_file(self.tr("주문 파일"), FILE_FILTER)
        if name:
            self.open_file(name)

    def open_file(self, path: str) -> None:
        """Read `path` in the background and preview it."""
        self.file_field.setText(path)
        self._password = None
        self._sheets = None
        self._read()

    def on_preset_chosen(self, _index: int) -> None:
        if self.file_field.text():
            self._read()

    def _read(self) -> None:
        db, path, password = self._ctx.db, self.file_field.text(), self._password
        sheets, preset = self._sheets, self.preset_box.currentData()
        self._show_message(self.tr("파일을 읽는 중…"))
        self._run(lambda _c: _read_and_preview(db, path, password, sheets, preset), self.on_read)

    def on_read(self, outcome: _Outcome) -> None:
        if outcome.kind == "password":
            password = self.ask_password(bool(outcome.value))
            if password is None:
                self._show_message(self.tr("비밀번호가 없어 파일을 열지 않았습니다."), error=True)
                return
            self._password = password
            self._read()
        elif outcome.kind == "error":
            self._show_message(str(outcome.value), error=True)
        elif outcome.kind == "unknown":
            self._sheets = outcome.value
            self.map_button.setEnabled(True)
            self._show_message(
                self.tr("파일의 양식을 알 수 없습니다. 양식을 고르거나 '열 직접 지정'을 누르세요."),
                error=True,
            )
            self.on_map_columns()
        else:
            self._sheets, preview = outcome.value
            self.show_preview(preview)

    def ask_password(self, wrong: bool) -> str | None:
        """The file's password from the user (never stored), or None when they give up."""
        text = (
            self.tr("비밀번호가 맞지 않습니다. 다시 입력하세요.")
            if wrong
            else self.tr("비밀번호로 보호된 파일입니다. 비밀번호를 입력하세요.")
        )
        password, ok = QInputDialog.getText(
            self, self.tr("파일 비밀번호"), text, QLineEdit.EchoMode.Password
        )
        return password if ok and password else None

    def on_map_columns(self) -> None:
        if not self._sheets:
            return
        dialog = ImportMappingDialog(self._ctx, self._sheets, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        layout = dialog.chosen_layout()
        if layout is None:
            return
        self._fill_presets()
        self.preview_with(layout)

    def preview_with(self, layout: Layout) -> None:
        db, name = self._ctx.db, Path(self.file_field.text()).name
        self._run(
            lambda _c: _Outcome("preview", (self._sheets, preview_layout(db, layout, name))),
            self.on_read,
        )

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.map_button.setEnabled(True)
        problem, skipped = self.tr("문제"), self.tr("건너뜀")
        shown = [ShownProblem(p.row, problem, p.reason) for p in preview.parsed.problems]
        shown += [ShownProblem(p.row, skipped, p.reason) for p in preview.parsed.skipped]
        shown.sort(key=lambda p: p.row)
        self.model.set_rows(shown)
        p = preview.parsed
        self._show_message(
            self.tr(
                "[{0}] 새 주문 {1}건 (품목 {2}개) · 이미 가져온 주문 {3}건 · 문제 있는 행 {4}개 · "
                "건너뛴 행 {5}개 · 파일 안의 중복 행 {6}개"
            ).format(
                preset_text(preview.layout.preset.name),
                f"{len(preview.new_orders):,}",
                f"{preview.new_lines:,}",
                f"{len(preview.already_imported):,}",
                f"{preview.problem_rows:,}",
                f"{len(p.skipped):,}",
                f"{p.repeated_rows:,}",
            ),
            error=bool(p.problems),
        )
        self.import_button.setEnabled(bool(preview.new_orders))
        if p.problems:
            self.import_button.setText(self.tr("문제 행을 빼고 가져오기"))
        else:
            self.import_button.setText(self.tr("가져오기"))

    # --- importing ------------------------------------------------------------------------

    def on_import(self) -> None:
        if self.preview is None or not self.preview.new_orders:
            return
        db, preview, who = self._ctx.db, self.preview, self._ctx.operator

        def work(control: TaskControl) -> ImportResult:
            try:
                return import_orders(
                    db, preview, who, progress=control.report, cancelled=lambda: control.cancelled
                )
            except ImportCancelled:
                control.cancel()
                raise

        self.progress.setRange(0, len(preview.new_orders))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setText(self.tr("취소"))
        self._run(work, self.on_imported)

    def on_imported(self, result: ImportResult) -> None:
        self.import_result = result
        self.preview = None
        self.import_button.setEnabled(False)
        self.cancel_button.setText(self.tr("닫기"))
        self._show_message(
            self.tr("주문 {0}건을 가져왔습니다. 상품 매칭이 필요한 품목 {1}개.").format(
                f"{result.imported:,}", f"{result.unmatched_lines:,}"
            )
        )
        self.changed.emit(result.changes)

    def on_cancelled(self) -> None:
        self.cancel_button.setText(self.tr("닫기"))
        self.progress.setVisible(False)
        self.import_button.setEnabled(self.preview is not None)
        self._show_message(self.tr("가져오기를 취소했습니다. 아무것도 저장되지 않았습니다."))

    def on_failed(self, message: str) -> None:
        self.cancel_button.setText(self.tr("닫기"))
        self.import_button.setEnabled(self.preview is not None)
        self._show_message(self.tr("실패했습니다: {0}").format(message), error=True)

    def on_cancel(self) -> None:
        if self.worker is not None:
            self.worker.control.cancel()
        else:
            self.reject()

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def _run(self, work: Callable[[TaskControl], Any], done: Callable[[Any], None]) -> None:
        worker = Worker(work)
        self.worker = worker
        worker.signals.progress.connect(lambda done_, _total: self.progress.setValue(done_))
        worker.signals.finished.connect(lambda value: self._finish(done, value))
        worker.signals.failed.connect(lambda message: self._finish(self.on_failed, message))
        worker.signals.cancelled.connect(lambda: self._finish(lambda _v: self.on_cancelled(), None))
        self.import_button.setEnabled(False)
        self.browse_button.setEnabled(False)
        worker.start(QThreadPool.globalInstance())

    def _finish(self, handler: Callable[[Any], None], value: Any) -> None:
        self.worker = None
        self.browse_button.setEnabled(True)
        handler(value)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.summary_label.setStyleSheet(ERROR_STYLE if error else "")
        self.summary_label.setText(text)
