"""A migrated covenant database for the service's integration tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.covenant.domain import Generation, RegionalCovenantMap
from services.covenant.models import kit
from services.covenant.service import Registry, SignatoryData
from shared.db import make_engine, make_sessionmaker
from tests.support.databases import migrate

COVENANTS = RegionalCovenantMap.from_csv()


@pytest.fixture
async def sessions(database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    migrate("covenant", database_url)
    engine = make_engine(database_url)
    yield make_sessionmaker(engine)
    await engine.dispose()


def registry(session: AsyncSession, today: date) -> Registry:
    """The registry as of a fixed day."""
    return Registry(session, COVENANTS, today, datetime(today.year, today.month, today.day, 12, tzinfo=UTC))


def record(name: str, country: str, adhesion: date, *generations: Generation, **extra) -> SignatoryData:
    return SignatoryData.with_generations(
        generations or (Generation.com2020,),
        name=name,
        country_code=country,
        adhesion_date=adhesion,
        adhesion_type="individual",
        **extra,
    )


async def event_types(session: AsyncSession) -> list[str]:
    """Types of the events in the outbox, oldest first."""
    rows = await session.execute(select(kit.outbox.c.type).order_by(kit.outbox.c.seq))
    return [t.removeprefix("iuc.covenant.").removesuffix(".v1") for (t,) in rows.all()]
