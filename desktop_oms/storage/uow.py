"""The unit of work: owns one session and one transaction for one use case."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

from sqlalchemy import Engine, update
from sqlalchemy.orm import Session, sessionmaker

from desktop_oms.storage.engine import is_sqlite, make_engine
from desktop_oms.storage.tables import ChangeCounter


class Database:
    """One database (SQLite file or server) and the sessions made on it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Database:
        """Open `url` (the default SQLite file when None), upgrading the schema first."""
        engine = make_engine(url)
        if migrate:
            from desktop_oms.storage.migrate import upgrade

            upgrade(engine)
        return cls(engine)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.engine)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self._sessions)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short read-only session for screens and reports."""
        session = self._sessions()
        if self.is_sqlite:
            session.connection(execution_options={"sqlite_begin": "DEFERRED"})
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def checkpoint(self) -> tuple[int, int]:
        """Copy a SQLite file's write-ahead log back into the file, without waiting.

        PASSIVE: readers and writers go on; pages still in use by a reader stay in the
        log until the next time. Returns (pages in the log, pages copied); (0, 0) on a
        server, which keeps its own log.
        """
        if not self.is_sqlite:
            return 0, 0
        raw = self.engine.raw_connection()  # outside any transaction, as SQLite requires
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")
            _busy, logged, copied = cursor.fetchone() or (0, 0, 0)
        finally:
            raw.close()
        return int(logged), int(copied)

    def dispose(self) -> None:
        self.engine.dispose()


class UnitOfWork:
    """`with db.unit_of_work() as uow:` — commit on `uow.commit()`, roll back otherwise."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._session: Session | None = None
        self._touched: set[str] = set()

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its with-block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._sessions()
        self._touched = set()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            session.rollback()
        finally:
            session.close()
            self._session = None

    def touch(self, *areas: str) -> None:
        """Note that `areas` (orders, stock, …) changed; other PCs poll these counters."""
        self._touched.update(areas)

    def commit(self) -> None:
        session = self.session
        for area in sorted(self._touched):
            result = session.execute(
                update(ChangeCounter)
                .where(ChangeCounter.area == area)
                .values(revision=ChangeCounter.revision + 1)
            )
            if result.rowcount == 0:  # type: ignore[attr-defined]
                session.add(ChangeCounter(area=area, revision=1))
        session.commit()
        self._touched = set()
