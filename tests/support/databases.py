"""Fresh databases for tests: a SQLite file, or a new PostgreSQL database when asked.

Set IUC_TEST_POSTGRES_URL (e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/postgres)
and every test database is created on that server instead of as a SQLite file.
"""

from __future__ import annotations

import asyncio
import os
import threading
import uuid
from pathlib import Path

from sqlalchemy.engine import make_url

POSTGRES_ENV = "IUC_TEST_POSTGRES_URL"
# Names carry the session's tag, so a session drops its own databases and never those of
# another test run sharing the server.
SESSION_TAG = uuid.uuid4().hex[:6]


def using_postgres() -> bool:
    """True when the suite runs against PostgreSQL."""
    return bool(os.environ.get(POSTGRES_ENV))


def _in_thread(coro_factory):
    # asyncpg needs a loop; a thread keeps it away from the test's own running loop.
    return _in_thread_sync(lambda: asyncio.run(coro_factory()))


def _admin_dsn() -> str:
    url = make_url(os.environ[POSTGRES_ENV])
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def new_database_url(label: str, tmp_dir: Path) -> str:
    """The URL of an empty database that nothing else uses."""
    if not using_postgres():
        return f"sqlite+aiosqlite:///{tmp_dir / (label + '-' + uuid.uuid4().hex[:8] + '.db')}"
    import asyncpg

    name = f"iuc_test_{SESSION_TAG}_{label}_{uuid.uuid4().hex[:10]}".lower()

    async def create() -> None:
        conn = await asyncpg.connect(_admin_dsn())
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()

    _in_thread(create)
    return make_url(os.environ[POSTGRES_ENV]).set(database=name).render_as_string(hide_password=False)


def drop_test_databases() -> None:
    """Drop every database this test session created (PostgreSQL only)."""
    if not using_postgres():
        return
    import asyncpg

    async def drop() -> None:
        conn = await asyncpg.connect(_admin_dsn())
        try:
            names = await conn.fetch("SELECT datname FROM pg_database WHERE datname LIKE $1", f"iuc_test_{SESSION_TAG}_%")
            for row in names:
                await conn.execute(f'DROP DATABASE IF EXISTS "{row["datname"]}" WITH (FORCE)')
        finally:
            await conn.close()

    _in_thread(drop)


def migrate(service: str, url: str) -> None:
    """Apply a service's migrations (Alembic runs its own loop, so in a thread)."""
    from shared.migrate import upgrade

    _in_thread_sync(lambda: upgrade(service, url))


def _in_thread_sync(fn):
    """Run `fn` in a thread of its own and return its result (or raise its error)."""
    result: dict = {}

    def run() -> None:
        try:
            result["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller
            result["error"] = exc

    t = threading.Thread(target=run)
    t.start()
    t.join()
    if "error" in result:
        raise result["error"]
    return result.get("value")
