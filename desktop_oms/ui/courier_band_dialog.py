"""Register the waybill number bands couriers give the shop, and see how many are left."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.resources import courier_registry
from desktop_oms.services.waybill_band import add_band, band_statuses
from desktop_oms.services.waybills import WaybillError
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.labels import courier_label
from desktop_oms.ui.messages import error_text


class CourierBandDialog(QDialog):
    """The bands per courier with numbers left (low ones marked), and a form to add one."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("송장번호 대역"))
        self.resize(720, 460)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("택배사"), self.tr("첫 번호"), self.tr("끝 번호"), self.tr("다음 번호"),
             self.tr("남은 수")]
        )  # fmt: skip
        self.courier_box = QComboBox()
        for courier in courier_registry():
            self.courier_box.addItem(courier_label(courier), courier.code)
        self.first_edit = QLineEdit()
        self.last_edit = QLineEdit()
        self.add_button = QPushButton(self.tr("대역 등록"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("택배사"), self.courier_box)
        form.addRow(self.tr("첫 번호"), self.first_edit)
        form.addRow(self.tr("끝 번호"), self.last_edit)
        form.addRow(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.on_add)
        self.refresh()

    def refresh(self) -> None:
        bands = band_statuses(self.ctx.db)
        self.table.setRowCount(len(bands))
        low = []
        for n, band in enumerate(bands):
            courier = courier_registry().get(band.courier_code)
            cells = [
                courier_label(courier) if courier else band.courier_code,
                str(band.first_no),
                str(band.last_no),
                str(band.next_no),
                f"{band.remaining:,}",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if band.low:
                    item.setBackground(QColor("#fde2e1"))
                self.table.setItem(n, column, item)
            if band.low:
                low.append(cells[0])
        if low:
            self.message.setText(
                self.tr("남은 번호가 적습니다: ")
                + ", ".join(low)
                + self.tr(" — 새 대역을 등록하세요.")
            )

    def on_add(self) -> None:
        try:
            add_band(
                self.ctx.db,
                str(self.courier_box.currentData()),
                self.first_edit.text(),
                self.last_edit.text(),
            )
        except WaybillError as error:
            self.message.setText(error_text(error))
            return
        self.first_edit.clear()
        self.last_edit.clear()
        self.message.setText(self.tr("대역을 등록했습니다."))
        self.refresh()
        self.changed.emit()
