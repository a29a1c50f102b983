"""Shared by the action-plans integration tests: the service app on a real database, callers
with signed identities, a clock the test moves, and drafts opened as the events would.

Imported as `tests.integration.action_plans.apsupport` (not a test module).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta

import httpx
from sqlalchemy import select

from services.action_plans import service
from services.action_plans.config import Settings
from services.action_plans.models import Base, kit
from services.action_plans.routes import ROUTERS
from shared.clock import Clock
from shared.contracts.covenant import CommitmentInfo, CommitmentMade
from shared.contracts.pairing import PairingConfirmed, PairingParty, ScoreBreakdown
from shared.db import make_engine, make_sessionmaker
from shared.identity import ROLE_DEFAULT_SCOPES, Identity, Role, sign_identity
from shared.service import ServiceSpec, create_service_app
from tests.support.databases import migrate

NOW = datetime(2027, 3, 1, 9, tzinfo=UTC)


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
async def plans_app(database_url: str) -> AsyncIterator:
    """The action-plans app on a migrated database, without NATS (the outbox just fills)."""
    migrate("action_plans", database_url)
    settings = Settings(database_url=database_url)
    app = create_service_app(
        ServiceSpec(
            name="action_plans", title="t", version="t", settings=settings, metadata=Base.metadata, kit=kit, routers=ROUTERS
        )
    )
    engine = make_engine(database_url)
    app.state.engine, app.state.sessionmaker = engine, make_sessionmaker(engine)
    app.state.clock = FixedClock(NOW)
    app.state.status_pass_lock = asyncio.Lock()
    app.state.status_pass_on = None
    try:
        yield app
    finally:
        await engine.dispose()


def caller(app, role: str = "admin", city_id: str | None = None, regional_covenant: str | None = None) -> httpx.AsyncClient:
    """An HTTP client for the app with a signed identity, as the gateway would forward it."""
    r = Role(role)
    ident = Identity(
        subject=f"key-{role}-{city_id or regional_covenant or 'x'}",
        role=r,
        scopes=ROLE_DEFAULT_SCOPES[r],
        city_id=city_id,
        regional_covenant=regional_covenant,
    )
    token = sign_identity(ident, app.state.settings.identity_secret, ttl_seconds=3600)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://plans", headers={"x-iuc-identity": token})


def party(name: str, cc: str, kind: str = "city", region: str = "eu") -> PairingParty:
    return PairingParty(kind=kind, id=str(uuid.uuid4()), name=name, country_code=cc, world_region=region)


def confirmation(a: PairingParty, b: PairingParty, at: datetime = NOW) -> PairingConfirmed:
    """A pairing.confirmed as the pairing service publishes it."""
    score = ScoreBreakdown(themes=1, sdgs=1, challenges=0.5, population=0.8, languages=0, total=0.8)
    return PairingConfirmed(
        pairing_id=str(uuid.uuid4()),
        call_id=str(uuid.uuid4()),
        party_a=a,
        party_b=b,
        round_id=str(uuid.uuid4()),
        score=score,
        explanation="shared themes",
        proposed_at=at - timedelta(days=3),
        confirmed_at=at,
        earliest_completion_on=(at + timedelta(days=548)).date(),
    )


def commitment(
    signatory_id: str, pillar: str = "mitigation", covenant: str = "europe", gcom_id: str = "IT9001"
) -> CommitmentMade:
    """A commitment.made as the covenant service publishes it."""
    return CommitmentMade(
        signatory_id=signatory_id,
        gcom_id=gcom_id,
        signatory_name="Comune di Prova",
        country_code="IT",
        regional_covenant=covenant,
        commitment=CommitmentInfo(
            commitment_id=str(uuid.uuid4()), pillar=pillar, generation="CoM2030", committed_on=date(2026, 5, 4)
        ),
    )


async def paired_plans(app) -> tuple[dict, dict]:
    """Two draft local action plans, opened as a pairing.confirmed would."""
    async with app.state.sessionmaker() as session, session.begin():
        a, b = await service.open_local_plans(
            session, confirmation(party("Lyon", "FR"), party("Medellín", "CO", region="latin_america_caribbean")), NOW, 24
        )
        return {"id": a.id, "city_id": a.city_id}, {"id": b.id, "city_id": b.city_id}


async def event_types(app) -> list[str]:
    """Types of the events in the outbox, oldest first, without the service prefix."""
    async with app.state.sessionmaker() as session:
        rows = await session.execute(select(kit.outbox.c.type).order_by(kit.outbox.c.seq))
        return [t.removeprefix("iuc.action_plans.").removesuffix(".v1") for (t,) in rows.all()]


async def outbox(app, type_suffix: str) -> list[dict]:
    """The data of outbox events whose type ends with `type_suffix` (e.g. action.status_changed)."""
    async with app.state.sessionmaker() as session:
        rows = await session.execute(select(kit.outbox.c.type, kit.outbox.c.data).order_by(kit.outbox.c.seq))
        return [d for t, d in rows.all() if t.endswith(type_suffix + ".v1")]
