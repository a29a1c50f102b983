"""Database faults: which exceptions mean the database cannot be used right now (decision 0024).

A lost or refused connection, a locked SQLite file or a full pool is not the request's fault
nor a bug: the transaction was rolled back, and the same request may well succeed in a moment.
shared/problems.py answers them 503 with Retry-After (and runs a lost read once more);
shared/importjobs.py retries an import's chunk."""

from __future__ import annotations

import errno
import socket
import sqlite3

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

LOST = "lost"  # the connection broke or could not be made: a fresh one may work at once
BUSY = "busy"  # the database is reachable but cannot take the work now (SQLite's lock, a full pool)

# asyncpg's errors that mean the connection is gone or refused, by SQLSTATE class or name:
# 08 connection exception, 57P01-57P03 admin/crash shutdown and "cannot connect now", 53300
# too many connections. (57014, a cancelled statement, is in class 57 too and is not one.)
_PG_LOST_STATES = ("57P01", "57P02", "57P03", "53300")
_LOST_ERRNOS = {errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ETIMEDOUT}


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or any(e is s for s in seen) or len(seen) > 10:
            continue
        seen.append(e)
        todo += [getattr(e, "orig", None), e.__cause__]  # not __context__: an error raised while handling another is its own
    return seen


def database_fault(exc: BaseException) -> str | None:
    """LOST, BUSY or None: whether an exception means the database could not be used right now
    (answered 503 with Retry-After) rather than that this request was wrong (a 4xx) or the code
    is (a 500). Looks through SQLAlchemy's wrapping to the driver's error."""
    for e in _chain(exc):
        if isinstance(e, DBAPIError) and e.connection_invalidated:
            return LOST  # SQLAlchemy's own verdict: the dialect found the connection gone
        if isinstance(e, PoolTimeoutError):
            return BUSY  # every connection of the pool in use for POOL_TIMEOUT_SECONDS
        if isinstance(e, sqlite3.OperationalError):
            text = str(e).lower()
            if "locked" in text or "busy" in text:
                return BUSY  # another writer held the file past the busy timeout: the database is fine
            if "unable to open" in text or "disk i/o" in text:
                return LOST
        if isinstance(e, ConnectionError | socket.gaierror) or (isinstance(e, OSError) and e.errno in _LOST_ERRNOS):
            return LOST  # refused, reset, unreachable, a name that does not resolve
        module = type(e).__module__ or ""
        if module.startswith("asyncpg"):
            names = {c.__name__ for c in type(e).__mro__}
            if "PostgresConnectionError" in names or "ConnectionDoesNotExistError" in names:
                return LOST
            if getattr(e, "sqlstate", None) in _PG_LOST_STATES or str(getattr(e, "sqlstate", "")).startswith("08"):
                return LOST
            if "connection is closed" in str(e) or "connection was closed" in str(e):
                return LOST  # asyncpg's InterfaceError on a connection the server ended
            if "InternalClientError" in names and "another operation" in str(e) and "in progress" in str(e):
                # A connection whose protocol was left mid-operation when the server ended it, met again
                # (by the pool's first statement on it, or its reset): unusable, like a closed one.
                return LOST
    return None
