"""GUI fixtures: a main window over a small shop, Qt warnings fail the GUI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop_oms.domain.payment import PaymentMethod
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services.order_creation import create_orders
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.main_window import MainWindow
from tests.conftest import add_sku, new_order

#: Qt messages that say nothing about our code (the offscreen platform's own notes).
HARMLESS_QT_MESSAGES = (r"This plugin does not support propagateSizeHints\(\)",)

MY_TEST_FILES = (
    "test_main_window",
    "test_order_actions",
    "test_change_poll",
    "test_table_models",
    "test_translation",
    "test_error_log",
    "test_settings_dialog",
    "test_startup",
    "test_first_start",
    "test_order_search",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Qt warnings fail this part's GUI tests (like qutebrowser's qt_log_level_fail)."""
    for item in items:
        if item.path.parent.name == "gui" and item.path.stem in MY_TEST_FILES:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*HARMLESS_QT_MESSAGES))


@pytest.fixture
def shop(db: Database) -> dict[str, int]:
    """Two SKUs (one short), and paid / awaiting orders; returns SKU ids by code."""
    return {
        "TEE-M": add_sku(db, "TEE-M", 10, name="반팔티", safety=2),
        "CAP": add_sku(db, "CAP", 1, name="모자", safety=3),
    }


def place(db: Database, *orders: object) -> list[str]:
    numbers, _ = create_orders(db, list(orders), "test")  # type: ignore[arg-type]
    return numbers


@pytest.fixture
def paid_orders(db: Database, shop: dict[str, int]) -> list[str]:
    """Three card orders waiting in 상품준비중: two can be reserved, one is short of stock."""
    return place(
        db,
        new_order(("TEE-M", 2), name="김민서", phone="010-2222-3333"),
        new_order(("TEE-M", 1), name="이도윤", phone="010-4444-5555"),
        new_order(("CAP", 5), name="박하은", phone="010-6666-7777"),
    )


@pytest.fixture
def awaiting_order(db: Database, shop: dict[str, int]) -> str:
    return place(db, new_order(("TEE-M", 1), method=PaymentMethod.VIRTUAL_ACCOUNT))[0]


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    """The main window on `db`, loaded; its change poll waits for the tests to call it."""
    shown = MainWindow(AppContext(db=db, operator="테스터"), poll_interval_ms=3_600_000)
    qtbot.addWidget(shown)
    shown.load()
    shown.show()
    yield shown
    shown.poller.stop()


def select_orders(window: MainWindow, status: OrderStatus, order_nos: list[str]) -> None:
    """Show the tab of `status` and select the given orders, as a user would."""
    window.tabs.show_status(status)
    model = window.tabs.current_model()
    ids = [r.id for r in model.rows() if r.order_no in order_nos]
    assert len(ids) == len(order_nos), f"not all of {order_nos} are shown"
    window.tabs.select_orders(ids)
