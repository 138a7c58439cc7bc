"""Fixtures shared by all tests: a fresh migrated database, a small catalogue, orders.

Integration tests that use `db` or `db_url` run twice: on a SQLite file and on PostgreSQL.
The PostgreSQL run needs DESKTOP_OMS_TEST_PG (scripts/run-tests.sh starts a throwaway
server and sets it); without it those tests are deselected and the summary says so.
Each PostgreSQL test gets its own database, copied from a template migrated once.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from desktop_oms.domain.order import NewLine, NewOrder
from desktop_oms.domain.payment import PaymentMethod
from desktop_oms.storage.tables import Product, Sku
from desktop_oms.storage.uow import Database

NOW = datetime(2026, 11, 26, 10, 0, 0)

#: The PostgreSQL server the tests may use (a superuser URL, any database on it).
PG_ENV = "DESKTOP_OMS_TEST_PG"
BACKENDS = ("sqlite", "postgresql")
_NOT_RUN_KEY = pytest.StashKey[int]()
_PG_ITEMS_KEY = pytest.StashKey[int]()


def pg_server_url() -> str | None:
    url = os.environ.get(PG_ENV, "").strip()
    if url and "+" not in url.split("://")[0]:
        url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    return url or None


# --- collection: sqlite and postgresql variants, PostgreSQL deselected when absent ---------


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`db`/`db_url` in tests/integration run on both engines."""
    if "backend" not in metafunc.fixturenames:
        return
    if "integration" not in Path(str(metafunc.definition.path)).parts:
        return
    metafunc.parametrize("backend", BACKENDS, indirect=True)


def _needs_postgres(item: pytest.Item) -> bool:
    callspec = getattr(item, "callspec", None)
    if callspec is not None and callspec.params.get("backend") == "postgresql":
        return True
    return item.get_closest_marker("postgres") is not None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without a server, PostgreSQL tests are deselected — never shown as passed."""
    kept = [item for item in items if not _needs_postgres(item)]
    dropped = [item for item in items if _needs_postgres(item)]
    config.stash[_PG_ITEMS_KEY] = len(dropped)
    if pg_server_url():
        return
    config.stash[_NOT_RUN_KEY] = len(dropped)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    not_run = terminalreporter.config.stash.get(_NOT_RUN_KEY, 0)
    if not_run:
        terminalreporter.write_line(
            f"PostgreSQL tests were NOT run ({not_run} deselected): set {PG_ENV} or use "
            "scripts/run-tests.sh, which starts a throwaway server.",
            yellow=True,
            bold=True,
        )
    elif pg_server_url() and terminalreporter.config.stash.get(_PG_ITEMS_KEY, 0):
        url = make_url(pg_server_url() or "").render_as_string(hide_password=True)
        terminalreporter.write_line(f"PostgreSQL tests ran against {url}")


# --- PostgreSQL: one migrated template per session, one database per test ----------------


def _admin_engine(server: str) -> Engine:
    return create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def _drop_database(admin: Engine, name: str) -> None:
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def pg_template(_worker_name: str) -> Iterator[str]:
    """The name of a template database migrated to head, for this session (and worker)."""
    server = pg_server_url()
    if server is None:
        pytest.fail(f"PostgreSQL test collected without {PG_ENV}")
    name = f"oms_template_{_worker_name}_{os.getpid()}"
    admin = _admin_engine(server)
    _drop_database(admin, name)
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    database = Database.open(make_url(server).set(database=name).render_as_string(False))
    database.dispose()
    yield name
    _drop_database(admin, name)
    admin.dispose()


@pytest.fixture(scope="session")
def _worker_name(request: pytest.FixtureRequest) -> str:
    """xdist's worker name, or "main" without xdist."""
    workerinput = getattr(request.config, "workerinput", None)
    return str(workerinput["workerid"]) if workerinput else "main"


def fresh_pg_database(template: str) -> tuple[str, str]:
    """A new database copied from `template`: (its URL, its name)."""
    server = pg_server_url()
    assert server is not None
    name = f"test_{uuid.uuid4().hex[:16]}"
    admin = _admin_engine(server)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    admin.dispose()
    return make_url(server).set(database=name).render_as_string(False), name


def drop_pg_database(name: str) -> None:
    server = pg_server_url()
    assert server is not None
    admin = _admin_engine(server)
    _drop_database(admin, name)
    admin.dispose()


@pytest.fixture
def pg_url(pg_template: str) -> Iterator[str]:
    """A fresh migrated PostgreSQL database for one test (tests marked `postgres`)."""
    url, name = fresh_pg_database(pg_template)
    yield url
    drop_pg_database(name)


@pytest.fixture
def pg_empty_url() -> Iterator[str]:
    """A fresh PostgreSQL database with no tables at all."""
    server = pg_server_url()
    assert server is not None
    name = f"test_{uuid.uuid4().hex[:16]}"
    admin = _admin_engine(server)
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    admin.dispose()
    yield make_url(server).set(database=name).render_as_string(False)
    drop_pg_database(name)


# --- the fixtures every test uses ---------------------------------------------------------


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
def backend(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgresql" — integration tests get both, other tests SQLite only."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A SQLite file URL, for tests about SQLite itself (files, PRAGMA, backups)."""
    return f"sqlite:///{tmp_path / 'shop.sqlite3'}"


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a fresh database: a SQLite file, or a new PostgreSQL database."""
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.open(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    """A migrated SQLite file database, for tests that rely on SQLite specifics."""
    database = Database.open(sqlite_url)
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


# --- the operating system's keyring, replaced by a dict ------------------------------------


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict, so tests never touch the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
