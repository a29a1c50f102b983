"""Shared by the action-plans integration tests: the service app on a real database, and
drafts opened as the events would (callers and the outbox: tests/support/service_app.py).

Imported as `tests.integration.action_plans.action_planssupport` (not a test module).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from services.action_plans import service
from services.action_plans.config import Settings
from services.action_plans.models import Base, kit
from services.action_plans.routes import ROUTERS
from shared.contracts.covenant import CommitmentInfo, CommitmentMade
from shared.contracts.pairing import PairingConfirmed, PairingParty, ScoreBreakdown
from tests.support.service_app import service_app

NOW = datetime(2027, 3, 1, 9, tzinfo=UTC)


@asynccontextmanager
async def plans_app(database_url: str) -> AsyncIterator:
    """The action-plans app on a migrated database, without NATS (the outbox just fills)."""
    settings = Settings(database_url=database_url)
    async with service_app("action_plans", settings, Base.metadata, kit, ROUTERS, NOW) as app:
        yield app


def party(name: str, cc: str, kind: str = "city", region: str = "eu") -> PairingParty:
    return PairingParty(kind=kind, id=str(uuid.uuid4()), name=name, country_code=cc, world_region=region)


def confirmation(a: PairingParty, b: PairingParty, at: datetime = NOW, earliest: date | None = None) -> PairingConfirmed:
    """A pairing.confirmed as the pairing service publishes it (`earliest`: its earliest completion, by default
    18 months on)."""
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
        earliest_completion_on=earliest or (at + timedelta(days=548)).date(),
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


async def outbox(app, type_suffix: str) -> list[dict]:
    """The data of outbox events whose type, without its version, ends with `type_suffix` (e.g. action.status_changed)."""
    async with app.state.sessionmaker() as session:
        rows = await session.execute(select(kit.outbox.c.type, kit.outbox.c.data).order_by(kit.outbox.c.seq))
        return [d for t, d in rows.all() if t.rsplit(".", 1)[0].endswith(type_suffix)]
