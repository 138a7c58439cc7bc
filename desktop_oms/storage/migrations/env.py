"""Alembic environment: runs on the engine the program hands over (or DESKTOP_OMS_DB)."""

from alembic import context

from desktop_oms.storage.engine import make_engine
from desktop_oms.storage.tables import Base

config = context.config
engine = config.attributes.get("engine") or make_engine()

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
