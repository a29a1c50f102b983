"""One running platform for the end-to-end tests, plus keys for each kind of caller."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import date, timedelta

import httpx
import pytest

from deploy.stack import Stack
from tests.support.platform import client, create_key, start_stack


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """NATS, the services and the gateway as real processes."""
    s = start_stack(tmp_path_factory.mktemp("platform"))
    yield s
    s.stop()


@pytest.fixture(scope="session")
def reviewer_key(stack: Stack) -> str:
    return create_key(stack, "reviewer")


@pytest.fixture
async def admin(stack: Stack) -> AsyncIterator[httpx.AsyncClient]:
    async with client(stack, stack.admin_api_key) as c:
        yield c


@pytest.fixture
async def reviewer(stack: Stack, reviewer_key: str) -> AsyncIterator[httpx.AsyncClient]:
    async with client(stack, reviewer_key) as c:
        yield c


@pytest.fixture
async def anonymous(stack: Stack) -> AsyncIterator[httpx.AsyncClient]:
    async with client(stack, None) as c:
        yield c


@pytest.fixture
def open_call_body() -> dict:
    today = date.today()
    return {
        "title": "IUC city pairing 2027",
        "component": "city_pairing",
        "opens_on": (today - timedelta(days=10)).isoformat(),
        "closes_on": (today + timedelta(days=60)).isoformat(),
        "eligible_regions": ["eu", "latin_america_caribbean", "asia", "north_america"],
        "themes": ["climate", "mobility", "circular_economy"],
    }
