"""On a shared PostgreSQL server, another PC's change reaches the window by NOTIFY."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_oms.domain.status import Action
from desktop_oms.services.order_creation import create_orders
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.orders import move_orders
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.main_window import SAFETY_POLL_MS, MainWindow
from tests.conftest import add_sku, new_order

pytestmark = pytest.mark.postgres


def test_a_change_on_another_pc_arrives_within_two_seconds_without_polling(
    qtbot: QtBot, pg_url: str
) -> None:
    here, there = Database.open(pg_url), Database.open(pg_url)
    try:
        add_sku(here, "TEE-M", 5)
        numbers, _ = create_orders(here, [new_order(("TEE-M", 1))], "test")
        window = MainWindow(AppContext(db=here), poll_interval_ms=1000)
        qtbot.addWidget(window)
        window.load()
        assert window.poller.timer.interval() == SAFETY_POLL_MS  # the poll is not what works
        assert window.tabs.tabs.tabText(2) == "배송준비중 (0)"

        ids, _ = order_ids_for(there, numbers)
        move_orders(there, ids, Action.RESERVE_STOCK, "다른PC")

        qtbot.waitUntil(lambda: window.tabs.tabs.tabText(2) == "배송준비중 (1)", timeout=2000)
        window.close()
        assert window.watcher is None
    finally:
        here.dispose()
        there.dispose()
