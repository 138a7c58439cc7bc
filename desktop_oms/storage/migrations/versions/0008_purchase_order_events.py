"""Purchase-order history: one row per change of a purchase order (purchase_order_events).

Every purchase order that exists already gets one CREATED event at its created_at, so
its history does not start empty.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

BACKFILL = """
INSERT INTO purchase_order_events (purchase_order_id, at, operator, kind, detail)
SELECT id, created_at, '', 'CREATED', '기존 발주 (이력 기록 이전에 작성)'
FROM purchase_orders
ORDER BY id
"""


def upgrade() -> None:
    op.create_table(
        "purchase_order_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("purchase_order_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=50), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["purchase_order_id"],
            ["purchase_orders.id"],
            name=op.f("fk_purchase_order_events_purchase_order_id_purchase_orders"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_order_events")),
    )
    with op.batch_alter_table("purchase_order_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_purchase_order_events_purchase_order_id"),
            ["purchase_order_id"],
            unique=False,
        )
    op.execute(BACKFILL)


def downgrade() -> None:
    with op.batch_alter_table("purchase_order_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purchase_order_events_purchase_order_id"))
    op.drop_table("purchase_order_events")
