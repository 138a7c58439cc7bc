"""Send waybill numbers back to the channels: the not-yet-sent list and the dispatch files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.services.dispatch import export_dispatch_file, unsent_shipments
from desktop_oms.ui.context import AppContext

CHANNEL_NAMES = {"smartstore": "네이버 스마트스토어", "coupang": "쿠팡", "cafe24": "Cafe24"}
CHANNEL_OF = {"SMARTSTORE": "smartstore", "COUPANG": "coupang", "CAFE24": "cafe24"}


class DispatchDialog(QDialog):
    """Parcels printed but not reported to their channel, and each channel's upload file."""

    changed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("판매채널 발송처리"))
        self.resize(820, 520)
        self.notice = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("판매채널"),
                self.tr("주문번호"),
                self.tr("택배사"),
                self.tr("송장번호"),
                self.tr("출력 시각"),
            ]
        )
        self.channel_box = QComboBox()
        for key, name in CHANNEL_NAMES.items():
            self.channel_box.addItem(self.tr(name), key)
        self.export_button = QPushButton(self.tr("발송처리 파일 만들기…"))
        self.close_button = QPushButton(self.tr("닫기"))
        row = QHBoxLayout()
        row.addWidget(self.channel_box)
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.export_button.clicked.connect(self.on_export)
        self.close_button.clicked.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list of printed parcels the channels have not been told about."""
        unsent = unsent_shipments(self.ctx.db)
        self.table.setRowCount(len(unsent))
        for n, item in enumerate(unsent):
            cells = [
                CHANNEL_NAMES.get(CHANNEL_OF.get(item.channel, ""), item.channel),
                item.order_nos,
                item.courier_code,
                item.waybill_no,
                f"{item.printed_at:%m-%d %H:%M}" if item.printed_at else "",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))
        if unsent:
            self.notice.setText(
                self.tr("송장을 출력했지만 판매채널에 알리지 않은 배송: %n건", "", len(unsent))
            )
        else:
            self.notice.setText(self.tr("판매채널에 알릴 배송이 없습니다."))

    def on_export(self) -> None:
        key = str(self.channel_box.currentData())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("발송처리 파일 저장"), f"발송처리_{key}.xlsx", self.tr("엑셀 (*.xlsx)")
        )
        if not path:
            return
        result = export_dispatch_file(self.ctx.db, key, Path(path), self.ctx.operator)
        self.refresh()
        self.notice.setText(
            self.tr("%1건을 저장했습니다: %2")
            .replace("%1", str(result.shipments))
            .replace("%2", path)
        )
        self.changed.emit(result.changes)
