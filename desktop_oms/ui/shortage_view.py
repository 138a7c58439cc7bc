"""The shortage view (재고부족): short orders by SKU, by supplier and one by one; make purchase
orders from them, or cancel orders that cannot be restocked and copy the customer notice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.services.purchasing import create_from_shortages
from desktop_oms.services.shortages import (
    ShortOrder,
    SkuShortage,
    allocate_waiting_orders,
    cancel_short_orders,
    notice_template,
    save_notice_template,
    shortage_report,
)
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.messages import error_lines
from desktop_oms.ui.stock_models import Column, RecordTableModel
from desktop_oms.ui.table_model import record_view

ERROR_STYLE = "color:#d93025; font-weight:bold;"


class ShortageView(QDialog):
    """Everything waiting for stock, and the two ways out: restock (발주) or cancel."""

    changed = Signal(object)  # Changes
    purchase_orders_created = Signal(list)  # PO numbers

    CANCEL_REASONS = ("품절 (재입고 불가)", "단종", "공급처 품절", "고객 요청")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("재고부족 주문"))
        self.resize(1000, 640)
        self.summary_label = QLabel(self)
        self.refresh_button = QPushButton(self.tr("새로고침"), self)
        self.sku_model: RecordTableModel[SkuShortage] = RecordTableModel(
            self._sku_columns(), self, warn=lambda s: s.missing > 0
        )
        self.sku_view = record_view(self.sku_model, self)
        self.supplier_tree = QTreeWidget(self)
        self.supplier_tree.setHeaderLabels(
            [
                self.tr("공급처 / 상품코드"),
                self.tr("상품명"),
                self.tr("부족"),
                self.tr("발주중"),
                self.tr("발주 제안"),
            ]
        )
        self.order_model: RecordTableModel[ShortOrder] = RecordTableModel(
            [
                Column(self.tr("주문번호"), lambda o: o.order_no),
                Column(
                    self.tr("결제일시"),
                    lambda o: f"{o.paid_at:%Y-%m-%d %H:%M}" if o.paid_at else "",
                ),
                Column(self.tr("수취인"), lambda o: o.recipient_name),
                Column(self.tr("상품"), lambda o: o.goods),
                Column(self.tr("부족 품목"), lambda o: ", ".join(f"{c}×{n}" for c, n in o.needs)),
                Column(self.tr("금액"), lambda o: o.total_amount, numeric=True),
            ],
            self,
        )
        self.order_view = record_view(self.order_model, self)
        self.order_view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.sku_view, self.tr("SKU별"))
        self.tabs.addTab(self.supplier_tree, self.tr("공급처별"))
        self.tabs.addTab(self.order_view, self.tr("주문별"))
        self.create_po_button = QPushButton(self.tr("발주서 만들기 (공급처별)"), self)
        self.allocate_button = QPushButton(self.tr("가용재고로 할당"), self)
        self.allocate_button.setToolTip(
            self.tr(
                "재고조정·WMS 동기화·반품으로 생긴 가용재고를 결제가 오래된 주문부터 할당합니다."
            )
        )
        self.reason_box = QComboBox(self)
        self.reason_box.setEditable(True)
        self.reason_box.addItems([self.tr(r) for r in self.CANCEL_REASONS])
        self.cancel_button = QPushButton(self.tr("선택 주문 취소"), self)
        self.template_button = QPushButton(self.tr("안내문 양식…"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.notices = QPlainTextEdit(self)
        self.notices.setReadOnly(True)
        self.notices.setPlaceholderText(self.tr("주문을 취소하면 고객 안내문이 여기에 나옵니다."))
        self.notices.setMaximumHeight(120)
        self.copy_button = QPushButton(self.tr("안내문 복사"), self)
        self._lay_out()
        self.refresh_button.clicked.connect(self.reload)
        self.create_po_button.clicked.connect(self.on_create_purchase_orders)
        self.allocate_button.clicked.connect(self.on_allocate)
        self.cancel_button.clicked.connect(self.on_cancel_selected)
        self.template_button.clicked.connect(self.on_edit_template)
        self.copy_button.clicked.connect(self.on_copy_notices)
        self.reload()

    def _sku_columns(self) -> list[Column[SkuShortage]]:
        return [
            Column(self.tr("상품코드"), lambda s: s.code),
            Column(self.tr("상품명"), lambda s: s.product_name),
            Column(self.tr("옵션"), lambda s: s.option_text),
            Column(self.tr("공급처"), lambda s: s.supplier_name),
            Column(self.tr("대기 수량"), lambda s: s.waiting_need, numeric=True),
            Column(self.tr("가용"), lambda s: s.available, numeric=True),
            Column(self.tr("부족"), lambda s: s.missing, numeric=True),
            Column(self.tr("안전재고"), lambda s: s.safety_stock, numeric=True),
            Column(self.tr("발주중"), lambda s: s.on_order, numeric=True),
            Column(self.tr("발주 제안"), lambda s: s.suggested, numeric=True),
            Column(self.tr("주문 수"), lambda s: s.short_orders, numeric=True),
        ]

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.create_po_button)
        actions.addWidget(self.allocate_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("취소 사유"), self))
        actions.addWidget(self.reason_box)
        actions.addWidget(self.cancel_button)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notices, 1)
        side = QVBoxLayout()
        side.addWidget(self.copy_button)
        side.addWidget(self.template_button)
        side.addStretch(1)
        notice_row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status_label)
        layout.addLayout(notice_row)

    def reload(self) -> None:
        report = shortage_report(self._ctx.db)
        self.sku_model.set_rows(report.by_sku)
        self.order_model.set_rows(report.orders)
        self.supplier_tree.clear()
        for group in report.by_supplier:
            top = QTreeWidgetItem(
                [
                    group.supplier_name,
                    "",
                    str(sum(s.missing for s in group.skus)),
                    "",
                    f"{group.suggested:,}",
                ]
            )
            for sku in group.skus:
                top.addChild(
                    QTreeWidgetItem(
                        [
                            sku.code,
                            f"{sku.product_name} {sku.option_text}".strip(),
                            f"{sku.missing:,}",
                            f"{sku.on_order:,}",
                            f"{sku.suggested:,}",
                        ]
                    )
                )
            self.supplier_tree.addTopLevelItem(top)
        self.supplier_tree.expandAll()
        self.summary_label.setText(
            self.tr("재고부족 주문 {0:,}건 · SKU {1:,}개").format(
                len(report.orders), len(report.by_sku)
            )
        )
        self.cancel_button.setEnabled(bool(report.orders))
        self.create_po_button.setEnabled(any(s.suggested > 0 for s in report.by_sku))

    def selected_orders(self) -> list[ShortOrder]:
        rows = sorted({i.row() for i in self.order_view.selectionModel().selectedRows()})
        return [self.order_model.rows[r] for r in rows]

    def on_create_purchase_orders(self) -> None:
        made = create_from_shortages(self._ctx.db, self._ctx.operator)
        parts = []
        if made.po_nos:
            parts.append(
                self.tr("발주서 {0}건을 만들었습니다: {1}").format(
                    len(made.po_nos), ", ".join(made.po_nos)
                )
            )
        else:
            parts.append(self.tr("새로 발주할 수량이 없습니다 (이미 발주중)."))
        if made.without_supplier:
            parts.append(
                self.tr("공급처가 없어 빠진 SKU: {0}").format(", ".join(made.without_supplier))
            )
        self.status_label.setStyleSheet("")
        self.status_label.setText("\n".join(parts))
        self.reload()
        if made.po_nos:
            self.purchase_orders_created.emit(made.po_nos)

    def on_allocate(self) -> None:
        summary = allocate_waiting_orders(self._ctx.db, self._ctx.operator)
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            self.tr("대기주문 {0}건에 재고를 할당했습니다 (배송준비중으로 이동 {1}건).").format(
                summary.covered, summary.moved
            )
        )
        if summary.changes.changed:
            self.changed.emit(summary.changes)
        self.reload()

    def on_cancel_selected(self) -> None:
        orders = self.selected_orders()
        reason = self.reason_box.currentText().strip()
        if not orders:
            self._error(self.tr("취소할 주문을 '주문별' 탭에서 선택하세요."))
            return
        if not reason:
            self._error(self.tr("취소 사유를 입력하세요."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("주문 취소"),
            self.tr(
                "주문 {0}건을 취소합니다. 할당된 재고는 풀리고 환불이 기록됩니다.\n사유: {1}"
            ).format(len(orders), reason),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        result = cancel_short_orders(
            self._ctx.db, [o.order_id for o in orders], reason, self._ctx.operator
        )
        self.notices.setPlainText("\n\n".join(text for _, text in result.notices))
        if result.changes.refused:
            self._error("\n".join(error_lines(result.changes.refused)))
        else:
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("{0}건을 취소했습니다.").format(len(result.notices)))
        if result.changes.changed:
            self.changed.emit(result.changes)
        self.reload()

    def on_edit_template(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("고객 안내문 양식"),
            self.tr("쓸 수 있는 이름: {수취인} {주문번호} {상품} {사유} {금액} {쇼핑몰}"),
            notice_template(self._ctx.db),
        )
        if ok and text.strip():
            save_notice_template(self._ctx.db, text)
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("안내문 양식을 저장했습니다."))

    def on_copy_notices(self) -> None:
        QGuiApplication.clipboard().setText(self.notices.toPlainText())

    def _error(self, text: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(text)
