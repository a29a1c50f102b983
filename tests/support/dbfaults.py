"""Database faults for tests: a lost connection on chosen statements of an engine, and
PostgreSQL backends terminated from a second (admin) connection, as an operator or a failover would."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine


@dataclass
class LostConnections:
    """Counts the engine's statements that `match`, and makes those `fail(n)` picks (n from 1) raise
    the error a dropped socket gives (ConnectionResetError), before they reach the database."""

    match: Callable[[str], bool]
    fail: Callable[[int], bool]
    seen: int = 0
    raised: int = 0

    def install(self, engine: AsyncEngine) -> LostConnections:
        @event.listens_for(engine.sync_engine, "before_cursor_execute")
        def _maybe_lose(_conn, _cursor, statement, _params, _context, _many) -> None:
            if not self.match(statement):
                return
            self.seen += 1
            if self.fail(self.seen):
                self.raised += 1
                raise ConnectionResetError(f"connection reset by peer (injected, statement {self.seen})")

        return self


async def terminate_backends(database_url: str) -> int:
    """Terminate every backend connected to the URL's database (pg_terminate_backend, from an
    admin connection of its own); how many were terminated."""
    import asyncpg

    url = make_url(database_url)
    admin = url.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    conn = await asyncpg.connect(admin)
    try:
        rows = await conn.fetch(
            "SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
            url.database,
        )
    finally:
        await conn.close()
    return sum(1 for r in rows if r["done"])
