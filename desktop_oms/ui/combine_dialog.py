"""Combined shipment candidates: combine a group into one parcel, or lock orders out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.privacy import mask_phone
from desktop_oms.services.changes import Changes
from desktop_oms.services.combine import (
    CombineError,
    CombineGroup,
    combine_candidates,
    combine_orders,
    set_no_combine,
)
from desktop_oms.ui.context import AppContext

ERROR_STYLE = "color:#d93025; font-weight:bold;"
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole


class CombineDialog(QDialog):
    """Groups of orders to one recipient; checked orders of a group are combined or locked."""

    changed = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.groups: list[CombineGroup] = []
        self._children: list[tuple[int, int, QTreeWidgetItem]] = []
        self.setWindowTitle(self.tr("합포장 후보"))
        self.resize(860, 520)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [
                self.tr("받는 분 / 주문번호"),
                self.tr("상태"),
                self.tr("상품"),
                self.tr("연락처·주소"),
            ]
        )
        self.combine_button = QPushButton(self.tr("체크한 주문 합포장"), self)
        self.lock_button = QPushButton(self.tr("체크한 주문 합포장 제외"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        close = QPushButton(self.tr("닫기"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.lock_button)
        buttons.addStretch(1)
        buttons.addWidget(self.combine_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("받는 분·연락처·주소가 같은 출고 전 주문"), self))
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.combine_button.clicked.connect(self.on_combine)
        self.lock_button.clicked.connect(self.on_lock)
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        self.groups = combine_candidates(self._ctx.db)
        self.tree.clear()
        self._children = []
        for g, group in enumerate(self.groups):
            head = QTreeWidgetItem(
                [
                    self.tr("{0} ({1}건)").format(group.recipient_name, len(group.orders)),
                    "",
                    "",
                    f"{mask_phone(group.phone)} · {group.address}",
                ]
            )
            self.tree.addTopLevelItem(head)
            for order in group.orders:
                child = QTreeWidgetItem(
                    [order.order_no, self.tr(order.status.korean), order.goods, ""]
                )
                child.setData(0, ORDER_ID_ROLE, order.order_id)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked)
                head.addChild(child)
                self._children.append((g, order.order_id, child))
            head.setExpanded(True)
        if not self.groups:
            self.status_label.setText(self.tr("합포장할 수 있는 주문이 없습니다."))
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)

    def checked_by_group(self) -> list[list[int]]:
        """The checked order ids of each group (groups with none checked left out)."""
        by_group: dict[int, list[int]] = {}
        for g, order_id, child in self._children:
            if child.checkState(0) == Qt.CheckState.Checked:
                by_group.setdefault(g, []).append(order_id)
        return list(by_group.values())

    def set_checked(self, order_ids: set[int]) -> None:
        """Check exactly the given orders (what a user does with the check boxes)."""
        for _g, order_id, child in self._children:
            wanted = order_id in order_ids
            child.setCheckState(0, Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def on_combine(self) -> None:
        changes = Changes()
        errors = []
        for ids in self.checked_by_group():
            if len(ids) < 2:
                continue
            try:
                changes.merge(combine_orders(self._ctx.db, ids, self._ctx.operator))
            except CombineError as error:
                errors.append(str(error))
        self._done(
            changes, errors, self.tr("{0}건을 합포장했습니다.").format(len(changes.order_ids))
        )

    def on_lock(self) -> None:
        ids = [i for group in self.checked_by_group() for i in group]
        if not ids:
            return
        changes = set_no_combine(self._ctx.db, ids, True, self._ctx.operator)
        self._done(
            changes, [], self.tr("{0}건을 합포장에서 제외했습니다.").format(len(changes.order_ids))
        )

    def _done(self, changes: Changes, errors: list[str], text: str) -> None:
        if changes.changed:
            self.changed.emit(changes)
        self.reload()
        lines = [text, *errors]
        if not self.groups:
            lines.append(self.tr("합포장할 수 있는 주문이 더 없습니다."))
        self.status_label.setStyleSheet(ERROR_STYLE if errors else "")
        self.status_label.setText("\n".join(lines))
