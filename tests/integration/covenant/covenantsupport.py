"""Shared by the covenant integration tests: the service app on a real database, the registry
as of a fixed day, and signatories as syncs and imports state them (callers and the outbox:
tests/support/service_app.py).

Imported as `tests.integration.covenant.covenantsupport` (not a test module).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant.compliance.service import compliance_job
from services.covenant.config import Settings
from services.covenant.domain import Generation, RegionalCovenantMap
from services.covenant.models import Base, kit
from services.covenant.records import SignatoryData
from services.covenant.registry import Registry
from services.covenant.routes import ROUTERS
from tests.support.service_app import service_app

NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)
COVENANTS = RegionalCovenantMap.from_csv()


@asynccontextmanager
async def covenant_app(database_url: str, now: datetime = NOW, **settings: Any) -> AsyncIterator:
    """The covenant app on a migrated database, its clock at `now`, without NATS or jobs running."""
    config = Settings(database_url=database_url, **settings)
    async with service_app("covenant", config, Base.metadata, kit, ROUTERS, now, jobs=(compliance_job(config),)) as app:
        app.state.covenants = COVENANTS
        yield app


def registry(session: AsyncSession, today: date) -> Registry:
    """The registry as of a fixed day."""
    return Registry(session, COVENANTS, today, datetime(today.year, today.month, today.day, 12, tzinfo=UTC))


def record(name: str, country: str, adhesion: date, *generations: Generation, **extra) -> SignatoryData:
    """A signatory as an import states it, committed to every pillar of its generations."""
    return SignatoryData.with_generations(
        generations or (Generation.com2020,),
        name=name,
        country_code=country,
        adhesion_date=adhesion,
        adhesion_type="individual",
        **extra,
    )


def signatory(name: str, country: str, adhesion: str = "2023-05-02", **extra) -> dict:
    """The body of a PUT of a signatory committed to CoM 2030 (mitigation and adaptation)."""
    return {
        "name": name,
        "country_code": country,
        "population": 120_000,
        "adhesion_date": adhesion,
        "adhesion_type": "individual",
        "commitments": [{"pillar": "mitigation", "generation": "CoM2030"}, {"pillar": "adaptation", "generation": "CoM2030"}],
        **extra,
    }
