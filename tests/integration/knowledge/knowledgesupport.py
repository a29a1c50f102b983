"""Shared by the knowledge integration tests: the service app on a real database, bodies.
Callers and the outbox come from tests/support/service_app.py.

Imported as `tests.integration.knowledge.knowledgesupport` (not a test module).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

import httpx

from services.knowledge.config import Settings
from services.knowledge.models import Base, kit
from services.knowledge.routes import ROUTERS
from tests.support.service_app import service_app

NOW = datetime(2027, 6, 1, 9, tzinfo=UTC)


@asynccontextmanager
async def knowledge_app(database_url: str) -> AsyncIterator:
    """The knowledge service's app on a migrated database, without NATS (the outbox just fills)."""
    async with service_app("knowledge", Settings(database_url=database_url), Base.metadata, kit, ROUTERS, NOW) as app:
        yield app


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
