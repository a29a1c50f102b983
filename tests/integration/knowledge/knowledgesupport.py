"""Shared by the knowledge integration tests: the service app on a real database, callers, bodies.

Imported as `tests.integration.knowledge.knowledgesupport` (not a test module).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

import httpx
from sqlalchemy import select

from services.knowledge.config import Settings
from services.knowledge.models import Base, kit
from services.knowledge.routes import ROUTERS
from shared.clock import Clock
from shared.db import make_engine, make_sessionmaker
from shared.identity import ROLE_DEFAULT_SCOPES, Identity, Role, sign_identity
from shared.service import ServiceSpec, create_service_app
from tests.support.databases import migrate

NOW = datetime(2027, 6, 1, 9, tzinfo=UTC)


class FixedClock(Clock):
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        super().__init__()
        self.at = now

    def now(self) -> datetime:
        return self.at


@asynccontextmanager
async def knowledge_app(database_url: str) -> AsyncIterator:
    """The knowledge service's app on a migrated database, without NATS (the outbox just fills)."""
    migrate("knowledge", database_url)
    settings = Settings(database_url=database_url)
    app = create_service_app(
        ServiceSpec(name="knowledge", title="t", version="t", settings=settings, metadata=Base.metadata, kit=kit, routers=ROUTERS)
    )
    engine = make_engine(database_url)
    app.state.engine, app.state.sessionmaker = engine, make_sessionmaker(engine)
    app.state.clock = FixedClock(NOW)
    try:
        yield app
    finally:
        await engine.dispose()


def caller(app, role: str = "admin", city_id: str | None = None, subject: str | None = None) -> httpx.AsyncClient:
    """An HTTP client for the app with a signed identity, as the gateway would forward it."""
    r = Role(role)
    ident = Identity(subject=subject or f"key-{role}-{city_id or 'x'}", role=r, scopes=ROLE_DEFAULT_SCOPES[r], city_id=city_id)
    token = sign_identity(ident, app.state.settings.identity_secret, ttl_seconds=3600)
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://knowledge", headers={"x-iuc-identity": token}
    )


def practice_body(title: str, *, city_id: str = "city-sev", country: str = "ES", **extra) -> dict:
    """A complete good practice, ready for review."""
    return {
        "title": title,
        "summary": "A city rebuilt its centre around people.",
        "challenge": "Traffic congestion and heat in the old town.",
        "objectives": "Halve car trips in the centre by 2030.",
        "solution": "Protected bike lanes and a public bike share.",
        "results": "Daily cycling trips rose from 6,000 to 70,000.",
        "transferability": "Works in any compact city with political backing.",
        "lessons_learnt": "Build the whole network at once, not a lane at a time.",
        "themes": ["mobility"],
        "sdgs": [11],
        "sectors": ["transport"],
        "locations": [{"name": "Sevilla", "city_id": city_id, "country_code": country}],
        "year": 2026,
        **extra,
    }


async def publish(admin: httpx.AsyncClient, body: dict) -> dict:
    """Create, submit and publish a practice; its final representation."""
    r = await admin.post("/v1/knowledge/practices", json=body)
    assert r.status_code == 201, r.text
    pid = r.json()["id"]
    r = await admin.post(f"/v1/knowledge/practices/{pid}:submit")
    assert r.status_code == 200, r.text
    r = await admin.post(f"/v1/knowledge/practices/{pid}:publish")
    assert r.status_code == 200, r.text
    return r.json()


async def outbox_types(app) -> list[str]:
    """The event types written to the outbox, in order."""
    async with app.state.sessionmaker() as session:
        return list((await session.scalars(select(kit.outbox.c.type).order_by(kit.outbox.c.seq))).all())
