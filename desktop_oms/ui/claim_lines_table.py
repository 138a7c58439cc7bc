"""The claims desk's order lines: what can still be claimed, the units asked, and per line
whether returned goods go back to stock (재입고) or are written off (폐기).

The words (headers, disposition labels) come translated from the claims view, which owns
them; this table owns the cells.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_oms.domain.claims import Disposition
from desktop_oms.services.claim_queries import ClaimableLine


class ClaimLinesTable(QTableWidget):
    """One row per order line, with a quantity box and a restock-or-write-off choice."""

    COL_CLAIM_QTY = 9
    COL_DISPOSITION = 10

    def __init__(
        self, headers: list[str], labels: Mapping[Disposition, str], parent: QWidget
    ) -> None:
        """`headers`: the nine line columns, then the quantity and the disposition column."""
        super().__init__(0, len(headers), parent)
        assert len(headers) == self.COL_DISPOSITION + 1
        self._labels = labels
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_lines(self, lines: list[ClaimableLine]) -> None:
        """Fill the rows: nothing asked yet, every disposition on restock and locked."""
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            values = (
                line.line_no,
                line.sku_code,
                line.product_name,
                line.option_text,
                line.quantity,
                line.cancelled_qty,
                line.claimed_qty,
                line.claimable,
                f"{line.unit_price:,}",
            )
            for col, value in enumerate(values):
                self.setItem(row, col, QTableWidgetItem(str(value)))
            box = QSpinBox(self)
            box.setRange(0, max(line.claimable, 0))
            box.setEnabled(line.claimable > 0)
            self.setCellWidget(row, self.COL_CLAIM_QTY, box)
            choice = QComboBox(self)
            for disposition in Disposition:
                choice.addItem(self._labels[disposition], disposition.value)
            choice.setEnabled(False)
            self.setCellWidget(row, self.COL_DISPOSITION, choice)

    def _rows(self) -> Iterable[tuple[int, QSpinBox, QComboBox]]:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            box = self.cellWidget(row, self.COL_CLAIM_QTY)
            choice = self.cellWidget(row, self.COL_DISPOSITION)
            if item and isinstance(box, QSpinBox) and isinstance(choice, QComboBox):
                yield int(item.text()), box, choice

    def set_claim_quantity(self, line_no: int, quantity: int) -> None:
        for number, box, _ in self._rows():
            if number == line_no:
                box.setValue(quantity)

    def wanted(self) -> dict[int, int]:
        """Requested quantity per line number (lines left at 0 are not claimed)."""
        return {number: box.value() for number, box, _ in self._rows() if box.value() > 0}

    def open_dispositions(self, line_nos: Iterable[int]) -> None:
        """Let the user choose restock or write-off only on these lines (the claim received)."""
        chosen = set(line_nos)
        for number, _, choice in self._rows():
            choice.setEnabled(number in chosen)

    def set_disposition(self, line_no: int, disposition: Disposition) -> None:
        for number, _, choice in self._rows():
            if number == line_no:
                choice.setCurrentIndex(choice.findData(disposition.value))

    def dispositions(self) -> dict[int, Disposition]:
        """Restock or write-off per line the user may choose on (see open_dispositions)."""
        return {
            number: Disposition(choice.currentData())
            for number, _, choice in self._rows()
            if choice.isEnabled()
        }
