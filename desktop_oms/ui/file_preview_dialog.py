"""The frame of the dialogs that read a picked file and preview it (order import, WMS sync)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_oms.ui.context import AppContext
from desktop_oms.ui.worker import Worker

ERROR_STYLE = "color:#d93025; font-weight:bold;"


class FilePreviewDialog(QDialog):
    """A read-only file field with its browse button, the auto choice and the worker slot."""

    changed = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.worker: Worker | None = None
        self.resize(900, 600)
        self.file_field = QLineEdit(self)
        self.file_field.setReadOnly(True)
        self.browse_button = QPushButton(
            QCoreApplication.translate("FilePreviewDialog", "파일 선택…"), self
        )

    def file_row(self, label: str) -> QHBoxLayout:
        """The row of a (translated) label, the file field and the browse button."""
        row = QHBoxLayout()
        row.addWidget(QLabel(label, self))
        row.addWidget(self.file_field, 1)
        row.addWidget(self.browse_button)
        return row

    def pick_file(self, caption: str, file_filter: str) -> str:
        """The file the user picks ('' when they cancel)."""
        name, _ = QFileDialog.getOpenFileName(self, caption, "", file_filter)
        return name

    def fill_choices(self, box: QComboBox, choices: Iterable[tuple[str, object]]) -> None:
        """Fill `box` with 자동 인식 (no data) first, then the (text, data) choices."""
        box.clear()
        box.addItem(QCoreApplication.translate("FilePreviewDialog", "자동 인식"), None)
        for text, data in choices:
            box.addItem(text, data)
