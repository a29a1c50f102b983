"""Async engine, sessions and the request-scoped unit of work."""

from __future__ import annotations

import asyncio
import collections
import sqlite3
import time
import weakref
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import aiosqlite
import orjson
from sqlalchemy import DateTime, MetaData, Table, event, insert
from sqlalchemy.dialects.sqlite.aiosqlite import AsyncAdapt_aiosqlite_connection, AsyncAdapt_aiosqlite_dbapi
from sqlalchemy.exc import InvalidatePoolError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.sql.dml import Insert
from sqlalchemy.types import TypeDecorator
from sqlalchemy.util import await_

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
        kwargs.setdefault("module", _OneTripAiosqlite(aiosqlite, sqlite3))
        engine = create_async_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        _queue_sqlite_writers(engine)
        return engine
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 10)
    # Decision 0021: connections are replaced after half an hour (a proxy or the server's idle
    # timeout cuts older ones without a word), a full pool answers 503 after 10 s rather than
    # holding the caller 30 s, and an unreachable server is given up on after 5 s (asyncpg waits 60).
    kwargs.setdefault("pool_recycle", POOL_RECYCLE_SECONDS)
    kwargs.setdefault("pool_timeout", POOL_TIMEOUT_SECONDS)
    if url.startswith("postgresql+asyncpg"):
        kwargs.setdefault("connect_args", {"timeout": CONNECT_TIMEOUT_SECONDS})
    engine = create_async_engine(url, **kwargs)
    if not kwargs.get("pool_pre_ping"):
        _ping_after_idle(engine)
    return engine


POOL_RECYCLE_SECONDS = 1800
POOL_TIMEOUT_SECONDS = 10.0
CONNECT_TIMEOUT_SECONDS = 5.0


# The pool's pre-ping costs three round trips on asyncpg (BEGIN, a query, ROLLBACK) before
# every transaction, a tenth of a small write. A connection that was in use a moment ago is
# known to work; one that sat idle is pinged before it is handed out, as pre-ping would, and a
# dead one makes the pool drop every connection older than it (a restarted server).
PING_AFTER_IDLE_SECONDS = 1.0
_IDLE_SINCE = "iuc_idle_since"


def _ping_after_idle(engine: AsyncEngine) -> None:
    dialect = engine.sync_engine.dialect

    @event.listens_for(engine.sync_engine.pool, "checkin")
    def _idle_from_now(_dbapi_connection, record) -> None:
        if record is not None:
            record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine.sync_engine.pool, "checkout")
    def _ping_if_idle(dbapi_connection, record, _proxy) -> None:
        idle_since = record.info.get(_IDLE_SINCE)
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_SECONDS:
            return  # just connected, or used a moment ago
        try:
            dialect.do_ping(dbapi_connection)
        except dialect.loaded_dbapi.Error as err:
            if dialect.is_disconnect(err, dbapi_connection, None):
                raise InvalidatePoolError() from err
            raise


# aiosqlite runs each call in its connection's thread; SQLAlchemy's adapter makes four such
# calls a statement (open a cursor, execute, fetch, close), and each hand-over between the
# threads costs some 50 us of CPU here, more than the statement itself: a small write spent
# most of its time on them. This cursor does the four in one call.
class _OneTripCursor:
    """A DBAPI cursor over aiosqlite that runs each statement in one call to its thread."""

    server_side = False
    __slots__ = ("_adapt_connection", "_connection", "_rows", "arraysize", "description", "lastrowid", "rowcount")

    def __init__(self, adapt_connection: Any) -> None:
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection  # the aiosqlite.Connection
        self._rows: collections.deque = collections.deque()
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        self.arraysize = 1

    @staticmethod
    def _run(conn: sqlite3.Connection, many: bool, operation: str, parameters: Any) -> tuple:
        cursor = conn.cursor()  # in aiosqlite's thread, as the sqlite3 connection requires
        try:
            if many:
                cursor.executemany(operation, parameters)
            elif parameters is None:
                cursor.execute(operation)
            else:
                cursor.execute(operation, parameters)
            rows = cursor.fetchall() if cursor.description else ()
            return cursor.description, rows, cursor.rowcount, cursor.lastrowid
        finally:
            cursor.close()

    def _call(self, many: bool, operation: str, parameters: Any) -> None:
        try:
            connection = self._connection
            outcome = await_(connection._execute(self._run, connection._conn, many, operation, parameters))
        except Exception as error:  # noqa: BLE001 - re-raised as the DBAPI error it is, as SQLAlchemy's cursor does
            self._adapt_connection._handle_exception(error)
        self.description, rows, self.rowcount, self.lastrowid = outcome
        self._rows = collections.deque(rows)

    def execute(self, operation: str, parameters: Any = None) -> None:
        self._call(False, operation, parameters)

    def executemany(self, operation: str, seq_of_parameters: Any) -> None:
        self._call(True, operation, seq_of_parameters)

    async def _async_soft_close(self) -> None:
        return None  # nothing stays open in the thread

    def close(self) -> None:
        self._rows.clear()

    def setinputsizes(self, *inputsizes: Any) -> None:
        return None

    def __iter__(self):
        while self._rows:
            yield self._rows.popleft()

    def fetchone(self) -> Any:
        return self._rows.popleft() if self._rows else None

    def fetchmany(self, size: int | None = None) -> list:
        rows = self._rows
        return [rows.popleft() for _ in range(min(self.arraysize if size is None else size, len(rows)))]

    def fetchall(self) -> list:
        rows = list(self._rows)
        self._rows.clear()
        return rows


class _OneTripConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ("writer",)
    _cursor_cls = _OneTripCursor

    def __init__(self, dbapi: Any, connection: Any) -> None:
        super().__init__(dbapi, connection)
        self.writer: _WriterQueue | None = None  # the writers' queue this transaction holds

    def end_write(self) -> None:
        """Let the next writer in: this connection's transaction has ended (or it is gone)."""
        writer, self.writer = self.writer, None
        if writer is not None:
            writer.release()

    # After SQLite has ended the transaction, not before: a writer let in earlier finds the
    # lock still taken, and SQLite's busy handler makes it sleep a millisecond at least.
    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self.end_write()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self.end_write()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.end_write()


class _OneTripAiosqlite(AsyncAdapt_aiosqlite_dbapi):
    """SQLAlchemy's aiosqlite module, handing out connections with the one-call cursor."""

    def connect(self, *arg: Any, **kw: Any) -> _OneTripConnection:
        return _OneTripConnection(self, super().connect(*arg, **kw)._connection)


# SQLite has one writer at a time. Left to SQLite, a transaction that finds the write lock
# taken polls for it with sleeps that grow to 100 ms, and under load the writers of one process
# keep overtaking it: a third of a second lost is common. So the writers of one engine queue
# here first, in order, and each is woken as soon as the one before it ends its transaction.
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
WRITER_WAIT_SECONDS = 30.0  # as long as SQLite's own busy timeout


class _WriterQueue:
    """A FIFO lock whose free case costs no wait (it is taken for every write transaction)."""

    def __init__(self) -> None:
        self.held = False
        self.waiting: collections.deque[asyncio.Future] = collections.deque()

    def take_now(self) -> bool:
        if self.held:
            return False
        self.held = True
        return True

    async def take(self) -> None:
        turn = asyncio.get_running_loop().create_future()
        self.waiting.append(turn)
        try:
            async with asyncio.timeout(WRITER_WAIT_SECONDS):
                await turn
        except BaseException as exc:
            if turn.done() and not turn.cancelled():
                self.release()  # handed the lock just as this writer gave up: pass it on
            else:
                turn.cancel()
            if isinstance(exc, TimeoutError):
                raise sqlite3.OperationalError("database is locked (by another writer of this process)") from None
            raise

    def release(self) -> None:
        while self.waiting:
            turn = self.waiting.popleft()
            if not turn.done():
                turn.set_result(None)  # the lock passes straight to the next writer
                return
        self.held = False


def _queue_sqlite_writers(engine: AsyncEngine) -> None:
    queues: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _WriterQueue] = weakref.WeakKeyDictionary()

    @event.listens_for(engine.sync_engine, "before_cursor_execute")
    def _wait_for_the_write_lock(conn, _cursor, statement, _params, _context, _many) -> None:
        dbapi = conn.connection.dbapi_connection
        if not isinstance(dbapi, _OneTripConnection) or dbapi.writer is not None:
            return
        if not statement.lstrip()[:7].upper().startswith(_WRITES):
            return
        loop = asyncio.get_running_loop()
        queue = queues.get(loop) or queues.setdefault(loop, _WriterQueue())
        if not queue.take_now():
            await_(queue.take())
        dbapi.writer = queue

    def _end_write(dbapi_connection, *_args) -> None:
        if isinstance(dbapi_connection, _OneTripConnection):
            dbapi_connection.end_write()

    # The connection's commit and rollback let the next writer in; one returned to the pool,
    # closed or dropped without them does too.
    for name in ("checkin", "close", "invalidate", "soft_invalidate"):
        event.listen(engine.sync_engine.pool, name, _end_write)


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


_INSERTS: dict[Table, Insert] = {}


def _insert_of(table: Table) -> Insert:
    # Made once per table: the statement keys the compiled cache without being built again.
    stmt = _INSERTS.get(table)
    if stmt is None:
        stmt = _INSERTS[table] = insert(table)
    return stmt


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
    if len(rows) < COPY_FROM_ROWS or is_sqlite(session.bind):
        # One row (an event, a created record) is one plain INSERT, not an executemany.
        await session.execute(_insert_of(table), rows[0] if len(rows) == 1 else rows)
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
