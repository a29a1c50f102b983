"""Fixtures of the kit's integration tests: a database with the test schema, NATS clients."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

import pytest
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


async def _js_for(server: NatsServer, name: str) -> tuple:
    nc = await connect(server.url, name)
    js = nc.jetstream()
    await ensure_streams(js)
    return nc, js


@pytest.fixture
async def js(nats_server: NatsServer) -> AsyncIterator[JetStreamContext]:
    """JetStream on the session's shared nats-server (other tests' messages are there too)."""
    nc, js = await _js_for(nats_server, "kit-tests")
    yield js
    await nc.close()


@pytest.fixture
async def own_js(own_nats_server: NatsServer) -> AsyncIterator[JetStreamContext]:
    """JetStream on a nats-server of the test's own: an empty stream and dead-letter stream."""
    nc, js = await _js_for(own_nats_server, "kit-tests-own")
    yield js
    await nc.close()


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
