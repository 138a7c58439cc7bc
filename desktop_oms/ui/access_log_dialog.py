"""The owner's view of the access log: who saw, printed, exported or purged personal data."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.permissions import Permission, PermissionDenied
from desktop_oms.services.access_log import (
    AccessLogRow,
    access_log_rows,
    count_access_log,
    export_access_log_xlsx,
)
from desktop_oms.services.privacy import Viewer
from desktop_oms.storage.uow import Database
from desktop_oms.ui.table_model import AnyIndex, RowTableModel

PAGE = 500


class AccessLogModel(RowTableModel[AccessLogRow]):
    """Rows of the access log, newest first, a page at a time."""

    COL_AT, COL_OPERATOR, COL_ACTION, COL_ORDERS, COL_REASON = range(5)
    NUMBERED_ROWS = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("일시"),
                self.tr("작업자"),
                self.tr("작업"),
                self.tr("주문"),
                self.tr("사유"),
            ],
            parent,
        )

    def rows(self) -> list[AccessLogRow]:
        return list(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_for(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.COL_AT:
            return f"{row.at:%Y-%m-%d %H:%M:%S}"
        if column == self.COL_OPERATOR:
            return row.operator
        if column == self.COL_ACTION:
            return self._action_text(row.action)
        if column == self.COL_ORDERS:
            shown = ", ".join(str(i) for i in row.order_ids[:5])
            more = len(row.order_ids) - 5
            return shown + (self.tr(" 외 {0}건").format(more) if more > 0 else "")
        if column == self.COL_REASON:
            return row.reason
        return None

    def _action_text(self, action: str) -> str:
        names = {
            "VIEW_CLEAR": self.tr("열람"),
            "PRINT": self.tr("출력"),
            "EXPORT": self.tr("다운로드"),
            "CHANGE": self.tr("수정"),
            "DELETE": self.tr("파기"),
        }
        return names.get(action, action)


class AccessLogDialog(QDialog):
    """Lists the access log since a date and exports it to Excel (owner only)."""

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        viewer.require(Permission.VIEW_ACCESS_LOG)
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        self.setWindowTitle(self.tr("개인정보 접속기록"))
        self.resize(900, 520)
        self.since = QDateEdit()
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(QDate.currentDate().addYears(-1))
        self.model = AccessLogModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        self.more_button = QPushButton(self.tr("더 보기"))
        self.export_button = QPushButton(self.tr("엑셀로 저장…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("시작일")))
        top.addWidget(self.since)
        top.addStretch(1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bottom)

        self.since.dateChanged.connect(self.reload)
        self.more_button.clicked.connect(self.on_more)
        self.export_button.clicked.connect(self.on_export)
        self.buttons.rejected.connect(self.reject)
        self.reload()

    def since_datetime(self) -> datetime:
        day = self.since.date()
        return datetime(day.year(), day.month(), day.day())

    def reload(self) -> None:
        since = self.since_datetime()
        self.total = count_access_log(self.db, self.viewer, since=since)
        self.model.set_rows(access_log_rows(self.db, self.viewer, since=since, limit=PAGE))
        self._update_count()

    def on_more(self) -> None:
        shown = self.model.rowCount()
        rows = access_log_rows(
            self.db, self.viewer, since=self.since_datetime(), limit=PAGE, offset=shown
        )
        self.model.add_rows(rows)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("{0} / {1}건").format(shown, self.total))
        self.more_button.setEnabled(shown < self.total)

    def on_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("접속기록 저장"), "access-log.xlsx", self.tr("엑셀 파일 (*.xlsx)")
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            written = export_access_log_xlsx(
                self.db, self.viewer, path, since=self.since_datetime()
            )
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("저장 실패"),
                self.tr("파일을 저장하지 못했습니다 / could not save the file:\n{0}").format(error),
            )
            return
        QMessageBox.information(
            self, self.tr("저장 완료"), self.tr("{0}건을 저장했습니다.\n{1}").format(written, path)
        )


def open_access_log(db: Database, viewer: Viewer, parent: QWidget | None = None) -> bool:
    """Show the access log to the owner; staff are told why not. Whether it was shown."""
    try:
        dialog = AccessLogDialog(db, viewer, parent)
    except PermissionDenied as denied:
        QMessageBox.warning(
            parent, QCoreApplication.translate("AccessLogDialog", "권한 없음"), str(denied)
        )
        return False
    dialog.exec()
    return True
