"""The covenant app on a fresh database for each test of the service."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.integration.covenant.covenantsupport import covenant_app


@pytest.fixture
async def app(database_url: str) -> AsyncIterator[FastAPI]:
    async with covenant_app(database_url) as app:
        yield app


@pytest.fixture
def sessions(app: FastAPI) -> async_sessionmaker[AsyncSession]:
    return app.state.sessionmaker
