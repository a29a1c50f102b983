"""Shared by the pairing integration tests: the service app on a real database, profiles, seeds
(callers and the outbox: tests/support/service_app.py).

Imported as `tests.integration.pairing.pairingsupport` (not a test module).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

from services.pairing.config import Settings
from services.pairing.models import Base, kit
from services.pairing.routes import ROUTERS
from services.pairing.service import record_acceptance
from shared.contracts.applications import ApplicationAccepted, ApplicationAcceptedV2, CityProfile
from shared.reference import country
from tests.support.service_app import service_app

NOW = datetime(2027, 3, 1, 9, tzinfo=UTC)


@asynccontextmanager
async def pairing_app(database_url: str) -> AsyncIterator:
    """The pairing service's app on a migrated database, without NATS (the outbox just fills)."""
    async with service_app("pairing", Settings(database_url=database_url), Base.metadata, kit, ROUTERS, NOW) as app:
        yield app


def profile(name: str, cc: str, population: int = 500_000, themes=("climate",), sdgs=(11,), challenges: str = "") -> CityProfile:
    """A city profile as the applications service publishes it."""
    c = country(cc)
    return CityProfile(
        city_id=str(uuid.uuid4()),
        name=name,
        country_code=cc,
        world_region=c.world_region.value,
        population=population,
        languages=list(c.languages[:1]),
        themes=list(themes),
        sdgs=list(sdgs),
        challenges=challenges,
    )


def accepted(call_id: str, city: CityProfile, themes=("climate",), months: int | None = 18) -> ApplicationAccepted:
    """The application.accepted event of a city's application to a call: v2, carrying the call's minimum
    cooperation, as the producer sends it; `months=None` gives a v1 event, as the stream still holds them."""
    contract = ApplicationAccepted if months is None else ApplicationAcceptedV2
    extra = {} if months is None else {"min_cooperation_months": months}
    return contract(
        **extra,
        application_id=str(uuid.uuid4()),
        call_id=call_id,
        city_id=city.city_id,
        component="city_pairing",
        call_themes=["climate"],
        themes=list(themes),
        planned_cooperation_months=18,
        city=city,
        reason="good",
        accepted_at=NOW - timedelta(days=1),
    )


async def seed(app, call_id: str, cities: list[CityProfile], months: int | None = 18) -> None:
    """Make each city a candidate of the call, as the consumer would (`months`: the call's minimum cooperation)."""
    async with app.state.sessionmaker() as session, session.begin():
        for c in cities:
            await record_acceptance(session, accepted(call_id, c, months=months), NOW.isoformat(), NOW)
