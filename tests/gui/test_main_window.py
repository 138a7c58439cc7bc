"""The main window: tab counts, paging, search, detail pane, flags, stock panel."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from desktop_oms.domain.status import STATUS_ORDER, OrderStatus
from desktop_oms.services import queries
from desktop_oms.services.demo import fill_demo
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.main_window import MainWindow
from desktop_oms.ui.order_table_model import COL_FLAGS, PAGE_SIZE
from desktop_oms.ui.stock_panel import COL_AVAILABLE, COL_RESERVED
from tests.gui.conftest import select_orders


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabs.tabText(n) for n in range(window.tabs.tabs.count())]


def test_each_status_tab_title_shows_the_number_of_its_orders_in_the_database(
    qtbot: QtBot, db: Database
) -> None:
    fill_demo(db, 700)
    window = MainWindow(AppContext(db=db), poll_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.load()
    counts = queries.status_counts(db)
    assert tab_titles(window) == [f"{s.korean} ({counts[s]:,})" for s in STATUS_ORDER]
    assert sum(counts.values()) == 700


def test_a_tab_shows_one_page_and_fetches_the_next_when_scrolled_to_the_end(
    qtbot: QtBot, db: Database
) -> None:
    fill_demo(db, 1_200)
    window = MainWindow(AppContext(db=db), poll_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.load()
    window.tabs.show_status(OrderStatus.CONFIRMED)
    model = window.tabs.current_model()
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    ids = [r.id for r in model.rows()]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)


def test_searching_by_name_phone_fragment_or_product_finds_the_order(
    paid_orders: list[str], window: MainWindow
) -> None:
    window.tabs.show_status(OrderStatus.PAID)
    for text in ("이도윤", "4444", "010-4444-5555", paid_orders[1]):
        window.tabs.search(text)
        assert [r.order_no for r in window.tabs.current_model().rows()] == [paid_orders[1]]
    window.tabs.search("상품 CAP")
    assert [r.order_no for r in window.tabs.current_model().rows()] == [paid_orders[2]]
    window.tabs.search("")
    assert window.tabs.current_model().rowCount() == 3


def test_the_detail_pane_shows_recipient_payment_lines_and_history_of_the_selected_order(
    paid_orders: list[str], window: MainWindow
) -> None:
    select_orders(window, OrderStatus.PAID, [paid_orders[0]])
    pane = window.detail
    assert paid_orders[0] in pane.title.text()
    assert pane.field_text("recipient") == "김민서"
    assert pane.field_text("method") == "신용카드"
    assert pane.field_text("payment_state") == "결제완료"
    assert pane.line_model.rowCount() == 1
    assert pane.line_model.index(0, 0).data() == "TEE-M"
    assert pane.event_model.rowCount() == 1
    assert pane.event_model.index(0, 3).data() == "상품준비중"


def test_overdue_and_due_today_orders_say_so_in_their_row(
    db: Database, shop: dict[str, int], window: MainWindow
) -> None:
    from dataclasses import replace

    from desktop_oms.services.order_creation import create_orders
    from tests.conftest import new_order

    today = date.today()
    late = replace(new_order(("TEE-M", 1), name="늦은분"), ship_by=today - timedelta(days=1))
    due = replace(new_order(("TEE-M", 1), name="오늘분"), ship_by=today)
    create_orders(db, [late, due], "test")
    window.on_refresh_all()
    window.tabs.show_status(OrderStatus.PAID)
    model = window.tabs.current_model()
    flags = {r.recipient_name: model.index(n, COL_FLAGS).data() for n, r in enumerate(model.rows())}
    assert flags == {"늦은분": "발송기한 지남", "오늘분": "오늘 발송"}


def test_the_stock_panel_lists_skus_and_highlights_those_at_or_below_safety_stock(
    shop: dict[str, int], window: MainWindow
) -> None:
    from PySide6.QtCore import Qt

    model = window.stock_model
    cap = model.row_of_code("CAP")
    tee = model.row_of_code("TEE-M")
    assert cap is not None and tee is not None
    assert model.index(cap, COL_AVAILABLE).data() == "1"
    assert model.index(cap, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(tee, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(tee, COL_RESERVED).data() == "0"
