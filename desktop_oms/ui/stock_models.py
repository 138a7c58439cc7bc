"""Table models for the stock dialogs: plain row objects shown through named columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_oms.ui.table_model import AnyIndex, RowTableModel

Row = TypeVar("Row")

WARNING_COLOUR = QColor("#fde2e1")


@dataclass(frozen=True, slots=True)
class Column(Generic[Row]):
    """One column: its header and how a row shows in it."""

    header: str
    value: Callable[[Row], object]
    numeric: bool = False


class RecordTableModel(RowTableModel[Row]):
    """Rows of one dataclass type; numbers right-aligned with thousands separators.

    `warn(row)` paints a row's background; an optional editable integer column
    (`edit_column`) keeps its values in `edits`, keyed by row number.
    """

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        parent: QObject | None = None,
        *,
        warn: Callable[[Row], bool] | None = None,
        edit_column: int | None = None,
    ) -> None:
        super().__init__([c.header for c in columns], parent)
        self.columns = list(columns)
        self.edits: dict[int, int] = {}
        self._warn = warn
        self._edit_column = edit_column

    @property
    def rows(self) -> list[Row]:
        """The rows shown, in order (the model's own list: read, don't replace)."""
        return self._rows

    def set_rows(self, rows: Sequence[Row], edits: dict[int, int] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.edits = dict(edits or {})
        self.endResetModel()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self._edit_column:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_for(index)
        if row is None:
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == self._edit_column:
                value: object = self.edits.get(index.row(), 0)
                return value if role == Qt.ItemDataRole.EditRole else f"{value:,}"
            value = column.value(row)
            if isinstance(value, int) and not isinstance(value, bool) and column.numeric:
                return f"{value:,}"
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self._warn and self._warn(row):
            return QBrush(WARNING_COLOUR)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self._edit_column:
            return False
        try:
            number = int(str(value).replace(",", "").strip() or 0)
        except ValueError:
            return False
        if number < 0:
            return False
        self.edits[index.row()] = number
        self.dataChanged.emit(index, index)
        return True
