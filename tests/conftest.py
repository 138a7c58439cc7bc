"""Fixtures shared by all tests: a fresh migrated SQLite file, a small catalogue, orders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_oms.domain.order import NewLine, NewOrder
from desktop_oms.domain.payment import PaymentMethod
from desktop_oms.storage.tables import Product, Sku
from desktop_oms.storage.uow import Database

NOW = datetime(2026, 11, 26, 10, 0, 0)


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the user's real data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DESKTOP_OMS_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("DESKTOP_OMS_DB", raising=False)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.open(db_url)
    yield database
    database.dispose()


def add_sku(
    db: Database, code: str, on_hand: int, *, name: str = "테스트 상품", safety: int = 0
) -> int:
    """A SKU with `on_hand` opening stock, written through the ledger like any receipt."""
    from desktop_oms.domain.stock import LedgerKind
    from desktop_oms.services.stock_moves import record_stock_change

    with db.unit_of_work() as uow:
        product = Product(name=name)
        uow.session.add(product)
        uow.session.flush()
        sku = Sku(product_id=product.id, code=code, option_text="기본", safety_stock=safety)
        uow.session.add(sku)
        uow.session.flush()
        if on_hand:
            assert record_stock_change(
                uow.session,
                sku_id=sku.id,
                kind=LedgerKind.OPENING,
                on_hand_delta=on_hand,
                who="test",
                now=NOW,
            )
        uow.commit()
        return sku.id


def new_order(
    *skus: tuple[str, int],
    method: PaymentMethod = PaymentMethod.CARD,
    name: str = "홍길동",
    phone: str = "010-1234-5678",
) -> NewOrder:
    return NewOrder(
        recipient_name=name,
        recipient_phone=phone,
        address="서울특별시 강남구 테헤란로 152",
        postal_code="06236",
        lines=[
            NewLine(product_name=f"상품 {code}", quantity=q, unit_price=10_000, sku_code=code)
            for code, q in skus
        ],
        payment_method=method,
        ordered_at=NOW,
    )
