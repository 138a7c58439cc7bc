"""After rows were written with explicit ids, let PostgreSQL hand out ids after them."""

from __future__ import annotations

from sqlalchemy import Connection, Integer, text

from desktop_oms.storage.tables import Base


def catch_up_id_sequences(conn: Connection) -> None:
    """setval on every integer id sequence to the table's largest id (SQLite needs nothing:
    it always continues after the largest rowid)."""
    if conn.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        column = keys[0].name
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column}'), "
                f'COALESCE(MAX("{column}"), 1), MAX("{column}") IS NOT NULL) '
                f'FROM "{table.name}"'
            )
        )
