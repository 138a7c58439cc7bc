"""Claims desk (클레임): cancel, return or exchange some lines of an order and follow each claim.

A thin widget over services/claims.py, claim_cancel.py, claim_withdraw.py and
claim_queries.py: it shows the order's lines with how many units can still be claimed,
takes a quantity per line, moves the claims along the claim table with a restock or
write-off choice per line, and withdraws a claim (buttons are enabled from the same
rules the services apply). Refusals appear in red, in Korean.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.claims import ClaimKind, ClaimRefused, ClaimStatus, Disposition
from desktop_oms.services import claim_cancel, claim_queries, claim_withdraw, claims
from desktop_oms.services.changes import Changes
from desktop_oms.ui.claim_lines_table import ClaimLinesTable
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.messages import error_text

ERROR_STYLE = "color:#d93025; font-weight:bold;"
OK_STYLE = "color:#1e4620;"


class ClaimsView(QWidget):
    """Find an order, claim some of its units, and move its claims on step by step."""

    changed = Signal(object)  # Changes

    LINE_HEADERS = ("번호", "상품코드", "상품명", "옵션", "수량", "취소", "클레임", "가능", "단가")
    CLAIM_HEADERS = ("#", "종류", "상태", "품목", "환불액", "교환주문", "사유")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._order: claim_queries.ClaimOrder | None = None
        self._claims: list[claim_queries.ClaimRow] = []

        self.order_field = QLineEdit(self)
        self.order_field.setPlaceholderText(self.tr("주문번호"))
        self.order_field.returnPressed.connect(self.on_load)
        load = QPushButton(self.tr("불러오기"), self)
        load.clicked.connect(self.on_load)
        self.order_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)

        self.lines_table = ClaimLinesTable(
            [self.tr(h) for h in self.LINE_HEADERS] + [self.tr("요청 수량"), self.tr("입고 처리")],
            {d: self.tr(d.korean) for d in Disposition},
            self,
        )
        self.reason_field = QLineEdit(self)
        self.reason_field.setPlaceholderText(self.tr("사유 (취소는 필수)"))
        self.sku_field = QLineEdit(self)
        self.sku_field.setPlaceholderText(self.tr("교환 상품코드 (비우면 같은 상품)"))
        self.cancel_button = QPushButton(self.tr("취소 접수"), self)
        self.return_button = QPushButton(self.tr("반품 접수"), self)
        self.exchange_button = QPushButton(self.tr("교환 접수"), self)
        self.cancel_button.clicked.connect(lambda: self.on_request(ClaimKind.CANCEL))
        self.return_button.clicked.connect(lambda: self.on_request(ClaimKind.RETURN))
        self.exchange_button.clicked.connect(lambda: self.on_request(ClaimKind.EXCHANGE))

        self.claims_table = self._table([self.tr(h) for h in self.CLAIM_HEADERS])
        self.claims_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.claims_table.itemSelectionChanged.connect(self._enable_steps)
        self.deduction_box = QSpinBox(self)
        self.deduction_box.setRange(0, 10_000_000)
        self.deduction_box.setSingleStep(1000)
        self.deduction_box.setSuffix(self.tr(" 원"))
        self.note_field = QLineEdit(self)
        self.step_buttons: dict[ClaimStatus, QPushButton] = {}
        for status in (
            ClaimStatus.COLLECTED,
            ClaimStatus.RECEIVED,
            ClaimStatus.REFUNDED,
            ClaimStatus.COMPLETED,
        ):
            button = QPushButton(self.tr(status.korean), self)
            button.clicked.connect(lambda _=False, s=status: self.on_advance(s))
            self.step_buttons[status] = button
        self.withdraw_button = QPushButton(self.tr("클레임 철회…"), self)
        self.withdraw_button.clicked.connect(self.on_withdraw)

        self._lay_out(load)
        self._show_order()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _lay_out(self, load: QPushButton) -> None:
        top = QHBoxLayout()
        top.addWidget(self.order_field)
        top.addWidget(load)
        request = QHBoxLayout()
        for widget in (
            self.reason_field,
            self.sku_field,
            self.cancel_button,
            self.return_button,
            self.exchange_button,
        ):
            request.addWidget(widget)
        step_form = QFormLayout()
        step_form.addRow(self.tr("환불 차감액"), self.deduction_box)
        step_form.addRow(self.tr("메모"), self.note_field)
        steps = QHBoxLayout()
        steps.addLayout(step_form)
        for button in self.step_buttons.values():
            steps.addWidget(button)
        steps.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.order_label)
        layout.addWidget(self.lines_table)
        layout.addLayout(request)
        layout.addWidget(QLabel(self.tr("클레임 내역"), self))
        layout.addWidget(self.claims_table)
        layout.addLayout(steps)
        layout.addWidget(self.status_label)

    # -- actions -----------------------------------------------------------------------
    def on_load(self) -> None:
        number = self.order_field.text().strip()
        order = claim_queries.claim_order(self._ctx.db, number) if number else None
        if order is None:
            self._order = None
            self._show_order()
            self._error(self.tr("주문을 찾을 수 없습니다: {number}").format(number=number))
            return
        self.load_order(order.order_no)

    def load_order(self, order_no: str) -> None:
        """Show the order numbered `order_no` (the main window may call this with a selection)."""
        self.order_field.setText(order_no)
        self._order = claim_queries.claim_order(self._ctx.db, order_no)
        self._claims = (
            claim_queries.claims_of_order(self._ctx.db, self._order.order_id) if self._order else []
        )
        self._show_order()

    def set_claim_quantity(self, line_no: int, quantity: int) -> None:
        """Set the requested quantity of one line (what the spin box in that row holds)."""
        self.lines_table.set_claim_quantity(line_no, quantity)

    def set_disposition(self, line_no: int, disposition: Disposition) -> None:
        """Choose restock or write-off for one line of the claim being received."""
        self.lines_table.set_disposition(line_no, disposition)

    def wanted(self) -> dict[int, int]:
        """Requested quantity per line number (lines left at 0 are not claimed)."""
        return self.lines_table.wanted()

    def on_request(self, kind: ClaimKind) -> None:
        if self._order is None:
            return
        order_id, wanted = self._order.order_id, self.wanted()
        reason, who, db = self.reason_field.text().strip(), self._ctx.operator, self._ctx.db
        try:
            if kind is ClaimKind.CANCEL:
                result = claim_cancel.cancel_lines(db, order_id, wanted, who, reason=reason)
            elif kind is ClaimKind.RETURN:
                result = claims.request_return(db, order_id, wanted, who, reason=reason)
            else:
                sku = self.sku_field.text().strip()
                new_skus = dict.fromkeys(wanted, sku) if sku else {}
                result = claims.request_exchange(db, order_id, wanted, new_skus, who, reason=reason)
        except ClaimRefused as refused:
            self._error(error_text(refused))
            return
        text = self.tr("{kind} 클레임 #{id}을(를) 접수했습니다.").format(
            kind=self.tr(kind.korean), id=result.claim_id
        )
        if result.replacement_order_no:
            text += " " + self.tr("교환 주문 {no}").format(no=result.replacement_order_no)
        self._done(text, result.changes)

    def selected_claim(self) -> claim_queries.ClaimRow | None:
        rows = self.claims_table.selectionModel().selectedRows()
        return self._claims[rows[0].row()] if rows else None

    def select_claim(self, claim_id: int) -> None:
        for row, claim in enumerate(self._claims):
            if claim.claim_id == claim_id:
                self.claims_table.selectRow(row)

    def on_advance(self, target: ClaimStatus) -> None:
        claim = self.selected_claim()
        if claim is None:
            self._error(self.tr("클레임을 먼저 고르세요."))
            return
        try:
            changes = claims.advance_claim(
                self._ctx.db,
                claim.claim_id,
                target,
                self._ctx.operator,
                dispositions=self.lines_table.dispositions(),
                deduction=self.deduction_box.value(),
                note=self.note_field.text().strip(),
            )
        except ClaimRefused as refused:
            self._error(error_text(refused))
            return
        self._done(
            self.tr("클레임 #{id} → {status}").format(
                id=claim.claim_id, status=self.tr(target.korean)
            ),
            changes,
        )
        self.select_claim(claim.claim_id)

    def on_withdraw(self) -> None:
        """Ask why the claim is withdrawn, then withdraw it (the order is as before)."""
        claim = self.selected_claim()
        if claim is None:
            self._error(self.tr("클레임을 먼저 고르세요."))
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("클레임 철회"),
            self.tr("클레임 #{id}을(를) 철회하는 사유").format(id=claim.claim_id),
        )
        if not ok:
            return
        try:
            changes = claim_withdraw.withdraw_claim(
                self._ctx.db, claim.claim_id, self._ctx.operator, reason=reason.strip()
            )
        except ClaimRefused as refused:
            self._error(error_text(refused))
            return
        self._done(self.tr("클레임 #{id}을(를) 철회했습니다.").format(id=claim.claim_id), changes)
        self.select_claim(claim.claim_id)

    # -- display -----------------------------------------------------------------------
    def _done(self, text: str, changes: Changes) -> None:
        assert self._order is not None
        self.load_order(self._order.order_no)
        self.status_label.setStyleSheet(OK_STYLE)
        self.status_label.setText(text)
        self.changed.emit(changes)

    def _error(self, text: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(text)

    def _show_order(self) -> None:
        order = self._order
        self.lines_table.show_lines([])
        self.claims_table.setRowCount(0)
        if order is None:
            self.order_label.setText(self.tr("주문번호를 입력하세요."))
        else:
            text = self.tr("{no} · {status} · {payment} · 환불 {refunded:,} / {total:,}원").format(
                no=order.order_no,
                status=self.tr(order.status.korean),
                payment=self.tr(order.payment_state.korean),
                refunded=order.refunded_amount,
                total=order.total_amount,
            )
            if order.hold_reason:
                text += " · " + self.tr("보류: {reason}").format(reason=order.hold_reason)
            self.order_label.setText(text)
            self.lines_table.show_lines(order.lines)
            self._fill_claims()
        kinds = order.allowed_kinds if order else []
        self.cancel_button.setEnabled(ClaimKind.CANCEL in kinds)
        self.return_button.setEnabled(ClaimKind.RETURN in kinds)
        self.exchange_button.setEnabled(ClaimKind.EXCHANGE in kinds)
        self._enable_steps()

    def _fill_claims(self) -> None:
        self.claims_table.setRowCount(len(self._claims))
        for row, claim in enumerate(self._claims):
            values = (
                claim.claim_id,
                self.tr(claim.kind.korean),
                self.tr(claim.status.korean),
                claim.lines,
                f"{claim.refund_amount:,}",
                claim.replacement_order_no,
                claim.reason,
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setData(Qt.ItemDataRole.UserRole, claim.claim_id)
                self.claims_table.setItem(row, col, item)

    def _enable_steps(self) -> None:
        claim = self.selected_claim()
        allowed = claim.next_statuses if claim else []
        for status, button in self.step_buttons.items():
            button.setEnabled(status in allowed)
        self.withdraw_button.setEnabled(claim is not None and claim.can_withdraw)
        receiving = claim is not None and ClaimStatus.RECEIVED in allowed
        self.lines_table.open_dispositions(claim.line_nos if claim and receiving else ())
