"""Shared by the value_chains integration tests: the service app on a real database, bodies.

Imported as `tests.integration.value_chains.value_chainssupport` (not a test module); callers and
the outbox come from `tests.support.service_app`.
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
from shared.identity import ROLE_DEFAULT_SCOPES, Identity, Role, sign_identity
from tests.support.service_app import service_app

NOW = datetime(2027, 3, 1, 9, tzinfo=UTC)
TODAY = NOW.date()


@asynccontextmanager
async def value_chains_app(database_url: str) -> AsyncIterator:
    """The service's app on a migrated database, without NATS (the outbox just fills)."""
    async with service_app("value_chains", Settings(database_url=database_url), Base.metadata, kit, ROUTERS, NOW) as app:
        yield app


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


async def published(submitter: httpx.AsyncClient, body: dict, reviewer: httpx.AsyncClient | None = None) -> dict:
    """Submit an opportunity and have the coordination unit (`reviewer`, else the submitter) publish it."""
    submitted = await create(submitter, "/v1/opportunities", body)
    assert submitted["status"] == "submitted", submitted
    r = await (reviewer or submitter).post(f"/v1/opportunities/{submitted['id']}:publish", json={})
    assert r.status_code == 200, r.text
    return r.json() | {"matches_proposed": int(r.headers["X-Matches-Proposed"])}


async def row_count(app, model) -> int:
    async with app.state.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(model)))


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def partner(app, *organisation_ids: str, subject: str | None = None) -> httpx.AsyncClient:
    """A client with a partner key's identity, bound to `organisation_ids` (none: a read-only partner)."""
    ident = Identity(
        subject=subject or "key-partner-" + "-".join(organisation_ids or ("unbound",)),
        role=Role.partner,
        scopes=ROLE_DEFAULT_SCOPES[Role.partner],
        organisation_ids=frozenset(organisation_ids),
    )
    token = sign_identity(ident, app.state.settings.identity_secret, ttl_seconds=3600)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service", headers={"x-iuc-identity": token})
