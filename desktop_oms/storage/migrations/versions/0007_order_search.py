"""A trigram index for searching orders on SQLite (FTS5), kept current by triggers.

PostgreSQL scans a tab's orders quickly enough without one, and a shop's database user
may not be allowed to create the pg_trgm extension, so it gets none.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

from desktop_oms.services.order_search import SQLITE_SEARCH_INDEX

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TRIGGERS = ("order_search_ai", "order_search_au", "order_search_ad", "order_search_line_ai")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in SQLITE_SEARCH_INDEX:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS order_search")
