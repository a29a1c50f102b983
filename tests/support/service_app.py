"""One service's app in-process for integration tests: on a migrated database, without NATS
(the outbox just fills), with a clock the test moves and callers carrying signed identities
as the gateway would forward them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import datetime, timedelta

import httpx
from fastapi import APIRouter, FastAPI
from sqlalchemy import MetaData, select

from shared.clock import Clock
from shared.db import make_engine, make_sessionmaker
from shared.identity import ROLE_DEFAULT_SCOPES, Identity, Role, sign_identity
from shared.jobs import PeriodicJob
from shared.service import ServiceSpec, create_service_app
from shared.settings import ServiceSettings
from shared.tables import KitTables
from tests.support.databases import migrate


class FixedClock(Clock):
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        super().__init__()
        self.at = now

    def now(self) -> datetime:
        return self.at

    def advance(self, days: int) -> None:
        self.at += timedelta(days=days)


@asynccontextmanager
async def service_app(
    name: str,
    settings: ServiceSettings,
    metadata: MetaData,
    kit: KitTables,
    routers: Sequence[APIRouter],
    now: datetime,
    jobs: Sequence[PeriodicJob] = (),
) -> AsyncIterator[FastAPI]:
    """The service's app on its migrated database (`settings.database_url`), its clock at `now`.

    The app's lifespan is not run: its `jobs` are listed (so `wake_job` finds them) but never
    started; a test runs a job's body itself."""
    migrate(name, settings.database_url)
    spec = ServiceSpec(
        name=name, title="t", version="t", settings=settings, metadata=metadata, kit=kit, routers=routers, jobs=jobs
    )
    app = create_service_app(spec)
    engine = make_engine(settings.database_url)
    app.state.engine, app.state.sessionmaker = engine, make_sessionmaker(engine)
    app.state.clock = FixedClock(now)
    try:
        yield app
    finally:
        await engine.dispose()


def signed_caller(
    app: FastAPI,
    role: str,
    subject: str,
    base_url: str,
    *,
    city_id: str | None = None,
    regional_covenant: str | None = None,
) -> httpx.AsyncClient:
    """An HTTP client for the app with a signed identity of `role` (its default scopes)."""
    r = Role(role)
    ident = Identity(subject=subject, role=r, scopes=ROLE_DEFAULT_SCOPES[r], city_id=city_id, regional_covenant=regional_covenant)
    token = sign_identity(ident, app.state.settings.identity_secret, ttl_seconds=3600)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url, headers={"x-iuc-identity": token})


def anonymous(app: FastAPI) -> httpx.AsyncClient:
    """A client with no identity at all, as the gateway forwards a showcase read without credentials."""
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service")


def caller(
    app: FastAPI,
    role: str = "admin",
    *,
    subject: str | None = None,
    city_id: str | None = None,
    regional_covenant: str | None = None,
) -> httpx.AsyncClient:
    """The one in-process client of every service's API tests: a signed identity of `role`,
    its subject `key-<role>-<city or covenant>` unless given."""
    subject = subject or f"key-{role}-{city_id or regional_covenant or 'x'}"
    return signed_caller(app, role, subject, "http://service", city_id=city_id, regional_covenant=regional_covenant)


async def outbox_types(app: FastAPI, *, short: bool = False) -> list[str]:
    """The event types the app wrote to its outbox, oldest first; `short` drops
    `iuc.<service>.` and `.v1` (`city.registered`)."""
    outbox = app.state.kit.outbox
    async with app.state.sessionmaker() as session:
        types = list((await session.scalars(select(outbox.c.type).order_by(outbox.c.seq))).all())
    if not short:
        return types
    return [t.split(".", 2)[2].removesuffix(".v1") for t in types]
