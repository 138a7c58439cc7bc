"""Deposits: confirm by hand, or match a bank statement (sure ones applied, ambiguous chosen)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.exchange.bank_statements import Deposit
from desktop_oms.exchange.spreadsheet_in import SpreadsheetError
from desktop_oms.services.changes import Changes
from desktop_oms.services.deposits import (
    CHOSEN_BY_USER,
    DepositMatch,
    DepositPreview,
    WaitingOrder,
    apply_matches,
    cancel_overdue_deposits,
    confirm_deposits,
    preview_statement,
    waiting_orders,
)
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.stock_models import Column, RecordTableModel
from desktop_oms.ui.table_model import record_view

FILE_FILTER = "은행 거래내역 (*.xlsx *.xls *.csv);;모든 파일 (*)"
ERROR_STYLE = "color:#d93025; font-weight:bold;"


def _deposit_text(d: Deposit) -> str:
    return f"{d.at:%Y-%m-%d %H:%M} {d.name} {d.amount:,}원"


class DepositDialog(QDialog):
    """Two tabs: orders awaiting payment (confirm by hand) and bank statement matching."""

    changed = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.preview: DepositPreview | None = None
        self.setWindowTitle(self.tr("입금 확인"))
        self.resize(960, 620)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._waiting_tab(), self.tr("입금 대기 주문"))
        self.tabs.addTab(self._statement_tab(), self.tr("은행 거래내역으로 확인"))
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        close = QPushButton(self.tr("닫기"), self)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.reload()

    def _waiting_tab(self) -> QWidget:
        page = QWidget(self)
        self.waiting_model: RecordTableModel[WaitingOrder] = RecordTableModel(
            [
                Column(self.tr("주문번호"), lambda o: o.order_no),
                Column(self.tr("입금자·주문자"), lambda o: ", ".join(o.names)),
                Column(self.tr("금액"), lambda o: o.amount, numeric=True),
                Column(self.tr("주문일시"), lambda o: f"{o.ordered_at:%Y-%m-%d %H:%M}"),
                Column(self.tr("입금기한"), lambda o: f"{o.deadline:%Y-%m-%d %H:%M}"),
            ],
            self,
            warn=lambda o: o.deadline < datetime.now(),
        )
        self.waiting_view = record_view(self.waiting_model, page)
        self.confirm_button = QPushButton(self.tr("선택한 주문 입금 확인"), page)
        self.overdue_button = QPushButton(self.tr("입금기한 지난 주문 취소"), page)
        self.confirm_button.clicked.connect(self.on_confirm_selected)
        self.overdue_button.clicked.connect(self.on_cancel_overdue)
        buttons = QHBoxLayout()
        buttons.addWidget(self.overdue_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.waiting_view, 1)
        layout.addLayout(buttons)
        return page

    def _statement_tab(self) -> QWidget:
        page = QWidget(self)
        self.file_button = QPushButton(self.tr("거래내역 파일 선택…"), page)
        self.file_button.clicked.connect(self.on_browse)
        self.summary_label = QLabel(page)
        self.summary_label.setWordWrap(True)
        self.sure_table = QTableWidget(0, 4, page)
        self.sure_table.setHorizontalHeaderLabels(
            [self.tr("입금"), self.tr("주문번호"), self.tr("금액"), self.tr("매칭")]
        )
        self.ambiguous_table = QTableWidget(0, 2, page)
        self.ambiguous_table.setHorizontalHeaderLabels([self.tr("입금"), self.tr("주문 선택")])
        for table in (self.sure_table, self.ambiguous_table):
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().setVisible(False)
        self.other_text = QPlainTextEdit(page)
        self.other_text.setReadOnly(True)
        self.other_text.setMaximumHeight(90)
        self.apply_button = QPushButton(self.tr("체크한 입금 확인 적용"), page)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.on_apply)
        layout = QVBoxLayout(page)
        layout.addWidget(self.file_button)
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel(self.tr("확실한 매칭 (체크된 것만 적용)"), page))
        layout.addWidget(self.sure_table, 2)
        layout.addWidget(QLabel(self.tr("확인이 필요한 입금 — 주문을 직접 고르세요"), page))
        layout.addWidget(self.ambiguous_table, 1)
        layout.addWidget(QLabel(self.tr("매칭되지 않은 입금과 읽지 못한 행"), page))
        layout.addWidget(self.other_text)
        layout.addWidget(self.apply_button)
        return page

    def reload(self) -> None:
        self.waiting_model.set_rows(waiting_orders(self._ctx.db))

    def _report(self, changes: Changes, done_text: str) -> None:
        lines = [done_text] + [str(r) for r in changes.refused]
        self.status_label.setStyleSheet(ERROR_STYLE if changes.refused else "")
        self.status_label.setText("\n".join(lines))
        if changes.changed:
            self.changed.emit(changes)
        self.reload()

    def on_confirm_selected(self) -> None:
        rows = [i.row() for i in self.waiting_view.selectionModel().selectedRows()]
        ids = [self.waiting_model.rows[r].order_id for r in rows]
        if not ids:
            self.status_label.setText(self.tr("입금을 확인할 주문을 고르세요."))
            return
        changes = confirm_deposits(self._ctx.db, ids, self._ctx.operator)
        self._report(changes, self.tr("{0}건 입금 확인").format(len(changes.order_ids)))

    def on_cancel_overdue(self) -> None:
        changes = cancel_overdue_deposits(self._ctx.db, datetime.now(), self._ctx.operator)
        self._report(
            changes,
            self.tr("입금기한이 지난 주문 {0}건을 취소했습니다").format(len(changes.order_ids)),
        )

    def on_browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("은행 거래내역"), "", FILE_FILTER)
        if name:
            self.open_statement(name)

    def open_statement(self, path: str) -> None:
        try:
            preview = preview_statement(self._ctx.db, path)
        except SpreadsheetError as error:
            self.summary_label.setStyleSheet(ERROR_STYLE)
            self.summary_label.setText(f"{error.message_ko}\n{error.message_en}")
            return
        self.show_preview(preview)

    def show_preview(self, preview: DepositPreview) -> None:
        self.preview = preview
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(
            self.tr("입금 {0}건: 확실한 매칭 {1}건 · 확인 필요 {2}건 · 매칭 없음 {3}건").format(
                len(preview.statement.deposits),
                len(preview.sure),
                len(preview.ambiguous),
                len(preview.unmatched),
            )
        )
        self.sure_table.setRowCount(len(preview.sure))
        for r, match in enumerate(preview.sure):
            check = QTableWidgetItem(_deposit_text(match.deposit))
            check.setFlags(check.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked)
            self.sure_table.setItem(r, 0, check)
            self.sure_table.setItem(r, 1, QTableWidgetItem(match.order.order_no))
            self.sure_table.setItem(r, 2, QTableWidgetItem(f"{match.order.amount:,}"))
            self.sure_table.setItem(r, 3, QTableWidgetItem(self.tr(match.kind_ko)))
        self.ambiguous_table.setRowCount(len(preview.ambiguous))
        for r, (deposit, candidates) in enumerate(preview.ambiguous):
            self.ambiguous_table.setItem(r, 0, QTableWidgetItem(_deposit_text(deposit)))
            box = QComboBox(self.ambiguous_table)
            box.addItem(self.tr("(적용 안 함)"), None)
            for order in candidates:
                box.addItem(order.label, order)
            self.ambiguous_table.setCellWidget(r, 1, box)
        other = [
            self.tr("{0}행 매칭 없음: {1}").format(d.row, _deposit_text(d))
            for d in preview.unmatched
        ]
        other += [f"{p.row}행: {p.reason}" for p in preview.statement.problems]
        self.other_text.setPlainText("\n".join(other))
        self.apply_button.setEnabled(bool(preview.sure or preview.ambiguous))

    def chosen_matches(self) -> list[DepositMatch]:
        """Checked sure matches and the orders picked for ambiguous deposits."""
        if self.preview is None:
            return []
        chosen = []
        for r, match in enumerate(self.preview.sure):
            item = self.sure_table.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                chosen.append(match)
        taken = {m.order.order_id for m in chosen}
        for r, (deposit, _candidates) in enumerate(self.preview.ambiguous):
            box = self.ambiguous_table.cellWidget(r, 1)
            order = box.currentData() if isinstance(box, QComboBox) else None
            if isinstance(order, WaitingOrder) and order.order_id not in taken:
                chosen.append(DepositMatch(deposit, order, CHOSEN_BY_USER))
                taken.add(order.order_id)
        return chosen

    def on_apply(self) -> None:
        matches = self.chosen_matches()
        if not matches:
            self.status_label.setText(self.tr("적용할 입금이 없습니다."))
            return
        changes = apply_matches(self._ctx.db, matches, self._ctx.operator)
        self.apply_button.setEnabled(False)
        self.preview = None
        self._report(changes, self.tr("{0}건 입금 확인").format(len(changes.order_ids)))
