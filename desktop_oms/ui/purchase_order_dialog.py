"""Purchase orders (발주): list, create, edit a draft, send, cancel, export for the supplier,
receive goods (입고처리) in full or in part, and each PO's history."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.purchasing import PoAction, PoEventKind, allowed_po_actions
from desktop_oms.services.products import sku_records
from desktop_oms.services.purchase_edit import PoEdit, edit_purchase_order
from desktop_oms.services.purchase_history import PoEventRow, purchase_order_history
from desktop_oms.services.purchasing import (
    PoLineInput,
    PoRow,
    PurchasingError,
    cancel_purchase_order,
    create_from_shortages,
    export_purchase_order,
    purchase_order_detail,
    purchase_orders,
    send_purchase_order,
)
from desktop_oms.services.receiving import receive_purchase_order
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.labels import po_status_text
from desktop_oms.ui.messages import error_text
from desktop_oms.ui.new_purchase_order_dialog import NewPurchaseOrderDialog
from desktop_oms.ui.po_line_model import COL_RECEIVE_NOW, PoLineTableModel
from desktop_oms.ui.stock_models import Column, RecordTableModel
from desktop_oms.ui.table_model import record_view
from desktop_oms.ui.worker import TaskControl, Worker

ERROR_STYLE = "color:#d93025; font-weight:bold;"
__all__ = ["COL_RECEIVE_NOW", "PurchaseOrderDialog"]


class PurchaseOrderDialog(QDialog):
    """Purchase orders on the left, the chosen one's lines (with quantities to receive) right."""

    changed = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.worker: Worker | None = None
        self.receive_token = str(uuid.uuid4())
        self.setWindowTitle(self.tr("발주·입고"))
        self.resize(1100, 600)
        self.po_model: RecordTableModel[PoRow] = RecordTableModel(
            [
                Column(self.tr("발주번호"), lambda r: r.po_no),
                Column(self.tr("공급처"), lambda r: r.supplier_name),
                Column(self.tr("상태"), lambda r: po_status_text(r.status)),
                Column(self.tr("작성일"), lambda r: f"{r.created_at:%Y-%m-%d}"),
                Column(self.tr("수량"), lambda r: r.quantity, numeric=True),
                Column(self.tr("입고"), lambda r: r.received, numeric=True),
                Column(self.tr("금액"), lambda r: r.amount, numeric=True),
            ],
            self,
        )
        self.line_model = PoLineTableModel(
            [
                Column(self.tr("상품코드"), lambda r: r.sku_code),
                Column(self.tr("상품명"), lambda r: r.product_name),
                Column(self.tr("옵션"), lambda r: r.option_text),
                Column(self.tr("발주"), lambda r: r.quantity, numeric=True),
                Column(self.tr("입고됨"), lambda r: r.received, numeric=True),
                Column(self.tr("잔량"), lambda r: r.remaining, numeric=True),
                Column(self.tr("단가"), lambda r: r.unit_cost, numeric=True),
                Column(self.tr("이번 입고"), lambda r: 0, numeric=True),
            ],
            self,
        )
        self.history_model: RecordTableModel[PoEventRow] = RecordTableModel(
            [
                Column(self.tr("일시"), lambda e: f"{e.at:%Y-%m-%d %H:%M}"),
                Column(self.tr("작업자"), lambda e: e.operator),
                Column(self.tr("내용"), lambda e: self.event_text(e.kind)),
                Column(self.tr("상세"), lambda e: e.detail),
            ],
            self,
        )
        self.seen_version: int | None = None
        self.po_view = record_view(self.po_model, self, single=True)
        self.line_view = record_view(self.line_model, self, single=True)
        self.history_view = record_view(self.history_model, self)
        self.sku_field = QLineEdit(self)
        self.sku_field.setPlaceholderText(self.tr("상품코드 검색"))
        self.add_qty = QSpinBox(self)
        self.add_qty.setRange(1, 1_000_000)
        self.add_line_button = QPushButton(self.tr("품목 추가"), self)
        self.remove_line_button = QPushButton(self.tr("선택 품목 삭제"), self)
        self.note_field = QLineEdit(self)
        self.note_field.setPlaceholderText(self.tr("비고"))
        self.save_edits_button = QPushButton(self.tr("변경 저장"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("새로고침"), self)
        self.from_shortages_button = QPushButton(self.tr("재고부족에서 발주"), self)
        self.new_button = QPushButton(self.tr("새 발주…"), self)
        self.send_button = QPushButton(self.tr("발주 전송 표시"), self)
        self.cancel_po_button = QPushButton(self.tr("발주 취소"), self)
        self.xlsx_button = QPushButton(self.tr("엑셀로 저장"), self)
        self.pdf_button = QPushButton(self.tr("PDF로 저장"), self)
        self.fill_button = QPushButton(self.tr("잔량 전부"), self)
        self.receive_button = QPushButton(self.tr("입고처리"), self)
        self._lay_out()
        self.refresh_button.clicked.connect(self.reload)
        self.from_shortages_button.clicked.connect(self.on_from_shortages)
        self.new_button.clicked.connect(self.on_new)
        self.send_button.clicked.connect(self.on_send)
        self.cancel_po_button.clicked.connect(self.on_cancel_po)
        self.xlsx_button.clicked.connect(lambda: self.on_export(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self.on_export(".pdf"))
        self.fill_button.clicked.connect(self.on_fill_remaining)
        self.receive_button.clicked.connect(self.on_receive)
        self.add_line_button.clicked.connect(self.on_add_line)
        self.remove_line_button.clicked.connect(self.on_remove_line)
        self.save_edits_button.clicked.connect(self.on_save_edits)
        self.po_view.selectionModel().selectionChanged.connect(self.on_po_selected)
        self.reload()

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for button in (self.refresh_button, self.from_shortages_button, self.new_button):
            row.addWidget(button)
        left_layout.addLayout(row)
        left_layout.addWidget(self.po_view, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        for button in (self.send_button, self.cancel_po_button, self.xlsx_button, self.pdf_button):
            actions.addWidget(button)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.line_view, 1)
        draft = QHBoxLayout()
        draft.addWidget(self.sku_field, 1)
        draft.addWidget(self.add_qty)
        draft.addWidget(self.add_line_button)
        draft.addWidget(self.remove_line_button)
        draft.addWidget(self.note_field, 1)
        draft.addWidget(self.save_edits_button)
        right_layout.addLayout(draft)
        receive = QHBoxLayout()
        receive.addWidget(QLabel(self.tr("'이번 입고' 칸에 받은 수량을 적으세요."), self), 1)
        receive.addWidget(self.fill_button)
        receive.addWidget(self.receive_button)
        right_layout.addLayout(receive)
        right_layout.addWidget(QLabel(self.tr("이력 (최근 것부터)"), self))
        right_layout.addWidget(self.history_view, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

    # --- reading ---------------------------------------------------------------------------

    def current_po(self) -> PoRow | None:
        rows = self.po_view.selectionModel().selectedRows()
        return self.po_model.rows[rows[0].row()] if rows else None

    def select_po(self, po_no: str) -> None:
        for n, row in enumerate(self.po_model.rows):
            if row.po_no == po_no:
                self.po_view.selectRow(n)
                return

    def reload(self) -> None:
        current = self.current_po()
        self.po_model.set_rows(purchase_orders(self._ctx.db))
        if current is not None:
            self.select_po(current.po_no)
        self.on_po_selected()

    def on_po_selected(self, *_args: object) -> None:
        po = self.current_po()
        actions = allowed_po_actions(po.status) if po else set()
        self.send_button.setEnabled(PoAction.SEND in actions)
        self.cancel_po_button.setEnabled(PoAction.CANCEL in actions)
        self.receive_button.setEnabled(PoAction.RECEIVE in actions)
        self.fill_button.setEnabled(PoAction.RECEIVE in actions)
        self.xlsx_button.setEnabled(po is not None)
        self.pdf_button.setEnabled(po is not None)
        editable = PoAction.EDIT in actions
        for widget in (
            self.sku_field,
            self.add_qty,
            self.add_line_button,
            self.remove_line_button,
            self.note_field,
            self.save_edits_button,
        ):
            widget.setEnabled(editable)
        detail = purchase_order_detail(self._ctx.db, po.po_no) if po else None
        self.seen_version = detail.version if detail else None
        self.line_model.set_lines(detail.lines if detail else [], draft=editable)
        self.note_field.setText(detail.note if detail else "")
        self.history_model.set_rows(purchase_order_history(self._ctx.db, po.po_no) if po else [])
        self.receive_token = str(uuid.uuid4())
        if editable and self.sku_field.completer() is None:
            codes = [record.line.code for record in sku_records(self._ctx.db)]
            completer = QCompleter(codes, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.sku_field.setCompleter(completer)

    def event_text(self, kind: PoEventKind) -> str:
        """작성, 수정, … of one history entry in the chosen language."""
        names = {
            PoEventKind.CREATED: self.tr("작성"),
            PoEventKind.EDITED: self.tr("수정"),
            PoEventKind.SENT: self.tr("발주 전송"),
            PoEventKind.RECEIVED: self.tr("입고"),
            PoEventKind.CANCELLED: self.tr("취소"),
            PoEventKind.CLOSED: self.tr("종료"),
        }
        return names[kind]

    # --- actions ---------------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.status_label.setText(text)

    def on_from_shortages(self) -> None:
        made = create_from_shortages(self._ctx.db, self._ctx.operator)
        self.reload()
        if made.po_nos:
            self.select_po(made.po_nos[0])
            self._say(self.tr("발주서 {0}건을 만들었습니다.").format(len(made.po_nos)))
        else:
            self._say(self.tr("새로 발주할 수량이 없습니다."))

    def on_new(self) -> None:
        dialog = NewPurchaseOrderDialog(self._ctx, self)
        dialog.created.connect(self._after_new)
        dialog.open()

    def _after_new(self, po_no: str) -> None:
        self.reload()
        self.select_po(po_no)
        self._say(self.tr("발주서 {0}을(를) 만들었습니다.").format(po_no))

    def _unsaved_edits(self) -> bool:
        """True (and says so) while typed-over cells are not saved: the PO would be sent or
        written out as stored, not as the screen shows it."""
        if not self.line_model.draft_edits:
            return False
        unsaved = self.tr("저장하지 않은 수정이 있습니다 — 먼저 '변경 저장'을 누르세요.")
        self._say(unsaved, error=True)
        return True

    def _run(self, action: str) -> None:
        po = self.current_po()
        if po is None or self._unsaved_edits():
            return
        try:
            if action == "send":
                send_purchase_order(
                    self._ctx.db, po.po_no, self._ctx.operator, seen_version=self.seen_version
                )
                self._say(self.tr("{0}: 발주완료로 표시했습니다.").format(po.po_no))
            else:
                cancel_purchase_order(
                    self._ctx.db, po.po_no, self._ctx.operator, seen_version=self.seen_version
                )
                self._say(self.tr("{0}: 발주를 취소했습니다.").format(po.po_no))
        except PurchasingError as error:
            self._say(error_text(error), error=True)
        self.reload()

    def on_send(self) -> None:
        self._run("send")

    def on_cancel_po(self) -> None:
        self._run("cancel")

    def _edit(self, add: list[PoLineInput], remove: list[str]) -> None:
        """Save the typed-over cells, the note and one added or removed line, together."""
        po = self.current_po()
        if po is None:
            return
        lines = [ln for ln in self.line_model.edited_lines() if ln.sku_code not in remove]
        lines = [ln for ln in lines if ln.sku_code not in {a.sku_code for a in add}] + add
        edit = PoEdit(lines, remove, self.note_field.text())
        try:
            result = edit_purchase_order(
                self._ctx.db, po.po_no, edit, self._ctx.operator, seen_version=self.seen_version
            )
        except PurchasingError as error:
            self._say(error_text(error), error=True)
            return
        if result.said:
            self._say(self.tr("{0}: 수정했습니다 — {1}").format(po.po_no, "; ".join(result.said)))
            self.changed.emit(result.changes)
        else:
            self._say(self.tr("{0}: 바뀐 것이 없습니다.").format(po.po_no))
        self.reload()

    def on_save_edits(self) -> None:
        self._edit([], [])

    def on_add_line(self) -> None:
        code = self.sku_field.text().strip()
        if not code:
            self._say(self.tr("추가할 상품코드를 입력하세요."), error=True)
            return
        quantity = self.add_qty.value()
        on_po = {ln.sku_code: ln.quantity for ln in self.line_model.rows}
        on_po.update((ln.sku_code, ln.quantity) for ln in self.line_model.edited_lines())
        quantity += on_po.get(code, 0)  # one line per SKU: the added units join its line
        self._edit([PoLineInput(code, quantity)], [])
        self.sku_field.clear()

    def on_remove_line(self) -> None:
        rows = self.line_view.selectionModel().selectedRows()
        if not rows:
            self._say(self.tr("삭제할 품목을 고르세요."), error=True)
            return
        self._edit([], [self.line_model.rows[rows[0].row()].sku_code])

    def on_fill_remaining(self) -> None:
        self.line_model.set_rows(
            self.line_model.rows, {n: r.remaining for n, r in enumerate(self.line_model.rows)}
        )

    def on_receive(self) -> None:
        po = self.current_po()
        if po is None:
            return
        quantities: dict[str, int] = {}
        for n, line in enumerate(self.line_model.rows):
            qty = self.line_model.edits.get(n, 0)
            if qty:
                quantities[line.sku_code] = quantities.get(line.sku_code, 0) + qty
        if not quantities:
            self._say(self.tr("받은 수량을 '이번 입고' 칸에 적으세요."), error=True)
            return
        self.receive_button.setEnabled(False)
        try:
            result = receive_purchase_order(
                self._ctx.db,
                po.po_no,
                self.receive_token,
                self._ctx.operator,
                quantities=quantities,
            )
        except PurchasingError as error:
            self._say(error_text(error), error=True)
            self.receive_button.setEnabled(True)
            return
        if result.already_done:
            self._say(self.tr("이미 처리된 입고입니다."))
        else:
            self._say(
                self.tr(
                    "{0}: {1} — 대기주문 {2}건에 재고를 할당했고 {3}건을 배송준비중으로 옮겼습니다."
                ).format(
                    result.po_no,
                    po_status_text(result.status),
                    result.covered_orders,
                    result.moved_orders,
                )
            )
            self.changed.emit(result.changes)
        self.reload()

    def on_export(self, suffix: str) -> None:
        po = self.current_po()
        if po is None or self._unsaved_edits():
            return
        kind = self.tr("엑셀 파일 (*.xlsx)") if suffix == ".xlsx" else self.tr("PDF 파일 (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("발주서 저장"), f"발주서_{po.po_no}{suffix}", kind
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(suffix) else Path(name + suffix)
        db, po_no = self._ctx.db, po.po_no

        def work(control: TaskControl) -> Path:
            return export_purchase_order(db, po_no, path)

        self.worker = Worker(work)
        self.worker.signals.finished.connect(
            lambda p: self._say(self.tr("저장했습니다: {0}").format(p))
        )
        self.worker.signals.failed.connect(lambda text: self._say(error_text(text), error=True))
        self.worker.start(QThreadPool.globalInstance())
