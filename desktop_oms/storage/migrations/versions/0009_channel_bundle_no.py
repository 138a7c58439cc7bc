"""Orders keep the channel's bundle number (Coupang 묶음배송번호) for the dispatch upload.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on both engines: a batch rebuild of `orders` would drop the
    # search index's triggers on SQLite.
    op.add_column(
        "orders",
        sa.Column("channel_bundle_no", sa.String(length=60), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("orders", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("channel_bundle_no")
