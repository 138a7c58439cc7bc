"""The purchase-order line table: quantity and unit cost editable while the PO is a draft,
and the "이번 입고" column for receiving."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from desktop_oms.services.purchasing import PoLineInput, PoLineRow
from desktop_oms.ui.stock_models import Column, RecordTableModel
from desktop_oms.ui.table_model import AnyIndex

COL_QTY = 3
COL_COST = 6
COL_RECEIVE_NOW = 7


class PoLineTableModel(RecordTableModel[PoLineRow]):
    """PO lines; in a draft the 발주 and 단가 cells take new numbers, kept until saved."""

    def __init__(self, columns: Sequence[Column[PoLineRow]], parent: QObject | None = None):
        super().__init__(columns, parent, edit_column=COL_RECEIVE_NOW)
        self.draft = False
        self.draft_edits: dict[tuple[int, int], int] = {}

    def set_lines(self, rows: Sequence[PoLineRow], *, draft: bool) -> None:
        self.draft = draft
        self.draft_edits = {}
        self.set_rows(rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.draft and index.isValid() and index.column() in (COL_QTY, COL_COST):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        edited = self.draft_edits.get((index.row(), index.column()))
        if edited is not None and role == Qt.ItemDataRole.DisplayRole:
            return f"{edited:,}"
        if edited is not None and role == Qt.ItemDataRole.EditRole:
            return edited
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() not in (COL_QTY, COL_COST):
            return super().setData(index, value, role)
        if not self.draft or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            number = int(str(value).replace(",", "").strip())
        except ValueError:
            return False
        self.draft_edits[(index.row(), index.column())] = number
        self.dataChanged.emit(index, index)
        return True

    def edited_lines(self) -> list[PoLineInput]:
        """One input per line whose quantity or cost was typed over (the rest unchanged)."""
        result = []
        for n, row in enumerate(self.rows):
            qty = self.draft_edits.get((n, COL_QTY))
            cost = self.draft_edits.get((n, COL_COST))
            if qty is not None or cost is not None:
                result.append(PoLineInput(row.sku_code, row.quantity if qty is None else qty, cost))
        return result
