"""Fixtures of the kit's integration tests: a database with the test schema, NATS clients."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

import pytest
from nats.aio.client import Client
from nats.js import JetStreamContext
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from deploy.stack import NatsServer
from shared.db import make_engine, make_sessionmaker
from shared.nats import connect, ensure_streams
from tests.integration.kit.kitsupport import metadata


@dataclass
class Db:
    url: str
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]

    def new_sessionmaker(self) -> async_sessionmaker[AsyncSession]:
        """Another sessionmaker on the same engine (e.g. one per relay, as one per process)."""
        return make_sessionmaker(self.engine)


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Db]:
    """A fresh database holding the kit's tables and the `things` test table."""
    engine = make_engine(database_url)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
    yield Db(database_url, engine, make_sessionmaker(engine))
    await engine.dispose()


@dataclass
class NatsConn:
    nc: Client
    js: JetStreamContext


async def _conn_for(server: NatsServer, name: str) -> NatsConn:
    nc = await connect(server.url, name)
    js = nc.jetstream()
    await ensure_streams(js)
    return NatsConn(nc, js)


@pytest.fixture
async def shared_conn(nats_server: NatsServer) -> AsyncIterator[NatsConn]:
    """A connection to the session's shared nats-server (other tests' messages are there too)."""
    conn = await _conn_for(nats_server, "kit-tests")
    yield conn
    await conn.nc.close()


@pytest.fixture
def js(shared_conn: NatsConn) -> JetStreamContext:
    """JetStream on the session's shared nats-server."""
    return shared_conn.js


@pytest.fixture
def nc(shared_conn: NatsConn) -> Client:
    """The NATS client behind `js`."""
    return shared_conn.nc


@pytest.fixture
async def own_conn(own_nats_server: NatsServer) -> AsyncIterator[NatsConn]:
    """A connection to a nats-server of the test's own: an empty stream and dead-letter stream."""
    conn = await _conn_for(own_nats_server, "kit-tests-own")
    yield conn
    await conn.nc.close()


@pytest.fixture
def own_js(own_conn: NatsConn) -> JetStreamContext:
    """JetStream on the test's own nats-server."""
    return own_conn.js


@pytest.fixture
def own_nc(own_conn: NatsConn) -> Client:
    """The NATS client behind `own_js`."""
    return own_conn.nc


@pytest.fixture
async def background() -> AsyncIterator[Callable[[Callable[[], Awaitable[None]]], asyncio.Task]]:
    """Start coroutines as tasks; whatever is still running at the end is cancelled."""
    tasks: list[asyncio.Task] = []

    def start(fn: Callable[[], Awaitable[None]]) -> asyncio.Task:
        task = asyncio.create_task(fn())
        tasks.append(task)
        return task

    yield start
    for t in tasks:
        t.cancel()
    for t in tasks:
        with contextlib.suppress(asyncio.CancelledError):
            await t
