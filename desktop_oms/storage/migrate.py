"""Alembic migrations run from the program itself: the schema is upgraded on start."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


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
    """Bring the schema to this program's head; refuse a schema from a newer program."""
    current = current_revision(engine)
    check_revision(current)
    if current == head_revision():
        return
    command.upgrade(alembic_config(engine), "head")
