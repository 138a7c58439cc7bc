"""The table of one status tab: pages of orders fetched on demand, never all at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop_oms.services.queries import OrderRow
from desktop_oms.ui.labels import payment_text
from desktop_oms.ui.table_model import AnyIndex
from desktop_oms.ui.text_cell_model import TextCellModel

#: fetch(offset, limit, search) -> one page of rows, newest first.
PageFetcher = Callable[[int, int, str], list[OrderRow]]

PAGE_SIZE = 200

COL_ORDER_NO = 0
COL_FLAGS = 1
COL_RECIPIENT = 2
COL_PHONE = 3
COL_GOODS = 4
COL_AMOUNT = 5
COL_PAYMENT = 6
COL_SHIP_BY = 7
COL_WAYBILL = 8
COL_ORDERED_AT = 9
COL_CHANNEL = 10
COLUMN_COUNT = 11

#: Role giving the OrderRow of a row (for the window's selection handling).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

OVERDUE_COLOUR = QColor("#fde2e1")
DUE_TODAY_COLOUR = QColor("#fff4cc")
FLAGGED_COLOUR = QColor("#e8eefc")


class OrderTableModel(TextCellModel[OrderRow]):
    """Orders of one status, loaded a page at a time through an injected query function."""

    NUMBER_COLUMNS = (COL_AMOUNT,)

    def __init__(
        self,
        fetch: PageFetcher,
        *,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        headers = {
            COL_ORDER_NO: self.tr("주문번호"),
            COL_FLAGS: self.tr("상태 표시"),
            COL_RECIPIENT: self.tr("수령인"),
            COL_PHONE: self.tr("연락처"),
            COL_GOODS: self.tr("상품"),
            COL_AMOUNT: self.tr("결제금액"),
            COL_PAYMENT: self.tr("결제수단"),
            COL_SHIP_BY: self.tr("발송기한"),
            COL_WAYBILL: self.tr("송장번호"),
            COL_ORDERED_AT: self.tr("주문일시"),
            COL_CHANNEL: self.tr("판매채널"),
        }
        super().__init__([headers[c] for c in range(COLUMN_COUNT)], parent)
        self._fetch = fetch
        self._today = today
        self._search = ""
        self._exhausted = False

    # -- loading ----------------------------------------------------------------------

    @property
    def search_text(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        """Show only orders matching `text` (order no, name, phone, product)."""
        self._search = text.strip()
        self.reload(keep_loaded=False)

    def reload(self, *, keep_loaded: bool = True) -> None:
        """Read the rows again; as many as were loaded when `keep_loaded`, else one page.

        When the same orders come back in the same order only their cells change, so the
        view keeps its selection and scroll position.
        """
        wanted = max(PAGE_SIZE, len(self._rows)) if keep_loaded else PAGE_SIZE
        fresh = self._fetch(0, wanted, self._search)
        self._exhausted = len(fresh) < wanted
        if not (keep_loaded and self.refresh_in_place(fresh, lambda r: r.id)):
            self.set_rows(fresh)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._fetch(len(self._rows), PAGE_SIZE, self._search)
        self._exhausted = len(page) < PAGE_SIZE
        known = {r.id for r in self._rows}
        page = [r for r in page if r.id not in known]
        self.add_rows(page)

    # -- reading ----------------------------------------------------------------------

    def rows(self) -> list[OrderRow]:
        return list(self._rows)

    def row_of(self, order_id: int) -> int | None:
        return self.find_row(lambda r: r.id == order_id)

    def _role_data(self, row: OrderRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_FLAGS, COL_GOODS):
            return self._display(row, column) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_FLAGS:
            return self._flag_icon(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_SHIP_BY:
            return QBrush(QColor("#b00020")) if self._overdue(row) else None
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: OrderRow, column: int) -> str:
        if column == COL_ORDER_NO:
            return row.order_no
        if column == COL_ORDERED_AT:
            return f"{row.ordered_at:%Y-%m-%d %H:%M}"
        if column == COL_CHANNEL:
            return row.channel
        if column == COL_RECIPIENT:
            return row.recipient_name
        if column == COL_PHONE:
            return row.recipient_phone
        if column == COL_GOODS:
            return row.goods
        if column == COL_AMOUNT:
            return f"{row.total_amount:,}"
        if column == COL_PAYMENT:
            return payment_text(row.payment_method)
        if column == COL_SHIP_BY:
            return f"{row.ship_by:%Y-%m-%d}" if row.ship_by else ""
        if column == COL_FLAGS:
            return " · ".join(self.flag_texts(row))
        if column == COL_WAYBILL:
            return row.waybill_no or ""
        return ""

    def _open(self, row: OrderRow) -> bool:
        """Ship-by matters only until the parcel leaves."""
        return row.status.value in ("AWAITING_PAYMENT", "PAID", "READY_TO_SHIP")

    def _overdue(self, row: OrderRow) -> bool:
        return self._open(row) and row.ship_by is not None and row.ship_by < self._today()

    def _due_today(self, row: OrderRow) -> bool:
        return self._open(row) and row.ship_by == self._today()

    def flag_texts(self, row: OrderRow) -> list[str]:
        """What needs attention on this order, in words."""
        texts = []
        if self._overdue(row):
            texts.append(self.tr("발송기한 지남"))
        elif self._due_today(row):
            texts.append(self.tr("오늘 발송"))
        if row.hold_reason:
            texts.append(self.tr("보류: {0}").format(row.hold_reason))
        if row.short_of_stock:
            texts.append(self.tr("재고부족"))
        if row.needs_matching:
            texts.append(self.tr("상품매칭 필요"))
        return texts

    def _flag_icon(self, row: OrderRow) -> QIcon | None:
        if self._overdue(row) or self._due_today(row):
            return _standard_icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if row.hold_reason or row.short_of_stock or row.needs_matching:
            return _standard_icon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        return None

    def _background(self, row: OrderRow) -> QBrush | None:
        if self._overdue(row):
            return QBrush(OVERDUE_COLOUR)
        if self._due_today(row):
            return QBrush(DUE_TODAY_COLOUR)
        if row.hold_reason or row.short_of_stock or row.needs_matching:
            return QBrush(FLAGGED_COLOUR)
        return None


_ICONS: dict[QStyle.StandardPixmap, QIcon] = {}


def _standard_icon(kind: QStyle.StandardPixmap) -> QIcon:
    if kind not in _ICONS:
        _ICONS[kind] = QApplication.style().standardIcon(kind)
    return _ICONS[kind]
