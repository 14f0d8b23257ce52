"""Opening a ledger: SQLite by default (WAL, foreign keys, FTS5), PostgreSQL
for teams (``postgresql://…``), with a versioned schema.

An older database is upgraded in place by the migrations below, in order; a
database written by a newer raidlog is refused rather than misread.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text

from raidlog.store.schema import (
    SCHEMA_VERSION,
    V1_TABLES,
    V3_INDEXES,
    V7_INDEXES,
    V8_TABLES,
    V11_INDEXES,
    V12_INDEXES,
    V13_INDEXES,
    breakdown_items,
    daily_stats,
    group_values,
    item_places,
    metadata,
)

DEFAULT_DB = "raidlog.db"
SQLITE_WAIT_S = 60
log = logging.getLogger("raidlog.store")


class StoreError(Exception):
    """A ledger that cannot be opened or used, with the reason."""


def database_url(db: str | None) -> str:
    """``--db`` (or ``RAIDLOG_DB``, or ./raidlog.db) as an SQLAlchemy URL."""
    db = db or os.environ.get("RAIDLOG_DB") or DEFAULT_DB
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if db.startswith(("postgresql+", "sqlite:")):
        return db
    return f"sqlite:///{Path(db)}"


def open_engine(db: str | None) -> Engine:
    url = database_url(db)
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:" and not Path(path).parent.exists():
            raise StoreError(f"{path}: the folder {Path(path).parent} does not exist")
        # a writer waits this long for another's write transaction (a reconcile of many days while
        # two ingests run) before "database is locked"; readers never wait (WAL)
        engine = create_engine(url, connect_args={"timeout": SQLITE_WAIT_S})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        from raidlog.extras import MissingExtra, need

        try:
            need("postgres", "a PostgreSQL ledger")
        except MissingExtra as exc:
            raise StoreError(str(exc)) from None
        engine = create_engine(url, pool_pre_ping=True)
    try:
        migrate_once(engine)
    except StoreError:
        raise
    except Exception as exc:  # noqa: BLE001 - a driver's error, told in one line
        raise StoreError(f"cannot open the ledger {_safe(url)}: {_reason(exc)}") from exc
    return engine


def _reason(exc: Exception) -> str:
    """The driver's own error in one line: its class and message, without SQLAlchemy's wrapping
    ("(psycopg.OperationalError) …", "(Background on this error at: …)")."""
    orig = getattr(exc, "orig", None) or exc
    words = " ".join(str(orig).split())
    return f"{orig.__class__.__name__}: {words}"


def _safe(url: str) -> str:
    """The URL as the user writes it (postgresql://, not the driver's postgresql+psycopg://),
    its password, if it has one, as ***."""
    url = url.replace("postgresql+psycopg://", "postgresql://", 1)
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user, colon, _password = creds.partition(":")
        return f"{scheme}://{user}{':***' if colon else ''}@{host}"
    return url


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # a new database turned to WAL by another process at this moment answers "database is locked"
    # at once (SQLite waits for no lock here): try again for as long as a writer would wait
    deadline = time.monotonic() + SQLITE_WAIT_S
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a crash loses no committed document
    cursor.close()


# -- versions ---------------------------------------------------------------------------------

def _create_v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=V1_TABLES)
    if conn.dialect.name == "sqlite":
        conn.execute(text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
            "title, text, content='documents', content_rowid='id', tokenize='unicode61')"))
        conn.execute(text(
            "CREATE TRIGGER IF NOT EXISTS documents_fts_ai AFTER INSERT ON documents BEGIN "
            "INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"))
        conn.execute(text(
            "CREATE TRIGGER IF NOT EXISTS documents_fts_ad AFTER DELETE ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
            "VALUES ('delete', old.id, old.title, old.text); END"))
    else:
        conn.execute(text(
            "ALTER TABLE documents ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_tsv ON documents USING GIN (tsv)"))


def _v1_to_v2(conn: Connection) -> None:
    """daily_stats, filled by version 9's reconciliation of every day (today's summary reads
    version 9's columns)."""
    metadata.create_all(conn, tables=[daily_stats])


def _v2_to_v3(conn: Connection) -> None:
    for name, target in V3_INDEXES.items():
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {target}"))


def _v3_to_v4(conn: Connection) -> None:
    """daily_stats is derived: made again with ``launched`` nullable (refilled by version 9)."""
    daily_stats.drop(conn)
    metadata.create_all(conn, tables=[daily_stats])


def _v4_to_v5(conn: Connection) -> None:
    """runs.nothing_extracted: documents stored with nothing extracted (a new database has it
    from version 1's tables, which are made from today's definitions)."""
    if "nothing_extracted" not in {c["name"] for c in inspect(conn).get_columns("runs")}:
        conn.execute(text("ALTER TABLE runs ADD COLUMN nothing_extracted INTEGER NOT NULL DEFAULT 0"))


def _v5_to_v6(conn: Connection) -> None:
    """Breakdown item counts may be NULL (a place named without a count). SQLite cannot drop a NOT
    NULL constraint: the two tables are made again and their rows copied."""
    if conn.dialect.name != "sqlite":
        for table in ("breakdown_items", "item_places"):
            conn.execute(text(f"ALTER TABLE {table} ALTER COLUMN count DROP NOT NULL"))
        return
    tables = [breakdown_items, item_places]
    for table in tables:
        conn.execute(text(f"ALTER TABLE {table.name} RENAME TO {table.name}_v5"))
        for index in table.indexes:
            conn.execute(text(f"DROP INDEX IF EXISTS {index.name}"))
    conn.execute(text("DROP INDEX IF EXISTS ix_item_places_place"))
    metadata.create_all(conn, tables=tables)
    conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_item_places_place ON {V3_INDEXES['ix_item_places_place']}"))
    for table in tables:
        columns = ", ".join(c.name for c in table.columns)
        conn.execute(text(f"INSERT INTO {table.name} ({columns}) SELECT {columns} FROM {table.name}_v5"))
        conn.execute(text(f"DROP TABLE {table.name}_v5"))


def _v6_to_v7(conn: Connection) -> None:
    """Indexes for incidents by document (what was extracted from each search hit) and by place
    (the map's incidents)."""
    for name, target in V7_INDEXES.items():
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {target}"))


def _v7_to_v8(conn: Connection) -> None:
    """The state of `raidlog watch`: its sources and the documents it has notified."""
    metadata.create_all(conn, tables=V8_TABLES)


def _v8_to_v9(conn: Connection) -> None:
    """claim_groups.primary_claim_id (the claim stats counts, chosen by content, not by row id) and
    daily_stats.side; every day is reconciled again (restatements without a window now join their
    claim's group), which refills daily_stats."""
    from raidlog.store.reconcile import reconcile

    if "primary_claim_id" not in {c["name"] for c in inspect(conn).get_columns("claim_groups")}:
        conn.execute(text("ALTER TABLE claim_groups ADD COLUMN primary_claim_id INTEGER"))
    daily_stats.drop(conn)
    metadata.create_all(conn, tables=[daily_stats, group_values])  # today's reconcile writes version 12's table
    days = {d for d in conn.execute(text("SELECT DISTINCT day FROM claims")).scalars() if d}
    reconcile(conn, days)


_FTS_V10 = [
    "DROP TRIGGER IF EXISTS documents_fts_ai",
    "DROP TRIGGER IF EXISTS documents_fts_ad",
    "DROP TRIGGER IF EXISTS documents_fts_au",
    "DROP TABLE IF EXISTS documents_fts",
    "CREATE VIRTUAL TABLE documents_fts USING fts5("
    "title, text, lemmas, content='documents', content_rowid='id', tokenize='unicode61')",
    "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, text, lemmas) VALUES (new.id, new.title, new.text, new.lemmas); END",
    "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text, lemmas) "
    "VALUES ('delete', old.id, old.title, old.text, old.lemmas); END",
    "CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text, lemmas ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text, lemmas) "
    "VALUES ('delete', old.id, old.title, old.text, old.lemmas); "
    "INSERT INTO documents_fts(rowid, title, text, lemmas) VALUES (new.id, new.title, new.text, new.lemmas); END",
]


def _v9_to_v10(conn: Connection) -> None:
    """documents.lemmas: the dictionary forms of each document's words (store.search), filled for
    the documents stored so far and indexed with the title and text (FTS5 made again with a third
    column; PostgreSQL's tsv column generated from all three)."""
    from raidlog.store.search import index_text

    if "lemmas" not in {c["name"] for c in inspect(conn).get_columns("documents")}:
        conn.execute(text("ALTER TABLE documents ADD COLUMN lemmas TEXT"))
    pg = conn.dialect.name == "postgresql"
    if pg:  # the generated column would be computed again for every row the update below writes
        conn.execute(text("ALTER TABLE documents DROP COLUMN IF EXISTS tsv"))
    last = 0
    while True:
        rows = conn.execute(text("SELECT id, title, text, lang FROM documents WHERE id > :last ORDER BY id LIMIT 500"),
                            {"last": last}).all()
        if not rows:
            break
        conn.execute(text("UPDATE documents SET lemmas = :lemmas WHERE id = :id"),
                     [{"id": r.id, "lemmas": index_text(r.title, r.text, r.lang)} for r in rows])
        last = rows[-1].id
    if pg:
        conn.execute(text(
            "ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', "
            "coalesce(title, '') || ' ' || text || ' ' || coalesce(lemmas, ''))) STORED"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_tsv ON documents USING GIN (tsv)"))
        return
    for statement in _FTS_V10:
        conn.execute(text(statement))
    conn.execute(text("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')"))


def _v10_to_v11(conn: Connection) -> None:
    """An index of item_places by claim."""
    for name, target in V11_INDEXES.items():
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {target}"))


def _v11_to_v12(conn: Connection) -> None:
    """group_values (each claim group's distinct values) and the indexes of V12_INDEXES; every
    day is reconciled again, which fills group_values and rewrites the sources-disagree findings."""
    from raidlog.store.reconcile import reconcile

    metadata.create_all(conn, tables=[group_values])
    for name, target in V12_INDEXES.items():
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {target}"))
    days = {d for d in conn.execute(text("SELECT DISTINCT day FROM claims")).scalars() if d}
    reconcile(conn, days)


def _v12_to_v13(conn: Connection) -> None:
    """Every finding's day (a document's finding: its claim's day, else its document's publication
    day, as the findings page took it through joins) and an index of findings by day."""
    conn.execute(text(
        "UPDATE findings SET day = coalesce("
        "(SELECT claims.day FROM claims WHERE claims.id = findings.claim_id), "
        "(SELECT claim_groups.day FROM claim_groups WHERE claim_groups.id = findings.group_id), "
        "(SELECT documents.published FROM documents WHERE documents.id = coalesce(findings.document_id, "
        "(SELECT claims.document_id FROM claims WHERE claims.id = findings.claim_id)))) "
        "WHERE day IS NULL"))
    for name, target in V13_INDEXES.items():
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {target}"))


# MIGRATIONS[n] brings a database from version n to n + 1 (version 0: an empty database).
MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    0: _create_v1, 1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6, 6: _v6_to_v7,
    7: _v7_to_v8, 8: _v8_to_v9, 9: _v9_to_v10, 10: _v10_to_v11, 11: _v11_to_v12,
    12: _v12_to_v13}


MIGRATION_LOCK = 7242012  # PostgreSQL advisory lock of migrate_once (reconcile's is 7242011)
MIGRATION_WAIT_MS = 120_000  # how long an SQLite opener waits for another's migration


def schema_version(conn: Connection) -> int | None:
    """The version a ledger has, None before any (a new, empty database)."""
    if not inspect(conn).has_table("schema_version"):
        return None
    row = conn.execute(text("SELECT max(version) FROM schema_version")).scalar()
    return int(row) if row is not None else None


def migrate_once(engine: Engine) -> None:
    """:func:`migrate`, safe when several processes open one ledger at once (two `raidlog watch`
    or `ingest` started together on a new database used to make the same tables twice, or to find
    the other's tables without a version yet). An up-to-date ledger is only read; otherwise the
    migration runs in one transaction that holds the database's write lock from its start (SQLite:
    BEGIN IMMEDIATE; PostgreSQL: an advisory lock), so the second process waits for the first to
    commit, then finds its version and has nothing to do."""
    with engine.connect() as conn:
        if schema_version(conn) == SCHEMA_VERSION:
            return
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            waited = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {MIGRATION_WAIT_MS}")
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                migrate(conn)
                conn.commit()
            finally:
                conn.rollback()
                conn.exec_driver_sql(f"PRAGMA busy_timeout = {int(waited or 0)}")
        else:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            migrate(conn)
            conn.commit()


def migrate(conn: Connection) -> int:
    """Bring the schema to SCHEMA_VERSION; returns the version found."""
    conn.execute(text("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))
    row = conn.execute(text("SELECT max(version) FROM schema_version")).scalar()
    found = int(row) if row is not None else 0
    if found == 0 and "documents" in inspect(conn).get_table_names():
        raise StoreError("this database has raidlog tables but no schema version: refusing to guess")
    if found > SCHEMA_VERSION:
        raise StoreError(
            f"this ledger has schema version {found}, newer than this raidlog understands "
            f"({SCHEMA_VERSION}); upgrade raidlog")
    for version in range(found, SCHEMA_VERSION):
        if found:  # (a new ledger is made by the same steps: not worth a line)
            log.info("upgrading the ledger's schema from version %d to %d", version, version + 1)
        MIGRATIONS[version](conn)
        conn.execute(text("INSERT INTO schema_version (version) VALUES (:v)"), {"v": version + 1})
    return found
