"""The engine factory: any SQLAlchemy URL; SQLite by default, in the user's data folder."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from desktop_oms import APP_AUTHOR, APP_NAME

#: Environment variable that points every command and the GUI at another database.
DB_ENV = "DESKTOP_OMS_DB"

#: WAL pages (4 KB each) after which a commit copies the log back into the file itself.
#: SQLite's default of 1,000 made every large import pay for that copy at its commit
#: (0.1 s of 10,000 rows); housekeeping checkpoints in the background instead, and the
#: last connection to close does too.
WAL_AUTOCHECKPOINT_PAGES = 10_000

#: Connection options for a PostgreSQL server (psycopg).
SERVER_CONNECT_ARGS: dict[str, Any] = {"connect_timeout": 10, "application_name": "desktop-oms"}


def data_dir() -> Path:
    """The user's data folder (created on demand)."""
    path = Path(
        os.environ.get("DESKTOP_OMS_HOME") or platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_url() -> str:
    """The database the program uses when nothing else is said."""
    return os.environ.get(DB_ENV) or f"sqlite:///{data_dir() / 'desktop-oms.sqlite3'}"


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for memory or other engines."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """An engine for `url`: SQLite gets WAL, foreign keys and write-locking transactions.

    Statement parameters never appear in error texts (they hold names, phones and
    addresses, and error texts reach the log)."""
    url = url or default_url()
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, hide_parameters=True, **kwargs)
        _configure_sqlite(engine)
        return engine
    if make_url(url).get_backend_name() == "postgresql":
        if "+" not in url.split("://")[0]:
            url = url.replace("postgresql://", "postgresql+psycopg://", 1)
        # An unreachable server fails in seconds, and the server lists who is connected.
        connect_args = {**SERVER_CONNECT_ARGS, **kwargs.pop("connect_args", {})}
        return create_engine(
            url, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args, **kwargs
        )
    return create_engine(url, pool_pre_ping=True, hide_parameters=True, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    """WAL, foreign keys, a busy timeout, and BEGIN IMMEDIATE for every transaction.

    Connections are pooled (SQLAlchemy's default for a file), so the log is not copied
    back at every session's end either; `Database.dispose()` closes them.

    pysqlite's own transaction handling starts transactions lazily and as DEFERRED,
    which lets two processes both read and then deadlock on upgrade to a write lock.
    Starting every transaction IMMEDIATE serialises writers cleanly; readers in WAL
    mode are never blocked.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")
