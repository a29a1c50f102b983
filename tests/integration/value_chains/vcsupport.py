"""Shared by the value_chains integration tests: the service app on a real database, callers, bodies.

Imported as `tests.integration.value_chains.vcsupport` (not a test module).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta

import httpx
from sqlalchemy import func, select

from services.value_chains.config import Settings
from services.value_chains.models import Base, kit
from services.value_chains.routes import ROUTERS
from shared.clock import Clock
from shared.db import make_engine, make_sessionmaker
from shared.identity import ROLE_DEFAULT_SCOPES, Identity, Role, sign_identity
from shared.service import ServiceSpec, create_service_app
from tests.support.databases import migrate

NOW = datetime(2027, 3, 1, 9, tzinfo=UTC)
TODAY = NOW.date()


class FixedClock(Clock):
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        super().__init__()
        self.at = now

    def now(self) -> datetime:
        return self.at


@asynccontextmanager
async def value_chains_app(database_url: str) -> AsyncIterator:
    """The service's app on a migrated database, without NATS (the outbox just fills)."""
    migrate("value_chains", database_url)
    settings = Settings(database_url=database_url)
    app = create_service_app(
        ServiceSpec(
            name="value_chains", title="t", version="t", settings=settings, metadata=Base.metadata, kit=kit, routers=ROUTERS
        )
    )
    engine = make_engine(database_url)
    app.state.engine, app.state.sessionmaker = engine, make_sessionmaker(engine)
    app.state.clock = FixedClock(NOW)
    try:
        yield app
    finally:
        await engine.dispose()


def caller(app, role: str = "partner") -> httpx.AsyncClient:
    """An HTTP client for the app with a signed identity, as the gateway would forward it."""
    r = Role(role)
    ident = Identity(subject=f"key-{role}", role=r, scopes=ROLE_DEFAULT_SCOPES[r])
    token = sign_identity(ident, app.state.settings.identity_secret, ttl_seconds=3600)
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://value-chains", headers={"x-iuc-identity": token}
    )


def organisation(name: str, region_id: str, nace: list[str], keywords: list[str], **extra) -> dict:
    return {
        "name": name,
        "kind": "sme",
        "size_band": "small",
        "region_id": region_id,
        "nace_codes": nace,
        "keywords": keywords,
        "description": extra.pop("description", ""),
    } | extra


def opportunity(kind: str, organisation_id: str, keywords: list[str], nace: list[str], **extra) -> dict:
    return {
        "kind": kind,
        "organisation_id": organisation_id,
        "title": extra.pop("title", f"A {kind.replace('_', ' ')}"),
        "keywords": keywords,
        "nace_codes": nace,
        "expires_on": (TODAY + timedelta(days=90)).isoformat(),
    } | extra


async def create(client: httpx.AsyncClient, path: str, body: dict) -> dict:
    """POST and expect 201."""
    r = await client.post(path, json=body)
    assert r.status_code == 201, r.text
    return r.json()


async def outbox_types(app) -> list[str]:
    """Event types in the outbox, oldest first, without the service prefix."""
    async with app.state.sessionmaker() as session:
        rows = await session.execute(select(kit.outbox.c.type).order_by(kit.outbox.c.seq))
        return [t.removeprefix("iuc.value_chains.").removesuffix(".v1") for (t,) in rows.all()]


async def row_count(app, model) -> int:
    async with app.state.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(model)))


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)
