"""Search of a status tab that stays fast on 100,000 orders.

With the trigram index `order_search` (SQLite FTS5, created by a migration from
SQLITE_SEARCH_INDEX below) a word of three or more characters is looked up in the index.
Without it (PostgreSQL, older files, shorter words) the words decide the columns: digits
look in order numbers and phones, letters in names and goods; products are found through
the catalogue (SKU ids, an indexed lookup) and unmatched lines through their own small
index range, never by scanning all lines.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Integer,
    column,
    false,
    func,
    inspect,
    or_,
    select,
)
from sqlalchemy import text as sql_text
from sqlalchemy.sql.operators import ColumnOperators

from desktop_oms.storage.tables import ChangeCounter, Order, OrderLine, Product, Sku
from desktop_oms.storage.uow import Database

#: Most SKUs a product word may stand for before it is too vague to narrow anything.
MAX_SKUS = 500

SEARCH_TABLE = "order_search"

#: The trigram index of order number, recipient, phone digits and product names (SQLite).
#: A migration runs these in order; the triggers keep it current on every later write,
#: except for the rows of a bulk import (an `import_batch_id`), which `index_import_batch`
#: adds in one statement — a trigger per row would double the import's time.
SQLITE_SEARCH_INDEX: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE order_search USING fts5("
    "order_no, channel_order_no, recipient_name, phone_digits, goods, tokenize='trigram')",
    "INSERT INTO order_search(rowid, order_no, channel_order_no, recipient_name, phone_digits,"
    " goods) SELECT o.id, o.order_no, o.channel_order_no, o.recipient_name,"
    " replace(o.recipient_phone, '-', ''), o.goods_summary || ' ' || coalesce((SELECT"
    " group_concat(l.product_name, ' ') FROM order_lines l WHERE l.order_id = o.id), '')"
    " FROM orders o",
    "CREATE TRIGGER order_search_ai AFTER INSERT ON orders"
    " WHEN new.import_batch_id IS NULL BEGIN"
    " INSERT INTO order_search(rowid, order_no, channel_order_no, recipient_name, phone_digits,"
    " goods) VALUES (new.id, new.order_no, new.channel_order_no, new.recipient_name,"
    " replace(new.recipient_phone, '-', ''), new.goods_summary); END",
    "CREATE TRIGGER order_search_au AFTER UPDATE OF order_no, channel_order_no,"
    " recipient_name, recipient_phone, goods_summary ON orders BEGIN"
    " UPDATE order_search SET order_no = new.order_no, channel_order_no = new.channel_order_no,"
    " recipient_name = new.recipient_name, phone_digits = replace(new.recipient_phone, '-', ''),"
    " goods = new.goods_summary || ' ' || coalesce((SELECT group_concat(l.product_name, ' ')"
    " FROM order_lines l WHERE l.order_id = new.id), '') WHERE rowid = new.id; END",
    "CREATE TRIGGER order_search_ad AFTER DELETE ON orders BEGIN"
    " DELETE FROM order_search WHERE rowid = old.id; END",
    "CREATE TRIGGER order_search_line_ai AFTER INSERT ON order_lines WHEN new.line_no > 1"
    " AND (SELECT import_batch_id FROM orders WHERE id = new.order_id) IS NULL BEGIN"
    " UPDATE order_search SET goods = goods || ' ' || new.product_name"
    " WHERE rowid = new.order_id; END",
)

#: Adds one import batch's orders, with all their product names, to the index.
SQLITE_INDEX_BATCH = (
    "INSERT INTO order_search(rowid, order_no, channel_order_no, recipient_name, phone_digits,"
    " goods) SELECT o.id, o.order_no, o.channel_order_no, o.recipient_name,"
    " replace(o.recipient_phone, '-', ''), o.goods_summary || ' ' || coalesce((SELECT"
    " group_concat(l.product_name, ' ') FROM order_lines l WHERE l.order_id = o.id"
    " AND l.line_no > 1), '') FROM orders o WHERE o.import_batch_id = ?"
)

_indexed: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()
#: The orders' change revision at the last `tidy_search_index`, per database.
_tidied_at: weakref.WeakKeyDictionary[Engine, int | None] = weakref.WeakKeyDictionary()


def has_search_index(bind: Engine | Connection) -> bool:
    """True when the database has the trigram index (checked once per engine).

    Inside a write transaction pass its connection: asking through the engine would open
    a second connection and wait for the first one's lock."""
    engine = bind.engine
    if engine not in _indexed:
        sqlite = engine.dialect.name == "sqlite"
        _indexed[engine] = sqlite and inspect(bind).has_table(SEARCH_TABLE)
    return _indexed[engine]


#: The triggers that look at every inserted order and line (and skip an import's).
INSERT_TRIGGERS = ("order_search_ai", "order_search_line_ai")


@contextmanager
def insert_triggers_paused(connection: Connection) -> Iterator[None]:
    """Inside a bulk import's transaction, leave out the index's insert triggers.

    The import indexes its batch itself (`index_import_batch`), so the triggers' WHEN
    clauses turn its rows away anyway — but SQLite still runs a trigger program for each
    of them: 0.05 s of an 8,000-order import. SQLite's DDL is transactional, so the
    triggers are dropped and created again from their own stored text within the same
    transaction: no other connection ever sees them missing, and a rollback or a killed
    process restores them with everything else.
    """
    if not has_search_index(connection):
        yield
        return
    names = ", ".join(f"'{name}'" for name in INSERT_TRIGGERS)
    saved = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})"
    ).all()
    for name, _ in saved:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        for _, sql in saved:
            connection.exec_driver_sql(sql)


def index_import_batch(connection: Connection, batch_id: int) -> None:
    """Put a bulk import's orders into the search index (its triggers left them out)."""
    if has_search_index(connection):
        connection.exec_driver_sql(SQLITE_INDEX_BATCH, (batch_id,))


def tidy_search_index(db: Database) -> bool:
    """Merge the trigram index back into one piece, if orders changed since the last tidy.

    FTS5 adds every write transaction's entries as a new segment and merges segments
    a little at each later write; after a day of imports and edits an import may pay
    for a large merge (on 100,000 orders: 0.17 s of its index work instead of 0.06 s),
    and searches read more segments. The background housekeeping calls this every hour;
    on 100,000 orders the merge ('optimize') takes about 0.4 s and readers go on
    meanwhile. True when it merged.
    """
    if not has_search_index(db.engine):
        return False
    with db.reading() as s:  # no write lock for the hours in which nothing changed
        revision = s.scalar(select(ChangeCounter.revision).where(ChangeCounter.area == "orders"))
    if db.engine in _tidied_at and _tidied_at[db.engine] == revision:
        return False
    with db.unit_of_work() as uow:
        uow.session.connection().exec_driver_sql(
            f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')"
        )
        uow.commit()
    _tidied_at[db.engine] = revision  # a write after the read above is merged next time
    return True


def _match_phrase(words: str) -> str:
    """`words` as one FTS5 phrase (quotes doubled), matched as a substring by trigrams."""
    return '"' + words.replace('"', '""') + '"'


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def looks_numeric(text: str) -> bool:
    """An order number or phone fragment: digits with dashes or spaces only."""
    return bool(_digits(text)) and all(ch.isdigit() or ch in "- " for ch in text)


def contains(column: ColumnOperators, text: str, *, sqlite: bool) -> ColumnElement[bool]:
    """`column` holds `text` as typed (% and _ are not wildcards), ignoring case.

    SQLite's LIKE already ignores ASCII case; PostgreSQL needs ILIKE for the same answer."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    match = column.like if sqlite else column.ilike
    return cast(ColumnElement[bool], match(pattern, escape="\\"))


def _sku_ids(db: Database, text: str) -> list[int]:
    sqlite = db.is_sqlite
    query = (
        select(Sku.id)
        .join(Product, Product.id == Sku.product_id)
        .where(
            or_(
                contains(Product.name, text, sqlite=sqlite), contains(Sku.code, text, sqlite=sqlite)
            )
        )
        .limit(MAX_SKUS + 1)
    )
    with db.reading() as s:
        return [int(i) for i in s.scalars(query)]


def search_filter(db: Database, text: str) -> ColumnElement[bool]:
    """Which orders match `text` (order no, recipient name, phone, product)."""
    text = text.strip()
    sqlite = db.is_sqlite

    def has(column: ColumnOperators) -> ColumnElement[bool]:
        return contains(column, text, sqlite=sqlite)

    if len(text) >= 3 and has_search_index(db.engine):
        phrases = {_match_phrase(text)}
        if looks_numeric(text) and len(_digits(text)) >= 3:
            phrases.add(_match_phrase(_digits(text)))
        hits = sql_text("SELECT rowid FROM order_search WHERE order_search MATCH :query")
        query = " OR ".join(sorted(phrases))
        indexed = Order.id.in_(hits.bindparams(query=query).columns(column("rowid", Integer)))
        return or_(indexed, *_catalogue_matches(db, text))
    if looks_numeric(text):
        digits = _digits(text)
        conditions: list[ColumnElement[bool]] = [has(Order.order_no), has(Order.channel_order_no)]
        if len(digits) >= 3:
            conditions.append(func.replace(Order.recipient_phone, "-", "").like(f"%{digits}%"))
        return or_(*conditions)
    conditions = [has(Order.recipient_name), has(Order.goods_summary)]
    if any(ch.isascii() and ch.isalnum() for ch in text):
        conditions += [has(Order.order_no), has(Order.channel_order_no)]
    unmatched = select(OrderLine.order_id).where(
        OrderLine.sku_id.is_(None), has(OrderLine.product_name)
    )
    conditions.append(Order.id.in_(unmatched))
    conditions += _catalogue_matches(db, text)
    return or_(*conditions) if conditions else false()


def _catalogue_matches(db: Database, text: str) -> list[ColumnElement[bool]]:
    """Orders with a line of a SKU whose catalogue name or code holds `text` (the channel's
    own product wording may differ from the shop's)."""
    sku_ids = _sku_ids(db, text)
    if not sku_ids or len(sku_ids) > MAX_SKUS:
        return []
    return [Order.id.in_(select(OrderLine.order_id).where(OrderLine.sku_id.in_(sku_ids)))]
