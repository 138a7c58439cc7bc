"""The plumbing every flat table model shares: named headers over a list of plain rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A flat, read-only table: one header per column, one plain row object per row.

    Subclasses add `data()`; rows are replaced with `set_rows`, a page is appended with
    `add_rows`; `row_for(index)` gives the row of a cell (None outside the table) and
    `find_row(test)` the number of the first row that passes the test.
    """

    #: Whether the vertical header numbers the rows 1, 2, 3 …
    NUMBERED_ROWS = True

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show these rows instead of the ones shown (a model reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def add_rows(self, rows: Sequence[Row]) -> None:
        """Append a page of rows below the ones shown."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def find_row(self, matches: Callable[[Row], bool]) -> int | None:
        """The number of the first row that matches, or None."""
        for n, row in enumerate(self._rows):
            if matches(row):
                return n
        return None

    def row_for(self, index: AnyIndex) -> Row | None:
        """The row of a cell, or None for an invalid index or one past the rows."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and self.NUMBERED_ROWS:
            return str(section + 1)
        return None


def record_view(
    model: QAbstractItemModel,
    parent: QWidget,
    *,
    single: bool = False,
    stretch_last: bool = True,
) -> QTableView:
    """The read-only list view the dialogs share: whole rows selected, no row numbers,
    columns as wide as their contents."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch_last)
    return view
