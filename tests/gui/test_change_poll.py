"""Other PCs' changes reach the window through the change counters, selection kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.services.orders import move_orders
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.main_window import MainWindow
from desktop_oms.ui.stock_panel import COL_RESERVED
from tests.gui.conftest import select_orders


@pytest.fixture
def other_pc(db_url: str) -> Iterator[Database]:
    """A second Database object on the same file, as another PC would have."""
    database = Database.open(db_url)
    yield database
    database.dispose()


def order_id(window: MainWindow, order_no: str) -> int:
    return next(r.id for r in window.tabs.current_model().rows() if r.order_no == order_no)


def test_a_change_on_another_pc_shows_within_the_poll_and_the_selection_stays(
    qtbot: QtBot, db: Database, other_pc: Database, paid_orders: list[str]
) -> None:
    window = MainWindow(AppContext(db=db), poll_interval_ms=50)
    qtbot.addWidget(window)
    window.load()
    select_orders(window, OrderStatus.PAID, [paid_orders[0]])
    move_orders(other_pc, [order_id(window, paid_orders[1])], Action.RESERVE_STOCK, "다른PC")
    qtbot.waitUntil(lambda: window.tabs.tabs.tabText(2) == "배송준비중 (1)", timeout=3000)
    window.poller.stop()
    assert window.tabs.tabs.tabText(1) == "상품준비중 (2)"
    assert [r.order_no for r in window.tabs.current_model().rows()] == [
        paid_orders[2],
        paid_orders[0],
    ]
    assert [r.order_no for r in window.tabs.selected_rows()] == [paid_orders[0]]
    tee = window.stock_model.row_of_code("TEE-M")
    assert tee is not None and window.stock_model.index(tee, COL_RESERVED).data() == "1"


def test_a_change_that_keeps_the_rows_keeps_selection_and_scroll_without_a_reset(
    qtbot: QtBot, db: Database, other_pc: Database, paid_orders: list[str]
) -> None:
    window = MainWindow(AppContext(db=db), poll_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.load()
    select_orders(window, OrderStatus.PAID, paid_orders[:2])
    resets: list[bool] = []
    window.tabs.current_model().modelReset.connect(lambda: resets.append(True))
    # short of stock: the order stays in 상품준비중 and only gets its flag
    move_orders(other_pc, [order_id(window, paid_orders[2])], Action.RESERVE_STOCK, "다른PC")
    assert window.poller.poll() == {"orders", "stock"}
    assert resets == []
    assert sorted(r.order_no for r in window.tabs.selected_rows()) == paid_orders[:2]
    flagged = window.tabs.current_model().rows()[0]
    assert (flagged.order_no, flagged.short_of_stock) == (paid_orders[2], True)


def test_nothing_is_read_again_when_no_counter_moved(
    qtbot: QtBot, db: Database, paid_orders: list[str]
) -> None:
    window = MainWindow(AppContext(db=db), poll_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.load()
    with qtbot.assertNotEmitted(window.poller.changed):
        assert window.poller.poll() == set()
