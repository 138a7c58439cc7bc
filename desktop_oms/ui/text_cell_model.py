"""Row table models whose cells are text from one `_display` method (orders, stock)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt

from desktop_oms.ui.table_model import AnyIndex, Row, RowTableModel

#: The alignment of number cells.
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TextCellModel(RowTableModel[Row]):
    """Shows `_display(row, column)` as a cell's text, right-aligns `NUMBER_COLUMNS` and asks
    `_role_data` for the other roles.

    `refresh_in_place` takes fresh rows without a model reset when they are the same rows in
    the same order, so a view keeps its selection and scroll position.
    """

    #: The columns of numbers, shown right-aligned.
    NUMBER_COLUMNS: tuple[int, ...] = ()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_for(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMBER_COLUMNS:
            return RIGHT_ALIGNED
        return self._role_data(row, index.column(), role)

    def _display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def _role_data(self, row: Row, column: int, role: int) -> object:
        """A cell's value for a role other than its text; None by default."""
        return None

    def refresh_in_place(
        self, fresh: Sequence[Row], key: Callable[[Row], object], *, only_changed: bool = False
    ) -> bool:
        """Take `fresh` if it holds the same rows (by `key`) in the same order; whether it did.

        Then the changed rows' cells are announced (`only_changed`), or every cell.
        """
        if [key(r) for r in fresh] != [key(r) for r in self._rows]:
            return False
        old, self._rows = self._rows, list(fresh)
        last_column = self.columnCount() - 1
        if only_changed:
            for n, (was, now) in enumerate(zip(old, self._rows, strict=True)):
                if was != now:
                    self.dataChanged.emit(self.index(n, 0), self.index(n, last_column))
        elif self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last_column))
        return True
