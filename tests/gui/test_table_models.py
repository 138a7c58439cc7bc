"""Every table model passes Qt's model tester and does not leak references to None."""

from __future__ import annotations

import sys

from PySide6.QtCore import QIdentityProxyModel, Qt

from desktop_oms.domain.status import OrderStatus
from desktop_oms.services import queries
from desktop_oms.services.demo import fill_demo
from desktop_oms.storage.uow import Database
from desktop_oms.ui.detail_models import OrderEventTableModel, OrderLineTableModel
from desktop_oms.ui.order_table_model import OrderTableModel
from desktop_oms.ui.stock_panel import StockTableModel


def order_model(db: Database, status: OrderStatus) -> OrderTableModel:
    def fetch(offset: int, limit: int, search: str) -> list[queries.OrderRow]:
        return queries.order_page(db, status, search=search, offset=offset, limit=limit)

    model = OrderTableModel(fetch)
    model.reload()
    return model


def test_every_table_model_passes_the_model_tester(qtmodeltester, db: Database) -> None:  # type: ignore[no-untyped-def]
    fill_demo(db, 500)
    orders = order_model(db, OrderStatus.CONFIRMED)
    qtmodeltester.check(orders)
    stock = StockTableModel(lambda short, below, text: queries.stock_rows(db))
    stock.reload()
    qtmodeltester.check(stock)
    detail = queries.order_detail(db, orders.row_at(0).id)
    assert detail is not None
    lines, events = OrderLineTableModel(), OrderEventTableModel()
    lines.set_items(list(detail.lines))
    events.set_items(list(detail.events))
    qtmodeltester.check(lines)
    qtmodeltester.check(events)
    empty = order_model(db, OrderStatus.PAID)
    empty.set_search("아무도 없는 이름")
    qtmodeltester.check(empty)


def test_asking_for_roles_a_model_has_no_data_for_does_not_leak_references_to_none(
    qapp: object, db: Database
) -> None:
    """PySide6 6.12.0 leaked one reference to None per None returned from data()."""
    fill_demo(db, 50)
    model = order_model(db, OrderStatus.CONFIRMED)
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(model)  # data() is then called from C++, converting the None
    index = proxy.index(0, 0)
    role = int(Qt.ItemDataRole.UserRole) + 77
    for _ in range(1_000):
        proxy.data(index, role)
    before = sys.getrefcount(None)
    for _ in range(100_000):
        proxy.data(index, role)
    assert abs(sys.getrefcount(None) - before) < 1_000
