"""A relay that cannot publish makes its service's /readyz say "degraded" with the reason. The
relay usually runs as a process of its own, so the service reads it from its own database: the
age of the oldest unpublished, unparked outbox row (IUC_RELAY_STALL_SECONDS, 30 by default)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi import FastAPI

from shared.health import RELAY_STALL_ENV, relay_stall_seconds
from shared.health import router as health_router
from shared.outbox import PARK_AFTER, record_event
from shared.settings import ServiceSettings
from tests.integration.kit.kitsupport import ThingHappened, kit


@pytest.fixture
async def readyz(db, nc) -> AsyncIterator[httpx.AsyncClient]:
    """A service app with the kit's health routes over the test database and NATS."""
    app = FastAPI()
    app.include_router(health_router)
    app.state.settings = ServiceSettings(service_name="things")
    app.state.engine = db.engine
    app.state.kit = kit
    app.state.nats = nc
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://things") as client:
        yield client


async def _row(db, thing: str, age: timedelta, **values) -> int:
    async with db.sessionmaker() as session, session.begin():
        ce = await record_event(session, kit.outbox, ThingHappened(thing_id=thing), None)
        o = kit.outbox.c
        await session.execute(kit.outbox.update().where(o.event_id == ce.id).values(created_at=datetime.now(UTC) - age, **values))
        return await session.scalar(kit.outbox.select().with_only_columns(o.seq).where(o.event_id == ce.id))


async def test_ready_while_the_oldest_waiting_event_is_younger_than_the_limit(db, readyz):
    await _row(db, "published-long-ago", timedelta(hours=2), published_at=datetime.now(UTC) - timedelta(hours=2))
    await _row(db, "parked-long-ago", timedelta(hours=1), attempts=PARK_AFTER, last_error="MaxPayloadError: ...")
    await _row(db, "fresh", timedelta(seconds=1))

    resp = await readyz.get("/readyz")

    assert resp.status_code == 200
    assert resp.json()["status"] == "ready" and resp.json()["checks"]["outbox"] == "ok"


async def test_degraded_with_the_reason_when_the_oldest_waiting_event_is_older(db, readyz, monkeypatch):
    monkeypatch.setenv(RELAY_STALL_ENV, "10")
    await _row(db, "parked", timedelta(hours=1), attempts=PARK_AFTER)
    stuck = await _row(db, "stuck", timedelta(seconds=45), attempts=2)
    await _row(db, "behind", timedelta(seconds=5))

    resp = await readyz.get("/readyz")

    assert resp.status_code == 200  # the service still serves; its events wait
    body = resp.json()
    assert body["status"] == "degraded"
    assert body["checks"]["outbox"].startswith(f"stalled: the oldest unpublished event (outbox row {stuck}) has waited")
    assert "more than 10 s (IUC_RELAY_STALL_SECONDS)" in body["checks"]["outbox"]
    assert body["reason"] == "outbox " + body["checks"]["outbox"]
    assert {k: v for k, v in body["checks"].items() if k != "outbox"} == {"database": "ok", "nats": "ok", "stream": "ok"}


async def test_the_default_limit_is_30_seconds_and_nonsense_falls_back_to_it(db, readyz, monkeypatch):
    monkeypatch.delenv(RELAY_STALL_ENV, raising=False)
    assert relay_stall_seconds() == 30
    await _row(db, "waiting", timedelta(seconds=20))
    assert (await readyz.get("/readyz")).json()["status"] == "ready"
    monkeypatch.setenv(RELAY_STALL_ENV, "soon")
    assert relay_stall_seconds() == 30
    monkeypatch.setenv(RELAY_STALL_ENV, "15")
    assert (await readyz.get("/readyz")).json()["status"] == "degraded"
