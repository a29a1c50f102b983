"""Async engine, sessions and the request-scoped unit of work."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import DateTime, MetaData, Table, event, insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Stable constraint names, so Alembic autogenerate produces the same migration on
# SQLite and PostgreSQL and never renames a constraint by accident.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """A timestamp that is always timezone-aware UTC in Python, on SQLite as on PostgreSQL.

    SQLite keeps no time zone, so values are stored as naive UTC and given UTC back on read.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


def utcnow() -> datetime:
    """Now, in UTC."""
    return datetime.now(UTC)


def new_metadata() -> MetaData:
    """A MetaData with the project's naming convention; one per service."""
    return MetaData(naming_convention=NAMING_CONVENTION)


class ServiceBase(DeclarativeBase):
    """Abstract root; each service declares `class Base(ServiceBase)` with its own metadata."""

    __abstract__ = True


def is_sqlite(url_or_engine: Any) -> bool:
    """True when the URL or engine points at SQLite."""
    url = getattr(url_or_engine, "url", url_or_engine)
    return str(url).startswith("sqlite")


def _json_dumps(value: Any) -> str:
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """An async engine; SQLite gets WAL, a busy timeout and enforced foreign keys."""
    # orjson for JSON columns: the stdlib encoder was a tenth of a bulk import's time.
    kwargs.setdefault("json_serializer", _json_dumps)
    kwargs.setdefault("json_deserializer", orjson.loads)
    if is_sqlite(url):
        engine = create_async_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 10)
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(url, **kwargs)


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded objects usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


async def unit_of_work(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """Yield a session; commit when the caller finishes cleanly, roll back on any error."""
    async with sessionmaker() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise


# Below this many rows COPY's set-up (it looks up the column types) costs more than it saves.
COPY_FROM_ROWS = 100


async def insert_many(session: AsyncSession, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows (dicts with the same keys) in the session's transaction.

    On PostgreSQL thousands of rows go by COPY, about twice as fast as a multi-row INSERT
    for the server and the client (decision 0002); elsewhere, and for a few rows, an
    executemany INSERT. COPY knows no Python-side defaults: give every column that has one.
    """
    if not rows:
        return
    if len(rows) >= COPY_FROM_ROWS:  # checked on SQLite too, so its test runs catch it
        missing = [c.name for c in table.columns if c.default is not None and c.name not in rows[0]]
        if missing:
            raise ValueError(f"insert_many into {table.name} needs values for {', '.join(missing)} (COPY has no Python defaults)")
    if is_sqlite(session.bind) or len(rows) < COPY_FROM_ROWS:
        await session.execute(insert(table), rows)
        return
    dialect = session.bind.dialect
    names = list(rows[0])
    # Each column's bind processing (JSON to text, UTC timestamps...), as an INSERT would do it.
    processors = [table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]
    records = [
        tuple(value if proc is None else proc(value) for proc, value in zip(processors, (r[n] for n in names), strict=True))
        for r in rows
    ]
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    await raw.driver_connection.copy_records_to_table(table.name, records=records, columns=names, schema_name=table.schema)
