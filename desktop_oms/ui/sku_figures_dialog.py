"""The base of the stock dialogs that start from a SKU code: the code field and its figures."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from desktop_oms.services.stock import StockError, StockWhy, stock_why
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.messages import error_text

ERROR_STYLE = "color:#d93025; font-weight:bold;"


class SkuFiguresDialog(QDialog):
    """A SKU code field, a line for its figures and one for errors; looks the code up."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, sku_code: str = ""
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.code_field = QLineEdit(sku_code, self)
        self.figures_label = QLabel(self)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)

    def show_on(self, entered: SignalInstance) -> None:
        """Look the code up whenever `entered` fires, and now if the dialog was opened with one."""
        entered.connect(self.on_code_entered)
        if self.code_field.text():
            self.on_code_entered()

    def on_code_entered(self) -> None:
        why = self.look_up()
        if why is not None:
            self.show_figures(why)

    def show_figures(self, why: StockWhy) -> None:
        """Show a looked-up SKU's figures (each dialog its own way)."""
        raise NotImplementedError

    def look_up(self) -> StockWhy | None:
        """The typed SKU's figures and ledger; None when no code is typed or it is refused.

        A refusal is shown in the error line (and `on_unknown_sku` runs); a success clears it.
        """
        code = self.code_field.text().strip()
        if not code:
            return None
        try:
            why = stock_why(self._ctx.db, code)
        except StockError as error:
            self.error_label.setText(error_text(error))
            self.on_unknown_sku()
            return None
        self.error_label.clear()
        return why

    def on_unknown_sku(self) -> None:
        """What else to clear when the code is refused; nothing by default."""
