"""Map the columns of an unknown order file to our fields, with a preview; save as a preset."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.payment import PaymentMethod
from desktop_oms.exchange.channel_presets import (
    BUILTIN_PRESETS,
    FIELDS,
    REQUIRED_FIELDS,
    ChannelPreset,
)
from desktop_oms.exchange.spreadsheet_in import Sheet, cell_text
from desktop_oms.services.intake import Layout, guess_header_index, save_preset
from desktop_oms.ui.context import AppContext

PREVIEW_ROWS = 5
ERROR_STYLE = "color:#d93025; font-weight:bold;"


class ImportMappingDialog(QDialog):
    """Header row, sheet, one column per field, channel name, and an optional preset name."""

    def __init__(self, ctx: AppContext, sheets: list[Sheet], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._sheets = [s for s in sheets if s.rows] or sheets
        self._layout: Layout | None = None
        self.setWindowTitle(self.tr("열 지정"))
        self.resize(980, 680)
        self.sheet_box = QComboBox(self)
        for sheet in self._sheets:
            self.sheet_box.addItem(sheet.name)
        self.header_spin = QSpinBox(self)
        self.header_spin.setMinimum(1)
        self.preview_table = QTableWidget(self)
        self.field_boxes: dict[str, QComboBox] = {}
        fields_widget = QWidget(self)
        form = QFormLayout(fields_widget)
        for name, label in FIELDS.items():
            box = QComboBox(fields_widget)
            self.field_boxes[name] = box
            star = " *" if name in REQUIRED_FIELDS else ""
            form.addRow(self.tr(label) + star, box)
        scroll = QScrollArea(self)
        scroll.setWidget(fields_widget)
        scroll.setWidgetResizable(True)
        self.channel_field = QLineEdit("GENERIC", self)
        self.channel_field.setMaxLength(20)
        self.method_box = QComboBox(self)
        self.method_box.addItem(self.tr("(파일의 결제수단 열 / 없으면 신용카드)"), None)
        for method in PaymentMethod:
            self.method_box.addItem(self.tr(method.korean), method)
        self.save_check = QCheckBox(self.tr("이 배치를 양식으로 저장"), self)
        self.name_field = QLineEdit(self)
        self.name_field.setPlaceholderText(self.tr("양식 이름 (예: 11번가)"))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._lay_out(scroll)
        self.sheet_box.currentIndexChanged.connect(self.on_sheet_changed)
        self.header_spin.valueChanged.connect(self.on_header_changed)
        self.buttons.accepted.connect(self.on_accept)
        self.buttons.rejected.connect(self.reject)
        self.on_sheet_changed(0)

    def _lay_out(self, scroll: QScrollArea) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("시트"), self))
        top.addWidget(self.sheet_box, 1)
        top.addWidget(QLabel(self.tr("제목 행"), self))
        top.addWidget(self.header_spin)
        bottom = QFormLayout()
        bottom.addRow(self.tr("판매처 코드"), self.channel_field)
        bottom.addRow(self.tr("기본 결제수단"), self.method_box)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_check)
        save_row.addWidget(self.name_field, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("미리보기 (처음 몇 행)"), self))
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(QLabel(self.tr("항목마다 파일의 열을 고르세요 (* 필수)"), self))
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        layout.addLayout(save_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    @property
    def sheet(self) -> Sheet:
        return self._sheets[max(0, self.sheet_box.currentIndex())]

    @property
    def header_index(self) -> int:
        return self.header_spin.value() - 1

    def header(self) -> list[str]:
        rows = self.sheet.rows
        return [cell_text(c) for c in rows[self.header_index]] if rows else []

    def on_sheet_changed(self, _index: int) -> None:
        rows = self.sheet.rows
        self.header_spin.setMaximum(max(1, len(rows)))
        self.header_spin.setValue(guess_header_index(rows) + 1)
        self.on_header_changed()

    def on_header_changed(self, *_args: object) -> None:
        header = self.header()
        body = self.sheet.rows[self.header_index + 1 : self.header_index + 1 + PREVIEW_ROWS]
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(header))
        self.preview_table.setRowCount(len(body))
        self.preview_table.setHorizontalHeaderLabels(header)
        for r, row in enumerate(body):
            for c, value in enumerate(row[: len(header)]):
                self.preview_table.setItem(r, c, QTableWidgetItem(cell_text(value)))
        for name, box in self.field_boxes.items():
            box.clear()
            box.addItem(self.tr("(없음)"), None)
            for column, title in enumerate(header):
                if title:
                    box.addItem(title, column)
            guess = _guess_column(name, header)
            if guess is not None:
                box.setCurrentIndex(box.findData(guess))

    def choose(self, field_name: str, column_title: str) -> None:
        """Map a field to the column with that title (what a user does with the combo box)."""
        box = self.field_boxes[field_name]
        box.setCurrentIndex(box.findText(column_title))

    def preset(self) -> ChannelPreset:
        header = self.header()
        columns = {
            name: [header[box.currentData()]]
            for name, box in self.field_boxes.items()
            if box.currentData() is not None
        }
        name = self.name_field.text().strip() or self.tr("직접 지정")
        required = [columns[f][0] for f in REQUIRED_FIELDS if f in columns]
        return ChannelPreset(
            name=name,
            channel=self.channel_field.text().strip().upper() or "GENERIC",
            columns=columns,
            default_method=self.method_box.currentData(),
            signature=required,
        )

    def on_accept(self) -> None:
        preset = self.preset()
        missing = [FIELDS[f] for f in REQUIRED_FIELDS if f not in preset.columns]
        if missing:
            self.error_label.setText(
                self.tr("필수 항목의 열을 고르세요: {0}").format(", ".join(missing))
            )
            return
        if self.save_check.isChecked():
            if not self.name_field.text().strip():
                self.error_label.setText(self.tr("저장할 양식 이름을 입력하세요."))
                return
            try:
                save_preset(self._ctx.db, preset)
            except ValueError as error:
                self.error_label.setText(str(error))
                return
        self._layout = Layout(self.sheet, preset, self.header_index)
        self.accept()

    def chosen_layout(self) -> Layout | None:
        """The layout the user confirmed (None when cancelled)."""
        return self._layout


def _guess_column(field_name: str, header: list[str]) -> int | None:
    names = {FIELDS[field_name]}
    for preset in BUILTIN_PRESETS:
        names.update(preset.columns.get(field_name, []))
    for column, title in enumerate(header):
        if title in names:
            return column
    return None
