"""Shared database: PostgreSQL tells listening PCs at once when an area changes.

A trigger on change_counters sends `NOTIFY desktop_oms, '<area>'` (delivered on commit),
so every writer — ORM or Core, this program or a script — wakes the other PCs. SQLite
needs nothing: its PCs poll the same counters.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

FUNCTION = """
CREATE OR REPLACE FUNCTION desktop_oms_notify_change() RETURNS trigger AS $$
BEGIN
    IF NEW.area NOT LIKE 'seq:%' THEN
        PERFORM pg_notify('desktop_oms', NEW.area);
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql
"""

TRIGGER = """
CREATE TRIGGER change_counters_notify
AFTER INSERT OR UPDATE ON change_counters
FOR EACH ROW EXECUTE FUNCTION desktop_oms_notify_change()
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    op.execute(TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS change_counters_notify ON change_counters")
    op.execute("DROP FUNCTION IF EXISTS desktop_oms_notify_change()")
