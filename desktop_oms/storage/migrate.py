"""Alembic migrations run from the program itself: the schema is upgraded on start."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, text

MIGRATIONS = Path(__file__).with_name("migrations")

#: pg_advisory_lock key held while one PC upgrades a shared schema ("OMSMIGR" in ASCII).
MIGRATION_LOCK_KEY = 0x4F4D534D494752


class SchemaTooNew(Exception):
    """The database was upgraded by a newer program than this one."""


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_revision(current: str | None) -> None:
    """Raise SchemaTooNew when `current` is a revision this program does not know."""
    if current is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(current) is not None
    except CommandError:
        known = False
    if not known:
        raise SchemaTooNew(
            f"데이터베이스 스키마({current})가 이 프로그램보다 새 버전입니다. "
            "프로그램을 업데이트하세요. "
            f"/ The database schema ({current}) is newer than this program; please update it."
        )


def upgrade(engine: Engine) -> None:
    """Bring the schema to this program's head; refuse a schema from a newer program.

    On a server several PCs may start the new version at once: the first one upgrades
    while holding an advisory lock, the others wait for it and then find nothing to do.
    """
    current = current_revision(engine)
    check_revision(current)
    if current == head_revision():
        return
    if engine.dialect.name != "postgresql":
        command.upgrade(alembic_config(engine), "head")
        return
    with engine.connect() as lock:
        lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        lock.commit()
        try:
            current = current_revision(engine)
            check_revision(current)
            if current != head_revision():
                command.upgrade(alembic_config(engine), "head")
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
            lock.commit()
